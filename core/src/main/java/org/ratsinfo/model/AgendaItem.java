package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * An agenda item (Tagesordnungspunkt, TOP) of a meeting. OParl: {@code AgendaItem}; the vote tally and
 * the content are beyond OParl.
 *
 * @param id an identifier of the source system, e.g. an OParl URL; optional
 * @param number the hierarchical number, e.g. "19.1": segments of letters and digits separated by dots.
 *     Shown with the visibility as "Ö 19.1" or "N 3"
 * @param visibility whether the item is dealt with in public (öffentlich) or not (nichtöffentlich);
 *     OParl: {@code public}
 * @param order the position in the agenda, 0 or more; OParl: {@code order}
 * @param title the title (Betreff); OParl: {@code name}
 * @param consultation the consultation of a paper at this item; optional
 * @param decision the decision (Beschlussart); optional (not yet decided); OParl: {@code result}
 * @param resolutionText the wording of the resolution (Beschluss); optional; OParl: {@code
 *     resolutionText}
 * @param voteTally the vote (Abstimmungsergebnis); optional: absent means the excerpt shows no tally
 * @param content the inquiry or text dealt with; optional
 */
public record AgendaItem(
    @Size(max = 500) @XmlText @Nullable String id,
    @NotBlank @Size(max = 20) @Pattern(regexp = NUMBER_PATTERN, message = "{org.ratsinfo.agendaNumber}")
        String number,
    Visibility visibility,
    @PositiveOrZero int order,
    @NotBlank @Size(max = 1000) @XmlText String title,
    @Valid @Nullable Consultation consultation,
    @Valid @Nullable Decision decision,
    @Valid @Nullable Text resolutionText,
    @Valid @Nullable VoteTally voteTally,
    @Valid @Nullable ItemContent content) {

  /** Agenda numbers: segments of letters and digits separated by dots ("19.1", "C", "3a.2"). */
  public static final String NUMBER_PATTERN = "[\\p{IsAlphabetic}\\p{IsDigit}]+(\\.[\\p{IsAlphabetic}\\p{IsDigit}]+)*";

  /** Checks that the required values are present. */
  public AgendaItem {
    id = Values.optional(id);
    number = Values.required(number, "number");
    Objects.requireNonNull(visibility, "visibility");
    title = Values.required(title, "title");
  }

  /** The consulted paper, or {@code null} if there is none. */
  public @Nullable Paper paper() {
    return consultation == null ? null : consultation.paper();
  }

  /** A new builder; the visibility defaults to {@link Visibility#PUBLIC}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this item's values. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .number(number)
        .visibility(visibility)
        .order(order)
        .title(title)
        .consultation(consultation)
        .decision(decision)
        .resolutionText(resolutionText)
        .voteTally(voteTally)
        .content(content);
  }

  /** A copy with the given visibility. */
  public AgendaItem withVisibility(Visibility visibility) {
    return toBuilder().visibility(visibility).build();
  }

  /** A copy with the given decision. */
  public AgendaItem withDecision(@Nullable Decision decision) {
    return toBuilder().decision(decision).build();
  }

  /** A copy with the given vote tally. */
  public AgendaItem withVoteTally(@Nullable VoteTally voteTally) {
    return toBuilder().voteTally(voteTally).build();
  }

  /** A copy with the given content. */
  public AgendaItem withContent(@Nullable ItemContent content) {
    return toBuilder().content(content).build();
  }

  /** Builds an {@link AgendaItem}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String number;
    private Visibility visibility = Visibility.PUBLIC;
    private int order;
    private @Nullable String title;
    private @Nullable Consultation consultation;
    private @Nullable Decision decision;
    private @Nullable Text resolutionText;
    private @Nullable VoteTally voteTally;
    private @Nullable ItemContent content;

    private Builder() {}

    /** See {@link AgendaItem#id()}. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** See {@link AgendaItem#number()}; required. */
    public Builder number(String number) {
      this.number = number;
      return this;
    }

    /** See {@link AgendaItem#visibility()}; default {@link Visibility#PUBLIC}. */
    public Builder visibility(Visibility visibility) {
      this.visibility = Objects.requireNonNull(visibility, "visibility");
      return this;
    }

    /** See {@link AgendaItem#order()}; default 0. */
    public Builder order(int order) {
      this.order = order;
      return this;
    }

    /** See {@link AgendaItem#title()}; required. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** See {@link AgendaItem#consultation()}. */
    public Builder consultation(@Nullable Consultation consultation) {
      this.consultation = consultation;
      return this;
    }

    /** Consults the given paper, with no role. */
    public Builder paper(@Nullable Paper paper) {
      return consultation(paper == null ? null : Consultation.of(paper));
    }

    /** See {@link AgendaItem#decision()}. */
    public Builder decision(@Nullable Decision decision) {
      this.decision = decision;
      return this;
    }

    /** A decision of the given kind with its standard wording. */
    public Builder decision(DecisionKind kind) {
      return decision(Decision.of(kind));
    }

    /** See {@link AgendaItem#resolutionText()}. */
    public Builder resolutionText(@Nullable Text resolutionText) {
      this.resolutionText = resolutionText;
      return this;
    }

    /** The resolution text, paragraphs separated by blank lines. */
    public Builder resolutionText(String resolutionText) {
      return resolutionText(Text.of(resolutionText));
    }

    /** See {@link AgendaItem#voteTally()}. */
    public Builder voteTally(@Nullable VoteTally voteTally) {
      this.voteTally = voteTally;
      return this;
    }

    /** See {@link AgendaItem#content()}. */
    public Builder content(@Nullable ItemContent content) {
      this.content = content;
      return this;
    }

    /**
     * The agenda item.
     *
     * @throws NullPointerException if number or title is missing
     */
    public AgendaItem build() {
      return new AgendaItem(id, Values.required(number, "number"), visibility, order,
          Values.required(title, "title"), consultation, decision, resolutionText, voteTally, content);
    }
  }
}
