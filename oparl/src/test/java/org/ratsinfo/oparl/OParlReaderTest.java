package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.validation.ModelValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mapping of every OParl object and property the reader reads, on the council fixture. */
class OParlReaderTest {

  static final String B = "https://ris.beispielstadt.de/oparl/v1/";

  @TempDir Path dir;

  static Path resource(String name) {
    try {
      return Path.of(OParlReaderTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The council fixture: a directory of OParl object files, shared with the command line's tests. */
  static final Path COUNCIL = Path.of(System.getProperty("ratsinfo.samples"), "oparl-beispielstadt");

  private static MeetingExcerpts council() throws IOException {
    OParlImport imported = OParlReader.builder().strict(true).build().read(COUNCIL);
    assertEquals(List.of(), imported.warnings());
    assertEquals(List.of(), imported.deleted());
    assertEquals(1, imported.meetings().size());
    return imported.meetings().get(0);
  }

  private static AgendaItem item(MeetingExcerpts m, String number) {
    return m.meeting().agenda().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
  }

  @Test
  void theMeetingWithItsBodyOrganizationAndLocation() throws IOException {
    MeetingExcerpts excerpts = council();
    assertEquals(new Body(B + "body/1", "Stadt Beispielstadt", "Beispielstadt"), excerpts.body());
    assertEquals(Audience.PUBLIC, excerpts.audience());
    Meeting m = excerpts.meeting();
    assertEquals(B + "meeting/281", m.id());
    assertEquals("28. Sitzung des Rates der Stadt Beispielstadt", m.name());
    assertEquals(ZonedDateTime.of(2026, 6, 11, 17, 0, 0, 0, ZoneId.of("Europe/Berlin")), m.start());
    assertEquals(ZonedDateTime.of(2026, 6, 11, 21, 15, 0, 0, ZoneId.of("Europe/Berlin")), m.end());
    assertEquals(MeetingState.HELD, m.state());
    assertFalse(m.cancelled());
    assertEquals(new Location("Rathaus Beispielstadt", "Ratssaal (Raum 210)", "Am Markt 1", "54321",
        "Beispielstadt"), m.location());
    assertEquals(new Organization(B + "organization/rat", "Rat der Stadt Beispielstadt", "Rat",
        OrganizationType.COMMITTEE), m.organization());
    assertEquals(MeetingPublicity.PUBLIC_AND_NON_PUBLIC, m.publicity());
    assertNull(m.occasion());
  }

  @Test
  void aDozenAgendaItemsInOrderWithNumberVisibilityDecisionAndResolution() throws IOException {
    MeetingExcerpts excerpts = council();
    List<AgendaItem> agenda = excerpts.meeting().agenda();
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "7.1", "8", "9", "10", "11"),
        agenda.stream().map(AgendaItem::number).toList());
    for (int i = 0; i < agenda.size(); i++) {
      assertEquals(i, agenda.get(i).order());
      assertEquals(B + "agendaitem/" + (2801 + i), agenda.get(i).id());
    }
    assertEquals(Visibility.NON_PUBLIC, item(excerpts, "10").visibility());
    assertEquals(Visibility.NON_PUBLIC, item(excerpts, "11").visibility());
    assertEquals(10, excerpts.excerpts().size(), "the public excerpts leave the non-public items out");
    assertEquals("Feststellung der Tagesordnung", item(excerpts, "2").title());
    assertEquals(DecisionKind.ACKNOWLEDGED, item(excerpts, "1").decision().kind());
    assertEquals(DecisionKind.ADOPTED_UNANIMOUSLY, item(excerpts, "2").decision().kind());
    assertNull(item(excerpts, "3").decision());
    assertEquals(DecisionKind.ADOPTED_WITH_CHANGES, item(excerpts, "5").decision().kind());
    assertEquals(DecisionKind.ADOPTED_BY_MAJORITY, item(excerpts, "6").decision().kind());
    assertEquals(DecisionKind.POSTPONED, item(excerpts, "7").decision().kind());
    assertEquals(DecisionKind.REJECTED, item(excerpts, "9").decision().kind());
    assertEquals(Text.ofParagraphs("Der Rat beauftragt die Verwaltung, ab dem 1. Januar 2027 die Nutzung"
        + " der Stadtbücherei für Kinder und Jugendliche bis 16 Jahre kostenfrei anzubieten.",
        "Die Kosten sind im Haushalt 2027 zu veranschlagen."), item(excerpts, "5").resolutionText());
    assertEquals(List.of(), item(excerpts, "5").votes(), "OParl has no tallies");
    assertNull(item(excerpts, "4").content(), "nor inquiries");
    assertTrue(ModelValidator.standard().validate(excerpts, Locale.ENGLISH).isEmpty(),
        () -> ModelValidator.standard().validate(excerpts, Locale.ENGLISH).toString());
  }

  @Test
  void papersOfSeveralTypesWithOriginatorsLeadAndConsultationRole() throws IOException {
    MeetingExcerpts excerpts = council();
    assertEquals(List.of("Anfrage", "Antrag", "Beschlussvorlage", "Beschlussvorlage", "Ergänzungsvorlage",
            "Mitteilungsvorlage", "Antrag"),
        excerpts.meeting().agenda().stream().filter(i -> i.paper() != null)
            .map(i -> i.paper().paperType().name()).toList());
    AgendaItem inquiry = item(excerpts, "4");
    assertEquals("Kenntnisnahme", inquiry.consultation().role());
    assertFalse(inquiry.consultation().authoritative());
    Paper paper = inquiry.paper();
    assertEquals(B + "paper/501", paper.id());
    assertEquals("2026/0101", paper.reference());
    assertEquals("Anfrage der Fraktion Bündnis 90/Die Grünen: Sachstand Radweg Hafenstraße", paper.title());
    assertEquals(java.time.LocalDate.of(2026, 5, 4), paper.date());
    assertEquals(Visibility.PUBLIC, paper.visibility());
    assertEquals(List.of(new Person(B + "person/3", "Frau", null, "Aylin", "Demir", null)),
        paper.originatorPersons());
    assertEquals(List.of(new Organization(B + "organization/gruene", "Fraktion Bündnis 90/Die Grünen",
        "Grüne", OrganizationType.FACTION)), paper.originatorOrganizations());
    assertEquals(new Organization(B + "organization/fb61", "FB 61 - Stadtplanung und Bauordnung", "FB 61",
        OrganizationType.ADMINISTRATIVE_UNIT), paper.leadDepartment());
    assertNull(paper.clerk());
    AgendaItem motion = item(excerpts, "5");
    assertEquals("Entscheidung", motion.consultation().role());
    assertTrue(motion.consultation().authoritative());
    assertEquals("Prof. Dr.", item(excerpts, "7").paper().originatorPersons().get(0).title());
    assertNull(item(excerpts, "1").consultation());
  }

  @Test
  void oneListPageFilesOrStringsGiveTheSameAsTheDirectory() throws IOException {
    MeetingExcerpts fromDirectory = council();
    List<Path> files;
    try (Stream<Path> s = Files.list(COUNCIL)) {
      files = s.sorted().toList();
    }
    assertEquals(fromDirectory, OParlReader.standard().read(files).meetings().get(0));
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(Files.readString(f));
    }
    assertEquals(fromDirectory, OParlReader.standard().readStrings(texts).meetings().get(0));
    // all objects in one list page, in another order
    JsonMapper mapper = JsonMapper.builder().build();
    StringBuilder data = new StringBuilder();
    List<String> reversed = new ArrayList<>(texts);
    java.util.Collections.reverse(reversed);
    for (String text : reversed) {
      JsonNode root = mapper.readTree(text);
      for (JsonNode o : root.has("data") ? root.get("data") : List.of(root)) {
        data.append(data.length() == 0 ? "" : ",").append(o);
      }
    }
    Path page = dir.resolve("page.json");
    Files.writeString(page, "{\"data\": [" + data + "], \"links\": {}, \"pagination\": {}}");
    assertEquals(fromDirectory, OParlReader.standard().read(page).meetings().get(0));
  }

