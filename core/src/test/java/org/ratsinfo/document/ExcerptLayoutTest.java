package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.testing.LocaleSensitive;

class ExcerptLayoutTest {

  private static final ExcerptLayout GERMAN = ExcerptLayout.standard();
  private static final ExcerptLayout ENGLISH = ExcerptLayout.builder().locale(Locale.UK).build();

  // --- helpers -------------------------------------------------------------------------------

  private static Excerpt reference() {
    return ReferenceExcerpt.excerpt();
  }

  private static Excerpt withItem(AgendaItem item) {
    return reference().withAgendaItem(item);
  }

  private static Excerpt withMeeting(Meeting meeting) {
    return reference().withMeeting(meeting);
  }

  private static Optional<Section> section(ExcerptDocument document, SectionKind kind) {
    return document.blocks().stream()
        .filter(b -> b instanceof Section s && s.kind() == kind)
        .map(Section.class::cast)
        .findFirst();
  }

  private static FieldList meetingFields(ExcerptDocument document) {
    return (FieldList) document.blocks().get(0);
  }

  private static Optional<String> field(FieldList list, FieldKey key) {
    return list.fields().stream().filter(f -> f.key() == key).map(Field::value).findFirst();
  }

  private static Optional<String> meetingField(ExcerptDocument document, FieldKey key) {
    return field(meetingFields(document), key);
  }

  private static Table table(ExcerptDocument document) {
    return (Table) section(document, SectionKind.VOTE).orElseThrow().blocks().get(0);
  }

  private static List<Block> voteBlocks(VoteTally tally) {
    return section(GERMAN.layout(withItem(ReferenceExcerpt.agendaItem().withVoteTally(tally))),
        SectionKind.VOTE).orElseThrow().blocks();
  }

