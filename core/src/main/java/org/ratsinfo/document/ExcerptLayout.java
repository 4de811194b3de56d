package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * Lays an {@link Excerpt} out into an {@link ExcerptDocument}: decides what is shown, in which order,
 * with which labels and formatted values. Every renderer maps the result to its format and decides
 * nothing of this itself.
 *
 * <p>What an excerpt shows, in order, is described in the {@linkplain org.ratsinfo.document package
 * documentation}; {@link #agenda(MeetingExcerpts)} and {@link #minutes(MeetingExcerpts)} lay out the
 * other documents of a meeting into the same tree.
 *
 * <p>A file's name links to the address {@link Builder#linkTargets(LinkTargets)} gives (its access
 * URL by default), a linked paper's where the integrator gives one; only https and http addresses
 * become links.
 *
 * <p><b>Redaction happens here and nowhere else</b>, in one step that every part of the layout asks,
 * for every kind of document: renderers are given the {@link ExcerptDocument} only, so what it does not
 * hold no format can show. The rules are in the {@linkplain org.ratsinfo.document package
 * documentation}.
 *
 * <p>A layout is built once, with {@link #builder()} or {@link #standard()}, and is immutable and safe
 * to share between threads. Labels and date formats come from the {@link Labels} of its locale, never
 * from the JVM's default locale.
 */
public final class ExcerptLayout {

  private static final ExcerptLayout STANDARD = builder().build();

  private final Labels labels;
  private final Set<FieldKey> withheldFromPublic;
  private final TallyLayout tallyLayout;
  private final TallyFit tallyFit;
  private final Locale contentLanguage;
  private final LinkTargets linkTargets;
  private final boolean nonPublicAgendaTitles;
  private final LayoutContext context;

  private ExcerptLayout(Builder builder) {
    this.labels = Labels.forLocale(builder.locale);
    this.withheldFromPublic = Collections.unmodifiableSet(EnumSet.copyOf(builder.withheldFromPublic));
    this.tallyLayout = builder.tallyLayout;
    this.tallyFit = builder.tallyFit;
    this.contentLanguage = builder.contentLanguage;
    // The content language is marked on texts from the data only where it is not the labels' language.
    String dataLanguage = builder.contentLanguage.getLanguage().equals(labels.locale().getLanguage())
        ? null
        : builder.contentLanguage.toLanguageTag();
    this.linkTargets = builder.linkTargets;
    this.nonPublicAgendaTitles = builder.nonPublicAgendaTitles;
    this.context = new LayoutContext(labels, builder.majorityRule, tallyLayout, tallyFit, dataLanguage,
        linkTargets);
  }

  /**
   * The standard layout: German labels, simple majority, no field withheld from the public, tallies
   * laid out {@link TallyLayout#AUTO automatically}.
   *
   * @return the standard layout, shared
   */
  public static ExcerptLayout standard() {
    return STANDARD;
  }

  /**
   * A new builder, with the defaults of {@link #standard()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The labels this layout uses.
   *
   * @return the labels for the layout's locale
   */
  public Labels labels() {
    return labels;
  }

  /**
   * The fields left out of public excerpts: see {@link Builder#withheldFromPublic(Set)}.
   *
   * @return the fields, unmodifiable, in the order of {@link FieldKey}; empty by default
   */
  public Set<FieldKey> withheldFromPublic() {
    return withheldFromPublic;
  }

  /**
   * How vote tallies are laid out: see {@link Builder#tallyLayout(TallyLayout)}.
   *
   * @return the tally layout; {@link TallyLayout#AUTO} by default
   */
  public TallyLayout tallyLayout() {
    return tallyLayout;
  }

  /**
   * What decides whether a tally's groups fit as columns: see {@link Builder#tallyFit(TallyFit)}.
   *
   * @return the decision; {@link TallyFit#estimate()} by default
   */
  public TallyFit tallyFit() {
    return tallyFit;
  }

  /**
   * The language the excerpts' data is written in: see {@link Builder#contentLanguage(Locale)}.
   *
   * @return the content language; {@link Locale#GERMANY} by default
   */
  public Locale contentLanguage() {
    return contentLanguage;
  }

  /**
   * Where the files and papers the documents name link to: see {@link Builder#linkTargets(LinkTargets)}.
   *
   * @return the link targets; {@link LinkTargets#accessUrls()} by default
   */
  public LinkTargets linkTargets() {
    return linkTargets;
  }

  /**
   * Lays out an excerpt.
   *
   * @param excerpt the excerpt, normally validated before
   * @return the document
   * @throws IllegalArgumentException if the excerpt is for the public but its agenda item is not public
   */
  public ExcerptDocument layout(Excerpt excerpt) {
    Objects.requireNonNull(excerpt, "excerpt");
    AgendaItem item = excerpt.agendaItem();
    Meeting meeting = excerpt.meeting();
    Redaction redaction = Redaction.of(excerpt, withheldFromPublic);
    List<Consultation> consultations = redaction.consultations(item);
    Consultation consultation = consultations.isEmpty() ? null : consultations.get(0);

    String title = labels.format("document.title", item.title());
    List<Block> blocks = new ArrayList<>();
    FieldList meetingFields = MeetingHeader.fields(context, redaction, meeting, item);
    if (!meetingFields.fields().isEmpty()) {
      blocks.add(meetingFields);
    }
    for (Consultation shown : consultations) {
      blocks.add(PaperSection.section(context, redaction, shown, meeting, item));
    }
    ItemTexts.add(context, item, blocks);
    VoteSections.add(context, redaction, item, blocks);
    References.addItemFiles(context, redaction, item, blocks);

    DocumentInfo info = new DocumentInfo(title, item.title(), excerpt.body().name(),
        MeetingHeader.keywords(redaction, consultation, meeting), labels.languageTag());
    return new ExcerptDocument(
        labels.locale(), excerpt.audience(), info, excerpt.body().name(), title, blocks);
  }

  /**
   * Lays out the invitation with its agenda (Einladung, Tagesordnung) of a meeting: the meeting's
   * fields and the invitation's date, the invitation's text, then the public and the non-public part
   * of the agenda, each a table of its items (TOP, Betreff, Vorlage), grouped under the agenda's
   * headings. For {@link Audience#PUBLIC} the non-public part lists no item, unless {@link
   * Builder#nonPublicAgendaTitles(boolean)} says to list their numbers and titles.
   *
   * @param meeting the meeting with its whole agenda, and the audience
   * @return the document, of kind {@link DocumentKind#AGENDA}
   */
  public ExcerptDocument agenda(MeetingExcerpts meeting) {
    Objects.requireNonNull(meeting, "meeting");
    return AgendaDocument.layout(context,
        Redaction.of(meeting, withheldFromPublic, nonPublicAgendaTitles), meeting);
  }

  /**
   * Lays out the minutes (Niederschrift) of a meeting: the meeting's fields with the times it was
   * held, the chair and the minute-taker, the attendance list by voting group, every item in agenda
   * order with everything its excerpt shows (and the chair where it changed), the closing time and the
   * signatures. For {@link Audience#PUBLIC} the non-public items are left out, and the attendance list
   * where {@link FieldKey#ATTENDANCE} is withheld.
   *
   * @param meeting the meeting with its whole agenda, and the audience
   * @return the document, of kind {@link DocumentKind#MINUTES}
   */
  public ExcerptDocument minutes(MeetingExcerpts meeting) {
    Objects.requireNonNull(meeting, "meeting");
    return MinutesDocument.layout(context, Redaction.of(meeting, withheldFromPublic, false), meeting);
  }

  /**
   * Lays out a document of a meeting.
   *
   * @param kind which document
   * @param meeting the meeting with its whole agenda, and the audience
   * @return the documents: one per item for {@link DocumentKind#EXCERPT} (the items the audience may
   *     see, in agenda order), else the one document
   */
  public List<ExcerptDocument> layout(DocumentKind kind, MeetingExcerpts meeting) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case AGENDA -> List.of(agenda(meeting));
      case MINUTES -> List.of(minutes(meeting));
      case EXCERPT -> meeting.excerpts().stream().map(this::layout).toList();
    };
  }

  /** Builds an {@link ExcerptLayout}; not thread-safe. */
  public static final class Builder {
    private Locale locale = Locale.GERMANY;
    private MajorityRule majorityRule = MajorityRule.SIMPLE;
    private Set<FieldKey> withheldFromPublic = EnumSet.noneOf(FieldKey.class);
    private TallyLayout tallyLayout = TallyLayout.AUTO;
    private TallyFit tallyFit = TallyFit.estimate();
    private Locale contentLanguage = Locale.GERMANY;
    private LinkTargets linkTargets = LinkTargets.accessUrls();
    private boolean nonPublicAgendaTitles;

    private Builder() {}

    /**
     * The locale labels and values are formatted in; default {@link Locale#GERMANY}. Any English locale
     * gives English labels, every other locale German ones; see {@link Labels#forLocale(Locale)}.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The rule the outcome of a vote is stated by; default {@link MajorityRule#SIMPLE}.
     *
     * @param majorityRule the rule
     * @return this builder
     */
    public Builder majorityRule(MajorityRule majorityRule) {
      this.majorityRule = Objects.requireNonNull(majorityRule, "majorityRule");
      return this;
    }

    /**
     * The fields that public excerpts leave out: internal-only by the integrator's choice, e.g. {@link
     * FieldKey#CLERK} where the body's data protection rules keep its staff's names out of public
     * documents. A withheld field is left out of its field list and out of the document's metadata
     * (see {@link ExcerptLayout}); internal excerpts show it. Replaces the fields set before.
     *
     * <p>Default: none. The public excerpts of the RIS products name the clerk (Bearbeiter/-in) and
     * the authors (Verfasser) of a public paper, and so does the reference excerpt; withholding them is
     * each body's decision. Non-public items and papers need no setting: they are never shown to the
     * public.
     *
     * @param fields the fields; may be empty
     * @return this builder
     */
    public Builder withheldFromPublic(Set<FieldKey> fields) {
      Objects.requireNonNull(fields, "fields");
      EnumSet<FieldKey> copy = EnumSet.noneOf(FieldKey.class);
      for (FieldKey field : fields) {
        copy.add(Objects.requireNonNull(field, "field"));
      }
      this.withheldFromPublic = copy;
      return this;
    }

    /**
     * The fields that public excerpts leave out; see {@link #withheldFromPublic(Set)}.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder withheldFromPublic(FieldKey... fields) {
      return withheldFromPublic(new HashSet<>(Arrays.asList(fields)));
    }

    /**
     * How vote tallies are laid out: the voting groups as the table's columns, as council information
     * systems print them, or as its rows, for tallies too wide for a page. Default {@link
     * TallyLayout#AUTO}: columns where they fit across an A4 page, by an estimate from the labels'
     * lengths (see there), else rows. Every format shows the same shape.
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
     * columns. Default {@link TallyFit#estimate()}, made for the built-in PDF stylesheet (A4, the
     * table in 8.5 pt); a PDF stylesheet that sets tables otherwise needs a decision to match, e.g.
     * {@link TallyFit#estimate(double)} with its page width in ems of its table font.
     *
     * @param tallyFit the decision
     * @return this builder
     */
    public Builder tallyFit(TallyFit tallyFit) {
      this.tallyFit = Objects.requireNonNull(tallyFit, "tallyFit");
      return this;
    }

    /**
     * The language the data is written in: the names, titles and texts of meetings, papers and
     * inquiries, which are shown as given. Default {@link Locale#GERMANY}, the language of German
     * council information systems. Where it is not the language of the labels ({@link
     * #locale(Locale)}: an English document of German data), every text from the data carries it
     * ({@link Field#valueLanguage()}, {@link Paragraph#language()}, {@link Section#headingLanguage()},
     * {@link NumberedList#language()}, {@link QuestionAnswer#language()}) and the renderers mark it,
     * so that screen readers read it in its own language (WCAG 2.1, 3.1.2 Language of Parts, which
     * BITV 2.0 requires of public bodies); where the languages are the same, no text carries one.
     * Texts made from the labels (dates, the status, the decision kind, the tally's labels) are in the
     * labels' language; the title, which is made of both, and names such as those of the voting
     * groups are not marked.
     *
     * @param contentLanguage the language, e.g. {@link Locale#GERMANY}; its language and country are
     *     used
     * @return this builder
     * @throws IllegalArgumentException if the locale has no language
     */
    public Builder contentLanguage(Locale contentLanguage) {
      Objects.requireNonNull(contentLanguage, "contentLanguage");
      if (contentLanguage.getLanguage().isEmpty()) {
        throw new IllegalArgumentException(
            "contentLanguage must have a language, e.g. Locale.GERMANY, not \"" + contentLanguage + '"');
      }
      this.contentLanguage = new Locale.Builder().setLanguage(contentLanguage.getLanguage())
          .setRegion(contentLanguage.getCountry()).build();
      return this;
    }

    /**
     * Where the files and papers the documents name link to. Default {@link
     * LinkTargets#accessUrls()}: a file's name links to its access URL, a paper to nothing. Only
     * absolute https and http addresses become links; nothing is ever fetched.
     *
     * @param linkTargets the link targets, thread-safe
     * @return this builder
     */
    public Builder linkTargets(LinkTargets linkTargets) {
      this.linkTargets = Objects.requireNonNull(linkTargets, "linkTargets");
      return this;
    }

    /**
     * Whether an agenda for the public lists the numbers and titles of the non-public items (never
     * their papers). Default {@code false}: the public agenda says that the non-public part is not
     * published, as many bodies publish it; some publish the titles, which is their decision.
     *
     * @param list whether to list them
     * @return this builder
     */
    public Builder nonPublicAgendaTitles(boolean list) {
      this.nonPublicAgendaTitles = list;
      return this;
    }

    /**
     * The layout.
     *
     * @return a new, immutable layout
     */
    public ExcerptLayout build() {
      return new ExcerptLayout(this);
    }
  }
}
