package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Visibility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the writer makes of a paper's context: its path through the bodies in {@code consultation}
 * (the step at an exported item being that item's consultation), a further paper's consultation naming
 * the item, linked papers that resolve within the export, embedded files; nothing non-public, and
 * every reference within the export.
 */
class PaperContextExportTest {

  private static final String SOURCE = "https://ris.quelle.example/oparl/";
  private static final String BASE = "https://ris.example.org/oparl/v1/";
  private static final OParlWriter WRITER = OParlWriter.builder().baseUrl(BASE).build();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final Organization COUNCIL = Organization.committee("Rat der Stadt");
  private static final Organization HFA = Organization.committee("Haupt- und Finanzausschuss");
  private static final Organization BUILDING = Organization.committee("Bauausschuss");

  static MeetingExcerpts meeting() {
    Paper amendment = Paper.builder().id(SOURCE + "paper/141").reference("2026/0141")
        .title("Änderungsantrag der SPD-Fraktion").paperType(PaperType.of("Änderungsantrag")).build();
    Paper motion = Paper.builder().id(SOURCE + "paper/137").reference("2026/0137")
        .title("Neubau der Feuerwache Nord").paperType(PaperType.of("Beschlussvorlage"))
        .consultation(new PaperConsultation(LocalDate.of(2026, 2, 3), BUILDING, "Vorberatung", false,
            "beraten", "abgelehnt", SOURCE + "meeting/8", SOURCE + "agendaitem/80",
            Visibility.NON_PUBLIC))
        .consultation(new PaperConsultation(LocalDate.of(2026, 2, 14), HFA, "Vorberatung", false, "beraten",
            "empfohlen", SOURCE + "meeting/11", SOURCE + "agendaitem/88", Visibility.PUBLIC))
        .consultation(new PaperConsultation(LocalDate.of(2026, 2, 28), COUNCIL, "Entscheidung", true, null,
            null, SOURCE + "meeting/12", SOURCE + "agendaitem/191", Visibility.PUBLIC))
        .link(new PaperLink(PaperLink.Kind.AMENDED_BY, SOURCE + "paper/141", "2026/0141",
            "Änderungsantrag der SPD-Fraktion", Visibility.PUBLIC))
        .link(PaperLink.of(PaperLink.Kind.SUPERORDINATED, "2026/0001", "Haushalt 2026"))
        .link(PaperLink.of(PaperLink.Kind.RELATED, null, "Geheime Vorlage").withVisibility(Visibility.NON_PUBLIC))
        .mainFile(new File(SOURCE + "file/1", "Vorlage", "vorlage.pdf", "application/pdf", 120_000L,
            LocalDate.of(2026, 1, 20), "https://ris.quelle.example/files/vorlage.pdf", Visibility.PUBLIC))
        .auxiliaryFile(File.of("Anlage 1: Lageplan", "http://ris.quelle.example/files/lageplan.pdf"))
        .auxiliaryFile(File.of("Vertraulicher Vermerk", "https://ris.quelle.example/files/v.pdf")
            .withVisibility(Visibility.NON_PUBLIC))
        .auxiliaryFile(File.of("Papierakte", null))
        .build();
    AgendaItem item = AgendaItem.builder().id(SOURCE + "agendaitem/191").number("19.1").order(0)
        .title("Neubau der Feuerwache Nord")
        .consultations(List.of(new Consultation(motion, "Entscheidung", true),
            new Consultation(amendment, "Entscheidung", false)))
        .decision(DecisionKind.ADOPTED_WITH_CHANGES)
        .resolutionFile(File.of("Beschluss", "https://ris.quelle.example/files/beschluss.pdf"))
        .build();
    Meeting meeting = Meeting.builder().id(SOURCE + "meeting/12").name("12. Sitzung des Rates")
        .organization(COUNCIL).start(LocalDateTime.of(2026, 2, 28, 16, 0))
        .publicity(MeetingPublicity.PUBLIC)
        .agendaItem(item)
        .invitation(File.of("Einladung", "https://ris.quelle.example/files/einladung.pdf"))
        .build();
    return new MeetingExcerpts(Body.of("Stadt Beispiel"), meeting, Audience.INTERNAL);
  }

  private static JsonNode object(JsonNode page, String id) {
    for (JsonNode o : page.get("data")) {
      if (o.get("id").stringValue().equals(id)) {
        return o;
      }
    }
    throw new AssertionError("no " + id);
  }

  @Test
  void thePathThroughTheBodiesLinksAndFilesAreWritten() {
    String json = WRITER.writeString(meeting());
    JsonNode page = MAPPER.readTree(json);
    assertEquals(List.of(), OParlWriterTest.problems(page), "valid, every reference within the export");
    JsonNode motion = object(page, BASE + "paper/2026-0137");
    List<String> consultations = new ArrayList<>();
    motion.get("consultation").forEach(c -> consultations.add(c.get("id").stringValue()));
    assertEquals(List.of(BASE + "consultation/2026-0137-1", BASE + "consultation/2026-0137-2",
        BASE + "consultation/2026-02-28-rat-der-stadt-19.1"), consultations, "in order of date");

    JsonNode building = motion.get("consultation").get(0);
    assertEquals("nonPublic", building.get("ratsinfo:visibility").stringValue());
    assertEquals("2026-02-03", building.get("ratsinfo:date").stringValue());
    assertFalse(building.has("ratsinfo:result") || building.has("ratsinfo:status")
        || building.has("ratsinfo:meetingId") || building.has("ratsinfo:agendaItemId"));
    assertFalse(json.contains("abgelehnt"), "a non-public result");

    JsonNode hfa = motion.get("consultation").get(1);
    assertFalse(hfa.has("meeting") || hfa.has("agendaItem"), "only objects of the export are referred to");
    assertEquals(SOURCE + "meeting/11", hfa.get("ratsinfo:meetingId").stringValue());
    assertEquals(SOURCE + "agendaitem/88", hfa.get("ratsinfo:agendaItemId").stringValue());
    assertEquals("empfohlen", hfa.get("ratsinfo:result").stringValue());
    assertEquals("beraten", hfa.get("ratsinfo:status").stringValue());

    JsonNode here = motion.get("consultation").get(2);
    JsonNode item = object(page, BASE + "meeting/2026-02-28-rat-der-stadt").get("agendaItem").get(0);
    assertEquals(item.get("consultation"), here.get("id"), "the step here is the item's consultation");
    assertEquals(item.get("id"), here.get("agendaItem"));
    assertFalse(here.has("ratsinfo:date") || here.has("ratsinfo:result"), "the meeting and item give them");

    JsonNode amendment = object(page, BASE + "paper/2026-0141");
    assertEquals(item.get("id"), amendment.get("consultation").get(0).get("agendaItem"),
        "the further paper's consultation names the item");
    assertEquals(List.of(amendment.get("id")), list(motion.get("relatedPaper")));
    assertEquals(List.of(amendment.get("id")), list(motion.get("ratsinfo:amendedBy")));
    JsonNode budget = object(page, motion.get("superordinatedPaper").get(0).stringValue());
    assertEquals("Haushalt 2026", budget.get("name").stringValue());
    assertFalse(json.contains("Geheime Vorlage"), "a non-public linked paper");

    assertEquals("https://ris.quelle.example/files/vorlage.pdf", motion.get("mainFile").get("accessUrl")
        .stringValue());
    assertEquals(120_000L, motion.get("mainFile").get("size").longValue());
    assertEquals(1, motion.get("auxiliaryFile").size(), "neither the non-public file nor one without address");
    assertFalse(json.contains("Vertraulicher Vermerk") || json.contains("Papierakte"));
    assertEquals("Beschluss", item.get("resolutionFile").get("name").stringValue());
    assertEquals("Einladung", object(page, BASE + "meeting/2026-02-28-rat-der-stadt").get("invitation")
        .get("name").stringValue());
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  @Test
  void readingItBackKeepsTheStepsWithTheirIdsTheFurtherPaperAndTheLinks() throws IOException {
    MeetingExcerpts meeting = meeting();
    OParlImport back = OParlReader.builder().strict(true).build().readString(WRITER.writeString(meeting));
    assertEquals(List.of(), back.warnings());
    assertEquals(RoundTripTest.publicPart(meeting), RoundTripTest.normalise(back.meetings().get(0)));
    AgendaItem item = back.meetings().get(0).meeting().agenda().get(0);
    List<PaperConsultation> steps = item.paper().consultations();
    assertEquals(SOURCE + "meeting/11", steps.get(1).meetingId(), "ids beyond the export as they were");
    assertEquals(SOURCE + "agendaitem/88", steps.get(1).agendaItemId());
    assertEquals(item.id(), steps.get(2).agendaItemId(), "the step here names the item read");
    assertEquals(null, steps.get(0).result(), "a non-public step's result is not published");
    assertEquals("2026/0141", item.consultations().get(1).paper().reference());
    assertEquals(PaperLink.Kind.AMENDED_BY, item.paper().links().get(0).kind());
  }

  /** The model refuses such an address; the writer does not rely on it. */
  @Test
  void aFileWhoseAddressMayNeverBeALinkIsNotWritten() {
    MeetingExcerpts m = meeting();
    Meeting hostile = m.meeting().toBuilder()
        .invitation(File.of("Einladung", "javascript:alert(1)"))
        .auxiliaryFiles(List.of(File.of("Plan", "file:///etc/passwd"), File.of("Foto", "data:,x"),
            File.of("Relativ", "/files/x.pdf"), File.of("Gut", "https://ris.quelle.example/files/gut.pdf")))
        .build();
    String json = WRITER.writeString(m.withMeeting(hostile));
    assertFalse(json.contains("javascript:") || json.contains("file:") || json.contains("data:")
        || json.contains("/files/x.pdf"), json);
    assertTrue(json.contains("gut.pdf"));
  }

  @Test
  void withheldFieldsAreLeftOutOfTheSteps() {
    String json = OParlWriter.builder().baseUrl(BASE).withheldFromPublic(Set.of(FieldKey.ORGANIZATION,
        FieldKey.DATE, FieldKey.CONSULTATION_ROLE, FieldKey.DECISION)).build().writeString(meeting());
    JsonNode motion = object(MAPPER.readTree(json), BASE + "paper/2026-0137");
    for (JsonNode c : motion.get("consultation")) {
      assertFalse(c.has("organization") || c.has("role") || c.has("ratsinfo:date")
          || c.has("ratsinfo:result"), c::toString);
    }
    assertFalse(json.contains("empfohlen"));
    assertTrue(json.contains("beraten"), "the status is no decision");
  }
}
