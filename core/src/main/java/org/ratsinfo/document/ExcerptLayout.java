package org.ratsinfo.document;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;

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
 *       Bearbeiter/-in, Beratungsrolle;
 *   <li>a {@link SectionKind#RESOLUTION resolution} section (Beschluss), if there is a resolution text;
 *   <li>the item's content: a {@link SectionKind#CONTENT text} section (Sachverhalt), or for an inquiry
 *       sections of its {@link SectionKind#QUESTIONS questions}, its {@link SectionKind#ANSWER answer}
 *       (an introduction, then each answer with its question) and its {@link
 *       SectionKind#SUPPLEMENTARY_QUESTIONS supplementary questions};
 *   <li>a {@link SectionKind#VOTE vote} section with the tally as a {@link Table} (columns "gesamt" and
 *       each group; rows dafür, dagegen, Enthaltung, and befangen and nicht anwesend where the tally
 *       records them; or, where the groups would not fit across a page or {@link
 *       Builder#tallyLayout(TallyLayout)} says so, transposed: columns dafür, dagegen …, rows "gesamt"
 *       and each group), followed by the outcome under the layout's majority rule ("Ergebnis: angenommen",
 *       "Ergebnis: einstimmig angenommen", "Ergebnis: abgelehnt"). Where no vote was taken, every cell is
 *       empty and the table's note says "Es wurde nicht abgestimmt.".
 * </ol>
 *
 * <p><b>Redaction happens here and nowhere else.</b> Renderers are given the {@link ExcerptDocument}
 * only, so what it does not hold no format can show. For {@link Audience#PUBLIC}:
 *
 * <ul>
 *   <li><b>Non-public by nature</b>, always: an excerpt of a non-public agenda item is refused with an
 *       {@link IllegalArgumentException} (validation normally reports this first; {@link
 *       org.ratsinfo.model.MeetingExcerpts#excerpts()} leaves such items out), and a non-public paper
 *       (the only part below the agenda item that has a {@link org.ratsinfo.model.Visibility}) is left
 *       out completely: no paper section, no consultation role, and neither its reference nor its type
 *       in the {@link DocumentInfo}.
 *   <li><b>Internal-only by the integrator's choice</b>: the fields of {@link
 *       Builder#withheldFromPublic(Set)}, e.g. {@link FieldKey#CLERK} (Bearbeiter/-in) or {@link
 *       FieldKey#ORIGINATORS} (Verfasser). A withheld field is left out of its field list and of the
 *       {@link DocumentInfo} (which becomes the metadata of PDF, DOCX and HTML): {@link
 *       FieldKey#PAPER_TYPE}, {@link FieldKey#ORGANIZATION} and {@link FieldKey#DATE} are keywords as
 *       well. {@link FieldKey#DECISION} takes the tally's outcome line ("Ergebnis: einstimmig
 *       angenommen") with it, which states the decision in other words; the tally's counts are the
 *       vote, not the decision, and stay. A field list left without fields is left out. Default: nothing is withheld, as in the
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
  private final MajorityRule majorityRule;
  private final DateTimeLabels dates;
  private final Set<FieldKey> withheldFromPublic;
  private final TallyLayout tallyLayout;
  private final Locale contentLanguage;
  /** The content language's tag where it is not the labels' language, else {@code null}. */
  private final @Nullable String dataLanguage;

  private ExcerptLayout(Builder builder) {
    this.labels = Labels.forLocale(builder.locale);
    this.majorityRule = builder.majorityRule;
    this.dates = new DateTimeLabels(labels);
    this.withheldFromPublic = Collections.unmodifiableSet(EnumSet.copyOf(builder.withheldFromPublic));
    this.tallyLayout = builder.tallyLayout;
    this.contentLanguage = builder.contentLanguage;
    this.dataLanguage = builder.contentLanguage.getLanguage().equals(labels.locale().getLanguage())
        ? null
        : builder.contentLanguage.toLanguageTag();
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
   * The language the excerpts' data is written in: see {@link Builder#contentLanguage(Locale)}.
   *
   * @return the content language; {@link Locale#GERMANY} by default
   */
  public Locale contentLanguage() {
    return contentLanguage;
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
    boolean isPublic = excerpt.audience() == Audience.PUBLIC;
    Set<FieldKey> withheld = isPublic ? withheldFromPublic : Set.of();
    if (isPublic && !item.visibility().isPublic()) {
      throw new IllegalArgumentException(
          "agenda item " + item.number() + " is not public and cannot be shown in a public excerpt");
    }
    Consultation consultation = item.consultation();
    Consultation shownConsultation =
        consultation != null && (!isPublic || consultation.paper().visibility().isPublic())
            ? consultation
            : null;

    String title = labels.format("document.title", item.title());
    List<Block> blocks = new ArrayList<>();
    FieldList meetingFields = meetingFields(meeting, item, withheld);
    if (!meetingFields.fields().isEmpty()) {
      blocks.add(meetingFields);
    }
    if (shownConsultation != null) {
      blocks.add(paperSection(shownConsultation, withheld));
    }
    Text resolution = item.resolutionText();
    if (resolution != null && !resolution.isEmpty()) {
      blocks.add(section(SectionKind.RESOLUTION, paragraphs(Paragraph.Style.NORMAL, resolution)));
    }
    ItemContent content = item.content();
    if (content instanceof TextContent text) {
      blocks.add(section(SectionKind.CONTENT, paragraphs(Paragraph.Style.NORMAL, text.text())));
    } else if (content instanceof Inquiry inquiry) {
      inquiry(inquiry, blocks);
    }
    VoteTally tally = item.voteTally();
    if (tally != null) {
      blocks.add(voteSection(tally, withheld.contains(FieldKey.DECISION)));
    }

    List<String> keywords = new ArrayList<>();
    if (shownConsultation != null) {
      keywords.add(shownConsultation.paper().reference());
      if (!withheld.contains(FieldKey.PAPER_TYPE)) {
        keywords.add(shownConsultation.paper().paperType().name());
      }
    }
    if (!withheld.contains(FieldKey.ORGANIZATION)) {
      keywords.add(meeting.organization().name());
    }
    if (!withheld.contains(FieldKey.DATE)) {
      keywords.add(meeting.start().toLocalDate().toString());
    }
    DocumentInfo info = new DocumentInfo(
        title, item.title(), excerpt.body().name(), keywords, labels.languageTag());
    return new ExcerptDocument(
        labels.locale(), excerpt.audience(), info, excerpt.body().name(), title, blocks);
  }

  private FieldList meetingFields(Meeting meeting, AgendaItem item, Set<FieldKey> withheld) {
    Fields fields = new Fields(withheld);
    String prefix = labels.get("visibility.prefix." + item.visibility().name());
    fields.add(FieldKey.AGENDA_ITEM, labels.format("agendaItem.number", prefix, item.number()));
    fields.addData(FieldKey.ORGANIZATION, meeting.organization().name());
    Decision decision = item.decision();
    if (decision != null) {
      String text = decision.text();
      if (text != null) {
        fields.addData(FieldKey.DECISION, text);
      } else {
        fields.add(FieldKey.DECISION, labels.decision(decision.kind()));
      }
    }
    ZonedDateTime start = meeting.start();
    fields.add(FieldKey.DATE, dates.date(start.toLocalDate()));
    String publicity = labels.get("publicity." + meeting.publicity().name());
    fields.add(FieldKey.MEETING_STATUS,
        meeting.cancelled() ? labels.format("meeting.status.cancelled", publicity) : publicity);
    ZonedDateTime end = meeting.end();
    fields.add(FieldKey.TIME, end == null
        ? dates.time(start.toLocalTime())
        : dates.timeRange(start.toLocalTime(), end.withZoneSameInstant(start.getZone()).toLocalTime()));
    fields.addData(FieldKey.OCCASION, meeting.occasion());
    Location location = meeting.location();
    if (location != null) {
      fields.addData(FieldKey.ROOM, location.room());
      fields.addData(FieldKey.LOCATION, location.description());
    }
    return new FieldList(FieldList.Kind.MEETING, fields.list);
  }

  private Section paperSection(Consultation consultation, Set<FieldKey> withheld) {
    Paper paper = consultation.paper();
    Fields fields = new Fields(withheld);
    fields.add(FieldKey.PAPER_STATUS, labels.get("visibility." + paper.visibility().name()));
    fields.addData(FieldKey.PAPER_TYPE, paper.paperType().name());
    if (paper.date() != null) {
      fields.add(FieldKey.PAPER_DATE, dates.date(paper.date()));
    }
    StringJoiner originators = new StringJoiner("; ");
    for (Person person : paper.originatorPersons()) {
      originators.add(person.listNameWithFunction());
    }
    for (Organization organization : paper.originatorOrganizations()) {
      originators.add(organization.name());
    }
    if (originators.length() > 0) {
      fields.addData(FieldKey.ORIGINATORS, originators.toString());
    }
    Organization lead = paper.leadDepartment();
    if (lead != null) {
      fields.addData(FieldKey.LEAD_DEPARTMENT, lead.name());
    }
    Person clerk = paper.clerk();
    if (clerk != null) {
      fields.addData(FieldKey.CLERK, clerk.listName());
    }
    fields.addData(FieldKey.CONSULTATION_ROLE, consultation.role());
    return new Section(SectionKind.PAPER, paper.reference() + " " + paper.title(),
        fields.list.isEmpty() ? List.of() : List.of(new FieldList(FieldList.Kind.PAPER, fields.list)),
        dataLanguage);
  }

  private void inquiry(Inquiry inquiry, List<Block> blocks) {
    if (!inquiry.questions().isEmpty()) {
      List<NumberedList.Item> items = new ArrayList<>();
      for (Question question : inquiry.questions()) {
        items.add(new NumberedList.Item(
            Integer.toString(question.number()), question.text().paragraphs()));
      }
      blocks.add(section(SectionKind.QUESTIONS, List.of(new NumberedList(items, dataLanguage))));
    }
    Answer answer = inquiry.answer();
    if (answer != null) {
      List<Block> answerBlocks = new ArrayList<>();
      Text introduction = answer.introduction();
      Person respondent = answer.respondent();
      if (introduction != null && !introduction.isEmpty()) {
        answerBlocks.addAll(paragraphs(Paragraph.Style.LEAD, introduction));
      } else if (respondent != null) {
        answerBlocks.add(new Paragraph(Paragraph.Style.LEAD,
            labels.format("answer.introduction", respondent.addressName())));
      }
      Map<Integer, List<String>> questionTexts = questionTexts(inquiry);
      for (org.ratsinfo.model.QuestionAnswer qa : answer.answers()) {
        answerBlocks.add(new QuestionAnswer(QuestionAnswer.Kind.QUESTION,
            labels.format("question.label", Integer.toString(qa.questionNumber())),
            questionTexts.getOrDefault(qa.questionNumber(), List.of()), qa.text().paragraphs(),
            dataLanguage));
      }
      if (!answerBlocks.isEmpty()) {
        blocks.add(section(SectionKind.ANSWER, answerBlocks));
      }
    }
    if (!inquiry.supplementaryQuestions().isEmpty()) {
      List<Block> supplementary = new ArrayList<>();
      for (SupplementaryQuestion question : inquiry.supplementaryQuestions()) {
        String asker = asker(question);
        String label = asker == null
            ? labels.get("supplementaryQuestion.label.anonymous")
            : labels.format("supplementaryQuestion.label", asker);
        Text answerText = question.answer();
        supplementary.add(new QuestionAnswer(QuestionAnswer.Kind.SUPPLEMENTARY_QUESTION, label,
            question.question().paragraphs(),
            answerText == null ? List.of() : answerText.paragraphs(), dataLanguage));
      }
      blocks.add(section(SectionKind.SUPPLEMENTARY_QUESTIONS, supplementary));
    }
  }

  /**
   * The text of each question by its number, the first question of a number if there are several:
   * looked up once per answer, so a search through the questions for each would make an inquiry's
   * layout quadratic in its size.
   */
  private static Map<Integer, List<String>> questionTexts(Inquiry inquiry) {
    Map<Integer, List<String>> texts = new HashMap<>(inquiry.questions().size() * 2);
    for (Question question : inquiry.questions()) {
      texts.putIfAbsent(question.number(), question.text().paragraphs());
    }
    return texts;
  }

  private static @Nullable String asker(SupplementaryQuestion question) {
    Organization organization = question.askedByOrganization();
    if (organization != null) {
      return organization.name();
    }
    Person person = question.askedByPerson();
    return person == null ? null : person.addressName();
  }

  /** The tally; its outcome line states the decision, so it goes where {@code DECISION} goes. */
  private Section voteSection(VoteTally tally, boolean decisionWithheld) {
    List<VoteOption> options = new ArrayList<>(
        List.of(VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION));
    if (tally.records(VoteOption.BIASED)) {
      options.add(VoteOption.BIASED);
    }
    if (tally.records(VoteOption.ABSENT)) {
      options.add(VoteOption.ABSENT);
    }
    List<String> optionLabels = new ArrayList<>();
    for (VoteOption option : options) {
      optionLabels.add(labels.get("vote." + option.name()));
    }
    List<String> groupLabels = new ArrayList<>();
    groupLabels.add(labels.get("vote.total"));
    for (VotingGroup group : tally.groups()) {
      groupLabels.add(group.name());
    }
    // Per group (the total first), its count of each option.
    @Nullable VoteCounts total = tally.total().orElse(null);
    List<List<String>> counts = new ArrayList<>();
    counts.add(cells(total, options));
    for (VotingGroup group : tally.groups()) {
      counts.add(cells(group.counts(), options));
    }
    boolean asRows = switch (tallyLayout) {
      case GROUPS_AS_ROWS -> true;
      case GROUPS_AS_COLUMNS -> false;
      case AUTO -> !TallyWidths.fitsAsColumns(optionLabels, groupLabels, counts);
    };
    List<Table.Row> rows = new ArrayList<>();
    List<String> columns;
    if (asRows) {
      columns = optionLabels;
      for (int g = 0; g < groupLabels.size(); g++) {
        rows.add(new Table.Row(groupLabels.get(g), counts.get(g)));
      }
    } else {
      columns = groupLabels;
      for (int o = 0; o < options.size(); o++) {
        List<String> cells = new ArrayList<>(counts.size());
        for (List<String> group : counts) {
          cells.add(group.get(o));
        }
        rows.add(new Table.Row(optionLabels.get(o), cells));
      }
    }
    boolean taken = tally.voteTaken();
    String caption = labels.get("vote.caption");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table(caption, "", columns, rows, taken ? null : labels.get("vote.notTaken")));
    Optional<VoteOutcome> outcome = tally.outcome(majorityRule);
    if (taken && outcome.isPresent() && !decisionWithheld) {
      String key = outcome.get() == VoteOutcome.ADOPTED && tally.unanimous()
          ? "vote.outcome.unanimous"
          : "vote.outcome." + outcome.get().name();
      blocks.add(new Paragraph(Paragraph.Style.NOTE, labels.get(key)));
    }
    return section(SectionKind.VOTE, blocks);
  }

  private static List<String> cells(@Nullable VoteCounts counts, List<VoteOption> options) {
    List<String> cells = new ArrayList<>(options.size());
    for (VoteOption option : options) {
      cells.add(cell(counts, option));
    }
    return cells;
  }

  private static String cell(@Nullable VoteCounts counts, VoteOption option) {
    if (counts == null) {
      return "";
    }
    Integer count = counts.count(option);
    return count == null ? "" : Integer.toString(count);
  }

  private Section section(SectionKind kind, List<Block> blocks) {
    return new Section(kind, labels.get("heading." + kind.name()), blocks);
  }

  /** The paragraphs of a text from the data, in the content language. */
  private List<Block> paragraphs(Paragraph.Style style, Text text) {
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : text.paragraphs()) {
      blocks.add(new Paragraph(style, paragraph, dataLanguage));
    }
    return blocks;
  }

  /** The fields of one field list, leaving out absent values and withheld fields. */
  private final class Fields {
    private final Set<FieldKey> withheld;
    private final List<Field> list = new ArrayList<>();

    Fields(Set<FieldKey> withheld) {
      this.withheld = withheld;
    }

    /** A value made from the labels: in the document's language. */
    void add(FieldKey key, @Nullable String value) {
      add(key, value, null);
    }

    /** A value from the data, as given: in the content language. */
    void addData(FieldKey key, @Nullable String value) {
      add(key, value, dataLanguage);
    }

    private void add(FieldKey key, @Nullable String value, @Nullable String language) {
      if (value != null && !value.isBlank() && !withheld.contains(key)) {
        list.add(new Field(key, labels.field(key), value, language));
      }
    }
  }

  /** Builds an {@link ExcerptLayout}; not thread-safe. */
  public static final class Builder {
    private Locale locale = Locale.GERMANY;
    private MajorityRule majorityRule = MajorityRule.SIMPLE;
    private Set<FieldKey> withheldFromPublic = EnumSet.noneOf(FieldKey.class);
    private TallyLayout tallyLayout = TallyLayout.AUTO;
    private Locale contentLanguage = Locale.GERMANY;

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
     * The layout.
     *
     * @return a new, immutable layout
     */
    public ExcerptLayout build() {
      return new ExcerptLayout(this);
    }
  }
}
