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

/**
 * Lays an {@link Excerpt} out into an {@link ExcerptDocument}: decides what is shown, in which order,
 * with which labels and formatted values. Every renderer maps the result to its format and decides
 * nothing of this itself.
 *
 * <p>The document, in order:
 *
 * <ol>
 *   <li>the title "Auszug - " and the agenda item's title, and the body's name;
 *   <li>a {@link FieldList.Kind#MEETING meeting} field list: TOP ("Ö 19.1"), Gremium, Beschlussart (the
 *       decision's own text, else the kind's label), Datum ("Di, 28.02.2017", in the start's own time
 *       zone), Status (the meeting's publicity), Zeit ("16:00 - 17:55", or just "16:00" without an
 *       end), Anlass, Raum, Ort. A field whose value is absent is left out. A cancelled meeting says so
 *       in its Status: "öffentlich, abgesagt";
 *   <li>a {@link SectionKind#PAPER paper} section headed by the paper's reference and title, with its
 *       field list: Status, Vorlage-Art (as given, in every locale), Datum, Verfasser, Federführend,
 *       Bearbeiter/-in, Beratungsrolle; inside it, where the paper records them, its {@link
 *       SectionKind#CONSULTATIONS Beratungsfolge} (a {@link Table}: a row per consultation headed by
 *       its date, the row of this meeting's saying "(diese Sitzung)"; columns Gremium, Rolle,
 *       Ergebnis), its {@link SectionKind#LINKED_PAPERS linked papers} and its {@link
 *       SectionKind#ATTACHMENTS files} ({@link LinkList}s, the main file first). A further paper dealt
 *       with under the item (an amendment) follows as a paper section of its own;
 *   <li>the item's texts, each its own section where it is given, in this order: the {@link
 *       SectionKind#PROPOSAL proposal} (Beschlussvorschlag), the {@link SectionKind#CONTENT statement of
 *       facts} (Sachverhalt; {@link AgendaItem#effectiveStatementOfFacts()}), for an inquiry sections of
 *       its {@link SectionKind#QUESTIONS questions}, its {@link SectionKind#ANSWER answer} (an
 *       introduction, then each answer with its question) and its {@link
 *       SectionKind#SUPPLEMENTARY_QUESTIONS supplementary questions}, the {@link
 *       SectionKind#DELIBERATION course of the debate} (Beratungsverlauf) and the {@link
 *       SectionKind#RESOLUTION resolution} (Beschluss);
 *   <li>the votes. An item's only vote is a {@link SectionKind#VOTE vote} section, headed by its title,
 *       or "Abstimmungsergebnis" for an untitled vote on the main motion (as an item with one tally has
 *       always looked), or its subject ("Änderungsantrag"); several votes are {@link SectionKind#VOTE
 *       vote} sections inside one {@link SectionKind#VOTES votes} section, headed "1. Abstimmung:" and
 *       the title or subject. A vote shows, each where given: the movers ("Antragsteller: …"), the
 *       motion's wording, the method where the vote was not open ("Namentliche Abstimmung", "Geheime
 *       Abstimmung"), the majority required where it is not simple, the members present and entitled
 *       to vote, the tally as a {@link Table} (columns "gesamt" and each group; rows dafür, dagegen,
 *       Enthaltung, and befangen and nicht anwesend where the tally records them; or, where the groups
 *       would not fit across a page or {@link Builder#tallyLayout(TallyLayout)} says so, transposed:
 *       columns dafür, dagegen …, rows "gesamt" and each group; for a roll call without a tally, the
 *       tally counted from the ballots), the roll call as a {@link Table} (rows: the members' names;
 *       columns: Fraktion where a ballot names one, Stimme), and the outcome: the stated {@link
 *       org.ratsinfo.model.Vote#result() result}, else the counts under the vote's own majority or the
 *       layout's {@link Builder#majorityRule(MajorityRule) rule} ("Ergebnis: angenommen", "Ergebnis:
 *       einstimmig angenommen", "Ergebnis: abgelehnt"). Where no vote was taken, every cell is empty and
 *       the table's note says "Es wurde nicht abgestimmt.". The members excluded for bias are named
 *       in one note: in the only vote's section before the outcome, at the head of the votes section
 *       for several, or in a {@link SectionKind#BIAS bias} section for an item without votes;
 *   <li>the item's own {@link SectionKind#ATTACHMENTS attachments}, then its resolution file.
 * </ol>
 *
 * <p>A file's name links to the address {@link Builder#linkTargets(LinkTargets)} gives (its access
 * URL by default), a linked paper's where the integrator gives one; only https and http addresses
 * become links.
 *
 * <p><b>Redaction happens here and nowhere else</b> (one step, asked by every part of the layout). Renderers are given the {@link ExcerptDocument}
 * only, so what it does not hold no format can show. For {@link Audience#PUBLIC}:
 *
 * <ul>
 *   <li><b>Non-public by nature</b>, always: an excerpt of a non-public agenda item is refused with an
 *       {@link IllegalArgumentException} (validation normally reports this first; {@link
 *       org.ratsinfo.model.MeetingExcerpts#excerpts()} leaves such items out), and a non-public paper
 *       (the only part below the agenda item that has a {@link org.ratsinfo.model.Visibility}) is left
 *       out completely: no paper section, no consultation role, and neither its reference nor its type
 *       in the {@link DocumentInfo}; so are a non-public further paper, a non-public linked paper and
 *       a non-public file. A consultation of the Beratungsfolge at a non-public item or meeting keeps
 *       its date, body and role, which the Beratungsfolge printed on a public paper shows too; its
 *       status and result read "nichtöffentlich".
 *   <li><b>Internal-only by the integrator's choice</b>: the fields of {@link
 *       Builder#withheldFromPublic(Set)}, e.g. {@link FieldKey#CLERK} (Bearbeiter/-in) or {@link
 *       FieldKey#ORIGINATORS} (Verfasser). A withheld field is left out of its field list and of the
 *       {@link DocumentInfo} (which becomes the metadata of PDF, DOCX and HTML): {@link
 *       FieldKey#PAPER_TYPE}, {@link FieldKey#ORGANIZATION} and {@link FieldKey#DATE} are keywords as
 *       well. {@link FieldKey#DECISION} takes the votes' outcome lines ("Ergebnis: einstimmig
 *       angenommen") with it, which state the decision in other words; the tally's counts are the
 *       vote, not the decision, and stay. {@link FieldKey#BALLOTS} leaves out the roll calls' tables
 *       of who voted how (their counts stay), {@link FieldKey#EXCLUDED_FOR_BIAS} the note naming the
 *       members excluded for bias and the roll calls' rows of members who voted "befangen", {@link FieldKey#MOVERS} the movers of the motions. A field list left without fields is left out. Default: nothing is withheld, as in the
 *       public excerpts of the RIS products (SessionNet, ALLRIS), which name the clerk and the authors
 *       of a public paper: whether a public excerpt names them is the body's decision under its data
 *       protection rules, not the library's.
 *   <li><b>Never shown, for any audience</b>: every identifier ({@code id}), the meeting's own agenda
 *       (other items), the meeting's name and state, short names, a location's address, the seats of a
 *       voting group.
 * </ul>
 *
 * <p>For {@link Audience#INTERNAL} everything but the last group is shown, withheld fields included.
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

  /** Builds an {@link ExcerptLayout}; not thread-safe. */
  public static final class Builder {
    private Locale locale = Locale.GERMANY;
    private MajorityRule majorityRule = MajorityRule.SIMPLE;
    private Set<FieldKey> withheldFromPublic = EnumSet.noneOf(FieldKey.class);
    private TallyLayout tallyLayout = TallyLayout.AUTO;
    private TallyFit tallyFit = TallyFit.estimate();
    private Locale contentLanguage = Locale.GERMANY;
    private LinkTargets linkTargets = LinkTargets.accessUrls();

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
     * The layout.
     *
     * @return a new, immutable layout
     */
    public ExcerptLayout build() {
      return new ExcerptLayout(this);
    }
  }
}
