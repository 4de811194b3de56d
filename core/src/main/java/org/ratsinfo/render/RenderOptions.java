package org.ratsinfo.render;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.ExcerptLayout;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.LinkTargets;
import org.ratsinfo.document.TallyFit;
import org.ratsinfo.document.TallyLayout;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.batch.MeetingRenderer;

/**
 * The options every renderer shares. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link Builder#locale(Locale) locale}: the language of labels and formats; default German;
 *       English for an {@code en} locale;
 *   <li>{@link Builder#audience(Audience) audience}: render every excerpt for this audience; default
 *       none, i.e. each excerpt's own {@link Excerpt#audience()};
 *   <li>{@link Builder#clock(Clock) clock}: the time a document says it was made (PDF and DOCX
 *       metadata); default the system clock in {@link Meeting#DEFAULT_TIME_ZONE} (Europe/Berlin),
 *       whatever the JVM's default time zone. A fixed clock makes output byte-identical for the same
 *       input;
 *   <li>{@link Builder#majorityRule(MajorityRule) majority rule}: decides the outcome shown under a vote
 *       tally; default {@link MajorityRule#SIMPLE};
 *   <li>{@link Builder#withheldFromPublic(Set) fields withheld from the public}: header fields that
 *       public excerpts leave out, e.g. {@link FieldKey#CLERK}; default none. Non-public items and
 *       papers are never shown to the public, whatever is set here;
 *   <li>{@link Builder#tallyLayout(TallyLayout) tally layout}: a vote tally's voting groups as the
 *       table's columns or as its rows; default {@link TallyLayout#AUTO}, columns where they fit across
 *       an A4 page, else rows;
 *   <li>{@link Builder#contentLanguage(Locale) content language}: the language the data is written in;
 *       default German. In a document whose labels are in another language, every text from the data
 *       is marked with it;
 *   <li>{@link Builder#linkTargets(LinkTargets) link targets}: where the files and papers a document
 *       names link to; default a file's access URL. Only https and http addresses become links, and
 *       nothing is ever fetched.
 * </ul>
 *
 * <p>All of it takes effect in the {@link #layout() layout}, before any renderer sees the document, so
 * every format shows and withholds the same.
 */
public final class RenderOptions {

  private static final RenderOptions DEFAULTS = builder().build();

  private final Locale locale;
  private final @Nullable Audience audience;
  private final Clock clock;
  private final MajorityRule majorityRule;
  private final ExcerptLayout layout;

  private RenderOptions(Builder builder) {
    this.locale = builder.locale;
    this.audience = builder.audience;
    this.clock = builder.clock;
    this.majorityRule = builder.majorityRule;
    this.layout = ExcerptLayout.builder().locale(locale).majorityRule(majorityRule)
        .withheldFromPublic(builder.withheldFromPublic).tallyLayout(builder.tallyLayout)
        .tallyFit(builder.tallyFit).contentLanguage(builder.contentLanguage)
        .linkTargets(builder.linkTargets).build();
  }

