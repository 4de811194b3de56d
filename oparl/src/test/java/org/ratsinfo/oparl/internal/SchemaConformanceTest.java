package org.ratsinfo.oparl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.OParlWriter;
import org.ratsinfo.testkit.RandomModels;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What ratsinfo writes as OParl, and the valid OParl fixtures of the project, have no deviation from the
 * schema: a check of the check (a false alarm fails here) and of the writer (a schema error fails here).
 */
class SchemaConformanceTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaCheck CHECK = SchemaCheck.of(ZoneId.of("Europe/Berlin"));
  private static final OParlWriter WRITER = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/").build();
  private static final Path SAMPLES = Path.of(System.getProperty("ratsinfo.samples"));

  /** Every deviation of every object of a document: an object, an array of them, or a list page. */
  static List<String> deviations(JsonNode document) {
    List<String> found = new ArrayList<>();
    JsonNode objects = document.isObject() && document.has("data") ? document.get("data") : document;
    for (JsonNode object : objects.isArray() ? objects : List.of(objects)) {
      String typeUrl = object.path("type").asString("");
      SchemaVersion version = SchemaVersion.ofTypeUrl(typeUrl);
      String type = version == null ? "" : typeUrl.substring(version.prefix().length());
      String id = object.path("id").asString("?");
      if (version == null || !SchemaCheck.isType(type)) {
        found.add(id + ": no OParl type " + typeUrl);
        continue;
      }
      CHECK.check(object, type, version, (path, issue, arguments) ->
          found.add(id + ", " + path + ": " + issue + " " + List.of(arguments)));
    }
    return found;
  }

  @Test
  void theCouncilFixtureConforms() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SAMPLES.resolve("oparl-beispielstadt"))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 5, files::toString);
    for (Path file : files) {
      assertEquals(List.of(), deviations(MAPPER.readTree(file.toFile())), file.toString());
    }
  }

  @Test
  void theValidQuirksFixtureConforms() throws URISyntaxException {
    Path valid = Path.of(SchemaConformanceTest.class.getResource("/org/ratsinfo/oparl/quirks/valid.json").toURI());
    assertEquals(List.of(), deviations(MAPPER.readTree(valid.toFile())));
  }

  @Test
  void theWritersMusterstadtMeetingConforms() throws IOException {
    MeetingExcerpts meeting = RatsinfoJson.standard()
        .readMeetingExcerpts(SAMPLES.resolve("rat-musterstadt-2026-09-15.json"));
    JsonNode page = MAPPER.readTree(WRITER.writeString(meeting));
    assertTrue(page.get("data").size() > 5);
    assertEquals(List.of(), deviations(page));
  }

  static LongStream seeds() {
    return RandomModels.seeds(100);
  }

  /** The writer's papers in context (steps, further papers, links, files) conform as well. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theWritersMeetingsInContextConform(long seed) {
    String json = WRITER.writeString(org.ratsinfo.oparl.PaperContextsAccess.meeting(seed));
    assertEquals(List.of(), deviations(MAPPER.readTree(json)), json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theWritersRandomMeetingsConform(long seed) {
    RandomModels random = RandomModels.of(seed);
    MeetingExcerpts meeting = new MeetingExcerpts(random.body(), random.meeting(), Audience.INTERNAL);
    String json = WRITER.writeString(meeting);
    assertEquals(List.of(), deviations(MAPPER.readTree(json)), json);
  }
}
