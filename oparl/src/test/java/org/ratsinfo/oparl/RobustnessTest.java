package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.oparl.OParlReaderTest.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.oparl.internal.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Unknown or contradictory data never crash the import: every property of every object of a valid
 * document, replaced by a value of every other JSON type, reads in tolerant mode, and in strict mode
 * either reads or is rejected with the problem named. Malformed JSON is an error with path, line and
 * column.
 */
class RobustnessTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The valid document with one property replaced, each a case. */
  static Stream<String> mutations() throws IOException {
    JsonNode valid = MAPPER.readTree(Files.readString(resource("quirks/valid.json")));
    List<String> cases = new ArrayList<>();
    List<JsonNode> replacements = List.of(F.objectNode(), F.arrayNode(), F.numberNode(-7),
        F.numberNode(2.5), F.stringNode(""), F.stringNode("x"), F.nullNode(), F.booleanNode(true),
        F.arrayNode().add("https://ris.beispielstadt.de/oparl/v1/unknown/1"),
        F.stringNode("https://ris.beispielstadt.de/oparl/v1/meeting/9"));
    collect(valid, valid, replacements, cases);
    return cases.stream();
  }

  private static void collect(JsonNode root, JsonNode node, List<JsonNode> replacements, List<String> cases) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode original = object.get(name);
        for (JsonNode replacement : replacements) {
          object.set(name, replacement);
          cases.add(root.toString());
        }
        object.remove(name);
        cases.add(root.toString());
        object.set(name, original);
        collect(root, original, replacements, cases);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        collect(root, array.get(i), replacements, cases);
      }
    }
  }

  @Test
  void thereAreManyMutations() throws IOException {
    assertTrue(mutations().count() > 1000, "every property of every object");
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void anyMutationReadsTolerantlyAndStrictlyWithoutCrashing(String json) throws IOException {
    OParlImport imported = OParlReader.standard().readString(json);
    for (OParlWarning w : imported.warnings()) {
      assertFalse(w.message(Locale.GERMAN).contains("issue."), w::toString);
      assertFalse(w.message(Locale.ENGLISH).contains("{"), w::toString);
    }
    try {
      OParlReader.builder().strict(true).build().readString(json);
    } catch (OParlImportException e) {
      assertFalse(e.problems().isEmpty());
      assertTrue(e.problems().stream().allMatch(p -> p.issue().deviation()));
    }
  }

  @Test
  void malformedJsonNamesPathLineAndColumn() {
    String json = "{\"data\": [\n  {\"id\": \"https://x.example/m/1\",\n   \"type\": \"https://schema.oparl.org/1.1/Meeting\",\n   \"name\": \"Rat\" \"start\": 1}\n]}";
    OParlFormatException e = assertThrows(OParlFormatException.class,
        () -> OParlReader.standard().readString(json));
    assertEquals("<1>", e.source());
    assertEquals(4, e.line());
    assertEquals(18, e.column());
    assertEquals("$.data[0].name", e.path());
    assertEquals("<1>: $.data[0].name (line 4, column 18): the input is not well-formed JSON", e.getMessage());
    assertEquals("<1>: $.data[0].name (Zeile 4, Spalte 18): die Eingabe ist kein wohlgeformtes JSON",
        e.getLocalizedMessage(Locale.GERMAN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "{\"data\": [", "{\"a\": 1, \"a\": 2}", "{} {}", "[1,]"})
  void everyKindOfMalformedInputIsAFormatError(String json) {
    OParlFormatException e = assertThrows(OParlFormatException.class,
        () -> OParlReader.builder().strict(true).build().readString(json));
    assertTrue(e.getMessage().startsWith("<1>: $"), e::getMessage);
    assertFalse(e.getLocalizedMessage(Locale.GERMAN).contains("format."), e::getMessage);
  }

  @Test
  void aFileThatIsNotUtf8IsAFormatErrorNamingTheFileAndThePlace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, "{\"type\": \"https://schema.oparl.org/1.1/Body\", \"name\": \"Stadt H\u00e4rne\"}"
        .getBytes(StandardCharsets.ISO_8859_1));
    OParlFormatException e = assertThrows(OParlFormatException.class,
        () -> OParlReader.standard().read(file));
    assertEquals(file.toString(), e.source());
    assertEquals(file + ": $.name (line 1, column 65): the file contains bytes that are not valid UTF-8;"
        + " OParl documents are UTF-8 text", e.getMessage());
    assertEquals(file + ": $.name (Zeile 1, Spalte 65): die Datei enthält Bytes, die kein gültiges UTF-8"
        + " sind; OParl-Dokumente sind UTF-8-Text", e.getLocalizedMessage(Locale.GERMAN));
  }

  @Test
  void aDuplicatePropertyIsNamed() {
    OParlFormatException e = assertThrows(OParlFormatException.class,
        () -> OParlReader.standard().readString("{\"id\": \"a\",\n \"id\": \"b\"}"));
    assertEquals("<1>: $.id (line 2, column 6): the property \"id\" occurs more than once in this object",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "\"x\"", "{\"a\": 1}", "[1, 2]", "{\"data\": 3}"})
  void wellFormedJsonThatIsNotOParlIsAWarning(String json) throws IOException {
    OParlImport imported = OParlReader.standard().readString(json);
    assertEquals(List.of(), imported.meetings());
    assertFalse(imported.warnings().isEmpty());
  }

  @Test
  void bothLanguagesHaveEveryMessage() {
    assertEquals(Messages.keys(false), Messages.keys(true));
    for (OParlIssue issue : OParlIssue.values()) {
      assertTrue(Messages.keys(false).contains("issue." + issue.name()), issue::name);
      assertTrue(Messages.keys(false).contains("done." + issue.name()), issue::name);
    }
  }
}