  @Test
  void anObjectSourceProvidesWhatTheInputOnlyRefersTo() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, String> objects = new HashMap<>();
    try (Stream<Path> s = Files.list(COUNCIL)) {
      for (Path f : s.toList()) {
        JsonNode root = mapper.readTree(Files.readString(f));
        for (JsonNode o : root.has("data") ? root.get("data") : List.of(root)) {
          collect(o, objects);
        }
      }
    }
    List<String> asked = new ArrayList<>();
    OParlReader reader = OParlReader.builder()
        .objectSource(id -> {
          asked.add(id);
          return objects.get(id);
        })
        .build();
    OParlImport imported = reader.read(COUNCIL.resolve("meeting.json"));
    assertEquals(council(), imported.meetings().get(0));
    assertEquals(List.of(), imported.warnings());
    assertEquals(asked.size(), asked.stream().distinct().count(), "each id asked once");
    assertTrue(asked.contains(B + "paper/502"), asked::toString);
  }

  /** Every object with an id, embedded ones too, as a server serves them one by one. */
  private static void collect(JsonNode node, Map<String, String> objects) {
    if (node.isObject() && node.has("id") && node.has("type")) {
      objects.put(node.get("id").stringValue(), node.toString());
    }
    for (JsonNode child : node.values()) {
      collect(child, objects);
    }
  }

  @Test
  void aListOfManyPagesIsReadFromItsFirstThroughTheObjectSource() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    StringBuilder first = new StringBuilder();
    try (Stream<Path> s = Files.list(COUNCIL)) {
      for (Path f : s.sorted().toList()) {
        if (!f.getFileName().toString().equals("papers.json")) {
          JsonNode root = mapper.readTree(Files.readString(f));
          for (JsonNode o : root.has("data") ? root.get("data") : List.of(root)) {
            first.append(first.length() == 0 ? "" : ",").append(o);
          }
        }
      }
    }
    String page2 = B + "body/1/everything?page=2";
    String page1 = "{\"data\": [" + first + "], \"links\": {\"next\": \"" + page2 + "\"}}";
    String papers = Files.readString(COUNCIL.resolve("papers.json"));
    List<String> asked = new ArrayList<>();
    OParlReader reader = OParlReader.builder().strict(true)
        .objectSource(url -> {
          asked.add(url);
          return url.equals(page2) ? papers : null;
        })
        .build();
    OParlImport imported = reader.readString(page1);
    assertEquals(council(), imported.meetings().get(0));
    assertEquals(List.of(page2), asked, "the next page once, and nothing else");
    OParlImport withoutSource = OParlReader.standard().readString(page1);
    assertNull(item(withoutSource.meetings().get(0), "4").consultation());
  }

  @Test
  void withoutTheReferencedObjectsTheMeetingIsStillReadWithWarnings() throws IOException {
    OParlImport imported = OParlReader.builder().strict(true).build().read(COUNCIL.resolve("meeting.json"));
    MeetingExcerpts m = imported.meetings().get(0);
    assertEquals(12, m.meeting().agenda().size());
    assertNull(item(m, "4").consultation());
    assertTrue(imported.warnings().stream().allMatch(w -> !w.issue().deviation()), "no deviations");
    assertTrue(imported.warnings().stream().anyMatch(w -> w.issue() == OParlIssue.UNRESOLVED_REFERENCE
        && w.objectId().equals(B + "agendaitem/2804") && w.field().equals("consultation")),
        imported.warnings()::toString);
    assertTrue(imported.warnings().stream().anyMatch(w -> w.issue() == OParlIssue.NO_BODY));
    assertEquals("28. Sitzung des Rates der Stadt Beispielstadt", m.body().name(),
        "a body named after the meeting, for want of its organization");
    Body city = Body.of("Stadt Beispielstadt");
    assertEquals(city, OParlReader.builder().fallbackBody(city).build()
        .read(COUNCIL.resolve("meeting.json")).meetings().get(0).body());
  }

  @Test
  void deletedObjectsAreLeftOutWithANoteAndNoWarning() throws IOException {
    OParlImport imported = OParlReader.builder().strict(true).build()
        .read(resource("quirks/deleted.json"));
    assertEquals(List.of(), imported.warnings());
    assertEquals(List.of(B + "agendaitem/93", B + "paper/93"), imported.deleted());
    assertEquals(List.of("1", "2"), imported.meetings().get(0).meeting().agenda().stream()
        .map(AgendaItem::number).toList());
  }

  @Test
  void dateTimesWithoutOffsetAreReadInTheConfiguredZone() throws IOException {
    Path file = resource("quirks/date-time-without-offset.json");
    ZoneId newYork = ZoneId.of("America/New_York");
    MeetingExcerpts m = OParlReader.builder().timeZone(newYork).build().read(file).meetings().get(0);
    assertEquals(ZonedDateTime.of(2026, 3, 4, 17, 0, 0, 0, newYork), m.meeting().start());
  }

  @Test
  void aDateTimeWhoseOffsetIsNotTheZonesKeepsItsOffset() throws IOException {
    String json = Files.readString(resource("quirks/valid.json"))
        .replace("2026-03-04T17:00:00+01:00", "2026-03-04T17:00:00+05:30");
    ZonedDateTime start = OParlReader.standard().readString(json).meetings().get(0).meeting().start();
    assertEquals("2026-03-04T17:00+05:30", start.toString());
  }

  @Test
  void localDateTimeWarningsNameTheZoneInBothLanguages() throws IOException {
    OParlWarning w = OParlReader.standard().read(resource("quirks/date-time-without-offset.json"))
        .warnings().get(0);
    assertEquals(B + "meeting/9, start: the date-time \"2026-03-04T17:00:00\" has no offset from UTC;"
        + " read it in the time zone Europe/Berlin", w.message(Locale.ENGLISH));
    assertEquals(B + "meeting/9, start: der Zeitpunkt „2026-03-04T17:00:00“ hat keinen Versatz zu UTC;"
        + " in der Zeitzone Europe/Berlin gelesen", w.message(Locale.GERMAN));
  }

  @Test
  void aReadLimitIsAFormatError() {
    OParlReader reader = OParlReader.builder().maxNestingDepth(3).build();
    OParlFormatException e = assertThrows(OParlFormatException.class,
        () -> reader.read(resource("quirks/valid.json")));
    assertTrue(e.getMessage().contains("nested deeper than the limit of 3 levels"), e::getMessage);
  }

  @Test
  void theStandardReaderIsTolerant() {
    assertFalse(OParlReader.standard().strict());
    assertEquals(ZoneId.of("Europe/Berlin"), OParlReader.standard().timeZone());
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    Path file = dir.resolve("bom.json");
    Files.write(file, ("\uFEFF" + Files.readString(resource("quirks/valid.json")))
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(1, OParlReader.standard().read(file).meetings().size());
  }
}
