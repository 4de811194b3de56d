package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * An agenda item (Tagesordnungspunkt, TOP) of a meeting. OParl: {@code AgendaItem}; the votes, the
 * exclusions for bias and the texts other than the resolution are beyond OParl.
 *
 * <p>The item's texts are distinct and each optional; documents show them in a fixed order: the
 * proposal (Beschlussvorschlag), the statement of facts (Sachverhalt), the inquiry or text of the
 * {@link #content() content}, the course of the debate (Beratungsverlauf), the resolution (Beschluss),
 * then the votes.
 *
 * @param id an identifier of the source system, e.g. an OParl URL; optional
 * @param number the hierarchical number, e.g. "19.1": segments of letters and digits separated by dots.
 *     Shown with the visibility as "Ö 19.1" or "N 3"
 * @param visibility whether the item is dealt with in public (öffentlich) or not (nichtöffentlich);
 *     OParl: {@code public}
 * @param order the position in the agenda, 0 or more; OParl: {@code order}
 * @param title the title (Betreff); OParl: {@code name}
 * @param consultations the papers consulted at this item, each with its role, in order: the main paper
 *     first, then further papers dealt with under the same item, such as an amendment (OParl/spec#413)
 * @param decision the decision (Beschlussart); optional (not yet decided); OParl: {@code result}
 * @param resolutionText the wording of the resolution (Beschluss); optional; OParl: {@code
 *     resolutionText}
 * @param votes the votes taken, in the order they were taken; empty where no vote is recorded (the
 *     excerpt then shows no tally)
 * @param content the inquiry dealt with, or a text; optional. A {@link TextContent} is the statement
 *     of facts (Sachverhalt) as earlier versions of the format spelled it: an item has it or a {@link
 *     #statementOfFacts()}, not both
 * @param excludedForBias the members excluded for bias (Befangenheit), in order
 * @param proposal the proposal (Beschlussvorschlag); optional
 * @param statementOfFacts the statement of facts (Sachverhalt, Begründung); optional
 * @param deliberation the course of the debate (Beratungsverlauf, Wortprotokoll); optional
 * @param auxiliaryFiles the item's own attachments (Anlagen), in order; OParl: {@code auxiliaryFile}
 * @param resolutionFile the resolution as a file; optional; OParl: {@code resolutionFile}
 * @param chair who chaired this item where the chair changed (Vorsitz zu TOP), e.g. a deputy chair;
 *     optional: absent means the meeting's chair (the {@link ParticipantRole#CHAIR} among the
 *     meeting's participants). Beyond OParl
 */
public record AgendaItem(
    @Size(max = 500) @XmlText @Nullable String id,
    @NotBlank @Size(max = 20) @Pattern(regexp = NUMBER_PATTERN, message = "{org.ratsinfo.agendaNumber}")
        String number,
    Visibility visibility,
    @PositiveOrZero int order,
    @NotBlank @Size(max = 1000) @XmlText String title,
    @Size(max = 50) List<@Valid Consultation> consultations,
    @Valid @Nullable Decision decision,
    @Valid @Nullable Text resolutionText,
    @Size(max = 100) List<@Valid Vote> votes,
    @Valid @Nullable ItemContent content,
    @Size(max = 500) List<@Valid BiasExclusion> excludedForBias,
    @Valid @Nullable Text proposal,
    @Valid @Nullable Text statementOfFacts,
    @Valid @Nullable Text deliberation,
    @Size(max = 500) List<@Valid File> auxiliaryFiles,
    @Valid @Nullable File resolutionFile,
    @Valid @Nullable Person chair) {

  /** Agenda numbers: segments of letters and digits separated by dots ("19.1", "C", "3a.2"). */
  public static final String NUMBER_PATTERN = "[\\p{IsAlphabetic}\\p{IsDigit}]+(\\.[\\p{IsAlphabetic}\\p{IsDigit}]+)*";

  /** Checks that the required values are present and copies the lists. */
  public AgendaItem {
    id = Values.optional(id);
    number = Values.required(number, "number");
    Objects.requireNonNull(visibility, "visibility");
    title = Values.required(title, "title");
    consultations = Values.list(consultations, "consultations");
    votes = Values.list(votes, "votes");
    auxiliaryFiles = Values.list(auxiliaryFiles, "auxiliaryFiles");
    excludedForBias = Values.list(excludedForBias, "excludedForBias");
  }

  /**
   * The vote that decided the item: the last vote on the main motion, else the last vote; {@code null}
   * where no vote is recorded. A unanimous decision is checked against it.
   */
  public @Nullable Vote decidingVote() {
    for (int i = votes.size() - 1; i >= 0; i--) {
      if (votes.get(i).subject() == VoteSubject.MAIN) {
        return votes.get(i);
      }
    }
    return votes.isEmpty() ? null : votes.get(votes.size() - 1);
  }

  /** The statement of facts as shown: {@link #statementOfFacts()}, else a {@link TextContent}'s text. */
  public @Nullable Text effectiveStatementOfFacts() {
    if (statementOfFacts != null) {
      return statementOfFacts;
    }
    return content instanceof TextContent text ? text.text() : null;
  }

  /** The main consultation: the first of {@link #consultations()}, or {@code null} if there is none. */
  public @Nullable Consultation consultation() {
    return consultations.isEmpty() ? null : consultations.get(0);
  }

  /** The main paper: the paper of {@link #consultation()}, or {@code null} if there is none. */
  public @Nullable Paper paper() {
    Consultation main = consultation();
    return main == null ? null : main.paper();
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
        .consultations(consultations)
        .decision(decision)
        .resolutionText(resolutionText)
        .votes(votes)
        .content(content)
        .excludedForBias(excludedForBias)
        .proposal(proposal)
        .statementOfFacts(statementOfFacts)
        .deliberation(deliberation)
        .auxiliaryFiles(auxiliaryFiles)
        .resolutionFile(resolutionFile)
        .chair(chair);
  }

  /** A copy with the given visibility. */
  public AgendaItem withVisibility(Visibility visibility) {
    return toBuilder().visibility(visibility).build();
  }

  /** A copy with the given decision. */
  public AgendaItem withDecision(@Nullable Decision decision) {
    return toBuilder().decision(decision).build();
  }

  /** A copy with one open vote on the main motion with the given tally, or no vote for {@code null}. */
  public AgendaItem withVoteTally(@Nullable VoteTally voteTally) {
    return toBuilder().voteTally(voteTally).build();
  }

  /** A copy with the given votes. */
  public AgendaItem withVotes(List<Vote> votes) {
    return toBuilder().votes(votes).build();
  }

  /** A copy with the given content. */
  public AgendaItem withContent(@Nullable ItemContent content) {
    return toBuilder().content(content).build();
  }

  /** A copy chaired by the given person, or by the meeting's chair for {@code null}. */
  public AgendaItem withChair(@Nullable Person chair) {
    return toBuilder().chair(chair).build();
  }

  /** Builds an {@link AgendaItem}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String number;
    private Visibility visibility = Visibility.PUBLIC;
    private int order;
    private @Nullable String title;
    private List<Consultation> consultations = List.of();
    private @Nullable Decision decision;
    private @Nullable Text resolutionText;
    private List<Vote> votes = List.of();
    private @Nullable ItemContent content;
    private List<BiasExclusion> excludedForBias = List.of();
    private @Nullable Text proposal;
    private @Nullable Text statementOfFacts;
    private @Nullable Text deliberation;
    private List<File> auxiliaryFiles = List.of();
    private @Nullable File resolutionFile;
    private @Nullable Person chair;

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

    /** See {@link AgendaItem#consultations()}: replaces the consultations. */
    public Builder consultations(List<Consultation> consultations) {
      this.consultations = Values.list(consultations, "consultations");
      return this;
    }

    /** Replaces the consultations with one, or none for {@code null}. */
    public Builder consultation(@Nullable Consultation consultation) {
      return consultations(consultation == null ? List.of() : List.of(consultation));
    }

    /** Adds a further consultation, e.g. of an amendment dealt with under this item. */
    public Builder addConsultation(Consultation consultation) {
      List<Consultation> copy = new java.util.ArrayList<>(consultations);
      copy.add(Objects.requireNonNull(consultation, "consultation"));
      return consultations(copy);
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

    /** See {@link AgendaItem#votes()}. */
    public Builder votes(List<Vote> votes) {
      this.votes = List.copyOf(votes);
      return this;
    }

    /** One open vote on the main motion with the given tally ({@link Vote#of(VoteTally)}), or none. */
    public Builder voteTally(@Nullable VoteTally voteTally) {
      return votes(voteTally == null ? List.of() : List.of(Vote.of(voteTally)));
    }

    /** See {@link AgendaItem#excludedForBias()}. */
    public Builder excludedForBias(List<BiasExclusion> excludedForBias) {
      this.excludedForBias = List.copyOf(excludedForBias);
      return this;
    }

    /** See {@link AgendaItem#proposal()}. */
    public Builder proposal(@Nullable Text proposal) {
      this.proposal = proposal;
      return this;
    }

    /** See {@link AgendaItem#statementOfFacts()}. */
    public Builder statementOfFacts(@Nullable Text statementOfFacts) {
      this.statementOfFacts = statementOfFacts;
      return this;
    }

    /** See {@link AgendaItem#deliberation()}. */
    public Builder deliberation(@Nullable Text deliberation) {
      this.deliberation = deliberation;
      return this;
    }

    /** See {@link AgendaItem#auxiliaryFiles()}. */
    public Builder auxiliaryFiles(List<File> auxiliaryFiles) {
      this.auxiliaryFiles = Values.list(auxiliaryFiles, "auxiliaryFiles");
      return this;
    }

    /** See {@link AgendaItem#resolutionFile()}. */
    public Builder resolutionFile(@Nullable File resolutionFile) {
      this.resolutionFile = resolutionFile;
      return this;
    }

    /** See {@link AgendaItem#chair()}. */
    public Builder chair(@Nullable Person chair) {
      this.chair = chair;
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
          Values.required(title, "title"), consultations, decision, resolutionText, votes, content,
          excludedForBias, proposal, statementOfFacts, deliberation, auxiliaryFiles, resolutionFile,
          chair);
    }
  }
}
