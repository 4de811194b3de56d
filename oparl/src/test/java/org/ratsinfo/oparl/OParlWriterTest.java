package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.testkit.RandomModels;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writer's output against OParl 1.1's object types: the properties each type requires, and the
 * JSON type of every property, as the specification's schema ({@code schema/*.json} of
 * github.com/OParl/spec) defines them, written down here independently of the implementation. Every
 * other property must carry the {@code ratsinfo:} vendor prefix. The votes are {@link VoteExportTest}'s.
 */
class OParlWriterTest {

  private static final String BASE = "https://ris.example.org/oparl/v1/";
  private static final String PREFIX = "https://schema.oparl.org/1.1/";
  private static final Path MEETING = RoundTripTest.MEETING;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final OParlWriter WRITER = OParlWriter.builder().baseUrl(BASE).build();

  private static final Map<String, String> COMMON = Map.of("id", "url", "type", "string",
      "created", "date-time", "modified", "date-time", "keyword", "string[]", "web", "url",
      "deleted", "boolean", "license", "url");

  /** Property kinds by type, from the specification. */
  private static final Map<String, Map<String, String>> TYPES = Map.of(
      "Body", kinds("name", "string", "shortName", "string", "system", "url", "organization", "url",
          "person", "url", "meeting", "url", "paper", "url", "legislativeTerm", "object[]",
          "website", "url"),
      "Organization", kinds("body", "url", "name", "string", "shortName", "string",
          "organizationType", "string", "classification", "string", "membership", "url[]"),
      "Person", kinds("body", "url", "name", "string", "familyName", "string", "givenName", "string",
          "formOfAddress", "string", "affix", "string", "title", "string[]", "gender", "string"),
      "Meeting", kinds("name", "string", "meetingState", "string", "cancelled", "boolean",
          "start", "date-time", "end", "date-time", "location", "object", "organization", "url[]",
          "participant", "url[]", "agendaItem", "object[]", "invitation", "object",
          "resultsProtocol", "object", "auxiliaryFile", "object[]"),
      "AgendaItem", kinds("meeting", "url", "number", "string", "order", "integer", "name", "string",
          "public", "boolean", "consultation", "url", "result", "string", "resolutionText", "string",
          "start", "date-time", "end", "date-time", "resolutionFile", "object", "auxiliaryFile",
          "object[]"),
      "Paper", kinds("body", "url", "name", "string", "reference", "string", "date", "date",
          "paperType", "string", "originatorPerson", "url[]", "originatorOrganization", "url[]",
          "underDirectionOf", "url[]", "consultation", "object[]", "mainFile", "object",
          "auxiliaryFile", "object[]", "relatedPaper", "url[]", "superordinatedPaper", "url[]",
          "subordinatedPaper", "url[]"),
      "Consultation", kinds("paper", "url", "agendaItem", "url", "meeting", "url",
          "organization", "url[]", "authoritative", "boolean", "role", "string"),
      "File", kinds("name", "string", "fileName", "string", "mimeType", "string", "date", "date",
          "size", "integer", "accessUrl", "web-url"),
      "Location", kinds("description", "string", "room", "string", "streetAddress", "string",
          "postalCode", "string", "locality", "string", "subLocality", "string"));

