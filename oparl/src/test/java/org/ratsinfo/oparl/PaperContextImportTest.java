package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.oparl.OParlReaderTest.resource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.ExcerptLayout;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.document.Table;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.validation.ModelValidator;

/**
 * A paper's path through the bodies (Beratungsfolge) from OParl, on a fixture written here in the
 * pattern of council information systems: a development plan prepared by a committee (whose meeting
 * the input lacks, only the agenda item), then by the Haupt- und Finanzausschuss at a non-public item,
 * decided by the council; and several papers under one agenda item, an amendment written as an entry
 * without number right under the motion it amends.
 */
class PaperContextImportTest {

  private static final String B = "https://ris.beispielkreis.example/oparl/";
  private static final String G = "https://ris.grossstadt.example/oparl/";
  private static final OParlReader STRICT = OParlReader.builder().strict(true).build();

  private static MeetingExcerpts meeting(OParlImport imported, String id) {
    return imported.meetings().stream().filter(m -> id.equals(m.meeting().id())).findFirst().orElseThrow();
  }

  private static AgendaItem item(MeetingExcerpts meeting, String number) {
    return meeting.meeting().agenda().stream().filter(i -> i.number().equals(number)).findFirst()
        .orElseThrow();
  }

  @Test
  void everyConsultationOfThePaperIsAStepOfItsBeratungsfolgeInOrderOfDate() throws IOException {
    OParlImport imported = STRICT.read(resource("patterns/beratungsfolge.json"));
    assertEquals(List.of(), imported.warnings(), "a committee's meeting beyond the input is no warning");
    MeetingExcerpts council = meeting(imported, B + "meeting/30");
    assertEquals(List.of(
            new PaperConsultation(LocalDate.of(2026, 2, 24), new Organization(B + "organization/apu",
                "Ausschuss für Planung und Umwelt", "APU", OrganizationType.COMMITTEE), "Vorberatung", false,
                null, "einstimmig empfohlen", B + "meeting/10", B + "agendaitem/104", Visibility.PUBLIC),
            new PaperConsultation(LocalDate.of(2026, 3, 12), new Organization(B + "organization/hfa",
                "Haupt- und Finanzausschuss", "HFA", OrganizationType.COMMITTEE), "Vorberatung", false,
                null, "empfohlen", B + "meeting/20", B + "agendaitem/202", Visibility.NON_PUBLIC),
            new PaperConsultation(LocalDate.of(2026, 3, 26), new Organization(B + "organization/rat",
                "Rat der Kreisstadt", "Rat", OrganizationType.COMMITTEE), "Entscheidung", true, null,
                "beschlossen", B + "meeting/30", B + "agendaitem/301", Visibility.PUBLIC)),
        item(council, "1").paper().consultations());
    // the committee's own meeting reads the same paper with the same path
    assertEquals(item(council, "1").paper().consultations(),
        meeting(imported, B + "meeting/20").meeting().agenda().get(1).paper().consultations());
    assertTrue(ModelValidator.standard().validate(council, Locale.ENGLISH).isEmpty());
  }

  @Test
  void theCouncilsExcerptShowsTheWholeBeratungsfolgeAndHidesTheNonPublicResult() throws IOException {
    MeetingExcerpts council = meeting(STRICT.read(resource("patterns/beratungsfolge.json")),
        B + "meeting/30");
    Excerpt excerpt = council.excerpts().get(0);
    Table forPublic = consultations(ExcerptLayout.standard().layout(excerpt));
    assertEquals(List.of("Di, 24.02.2026", "Do, 12.03.2026", "Do, 26.03.2026 (diese Sitzung)"),
        forPublic.rows().stream().map(Table.Row::header).toList());
    assertEquals(List.of(
            List.of("Ausschuss für Planung und Umwelt", "Vorberatung", "einstimmig empfohlen"),
            List.of("Haupt- und Finanzausschuss", "Vorberatung", "nichtöffentlich"),
            List.of("Rat der Kreisstadt", "Entscheidung", "beschlossen")),
        forPublic.rows().stream().map(Table.Row::cells).toList());
    Table internal = consultations(ExcerptLayout.standard().layout(excerpt.withAudience(Audience.INTERNAL)));
    assertEquals("empfohlen", internal.rows().get(1).cells().get(2));
  }

  private static Table consultations(ExcerptDocument document) {
    Table table = find(document.blocks());
    assertTrue(table != null, "a Beratungsfolge");
    return table;
  }

