package org.ratsinfo.document;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
 *       records them), followed by the outcome under the layout's majority rule ("Ergebnis: angenommen",
 *       "Ergebnis: einstimmig angenommen", "Ergebnis: abgelehnt"). Where no vote was taken, every cell is
 *       empty and the table's note says "Es wurde nicht abgestimmt.".
 * </ol>
 *
 * <p><b>Redaction happens here and nowhere else.</b> For {@link Audience#PUBLIC}, an excerpt of a
 * non-public agenda item is refused with an {@link IllegalArgumentException} (validation normally
 * reports this first), and a non-public paper is left out completely: no paper section, and neither its
 * reference nor its type in the {@link DocumentInfo}. The meeting's own agenda, if it carries one, is
 * never shown, for any audience. For {@link Audience#INTERNAL} everything is shown.
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

  private ExcerptLayout(Builder builder) {
    this.labels = Labels.forLocale(builder.locale);
    this.majorityRule = builder.majorityRule;
    this.dates = new DateTimeLabels(labels);
  }

  /**
   * The standard layout: German labels, simple majority.
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
    blocks.add(meetingFields(meeting, item));
    if (shownConsultation != null) {
      blocks.add(paperSection(shownConsultation));
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
      blocks.add(voteSection(tally));
    }

    List<String> keywords = new ArrayList<>();
    if (shownConsultation != null) {
      keywords.add(shownConsultation.paper().reference());
      keywords.add(shownConsultation.paper().paperType().name());
    }
    keywords.add(meeting.organization().name());
    keywords.add(meeting.start().toLocalDate().toString());
    DocumentInfo info = new DocumentInfo(
        title, item.title(), excerpt.body().name(), keywords, labels.languageTag());
    return new ExcerptDocument(
        labels.locale(), excerpt.audience(), info, excerpt.body().name(), title, blocks);
  }

  private FieldList meetingFields(Meeting meeting, AgendaItem item) {
    List<Field> fields = new ArrayList<>();
    String prefix = labels.get("visibility.prefix." + item.visibility().name());
    add(fields, FieldKey.AGENDA_ITEM, labels.format("agendaItem.number", prefix, item.number()));
    add(fields, FieldKey.ORGANIZATION, meeting.organization().name());
    Decision decision = item.decision();
    if (decision != null) {
      String text = decision.text();
      add(fields, FieldKey.DECISION, text != null ? text : labels.decision(decision.kind()));
    }
    ZonedDateTime start = meeting.start();
    add(fields, FieldKey.DATE, dates.date(start.toLocalDate()));
    String publicity = labels.get("publicity." + meeting.publicity().name());
    add(fields, FieldKey.MEETING_STATUS,
        meeting.cancelled() ? labels.format("meeting.status.cancelled", publicity) : publicity);
    ZonedDateTime end = meeting.end();
    add(fields, FieldKey.TIME, end == null
        ? dates.time(start.toLocalTime())
        : dates.timeRange(start.toLocalTime(), end.withZoneSameInstant(start.getZone()).toLocalTime()));
    add(fields, FieldKey.OCCASION, meeting.occasion());
    Location location = meeting.location();
    if (location != null) {
      add(fields, FieldKey.ROOM, location.room());
      add(fields, FieldKey.LOCATION, location.description());
    }
    return new FieldList(FieldList.Kind.MEETING, fields);
  }

  private Section paperSection(Consultation consultation) {
    Paper paper = consultation.paper();
    List<Field> fields = new ArrayList<>();
    add(fields, FieldKey.PAPER_STATUS, labels.get("visibility." + paper.visibility().name()));
    add(fields, FieldKey.PAPER_TYPE, paper.paperType().name());
    if (paper.date() != null) {
      add(fields, FieldKey.PAPER_DATE, dates.date(paper.date()));
    }
    StringJoiner originators = new StringJoiner("; ");
    for (Person person : paper.originatorPersons()) {
      originators.add(person.listNameWithFunction());
    }
    for (Organization organization : paper.originatorOrganizations()) {
      originators.add(organization.name());
    }
    if (originators.length() > 0) {
      add(fields, FieldKey.ORIGINATORS, originators.toString());
    }
    Organization lead = paper.leadDepartment();
    if (lead != null) {
      add(fields, FieldKey.LEAD_DEPARTMENT, lead.name());
    }
    Person clerk = paper.clerk();
    if (clerk != null) {
      add(fields, FieldKey.CLERK, clerk.listName());
    }
    add(fields, FieldKey.CONSULTATION_ROLE, consultation.role());
    return new Section(SectionKind.PAPER, paper.reference() + " " + paper.title(),
        List.of(new FieldList(FieldList.Kind.PAPER, fields)));
  }

  private void inquiry(Inquiry inquiry, List<Block> blocks) {
    if (!inquiry.questions().isEmpty()) {
      List<NumberedList.Item> items = new ArrayList<>();
      for (Question question : inquiry.questions()) {
        items.add(new NumberedList.Item(
            Integer.toString(question.number()), question.text().paragraphs()));
      }
      blocks.add(section(SectionKind.QUESTIONS, List.of(new NumberedList(items))));
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
      for (org.ratsinfo.model.QuestionAnswer qa : answer.answers()) {
        answerBlocks.add(new QuestionAnswer(QuestionAnswer.Kind.QUESTION,
            labels.format("question.label", Integer.toString(qa.questionNumber())),
            questionText(inquiry, qa.questionNumber()), qa.text().paragraphs()));
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
            answerText == null ? List.of() : answerText.paragraphs()));
      }
      blocks.add(section(SectionKind.SUPPLEMENTARY_QUESTIONS, supplementary));
    }
  }

  private static List<String> questionText(Inquiry inquiry, int number) {
    for (Question question : inquiry.questions()) {
      if (question.number() == number) {
        return question.text().paragraphs();
      }
    }
    return List.of();
  }

  private static @Nullable String asker(SupplementaryQuestion question) {
    Organization organization = question.askedByOrganization();
    if (organization != null) {
      return organization.name();
    }
    Person person = question.askedByPerson();
    return person == null ? null : person.addressName();
  }

  private Section voteSection(VoteTally tally) {
    List<VoteOption> options = new ArrayList<>(
        List.of(VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION));
    if (tally.records(VoteOption.BIASED)) {
      options.add(VoteOption.BIASED);
    }
    if (tally.records(VoteOption.ABSENT)) {
      options.add(VoteOption.ABSENT);
    }
    List<String> columns = new ArrayList<>();
    columns.add(labels.get("vote.total"));
    for (VotingGroup group : tally.groups()) {
      columns.add(group.name());
    }
    boolean taken = tally.voteTaken();
    @Nullable VoteCounts total = tally.total().orElse(null);
    List<Table.Row> rows = new ArrayList<>();
    for (VoteOption option : options) {
      List<String> cells = new ArrayList<>();
      cells.add(cell(total, option));
      for (VotingGroup group : tally.groups()) {
        cells.add(cell(group.counts(), option));
      }
      rows.add(new Table.Row(labels.get("vote." + option.name()), cells));
    }
    String caption = labels.get("vote.caption");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table(caption, "", columns, rows, taken ? null : labels.get("vote.notTaken")));
    Optional<VoteOutcome> outcome = tally.outcome(majorityRule);
    if (taken && outcome.isPresent()) {
      String key = outcome.get() == VoteOutcome.ADOPTED && tally.unanimous()
          ? "vote.outcome.unanimous"
          : "vote.outcome." + outcome.get().name();
      blocks.add(new Paragraph(Paragraph.Style.NOTE, labels.get(key)));
    }
    return section(SectionKind.VOTE, blocks);
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

  private static List<Block> paragraphs(Paragraph.Style style, Text text) {
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : text.paragraphs()) {
      blocks.add(new Paragraph(style, paragraph));
    }
    return blocks;
  }

  private void add(List<Field> fields, FieldKey key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      fields.add(new Field(key, labels.field(key), value));
    }
  }

  /** Builds an {@link ExcerptLayout}; not thread-safe. */
  public static final class Builder {
    private Locale locale = Locale.GERMANY;
    private MajorityRule majorityRule = MajorityRule.SIMPLE;

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
     * The layout.
     *
     * @return a new, immutable layout
     */
    public ExcerptLayout build() {
      return new ExcerptLayout(this);
    }
  }
}