  private static List<String> cells(Table table, String rowHeader) {
    return table.rows().stream()
        .filter(r -> r.header().equals(rowHeader))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + rowHeader))
        .cells();
  }

  private static boolean anyContains(ExcerptDocument document, String text) {
    return TreePrinter.strings(document).stream().anyMatch(s -> s.contains(text));
  }

  // --- English -------------------------------------------------------------------------------

  @Test
  void englishLabelsInTheEnglishTree() {
    ExcerptDocument document = ENGLISH.layout(reference());
    assertEquals(Locale.ENGLISH, document.locale());
    assertEquals("en", document.info().language());
    assertEquals("Excerpt - " + ReferenceExcerpt.TITLE, document.title());
    List<String> labels = new ArrayList<>();
    for (Field field : meetingFields(document).fields()) {
      labels.add(field.label());
    }
    assertEquals(List.of("Agenda item", "Committee", "Decision", "Date", "Status", "Time", "Occasion",
        "Room", "Location"), labels);
    assertEquals(Optional.of("P 19.1"), meetingField(document, FieldKey.AGENDA_ITEM));
    assertEquals(Optional.of("noted"), meetingField(document, FieldKey.DECISION));
    assertEquals(Optional.of("Tue, 28 Feb 2017"), meetingField(document, FieldKey.DATE));
    assertEquals(Optional.of("public/non-public"), meetingField(document, FieldKey.MEETING_STATUS));
    for (String text : List.of("Paper type", "Anfrage_Formular", "Author", "Lead department", "Clerk",
        "Questions", "Answer", "Question 1", "Question 4",
        "Herr Oberbürgermeister Dr. Dudda answers the inquiry as follows:",
        "Supplementary oral questions", "Supplementary oral question Piraten/AL", "Voting result",
        "total", "for", "against", "abstention", "No vote was taken.")) {
      assertTrue(anyContains(document, text), text);
    }
    for (String german : List.of("Gremium", "Beschlussart", "gesamt", "dafür", "Fragen", "Frage 1",
        "Antwort", "Es wurde nicht abgestimmt.", "beantwortet")) {
      assertFalse(anyContains(document, german), german);
    }
  }

  // --- dates and times -----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "2017-02-28T16:00, 2017-02-28T17:55, 'Di, 28.02.2017', 16:00 - 17:55, 'Tue, 28 Feb 2017'",
      "2024-12-31T09:05, ,                 'Di, 31.12.2024', 09:05,         'Tue, 31 Dec 2024'",
      "2017-03-05T18:30, 2017-03-05T23:59, 'So, 05.03.2017', 18:30 - 23:59, 'Sun, 5 Mar 2017'",
      "2021-05-01T10:00, ,                 'Sa, 01.05.2021', 10:00,         'Sat, 1 May 2021'",
      "2019-10-16T17:00, ,                 'Mi, 16.10.2019', 17:00,         'Wed, 16 Oct 2019'",
  })
  void datesAndTimes(LocalDateTime start, LocalDateTime end, String germanDate, String time,
      String englishDate) {
    Meeting meeting = ReferenceExcerpt.meeting().toBuilder().start(start).end(end).build();
    ExcerptDocument de = GERMAN.layout(withMeeting(meeting));
    ExcerptDocument en = ENGLISH.layout(withMeeting(meeting));
    assertEquals(Optional.of(germanDate), meetingField(de, FieldKey.DATE));
    assertEquals(Optional.of(time), meetingField(de, FieldKey.TIME));
    assertEquals(Optional.of(englishDate), meetingField(en, FieldKey.DATE));
    assertEquals(Optional.of(time), meetingField(en, FieldKey.TIME));
    assertEquals(start.toLocalDate().toString(), de.info().keywords().get(3));
  }

  @Test
  void dateAndTimeAreShownInTheStartsOwnZone() {
    ZoneId newYork = ZoneId.of("America/New_York");
    Meeting meeting = ReferenceExcerpt.meeting().toBuilder()
        .start(ZonedDateTime.of(2017, 2, 28, 19, 0, 0, 0, newYork))
        // The end given in Berlin time: 01:30 on 1 March is 19:30 on 28 February in New York.
        .end(ZonedDateTime.of(2017, 3, 1, 1, 30, 0, 0, Meeting.DEFAULT_TIME_ZONE))
        .build();
    ExcerptDocument document = GERMAN.layout(withMeeting(meeting));
    assertEquals(Optional.of("Di, 28.02.2017"), meetingField(document, FieldKey.DATE));
    assertEquals(Optional.of("19:00 - 19:30"), meetingField(document, FieldKey.TIME));
    assertTrue(document.info().keywords().contains("2017-02-28"));
  }

  // --- meeting fields ------------------------------------------------------------------------

  @Test
  void absentMeetingValuesAreLeftOut() {
    Meeting meeting = Meeting.builder()
        .organization(Organization.committee("Hauptausschuss"))
        .start(LocalDateTime.of(2017, 2, 28, 16, 0))
        .publicity(MeetingPublicity.PUBLIC)
        .build();
    ExcerptDocument document = GERMAN.layout(withMeeting(meeting)
        .withAgendaItem(ReferenceExcerpt.agendaItem().withDecision(null)));
    List<FieldKey> keys = meetingFields(document).fields().stream().map(Field::key).toList();
    assertEquals(List.of(FieldKey.AGENDA_ITEM, FieldKey.ORGANIZATION, FieldKey.DATE,
        FieldKey.MEETING_STATUS, FieldKey.TIME), keys);
    assertEquals(Optional.of("öffentlich"), meetingField(document, FieldKey.MEETING_STATUS));
    assertEquals(Optional.of("16:00"), meetingField(document, FieldKey.TIME));
  }

  @Test
  void aCancelledMeetingSaysSoInItsStatus() {
    Meeting meeting = ReferenceExcerpt.meeting().toBuilder().cancelled(true).build();
    assertEquals(Optional.of("öffentlich/nichtöffentlich, abgesagt"),
        meetingField(GERMAN.layout(withMeeting(meeting)), FieldKey.MEETING_STATUS));
    assertEquals(Optional.of("public/non-public, cancelled"),
        meetingField(ENGLISH.layout(withMeeting(meeting)), FieldKey.MEETING_STATUS));
  }

  @Test
  void aDecisionWithFreeTextShowsTheText() {
    AgendaItem other = ReferenceExcerpt.agendaItem().withDecision(Decision.other("mit Änderungen beschlossen"));
    assertEquals(Optional.of("mit Änderungen beschlossen"),
        meetingField(GERMAN.layout(withItem(other)), FieldKey.DECISION));
    AgendaItem worded = ReferenceExcerpt.agendaItem()
        .withDecision(new Decision(DecisionKind.ADOPTED, "so beschlossen"));
    assertEquals(Optional.of("so beschlossen"),
        meetingField(ENGLISH.layout(withItem(worded)), FieldKey.DECISION));
    AgendaItem standard = ReferenceExcerpt.agendaItem().withDecision(Decision.of(DecisionKind.REFERRED));
    assertEquals(Optional.of("verwiesen"), meetingField(GERMAN.layout(withItem(standard)), FieldKey.DECISION));
    assertEquals(Optional.of("referred"), meetingField(ENGLISH.layout(withItem(standard)), FieldKey.DECISION));
  }

  // --- paper ---------------------------------------------------------------------------------

  @Test
  void paperWithDateRoleAndSeveralAuthors() {
    Paper paper = ReferenceExcerpt.paper().toBuilder()
        .date(LocalDate.of(2017, 2, 14))
        .originator(Person.of("Erika", "Muster"))
        .originator(Organization.faction("Piraten/AL"))
        .clerk(null)
        .build();
    AgendaItem item = ReferenceExcerpt.agendaItem().toBuilder()
        .consultation(new Consultation(paper, "Kenntnisnahme", true))
        .build();
    Section section = section(GERMAN.layout(withItem(item)), SectionKind.PAPER).orElseThrow();
    assertEquals("2017/0137 " + ReferenceExcerpt.TITLE, section.heading());
    FieldList fields = (FieldList) section.blocks().get(0);
    assertEquals(FieldList.Kind.PAPER, fields.kind());
    assertEquals(List.of(FieldKey.PAPER_STATUS, FieldKey.PAPER_TYPE, FieldKey.PAPER_DATE,
            FieldKey.ORIGINATORS, FieldKey.LEAD_DEPARTMENT, FieldKey.CONSULTATION_ROLE),
        fields.fields().stream().map(Field::key).toList());
    assertEquals(Optional.of("Di, 14.02.2017"), field(fields, FieldKey.PAPER_DATE));
    assertEquals(Optional.of("SVO Prennig, Andreas; Muster, Erika; Piraten/AL"),
        field(fields, FieldKey.ORIGINATORS));
    assertEquals(Optional.of("Kenntnisnahme"), field(fields, FieldKey.CONSULTATION_ROLE));
    assertEquals("Beratungsrolle", fields.fields().get(5).label());
  }

  // --- redaction -----------------------------------------------------------------------------

  private static Excerpt withNonPublicPaper(Audience audience) {
    AgendaItem item = ReferenceExcerpt.agendaItem().toBuilder()
        .paper(ReferenceExcerpt.paper().withVisibility(Visibility.NON_PUBLIC))
        .build();
    return withItem(item).withAudience(audience);
  }

  @Test
  void aNonPublicPaperIsLeftOutOfAPublicDocument() {
    ExcerptDocument document = GERMAN.layout(withNonPublicPaper(Audience.PUBLIC));
    assertEquals(Audience.PUBLIC, document.audience());
    assertTrue(section(document, SectionKind.PAPER).isEmpty());
    assertFalse(anyContains(document, "2017/0137"));
    assertFalse(anyContains(document, "Anfrage_Formular"));
    assertFalse(anyContains(document, "Prennig"));
    assertFalse(anyContains(document, "Gresch"));
    assertFalse(anyContains(document, "FB 11"));
    assertEquals(List.of("Rat der Stadt", "2017-02-28"), document.info().keywords());
  }

  @Test
  void aNonPublicPaperIsShownInAnInternalDocument() {
    ExcerptDocument document = GERMAN.layout(withNonPublicPaper(Audience.INTERNAL));
    assertEquals(Audience.INTERNAL, document.audience());
    Section section = section(document, SectionKind.PAPER).orElseThrow();
    assertEquals(Optional.of("nichtöffentlich"),
        field((FieldList) section.blocks().get(0), FieldKey.PAPER_STATUS));
    assertEquals(List.of("2017/0137", "Anfrage_Formular", "Rat der Stadt", "2017-02-28"),
        document.info().keywords());
  }

  private static AgendaItem nonPublicItem() {
    return AgendaItem.builder()
        .number("3")
        .visibility(Visibility.NON_PUBLIC)
        .title("Grundstücksangelegenheit")
        .decision(DecisionKind.ADOPTED)
        .build();
  }

  @Test
  void aNonPublicItemIsRefusedInAPublicExcerpt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GERMAN.layout(withItem(nonPublicItem()).withAudience(Audience.PUBLIC)));
    assertTrue(e.getMessage().contains("agenda item 3 "), e.getMessage());
  }

  @Test
  void aNonPublicItemIsShownInAnInternalExcerpt() {
    ExcerptDocument de = GERMAN.layout(withItem(nonPublicItem()).withAudience(Audience.INTERNAL));
    assertEquals(Optional.of("N 3"), meetingField(de, FieldKey.AGENDA_ITEM));
    assertEquals("Auszug - Grundstücksangelegenheit", de.title());
    ExcerptDocument en = ENGLISH.layout(withItem(nonPublicItem()).withAudience(Audience.INTERNAL));
    assertEquals(Optional.of("NP 3"), meetingField(en, FieldKey.AGENDA_ITEM));
  }

  @Test
  void theMeetingsAgendaIsNeverShown() {
    AgendaItem secret = AgendaItem.builder()
        .number("7")
        .visibility(Visibility.NON_PUBLIC)
        .title("Geheimer Tagesordnungspunkt")
        .build();
    Meeting meeting = ReferenceExcerpt.meeting().toBuilder()
        .agendaItem(ReferenceExcerpt.agendaItem())
        .agendaItem(secret)
        .build();
    for (Audience audience : Audience.values()) {
      ExcerptDocument document = GERMAN.layout(withMeeting(meeting).withAudience(audience));
      assertFalse(anyContains(document, "Geheimer"), audience.name());
      assertEquals(TreePrinter.print(GERMAN.layout(reference().withAudience(audience))),
          TreePrinter.print(document));
    }
  }

  // --- content -------------------------------------------------------------------------------

  @Test
  void resolutionTextAndTextContentSections() {
    AgendaItem item = ReferenceExcerpt.agendaItem().toBuilder()
        .resolutionText("Der Rat beschließt die Vorlage.\n\nDie Verwaltung wird beauftragt.")
        .content(TextContent.of("Erster Absatz.\nmit Zeilenumbruch\n\nZweiter Absatz."))
        .voteTally(null)
        .build();
    ExcerptDocument document = GERMAN.layout(withItem(item));
    List<SectionKind> kinds = document.blocks().stream()
        .filter(Section.class::isInstance)
        .map(b -> ((Section) b).kind())
        .toList();
    assertEquals(List.of(SectionKind.PAPER, SectionKind.CONTENT, SectionKind.RESOLUTION), kinds);
    Section resolution = section(document, SectionKind.RESOLUTION).orElseThrow();
    assertEquals("Beschluss", resolution.heading());
    assertEquals(List.of(Paragraph.of("Der Rat beschließt die Vorlage."),
        Paragraph.of("Die Verwaltung wird beauftragt.")), resolution.blocks());
    Section content = section(document, SectionKind.CONTENT).orElseThrow();
    assertEquals("Sachverhalt", content.heading());
    assertEquals(List.of(Paragraph.of("Erster Absatz.\nmit Zeilenumbruch"), Paragraph.of("Zweiter Absatz.")),
        content.blocks());
    assertEquals("Facts",
        section(ENGLISH.layout(withItem(item)), SectionKind.CONTENT).orElseThrow().heading());
  }

  @Test
  void noContentNoResolutionNoTallyMeansNoSections() {
    AgendaItem item = ReferenceExcerpt.agendaItem().toBuilder()
        .content(null).voteTally(null).consultation(null).build();
    ExcerptDocument document = GERMAN.layout(withItem(item));
    assertEquals(1, document.blocks().size());
    assertEquals(List.of("Rat der Stadt", "2017-02-28"), document.info().keywords());
  }

  @Test
  void anAnswerWithItsOwnIntroduction() {
    Inquiry inquiry = Inquiry.builder()
        .question("Frage eins?", "Antwort eins.")
        .introduction("Die Verwaltung antwortet schriftlich:")
        .respondent(ReferenceExcerpt.respondent())
        .build();
    Section answer = section(GERMAN.layout(withItem(ReferenceExcerpt.agendaItem().withContent(inquiry))),
        SectionKind.ANSWER).orElseThrow();
    assertEquals(new Paragraph(Paragraph.Style.LEAD, "Die Verwaltung antwortet schriftlich:"),
        answer.blocks().get(0));
    assertEquals(new QuestionAnswer(QuestionAnswer.Kind.QUESTION, "Frage 1", List.of("Frage eins?"),
        List.of("Antwort eins.")), answer.blocks().get(1));
  }

  @Test
  void eachAnswerShowsTheTextOfTheQuestionOfItsNumberInAnyOrder() {
    List<org.ratsinfo.model.Question> questions = new ArrayList<>();
    List<org.ratsinfo.model.QuestionAnswer> answers = new ArrayList<>();
    for (int number = 1; number <= 300; number++) {
      questions.add(new org.ratsinfo.model.Question(number, Text.of("Frage " + number + "?")));
      answers.add(0, new org.ratsinfo.model.QuestionAnswer(number, Text.of("Antwort " + number + ".")));
    }
    answers.add(new org.ratsinfo.model.QuestionAnswer(301, Text.of("Antwort ohne Frage.")));
    Inquiry inquiry = new Inquiry(questions, new Answer(null, null, answers), List.of());
    Section answer = section(GERMAN.layout(withItem(ReferenceExcerpt.agendaItem().withContent(inquiry))),
        SectionKind.ANSWER).orElseThrow();
    assertEquals(301, answer.blocks().size());
    for (int i = 0; i < 300; i++) {
      int number = 300 - i;
      assertEquals(new QuestionAnswer(QuestionAnswer.Kind.QUESTION, "Frage " + number,
          List.of("Frage " + number + "?"), List.of("Antwort " + number + ".")), answer.blocks().get(i));
    }
    assertEquals(new QuestionAnswer(QuestionAnswer.Kind.QUESTION, "Frage 301", List.of(),
        List.of("Antwort ohne Frage.")), answer.blocks().get(300));
  }

  @Test
  void anAnswerWithoutRespondentOrIntroductionHasNoLead() {
    Inquiry inquiry = Inquiry.builder().question("Frage eins?", "Antwort eins.").build();
    Section answer = section(GERMAN.layout(withItem(ReferenceExcerpt.agendaItem().withContent(inquiry))),
        SectionKind.ANSWER).orElseThrow();
    assertEquals(1, answer.blocks().size());
    assertTrue(answer.blocks().get(0) instanceof QuestionAnswer);
  }

  @Test
  void anUnansweredInquiryWithASupplementaryQuestionByAPerson() {
    Person asker = Person.builder().formOfAddress("Frau").givenName("Erika").familyName("Muster").build();
    Inquiry inquiry = Inquiry.builder()
        .question("Frage eins?")
        .supplementaryQuestion(SupplementaryQuestion.byPerson(asker, "Und noch?", null))
        .build();
    ExcerptDocument document = GERMAN.layout(withItem(ReferenceExcerpt.agendaItem().withContent(inquiry)));
    assertTrue(section(document, SectionKind.ANSWER).isEmpty());
    Section supplementary = section(document, SectionKind.SUPPLEMENTARY_QUESTIONS).orElseThrow();
    QuestionAnswer qa = (QuestionAnswer) supplementary.blocks().get(0);
    assertEquals("Ergänzende mündliche Zusatzfrage Frau Muster", qa.label());
    assertEquals(List.of("Und noch?"), qa.question());
    assertEquals(List.of(), qa.answer());
  }

  // --- vote tally ----------------------------------------------------------------------------

  @Test
  void aTallyWithVotesIsSummedAndStatesItsOutcome() {
    VoteTally tally = VoteTally.of(List.of(
        VotingGroup.of("SPD", VoteCounts.of(20, 0, 1)),
        VotingGroup.of("CDU", VoteCounts.of(0, 15, 0)),
        VotingGroup.of("OB", VoteCounts.of(1, 0, 0))));
    List<Block> blocks = voteBlocks(tally);
    Table table = (Table) blocks.get(0);
    assertEquals("Abstimmungsergebnis", table.caption());
    assertEquals("", table.cornerHeader());
    assertEquals(List.of("gesamt", "SPD", "CDU", "OB"), table.columnHeaders());
    assertEquals(List.of("dafür", "dagegen", "Enthaltung"),
        table.rows().stream().map(Table.Row::header).toList());
    assertEquals(List.of("21", "20", "0", "1"), cells(table, "dafür"));
    assertEquals(List.of("15", "0", "15", "0"), cells(table, "dagegen"));
    assertEquals(List.of("1", "1", "0", "0"), cells(table, "Enthaltung"));
    assertNull(table.note());
    assertFalse(table.isEmpty());
    assertEquals(List.of(table, new Paragraph(Paragraph.Style.NOTE, "Ergebnis: angenommen")), blocks);
  }

  @Test
  void aRejectedAndAUnanimousVote() {
    VoteTally rejected = VoteTally.of(List.of(
        VotingGroup.of("SPD", VoteCounts.of(5, 5, 0))));
    assertEquals(new Paragraph(Paragraph.Style.NOTE, "Ergebnis: abgelehnt"), voteBlocks(rejected).get(1));
    VoteTally unanimous = VoteTally.of(List.of(
        VotingGroup.of("SPD", VoteCounts.of(30, 0, 0)),
        VotingGroup.of("CDU", VoteCounts.of(25, 0, 0))));
    assertEquals(new Paragraph(Paragraph.Style.NOTE, "Ergebnis: einstimmig angenommen"),
        voteBlocks(unanimous).get(1));
    ExcerptDocument en = ENGLISH.layout(withItem(ReferenceExcerpt.agendaItem().withVoteTally(unanimous)));
    assertEquals(new Paragraph(Paragraph.Style.NOTE, "Result: adopted unanimously"),
        section(en, SectionKind.VOTE).orElseThrow().blocks().get(1));
  }

  @Test
  void theMajorityRuleIsConfigurable() {
    VoteTally tie = VoteTally.of(List.of(VotingGroup.of("SPD", VoteCounts.of(5, 5, 0))));
    ExcerptLayout casting =
        ExcerptLayout.builder().majorityRule(MajorityRule.simpleWithCastingVote(true)).build();
    Section vote = section(casting.layout(withItem(ReferenceExcerpt.agendaItem().withVoteTally(tie))),
        SectionKind.VOTE).orElseThrow();
    assertEquals(new Paragraph(Paragraph.Style.NOTE, "Ergebnis: angenommen"), vote.blocks().get(1));
  }

  @Test
  void biasedAndAbsentRowsOnlyWhereRecorded() {
    VoteTally tally = VoteTally.of(List.of(
        VotingGroup.of("SPD", new VoteCounts(10, 2, 0, 1, 3)),
        VotingGroup.of("CDU", VoteCounts.of(4, 6, 1)),
        VotingGroup.of("FDP")));
    Table table = (Table) voteBlocks(tally).get(0);
    assertEquals(List.of("dafür", "dagegen", "Enthaltung", "befangen", "nicht anwesend"),
        table.rows().stream().map(Table.Row::header).toList());
    assertEquals(List.of("14", "10", "4", ""), cells(table, "dafür"));
    assertEquals(List.of("1", "1", "", ""), cells(table, "befangen"));
    assertEquals(List.of("3", "3", "", ""), cells(table, "nicht anwesend"));

    VoteTally onlyAbsent = VoteTally.of(List.of(VotingGroup.of("SPD", new VoteCounts(1, 0, 0, null, 2))));
    Table absentTable = (Table) voteBlocks(onlyAbsent).get(0);
    assertEquals(List.of("dafür", "dagegen", "Enthaltung", "nicht anwesend"),
        absentTable.rows().stream().map(Table.Row::header).toList());
  }

  /** The twelve groups of the long sample (Herne's council, 2017), as columns: the widest AUTO keeps. */
  private static final List<String> HERNE = List.of("SPD", "CDU", "Grüne", "Linke", "Piraten/AL",
      "AfD", "FDP", "UB", "BV", "Die PARTEI", "fraktionslos", "OB");

  private static VoteTally tallyOf(List<String> names, boolean absent) {
    List<VotingGroup> groups = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      groups.add(VotingGroup.of(names.get(i),
          new VoteCounts(i + 1, i % 4, i % 3, null, absent ? i % 2 : null)));
    }
    return VoteTally.of(groups);
  }

  private static List<String> numbered(String prefix, int count) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      names.add(prefix + i);
    }
    return names;
  }

  private static Table tallyTable(ExcerptLayout layout, VoteTally tally) {
    return (Table) section(layout.layout(withItem(ReferenceExcerpt.agendaItem().withVoteTally(tally))),
        SectionKind.VOTE).orElseThrow().blocks().get(0);
  }

  @Test
  void autoKeepsACouncilsDozenGroupsAsColumns() {
    Table table = tallyTable(GERMAN, tallyOf(HERNE, true));
    assertEquals("gesamt", table.columnHeaders().get(0));
    assertEquals(HERNE, table.columnHeaders().subList(1, 13));
    assertEquals(List.of("dafür", "dagegen", "Enthaltung", "nicht anwesend"),
        table.rows().stream().map(Table.Row::header).toList());
    assertEquals(TallyLayout.AUTO, GERMAN.tallyLayout());
  }

  @Test
  void autoTurnsGroupsThatDoNotFitIntoRows() {
    VoteTally tally = tallyOf(numbered("Fraktion ", 40), false);
    Table table = tallyTable(GERMAN, tally);
    assertEquals(List.of("dafür", "dagegen", "Enthaltung"), table.columnHeaders());
    assertEquals(41, table.rows().size());
    assertEquals("", table.cornerHeader());
    assertEquals(new Table.Row("gesamt", List.of("820", "60", "39")), table.rows().get(0));
    assertEquals(new Table.Row("Fraktion 1", List.of("1", "0", "0")), table.rows().get(1));
    assertEquals(new Table.Row("Fraktion 40", List.of("40", "3", "0")), table.rows().get(40));
    assertEquals(new Paragraph(Paragraph.Style.NOTE, "Ergebnis: angenommen"),
        section(GERMAN.layout(withItem(ReferenceExcerpt.agendaItem().withVoteTally(tally))),
            SectionKind.VOTE).orElseThrow().blocks().get(1));
    // English labels are estimated too.
    Table english = tallyTable(ENGLISH, tally);
    assertEquals(List.of("for", "against", "abstention"), english.columnHeaders());
    assertEquals("total", english.rows().get(0).header());
  }

  /**
   * Where AUTO turns: with a short name per group more groups fit than with a long one, and a name is
   * measured by its widest word (a header breaks between words).
   */
  @ParameterizedTest
  @CsvSource({"CDU, 12, 13", "'Fraktion ', 8, 9", "'SPD-Fraktion ', 8, 9", "'Wählergemeinschaft ', 3, 4",
      "'Die Unabhängigen ', 5, 6"})
  void autoTurnsWhereTheGroupsNoLongerFit(String prefix, int fits, int tooMany) {
    assertTrue(tallyTable(GERMAN, tallyOf(numbered(prefix, fits), false)).columnHeaders().size() > 3);
    assertEquals(3, tallyTable(GERMAN, tallyOf(numbered(prefix, tooMany), false)).columnHeaders().size());
  }

  @Test
  void theTallyLayoutCanBeForcedEitherWay() {
    ExcerptLayout columns = ExcerptLayout.builder().tallyLayout(TallyLayout.GROUPS_AS_COLUMNS).build();
    ExcerptLayout rows = ExcerptLayout.builder().tallyLayout(TallyLayout.GROUPS_AS_ROWS).build();
    VoteTally wide = tallyOf(numbered("Fraktion ", 40), true);
    Table wideColumns = tallyTable(columns, wide);
    assertEquals(41, wideColumns.columnHeaders().size());
    assertEquals(4, wideColumns.rows().size());
    VoteTally small = tallyOf(List.of("SPD", "CDU"), true);
    Table smallRows = tallyTable(rows, small);
    assertEquals(List.of("dafür", "dagegen", "Enthaltung", "nicht anwesend"), smallRows.columnHeaders());
    assertEquals(List.of(new Table.Row("gesamt", List.of("3", "1", "1", "1")),
        new Table.Row("SPD", List.of("1", "0", "0", "0")),
        new Table.Row("CDU", List.of("2", "1", "1", "1"))), smallRows.rows());
    // The same facts either way: the one table is the other transposed.
    Table smallColumns = tallyTable(GERMAN, small);
    for (int r = 0; r < smallRows.rows().size(); r++) {
      assertEquals(smallColumns.columnHeaders().get(r), smallRows.rows().get(r).header());
      for (int c = 0; c < smallRows.columnHeaders().size(); c++) {
        assertEquals(smallColumns.rows().get(c).cells().get(r), smallRows.rows().get(r).cells().get(c));
        assertEquals(smallColumns.rows().get(c).header(), smallRows.columnHeaders().get(c));
      }
    }
    assertThrows(NullPointerException.class, () -> ExcerptLayout.builder().tallyLayout(null));
  }

  @Test
  void aTallyNotTakenAsRowsKeepsItsNote() {
    ExcerptLayout rows = ExcerptLayout.builder().tallyLayout(TallyLayout.GROUPS_AS_ROWS).build();
    Table table = tallyTable(rows, VoteTally.notTaken(List.of("SPD", "CDU")));
    assertTrue(table.isEmpty());
    assertEquals("Es wurde nicht abgestimmt.", table.note());
    assertEquals(List.of("gesamt", "SPD", "CDU"), table.rows().stream().map(Table.Row::header).toList());
  }

  @Test
  void aTallyWithOnlyAStatedTotal() {
    VoteTally tally = new VoteTally(List.of(), new VoteCounts(1234, 10, 2, null, null));
    List<Block> blocks = voteBlocks(tally);
    Table table = (Table) blocks.get(0);
    assertEquals(List.of("gesamt"), table.columnHeaders());
    assertEquals(List.of("1234"), cells(table, "dafür"));
    assertEquals(List.of("10"), cells(table, "dagegen"));
    assertEquals(List.of("2"), cells(table, "Enthaltung"));
    assertNull(table.note());
    assertEquals(new Paragraph(Paragraph.Style.NOTE, "Ergebnis: angenommen"), blocks.get(1));
  }

  @Test
  void aVoteNotTakenIsAnEmptyTableWithANoteAndNoOutcome() {
    ExcerptDocument document = GERMAN.layout(reference());
    Table table = table(document);
    assertTrue(table.isEmpty());
    assertEquals("Es wurde nicht abgestimmt.", table.note());
    assertEquals(1, section(document, SectionKind.VOTE).orElseThrow().blocks().size());
    assertEquals(10, table.columnHeaders().size());
  }

  // --- determinism ---------------------------------------------------------------------------

  @Test
  void aGermanDocumentOfGermanDataMarksNoLanguage() {
    assertEquals(List.of(), languages(GERMAN.layout(reference())));
  }

  @Test
  void anEnglishDocumentMarksTheGermanDataAndOnlyThat() {
    ExcerptDocument document = ENGLISH.layout(reference());
    List<String> marked = languages(document);
    assertEquals(List.of(
        "field ORGANIZATION de-DE", "field OCCASION de-DE", "field ROOM de-DE", "field LOCATION de-DE",
        "section PAPER de-DE", "field PAPER_TYPE de-DE", "field ORIGINATORS de-DE",
        "field LEAD_DEPARTMENT de-DE", "field CLERK de-DE", "list de-DE",
        "question Question 1 de-DE", "question Question 2 de-DE", "question Question 3 de-DE",
        "question Question 4 de-DE", "question Supplementary oral question Piraten/AL de-DE"), marked);
  }

  @Test
  void theDecisionsOwnTextIsDataItsKindALabel() {
    AgendaItem item = ReferenceExcerpt.agendaItem();
    ExcerptDocument byKind = ENGLISH.layout(withItem(item));
    ExcerptDocument byText = ENGLISH.layout(withItem(item.withDecision(
        new Decision(DecisionKind.OTHER, "vertagt auf die nächste Sitzung"))));
    assertEquals(null, field(byKind, FieldKey.DECISION).valueLanguage());
    assertEquals("de-DE", field(byText, FieldKey.DECISION).valueLanguage());
  }

  @Test
  void theContentLanguageIsConfigurable() {
    ExcerptLayout germanLabelsEnglishData =
        ExcerptLayout.builder().contentLanguage(Locale.UK).build();
    assertEquals("en-GB", field(germanLabelsEnglishData.layout(reference()), FieldKey.ORGANIZATION)
        .valueLanguage());
    ExcerptLayout englishThroughout =
        ExcerptLayout.builder().locale(Locale.UK).contentLanguage(Locale.US).build();
    assertEquals(List.of(), languages(englishThroughout.layout(reference())),
        "the same language in another country is not marked");
    assertEquals(Locale.GERMANY, GERMAN.contentLanguage());
    IllegalArgumentException noLanguage = assertThrows(IllegalArgumentException.class,
        () -> ExcerptLayout.builder().contentLanguage(Locale.ROOT));
    assertTrue(noLanguage.getMessage().startsWith("contentLanguage must have a language"),
        noLanguage.getMessage());
  }

  @Test
  void aNodesLanguageMustBeALanguageTag() {
    IllegalArgumentException underscore = assertThrows(IllegalArgumentException.class,
        () -> new Paragraph(Paragraph.Style.NORMAL, "Text", "de_DE"));
    assertEquals("language must be a BCP 47 language tag such as \"de-DE\", not \"de_DE\"",
        underscore.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> new Field(FieldKey.ROOM, "Raum", "312", ""));
    assertTrue(empty.getMessage().startsWith("valueLanguage must be a BCP 47 language tag"),
        empty.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new Section(SectionKind.PAPER, "x", List.of(), "not a tag!"));
    assertThrows(IllegalArgumentException.class,
        () -> new NumberedList(List.of(), "-"));
    assertThrows(IllegalArgumentException.class,
        () -> new QuestionAnswer(QuestionAnswer.Kind.QUESTION, "Frage 1", List.of(), List.of(), "1"));
    assertEquals("de-CH-1996", new Paragraph(Paragraph.Style.NORMAL, "Text", "de-CH-1996").language());
  }

  /** Every node that carries a language, in document order: what it is and the language. */
  private static List<String> languages(ExcerptDocument document) {
    List<String> marked = new ArrayList<>();
    languages(document.blocks(), marked);
    return marked;
  }

  private static void languages(List<Block> blocks, List<String> marked) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        if (section.headingLanguage() != null) {
          marked.add("section " + section.kind() + " " + section.headingLanguage());
        }
        languages(section.blocks(), marked);
      } else if (block instanceof FieldList list) {
        for (Field field : list.fields()) {
          if (field.valueLanguage() != null) {
            marked.add("field " + field.key() + " " + field.valueLanguage());
          }
        }
      } else if (block instanceof Paragraph paragraph && paragraph.language() != null) {
        marked.add("paragraph " + paragraph.text() + " " + paragraph.language());
      } else if (block instanceof NumberedList list && list.language() != null) {
        marked.add("list " + list.language());
      } else if (block instanceof QuestionAnswer qa && qa.language() != null) {
        marked.add("question " + qa.label() + " " + qa.language());
      }
    }
  }

  private static Field field(ExcerptDocument document, FieldKey key) {
    for (Block block : document.blocks()) {
      if (block instanceof FieldList list) {
        for (Field field : list.fields()) {
          if (field.key() == key) {
            return field;
          }
        }
      }
    }
    throw new AssertionError("no field " + key);
  }

  @Test
  void layoutIsDeterministic() {
    assertEquals(GERMAN.layout(reference()), GERMAN.layout(reference()));
    assertEquals(GERMAN.layout(reference()), ExcerptLayout.builder().build().layout(reference()));
    assertSame(ExcerptLayout.standard(), ExcerptLayout.standard());
  }

  @Test
  @LocaleSensitive
  void layoutIsIndependentOfTheDefaultLocale() {
    VoteTally tally = VoteTally.of(List.of(VotingGroup.of("SPD", VoteCounts.of(1234, 5, 0))));
    Excerpt excerpt = withItem(ReferenceExcerpt.agendaItem().withVoteTally(tally));
    String german = TreePrinter.print(GERMAN.layout(excerpt));
    String english = TreePrinter.print(ENGLISH.layout(excerpt));
    Locale saved = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.US, Locale.GERMANY, Locale.forLanguageTag("tr-TR"),
          Locale.forLanguageTag("ar-SA-u-nu-arab"), Locale.forLanguageTag("th-TH-u-nu-thai"),
          Locale.FRANCE, Locale.ROOT)) {
        Locale.setDefault(locale);
        assertEquals(german, TreePrinter.print(ExcerptLayout.builder().build().layout(excerpt)),
            locale.toString());
        assertEquals(english,
            TreePrinter.print(ExcerptLayout.builder().locale(Locale.US).build().layout(excerpt)),
            locale.toString());
      }
    } finally {
      Locale.setDefault(saved);
    }
    assertTrue(german.contains("\"1234\""), german);
  }

  @Test
  void oneLayoutIsSharedBetweenThreads() throws Exception {
    ExcerptDocument expected = GERMAN.layout(reference());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ExcerptDocument>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> GERMAN.layout(reference())));
      }
      for (Future<ExcerptDocument> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void layoutUsesTheBundleOfItsLocale() {
    assertSame(Labels.GERMAN, ExcerptLayout.standard().labels());
    assertSame(Labels.GERMAN, ExcerptLayout.builder().locale(Locale.FRANCE).build().labels());
    assertSame(Labels.ENGLISH, ENGLISH.labels());
    assertEquals(Locale.GERMANY,
        ExcerptLayout.builder().locale(Locale.FRANCE).build().layout(reference()).locale());
  }
}