  private static @Nullable Table find(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Section s) {
        if (s.kind() == SectionKind.CONSULTATIONS) {
          return s.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
              .findFirst().orElse(null);
        }
        Table inner = find(s.blocks());
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  @Test
  void anEntryWithoutNumberRightUnderAMotionIsAFurtherPaperOfIt() throws IOException {
    OParlImport imported = STRICT.read(resource("patterns/amendment-entry.json"));
    MeetingExcerpts meeting = imported.meetings().get(0);
    assertEquals(List.of("5", "6", "6.1", "7", "7.1", "9", "9.1", "9.2"),
        meeting.meeting().agenda().stream().map(AgendaItem::number).toList());
    AgendaItem motion = item(meeting, "5");
    assertEquals(List.of("2026/0451", "2026/0451-1", "2026/0451-2"),
        motion.consultations().stream().map(c -> c.paper().reference()).toList());
    assertEquals(DecisionKind.ADOPTED_WITH_CHANGES, motion.decision().kind());
    // each amendment keeps its result, at the motion's item
    for (int i = 1; i <= 2; i++) {
      PaperConsultation step = motion.consultations().get(i).paper().consultations().get(0);
      assertEquals(i == 1 ? "angenommen" : "abgelehnt", step.result());
      assertEquals(G + "agendaitem/501", step.agendaItemId(), "the item the amendment was dealt with at");
    }
    assertEquals(List.of("Änderungsantrag (Text)"),
        motion.auxiliaryFiles().stream().map(f -> f.name()).toList(), "the amendment's attachment");
    assertEquals(List.of(
            new Seen(G + "agendaitem/502", "number", OParlIssue.FURTHER_CONSULTATION, "5", "2026/0451-1"),
            new Seen(G + "agendaitem/503", "number", OParlIssue.FURTHER_CONSULTATION, "5", "2026/0451-2")),
        Seen.of(warnings(imported, OParlIssue.FURTHER_CONSULTATION)));
    assertEquals(G + "agendaitem/502, number: the agenda entry has no number and consults the paper"
            + " 2026/0451-1 right after the item 5; read the paper as a further paper of the item 5, not as"
            + " an item of its own",
        warnings(imported, OParlIssue.FURTHER_CONSULTATION).get(0).message(Locale.ENGLISH));
    assertEquals(G + "agendaitem/502, number: der Eintrag der Tagesordnung hat keine Nummer und berät"
            + " die Vorlage 2026/0451-1 direkt nach dem Punkt 5; die Vorlage als weitere Vorlage des Punkts 5"
            + " gelesen, nicht als eigenen Punkt",
        warnings(imported, OParlIssue.FURTHER_CONSULTATION).get(0).message(Locale.GERMAN));
    assertTrue(ModelValidator.standard().validate(meeting, Locale.ENGLISH).isEmpty(),
        () -> ModelValidator.standard().validate(meeting, Locale.ENGLISH).toString());
  }

  /**
   * What is not a further paper stays an item of its own, numbered under the item before it: an
   * entry without paper, one of another visibility than the item before, one with a resolution of its
   * own, one under a heading.
   */
  @Test
  void entriesWithoutNumberThatAreNoFurtherPaperStayItems() throws IOException {
    OParlImport imported = STRICT.read(resource("patterns/amendment-entry.json"));
    MeetingExcerpts meeting = imported.meetings().get(0);
    assertEquals(List.of(
            new Seen(G + "agendaitem/505", "number", OParlIssue.NUMBER_DERIVED, "6.1"),
            new Seen(G + "agendaitem/507", "number", OParlIssue.NUMBER_DERIVED, "7.1"),
            new Seen(G + "agendaitem/509", "number", OParlIssue.NUMBER_DERIVED, "9.1"),
            new Seen(G + "agendaitem/511", "number", OParlIssue.NUMBER_DERIVED, "9.2")),
        Seen.of(warnings(imported, OParlIssue.NUMBER_DERIVED)));
    assertEquals(Visibility.PUBLIC, item(meeting, "7.1").visibility());
    assertEquals(Visibility.NON_PUBLIC, item(meeting, "7").visibility());
    assertEquals("2026/0470-1", item(meeting, "9.1").paper().reference());
    assertEquals(Visibility.NON_PUBLIC, item(meeting, "9.2").visibility());
    assertEquals(List.of(new PaperLink(PaperLink.Kind.SUPERORDINATED, G + "paper/54", "2026/0460",
        "Grundstücksangelegenheit Schulweg", Visibility.PUBLIC)), item(meeting, "7.1").paper().links());
  }

  /** Linked papers come with their reference and title; one the input lacks is left out, reported. */
  @Test
  void linkedPapersAreReadAndOneBeyondTheInputIsReported() throws IOException {
    OParlImport imported = OParlReader.standard().read(resource("patterns/amendment-entry.json"));
    AgendaItem motion = item(imported.meetings().get(0), "5");
    assertEquals(List.of(
            new PaperLink(PaperLink.Kind.RELATED, G + "paper/52", "2026/0451-1",
                "Änderungsantrag der CDU-Fraktion zu 2026/0451", Visibility.PUBLIC),
            new PaperLink(PaperLink.Kind.RELATED, G + "paper/53", "2026/0451-2",
                "Änderungsantrag der Fraktion Die Grünen zu 2026/0451", Visibility.PUBLIC)),
        motion.paper().links());
    assertEquals(1, motion.consultations().get(2).paper().links().size());
    assertEquals(List.of(new Seen(G + "paper/53", "relatedPaper[1]", OParlIssue.UNRESOLVED_REFERENCE,
        G + "paper/999")), Seen.of(warnings(imported, OParlIssue.UNRESOLVED_REFERENCE)));
  }

  /** What the reader made of the amendments, the writer writes so that reading it again gives it. */
  @Test
  void furtherPapersAndTheirStepsSurviveExportAndImport() throws IOException {
    MeetingExcerpts imported = STRICT.read(resource("patterns/amendment-entry.json")).meetings().get(0);
    OParlWriter writer = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/").build();
    String json = writer.writeString(imported);
    OParlImport back = STRICT.readString(json);
    assertEquals(List.of(), back.warnings(), json);
    assertEquals(RoundTripTest.publicPart(imported), RoundTripTest.normalise(back.meetings().get(0)));
    AgendaItem motion = item(back.meetings().get(0), "5");
    assertEquals(List.of("2026/0451", "2026/0451-1", "2026/0451-2"),
        motion.consultations().stream().map(c -> c.paper().reference()).toList());
    assertEquals(List.of(motion.id()), motion.consultations().get(1).paper().consultations().stream()
        .map(PaperConsultation::agendaItemId).toList());
  }

  private static List<OParlWarning> warnings(OParlImport imported, OParlIssue issue) {
    return new ArrayList<>(imported.warnings().stream().filter(w -> w.issue() == issue).toList());
  }
}
