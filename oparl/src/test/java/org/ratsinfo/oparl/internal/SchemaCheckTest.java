package org.ratsinfo.oparl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.internal.Message;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema check on fixtures of each pattern real servers show (the files in {@code schema/} beside
 * this class): each case is an object, its type and version, and exactly the deviations the check must
 * report, in order.
 */
class SchemaCheckTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaCheck CHECK = SchemaCheck.of(ZoneId.of("Europe/Berlin"));

  /** A deviation as the sink receives it. */
  record Deviation(String path, OParlIssue issue, List<Message.Argument> arguments) {
    Deviation(String path, OParlIssue issue, String... values) {
      this(path, issue, Message.values(List.of(values)));
    }
  }

  /** A fixture's case. */
  record Case(String file, String about, String type, SchemaVersion version, boolean deep, JsonNode object,
      List<Deviation> expected) {
    @Override
    public String toString() {
      return file + ": " + about;
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(SchemaCheckTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(resource("schema"))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode fixture = MAPPER.readTree(file.toFile());
      for (JsonNode c : fixture.get("cases")) {
        List<Deviation> expected = new ArrayList<>();
        for (JsonNode d : c.get("deviations")) {
          // a value as a string; a text of the messages, in the reader's language, as {"text": key}
          List<Message.Argument> arguments = new ArrayList<>();
          d.get("arguments").forEach(a -> arguments.add(a.isObject()
              ? Message.text(a.get("text").stringValue()) : Message.value(a.stringValue())));
          expected.add(new Deviation(d.get("path").stringValue(),
              OParlIssue.valueOf(d.get("issue").stringValue()), arguments));
        }
        SchemaVersion version = switch (c.get("version").stringValue()) {
          case "1.0" -> SchemaVersion.V1_0;
          case "1.1" -> SchemaVersion.V1_1;
          default -> throw new IllegalArgumentException(c.get("version").toString());
        };
        cases.add(new Case(file.getFileName().toString(), c.get("about").stringValue(),
            c.get("type").stringValue(), version, c.path("deep").asBoolean(true), c.get("object"),
            List.copyOf(expected)));
      }
    }
    return cases.stream();
  }

  static List<Deviation> check(JsonNode object, String type, SchemaVersion version, boolean deep) {
    List<Deviation> found = new ArrayList<>();
    SchemaCheck.Sink sink = (path, issue, arguments) -> found.add(new Deviation(path, issue, List.of(arguments)));
    if (deep) {
      CHECK.check(object, type, version, sink);
    } else {
      CHECK.checkShallow(object, type, version, sink);
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheDeviationsOfTheFixture(Case c) {
    assertEquals(c.expected(), check(c.object(), c.type(), c.version(), c.deep()));
  }

  @Test
  void theFixturesCoverEveryIssueTheCheckReports() throws IOException {
    List<OParlIssue> covered = cases().flatMap(c -> c.expected().stream()).map(Deviation::issue).distinct().toList();
    for (OParlIssue issue : List.of(OParlIssue.WRONG_TYPE, OParlIssue.INVALID_VALUE, OParlIssue.INVALID_URL,
        OParlIssue.EMPTY_URL, OParlIssue.DATE_TIME_WITHOUT_OFFSET, OParlIssue.MISSING_ID,
        OParlIssue.MISSING_PROPERTY, OParlIssue.UNKNOWN_PROPERTY, OParlIssue.NOT_IN_VERSION,
        OParlIssue.OUT_OF_RANGE, OParlIssue.WRONG_OBJECT_TYPE, OParlIssue.SINGLE_VALUE_FOR_LIST,
        OParlIssue.LIST_FOR_SINGLE_VALUE)) {
      assertTrue(covered.contains(issue), issue::name);
    }
  }

  /** Every deviation of the fixtures reads as a whole sentence in both languages. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyDeviationHasAMessageInBothLanguages(Case c) {
    for (Deviation d : c.expected()) {
      Warning warning = new Warning("https://ris.example.org/x", d.path(), d.issue(), d.arguments());
      for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
        String message = warning.message(locale);
        assertFalse(message.contains("{") || message.contains("kind.")
            || message.contains("issue.") || message.contains("done."), message);
      }
    }
  }

  @Test
  void anOrderBeyondTheIntRangeIsOutOfRangeNotTheWrongType() {
    JsonNode item = MAPPER.readTree("""
        {"id": "https://ris.example.org/ai/7", "type": "https://schema.oparl.org/1.1/AgendaItem",
         "order": 2147483648, "created": "2026-05-02T09:00:00+02:00",
         "modified": "2026-05-20T14:30:00+02:00"}""");
    List<Deviation> found = check(item, "AgendaItem", SchemaVersion.V1_1, true);
    assertEquals(1, found.size());
    Warning warning = new Warning("https://ris.example.org/ai/7", found.get(0).path(),
        found.get(0).issue(), found.get(0).arguments());
    assertEquals("https://ris.example.org/ai/7, order: the number 2147483648 is outside the range from 0 to "
        + "2147483647; ignored it", warning.message(Locale.ENGLISH));
    assertEquals("https://ris.example.org/ai/7, order: die Zahl 2147483648 liegt außerhalb des Bereichs von 0 "
        + "bis 2147483647; ignoriert", warning.message(Locale.GERMAN));
  }

  @Test
  void messagesOfTheNewIssues() {
    assertEquals("x, order: the property \"order\" is not part of OParl 1.0 but of OParl 1.1; read it as "
        + "OParl 1.1 defines it", message(OParlIssue.NOT_IN_VERSION, "order", "order", "1.0", "1.1"));
    assertEquals("x, web: the value \"/si0057.asp\" is not a URL (an absolute http or https URL as RFC 3986 "
        + "describes it); used it as written", message(OParlIssue.INVALID_URL, "web", "/si0057.asp"));
    assertEquals("x, agendaItem[1].type: the object's type is \"https://schema.oparl.org/1.1/Paper\" where "
        + "the specification wants https://schema.oparl.org/1.1/AgendaItem; read it as the type it names",
        message(OParlIssue.WRONG_OBJECT_TYPE, "agendaItem[1].type", "https://schema.oparl.org/1.1/Paper",
            "https://schema.oparl.org/1.1/AgendaItem"));
    assertEquals("x, created: the value \"2016-01-01T12:00:00+01::00\" is not a date-time such as "
        + "2026-09-15T16:00:00+02:00; ignored it", message(OParlIssue.INVALID_VALUE, "created",
        Message.value("2016-01-01T12:00:00+01::00"), SchemaValues.KIND_DATE_TIME));
  }

  private static String message(OParlIssue issue, String field, String... values) {
    return message(issue, field, Message.values(List.of(values)).toArray(Message.Argument[]::new));
  }

  private static String message(OParlIssue issue, String field, Message.Argument... arguments) {
    return new Warning("x", field, issue, List.of(arguments)).message(Locale.ENGLISH);
  }

  @Test
  void aPathNamesTheNestingOfEmbeddedObjects() {
    JsonNode meeting = MAPPER.readTree("""
        {"id": "https://ris.example.org/m/1", "type": "https://schema.oparl.org/1.1/Meeting",
         "created": "2026-05-02T09:00:00+02:00", "modified": "2026-05-20T14:30:00+02:00",
         "agendaItem": [{"id": "https://ris.example.org/ai/1", "type": "https://schema.oparl.org/1.1/AgendaItem",
           "order": 0, "created": "2026-05-02T09:00:00+02:00", "modified": "2026-05-20T14:30:00+02:00",
           "auxiliaryFile": [{}, {"id": "https://ris.example.org/f/2", "type": "https://schema.oparl.org/1.1/File",
             "accessUrl": "https://ris.example.org/f/2/a", "created": "2026-05-02T09:00:00+02:00",
             "modified": "2026-05-20T14:30:00+02:00", "size": "12"}]}]}""");
    assertEquals(List.of(
        new Deviation("agendaItem[0].auxiliaryFile[0].id", OParlIssue.MISSING_ID, List.of()),
        new Deviation("agendaItem[0].auxiliaryFile[0].type", OParlIssue.MISSING_PROPERTY, "type"),
        new Deviation("agendaItem[0].auxiliaryFile[0].created", OParlIssue.MISSING_PROPERTY, "created"),
        new Deviation("agendaItem[0].auxiliaryFile[0].modified", OParlIssue.MISSING_PROPERTY, "modified"),
        new Deviation("agendaItem[0].auxiliaryFile[0].accessUrl", OParlIssue.MISSING_PROPERTY, "accessUrl"),
        new Deviation("agendaItem[0].auxiliaryFile[1].size", OParlIssue.WRONG_TYPE,
            List.of(SchemaValues.KIND_INTEGER, SchemaValues.KIND_STRING))),
        check(meeting, "Meeting", SchemaVersion.V1_1, true));
    assertEquals(List.of(), check(meeting, "Meeting", SchemaVersion.V1_1, false));
  }

  @Test
  void theZoneOfADateTimeWithoutOffsetIsTheChecksZone() {
    JsonNode meeting = MAPPER.readTree("""
        {"id": "https://ris.example.org/m/1", "type": "https://schema.oparl.org/1.0/Meeting",
         "created": "2026-05-02T09:00:00", "modified": "2026-05-20T14:30:00+02:00"}""");
    List<Deviation> found = new ArrayList<>();
    SchemaCheck.of(ZoneId.of("Europe/Vienna")).check(meeting, "Meeting", SchemaVersion.V1_0,
        (path, issue, arguments) -> found.add(new Deviation(path, issue, List.of(arguments))));
    assertEquals(List.of(new Deviation("created", OParlIssue.DATE_TIME_WITHOUT_OFFSET,
        "2026-05-02T09:00:00", "Europe/Vienna")), found);
  }

  @Test
  void anUnknownTypeOrANonObjectIsTheCallersMistake() {
    JsonNode object = MAPPER.readTree("{}");
    SchemaCheck.Sink sink = (path, issue, arguments) -> { };
    assertThrows(IllegalArgumentException.class, () -> CHECK.check(object, "Sitzung", SchemaVersion.V1_1, sink));
    assertThrows(IllegalArgumentException.class,
        () -> CHECK.check(MAPPER.readTree("[]"), "Meeting", SchemaVersion.V1_1, sink));
    assertTrue(SchemaCheck.isType("Meeting"));
    assertFalse(SchemaCheck.isType("meeting"));
    assertFalse(SchemaCheck.isType("VoteEvent"));
  }

  @Test
  void theTypeOfEmbeddedObjects() {
    assertEquals("AgendaItem", SchemaCheck.embeddedType("Meeting", "agendaItem"));
    assertEquals("File", SchemaCheck.embeddedType("Meeting", "invitation"));
    assertEquals("Location", SchemaCheck.embeddedType("Person", "locationObject"));
    assertEquals("LegislativeTerm", SchemaCheck.embeddedType("Body", "legislativeTerm"));
    assertEquals(null, SchemaCheck.embeddedType("Body", "organization"), "a URL of a list");
    assertEquals(null, SchemaCheck.embeddedType("Meeting", "organization"), "URLs");
    assertEquals(null, SchemaCheck.embeddedType("Location", "geojson"), "any object, no OParl type");
    assertEquals(null, SchemaCheck.embeddedType("Meeting", "ratsinfo:voteTally"));
    assertEquals(null, SchemaCheck.embeddedType("Sitzung", "agendaItem"));
  }

  @Test
  void theVersionOfATypeUrl() {
    assertEquals(SchemaVersion.V1_0, SchemaVersion.ofTypeUrl("https://schema.oparl.org/1.0/Meeting"));
    assertEquals(SchemaVersion.V1_1, SchemaVersion.ofTypeUrl("https://schema.oparl.org/1.1/Meeting"));
    assertEquals(null, SchemaVersion.ofTypeUrl("https://schema.oparl.org/1.2/Meeting"));
    assertEquals(null, SchemaVersion.ofTypeUrl("http://schema.oparl.org/1.1/Meeting"));
    assertEquals("https://schema.oparl.org/1.1/Paper", SchemaVersion.V1_1.typeUrl("Paper"));
  }
}