  /**
   * The defaults: German, each excerpt's own audience, the system clock in Europe/Berlin, simple
   * majority, no field withheld from the public, tallies laid out automatically, German data, files
   * linked to their access URLs.
   */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** A new builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder().locale(locale).clock(clock).majorityRule(majorityRule)
        .withheldFromPublic(layout.withheldFromPublic()).tallyLayout(layout.tallyLayout())
        .tallyFit(layout.tallyFit()).contentLanguage(layout.contentLanguage())
        .linkTargets(layout.linkTargets());
    return audience == null ? b : b.audience(audience);
  }

  /** The locale of labels and formats. */
  public Locale locale() {
    return locale;
  }

  /** The audience every excerpt is rendered for, or {@code null} for each excerpt's own. */
  public @Nullable Audience audience() {
    return audience;
  }

  /** The clock that dates documents. */
  public Clock clock() {
    return clock;
  }

  /** The rule that decides the outcome shown under a vote tally. */
  public MajorityRule majorityRule() {
    return majorityRule;
  }

  /**
   * The fields public excerpts leave out.
   *
   * @return the fields, unmodifiable; empty by default
   * @see Builder#withheldFromPublic(Set)
   */
  public Set<FieldKey> withheldFromPublic() {
    return layout.withheldFromPublic();
  }

  /**
   * How vote tallies are laid out.
   *
   * @return the tally layout; {@link TallyLayout#AUTO} by default
   * @see Builder#tallyLayout(TallyLayout)
   */
  public TallyLayout tallyLayout() {
    return layout.tallyLayout();
  }

  /**
   * What decides whether a tally's groups fit across the page as columns.
   *
   * @return the decision; {@link TallyFit#estimate()} by default
   * @see Builder#tallyFit(TallyFit)
   */
  public TallyFit tallyFit() {
    return layout.tallyFit();
  }

  /**
   * The language the data is written in.
   *
   * @return the content language; {@link Locale#GERMANY} by default
   * @see Builder#contentLanguage(Locale)
   */
  public Locale contentLanguage() {
    return layout.contentLanguage();
  }

  /** The layout for these options. */
  public ExcerptLayout layout() {
    return layout;
  }

  /**
   * Lays out an excerpt for these options: for the {@link #audience()} if one is set, in the {@link
   * #locale()}.
   *
   * @param excerpt the excerpt
   * @return its document tree
   * @throws IllegalArgumentException if the excerpt is for the public but its agenda item is not public
   */
  public ExcerptDocument layout(Excerpt excerpt) {
    Objects.requireNonNull(excerpt, "excerpt");
    Excerpt forAudience = audience == null || audience == excerpt.audience()
        ? excerpt : excerpt.withAudience(audience);
    return layout.layout(forAudience);
  }

  /**
   * Lays out a document of a whole meeting with these options, for {@link #audience()} if set, else
   * for the meeting's own audience: see {@link ExcerptLayout#layout(DocumentKind, MeetingExcerpts)}.
   *
   * @param kind the document: the agenda, the minutes, or the excerpts
   * @param meeting the meeting with its whole agenda
   * @return the documents: the agenda or the minutes, or one excerpt per item the audience may see
   */
  public List<ExcerptDocument> layout(DocumentKind kind, MeetingExcerpts meeting) {
    Objects.requireNonNull(meeting, "meeting");
    MeetingExcerpts forAudience = audience == null || audience == meeting.audience()
        ? meeting : meeting.withAudience(audience);
    return layout.layout(kind, forAudience);
  }

  @Override
  public String toString() {
    return "RenderOptions[locale=" + locale.toLanguageTag() + ", audience="
        + (audience == null ? "excerpt's own" : audience) + ", clock=" + clock
        + ", withheldFromPublic=" + layout.withheldFromPublic() + ", tallyLayout="
        + layout.tallyLayout() + ", contentLanguage=" + layout.contentLanguage().toLanguageTag() + "]";
  }

  /** Builds {@link RenderOptions}; not thread-safe. */
  public static final class Builder {
    private Locale locale = Locale.GERMANY;
    private @Nullable Audience audience;
    private Clock clock = Clock.system(Meeting.DEFAULT_TIME_ZONE);
    private MajorityRule majorityRule = MajorityRule.SIMPLE;
    private Set<FieldKey> withheldFromPublic = Set.of();
    private TallyLayout tallyLayout = TallyLayout.AUTO;
    private TallyFit tallyFit = TallyFit.estimate();
    private Locale contentLanguage = Locale.GERMANY;
    private LinkTargets linkTargets = LinkTargets.accessUrls();

    private Builder() {}

    /** The locale of labels and formats; default German ({@link Locale#GERMANY}). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Renders every excerpt for this audience; default: each excerpt's own. */
    public Builder audience(Audience audience) {
      this.audience = Objects.requireNonNull(audience, "audience");
      return this;
    }

    /** The clock that dates documents; default the system clock in Europe/Berlin. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** A fixed instant that dates documents, for byte-identical output. */
    public Builder fixedInstant(Instant instant) {
      return clock(Clock.fixed(Objects.requireNonNull(instant, "instant"), ZoneOffset.UTC));
    }

    /** The rule that decides the outcome shown under a vote tally; default simple majority. */
    public Builder majorityRule(MajorityRule majorityRule) {
      this.majorityRule = Objects.requireNonNull(majorityRule, "majorityRule");
      return this;
    }

    /**
     * The header fields public excerpts leave out, in the body and in the metadata of every format,
     * and a {@link org.ratsinfo.render.batch.MeetingRenderer}'s file names ({@link FieldKey#DATE}, {@link
     * FieldKey#AGENDA_ITEM}); internal excerpts show them. Replaces the fields set before. Default: none, because the public
     * excerpts of the RIS products name the clerk (Bearbeiter/-in) and the authors (Verfasser) of a
     * public paper; whether to withhold them is each body's decision. See {@link
     * ExcerptLayout.Builder#withheldFromPublic(Set)}.
     *
     * @param fields the fields, e.g. {@code Set.of(FieldKey.CLERK)}; may be empty
     * @return this builder
     */
    public Builder withheldFromPublic(Set<FieldKey> fields) {
      Objects.requireNonNull(fields, "fields");
      fields.forEach(f -> Objects.requireNonNull(f, "field"));
      this.withheldFromPublic = Set.copyOf(fields);
      return this;
    }

    /**
     * The header fields public excerpts leave out; see {@link #withheldFromPublic(Set)}.
     *
     * @param fields the fields, e.g. {@code FieldKey.CLERK}
     * @return this builder
     */
    public Builder withheldFromPublic(FieldKey... fields) {
      return withheldFromPublic(new HashSet<>(Arrays.asList(fields)));
    }

    /**
     * How vote tallies are laid out: the voting groups as the table's columns, as council information
     * systems print them, or as its rows. Default {@link TallyLayout#AUTO}: columns where they fit
     * across an A4 page (estimated from the labels' lengths), else rows, so that no format clips or
     * shrinks a tally of many groups. The same in every format. See {@link TallyLayout}.
     *
     * @param tallyLayout the tally layout
     * @return this builder
     */
    public Builder tallyLayout(TallyLayout tallyLayout) {
      this.tallyLayout = Objects.requireNonNull(tallyLayout, "tallyLayout");
      return this;
    }

    /**
     * What decides, for {@link TallyLayout#AUTO}, whether a tally's groups fit across the page as
     * columns: the page and the table font are the renderers' business, not the layout's. Default
     * {@link TallyFit#estimate()}, made for the built-in PDF stylesheet; an integrator who styles the
     * PDF's tables otherwise (see {@code PdfRenderer.Builder}) supplies a decision to match, e.g.
     * {@link TallyFit#estimate(double)} with the page width in ems of their table font.
     *
     * @param tallyFit the decision
     * @return this builder
     */
    public Builder tallyFit(TallyFit tallyFit) {
      this.tallyFit = Objects.requireNonNull(tallyFit, "tallyFit");
      return this;
    }

    /**
     * The language the data is written in: names, titles and the texts of papers and inquiries.
     * Default {@link Locale#GERMANY}. Where the {@link #locale(Locale) labels} are in another language
     * (English labels for German data), every format marks the data's texts with it, so that screen
     * readers read them in their own language; see {@link ExcerptLayout.Builder#contentLanguage(Locale)}.
     *
     * @param contentLanguage the language
     * @return this builder
     * @throws IllegalArgumentException if the locale has no language
     */
    public Builder contentLanguage(Locale contentLanguage) {
      Objects.requireNonNull(contentLanguage, "contentLanguage");
      if (contentLanguage.getLanguage().isEmpty()) {
        throw new IllegalArgumentException(
            "contentLanguage must have a language, e.g. Locale.GERMANY, not \"" + contentLanguage + '"');
      }
      this.contentLanguage = contentLanguage;
      return this;
    }

    /**
     * Where the files and papers the documents name link to; default {@link LinkTargets#accessUrls()}:
     * a file's name links to its access URL. Give your own to link to pages of your system made from
     * the identifiers, or {@link LinkTargets#none()} for no links. See {@link
     * ExcerptLayout.Builder#linkTargets(LinkTargets)}.
     *
     * @param linkTargets the link targets, thread-safe
     * @return this builder
     */
    public Builder linkTargets(LinkTargets linkTargets) {
      this.linkTargets = Objects.requireNonNull(linkTargets, "linkTargets");
      return this;
    }

    /** The options. */
    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