  private static Map<String, String> kinds(String... pairs) {
    Map<String, String> kinds = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      kinds.put(pairs[i], pairs[i + 1]);
    }
    return Map.copyOf(kinds);
  }

  /** Required properties beyond id, type, created and modified. */
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "Body", List.of("name", "organization", "person", "meeting", "paper", "legislativeTerm"),
      "AgendaItem", List.of("order"),
      "File", List.of("accessUrl"));

  private static MeetingExcerpts musterstadt;

  @BeforeAll
  static void read() throws IOException {
    musterstadt = RatsinfoJson.standard().readMeetingExcerpts(MEETING);
  }

  /** Every problem of a document against the object types; empty if it is valid. */
  static List<String> problems(JsonNode page) {
    List<String> problems = new ArrayList<>();
    if (!page.get("data").isArray() || !page.get("pagination").isObject() || !page.get("links").isObject()) {
      problems.add("not a list page");
    }
    Set<String> ids = new HashSet<>();
    List<String> references = new ArrayList<>();
    for (JsonNode object : page.get("data")) {
      check(object, problems, ids, references);
    }
    for (String reference : references) {
      if (!ids.contains(reference)) {
        problems.add("dangling reference " + reference);
      }
    }
    return problems;
  }

  private static void check(JsonNode o, List<String> problems, Set<String> ids, List<String> references) {
    String type = o.path("type").asString("").replace(PREFIX, "");
    Map<String, String> kinds = TYPES.get(type);
    String id = o.path("id").asString("?");
    if (kinds == null) {
      problems.add(id + ": unknown type " + o.path("type"));
      return;
    }
    if (!ids.add(id)) {
      problems.add(id + ": id used twice");
    }
    List<String> required = new ArrayList<>(List.of("id", "type", "created", "modified"));
    required.addAll(REQUIRED.getOrDefault(type, List.of()));
    for (String r : required) {
      if (!o.has(r)) {
        problems.add(id + ": required property " + r + " missing");
      }
    }
    for (Map.Entry<String, JsonNode> p : o.properties()) {
      String kind = COMMON.getOrDefault(p.getKey(), kinds.get(p.getKey()));
      if (kind == null) {
        if (!p.getKey().startsWith("ratsinfo:")) {
          problems.add(id + ": property " + p.getKey() + " is neither OParl nor prefixed");
        }
        continue;
      }
      JsonNode v = p.getValue();
      boolean ok = switch (kind) {
        case "string" -> v.isString() && !v.stringValue().isEmpty();
        case "url" -> v.isString() && v.stringValue().startsWith("https://");
        // where a document links to: http too, never another scheme
        case "web-url" -> v.isString() && (v.stringValue().toLowerCase(Locale.ROOT).startsWith("https://")
            || v.stringValue().toLowerCase(Locale.ROOT).startsWith("http://"));
        case "boolean" -> v.isBoolean();
        case "integer" -> v.isIntegralNumber() && v.canConvertToLong() && v.longValue() >= 0;
        case "date" -> v.isString() && parses(() -> LocalDate.parse(v.stringValue()));
        case "date-time" -> v.isString()
            && parses(() -> OffsetDateTime.parse(v.stringValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        case "string[]" -> v.isArray() && v.valueStream().allMatch(JsonNode::isString);
        case "url[]" -> v.isArray() && v.valueStream().allMatch(e -> e.isString()
            && e.stringValue().startsWith("https://"));
        case "object" -> v.isObject();
        case "object[]" -> v.isArray() && v.valueStream().allMatch(JsonNode::isObject);
        default -> false;
      };
      if (!ok) {
        problems.add(id + ": " + p.getKey() + " is not " + kind + ": " + v);
      }
      boolean bodyList = type.equals("Body") && kind.equals("url") && !p.getKey().equals("id");
      if (kind.startsWith("url") && !bodyList && !p.getKey().equals("id") && !p.getKey().equals("web")) {
        if (v.isArray()) {
          v.forEach(e -> references.add(e.asString()));
        } else {
          references.add(v.asString());
        }
      }
      if (kind.startsWith("object") && !type.equals("Body")) {
        for (JsonNode e : v.isArray() ? v : List.of(v)) {
          check(e, problems, ids, references);
        }
      }
    }
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Test
  void theMusterstadtMeetingIsValidOParl() {
    JsonNode page = MAPPER.readTree(WRITER.writeString(musterstadt));
    assertEquals(List.of(), problems(page));
    assertEquals(page.get("data").size(), page.get("pagination").get("totalElements").intValue());
  }

  static LongStream seeds() {
    return RandomModels.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomMeetingsAreValidOParl(long seed) {
    RandomModels random = RandomModels.of(seed);
    MeetingExcerpts meeting = new MeetingExcerpts(random.body(), random.meeting(), Audience.INTERNAL);
    String json = WRITER.writeString(meeting);
    assertEquals(List.of(), problems(MAPPER.readTree(json)), json);
  }

  /** Papers in their context: steps, further papers, linked papers and files are valid OParl too. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void meetingsWithTheirPapersInContextAreValidOParl(long seed) {
    String json = WRITER.writeString(PaperContexts.of(seed).meeting());
    assertEquals(List.of(), problems(MAPPER.readTree(json)), json);
  }

  @Test
  void theCheckFindsWhatIsMissingOrOfTheWrongType() {
    ObjectNode page = (ObjectNode) MAPPER.readTree(WRITER.writeString(musterstadt));
    ObjectNode meeting = (ObjectNode) page.get("data").get(1);
    ObjectNode item = (ObjectNode) meeting.get("agendaItem").get(0);
    item.remove("order");
    item.put("public", "ja");
    item.put("abstimmung", "Ja: 48");
    meeting.put("start", "2026-09-15T16:00:00");
    List<String> problems = problems(page);
    assertEquals(4, problems.size(), problems::toString);
  }

  @Test
  void onlyPublicDataIsWritten() {
    String json = WRITER.writeString(musterstadt);
    assertFalse(json.contains("Flurstück 345"), "a non-public item");
    assertFalse(json.contains("Personalangelegenheit"), "a non-public item");
    JsonNode meeting = MAPPER.readTree(json).get("data").get(1);
    assertEquals(19, meeting.get("agendaItem").size());
    meeting.get("agendaItem").forEach(i -> assertTrue(i.get("public").booleanValue()));
  }

  @Test
  void idsAreDerivedFromTheBaseUrlDeterministically() {
    JsonNode page = MAPPER.readTree(WRITER.writeString(musterstadt));
    JsonNode meeting = page.get("data").get(1);
    assertEquals(BASE + "meeting/2026-09-15-rat", meeting.get("id").stringValue());
    assertEquals(BASE + "agendaitem/2026-09-15-rat-8.1",
        meeting.get("agendaItem").get(8).get("id").stringValue());
    assertEquals(BASE + "body/musterstadt", page.get("data").get(0).get("id").stringValue());
    assertEquals(WRITER.writeString(musterstadt), WRITER.writeString(musterstadt));
    String other = OParlWriter.builder().baseUrl("https://other.example/api").build().writeString(musterstadt);
    assertEquals(WRITER.writeString(musterstadt).replace(BASE, "https://other.example/api/"), other);
  }

  @Test
  void theTimestampIsTheMeetingsEndUnlessGiven() {
    JsonNode body = MAPPER.readTree(WRITER.writeString(musterstadt)).get("data").get(0);
    assertEquals("2026-09-15T20:40:00+02:00", body.get("modified").stringValue());
    OffsetDateTime at = OffsetDateTime.of(2026, 10, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    JsonNode stamped = MAPPER.readTree(OParlWriter.builder().baseUrl(BASE).timestamp(at).build()
        .writeString(musterstadt)).get("data").get(0);
    assertEquals("2026-10-01T08:00:00Z", stamped.get("created").stringValue());
  }

  @Test
  void bytesAreUtf8AndCompactOutputIsOneLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.write(musterstadt, out);
    assertEquals(WRITER.writeString(musterstadt), out.toString(StandardCharsets.UTF_8));
    String compact = OParlWriter.builder().baseUrl(BASE).prettyPrint(false).build().writeString(musterstadt);
    assertFalse(compact.contains("\n"));
    assertEquals(MAPPER.readTree(compact), MAPPER.readTree(out.toString(StandardCharsets.UTF_8)));
  }

  @Test
  void theBaseUrlMustBeAnHttpUrl() {
    for (String bad : List.of("ris.example.org/oparl", "ftp://ris.example.org/", "https://x.example/?a=1",
        "https://x.example/#f", "not a url")) {
      assertThrows(IllegalArgumentException.class, () -> OParlWriter.builder().baseUrl(bad), bad);
    }
    assertThrows(NullPointerException.class, () -> OParlWriter.builder().build());
    assertEquals("https://x.example/api/", OParlWriter.builder().baseUrl("https://x.example/api").build()
        .baseUrl());
  }
}
