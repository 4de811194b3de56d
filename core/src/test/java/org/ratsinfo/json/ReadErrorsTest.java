package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Excerpt;
import tools.jackson.databind.exc.InvalidNullException;

class ReadErrorsTest {

  /** A small valid excerpt; each case changes one thing. */
  static final String BASE = """
      {
        "body": {"name": "Stadt Herne"},
        "meeting": {
          "organization": {"name": "Rat der Stadt", "type": "committee"},
          "start": "2017-02-28T16:00:00+01:00[Europe/Berlin]",
          "cancelled": false,
          "publicity": "public",
          "agenda": [
            {"number": "1", "visibility": "public", "order": 0, "title": "Eröffnung"},
            {"number": "2", "visibility": "public", "order": 1, "title": "Anfrage"}
          ]
        },
        "agendaItem": {
          "number": "2",
          "visibility": "public",
          "order": 1,
          "title": "Anfrage",
          "consultation": {
            "paper": {"reference": "2017/0137", "title": "Anfrage", "paperType": "Anfrage", "visibility": "public"},
            "authoritative": false
          },
          "voteTally": {"groups": [{"name": "SPD", "counts": {"yes": 1, "no": 0, "abstentions": 0}}]},
          "content": {"type": "text", "text": "Sachverhalt"}
        },
        "audience": "public"
      }""";

  /**
   * One malformed input: {@code from} replaced by {@code to} in {@link #BASE}; the error is expected
   * where {@code at} (with a {@code |} marking the spot) occurs in the changed document.
   */
  record Case(String name, String from, String to, RatsinfoJson json, JsonProblem problem, String path,
      @Nullable String at) {

    Case(String name, String from, String to, JsonProblem problem, String path, @Nullable String at) {
      this(name, from, to, RatsinfoJson.standard(), problem, path, at);
    }

    String input() {
      if (from.isEmpty()) {
        return to;
      }
      assertTrue(BASE.contains(from), name + ": " + from);
      return BASE.replace(from, to);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    RatsinfoJson shallow = RatsinfoJson.builder().maxNestingDepth(3).build();
    RatsinfoJson shortStrings = RatsinfoJson.builder().maxStringLength(12).build();
    RatsinfoJson shortDocuments = RatsinfoJson.builder().maxDocumentLength(100).build();
    return Stream.of(
        new Case("unknown property", "{\"reference\"", "{\"colour\": \"red\", \"reference\"",
            JsonProblem.UNKNOWN_PROPERTY, "$.agendaItem.consultation.paper.colour", "{|\"colour\""),
        new Case("missing paper reference", "{\"reference\": \"2017/0137\", ", "{",
            JsonProblem.MISSING_PROPERTY, "$.agendaItem.consultation.paper.reference",
            "\"paper\": |{\"title\""),
        new Case("missing int", "    \"order\": 1,\n", "",
            JsonProblem.MISSING_PROPERTY, "$.agendaItem.order", "\"agendaItem\": |{"),
        new Case("missing title in a list", "\"order\": 1, \"title\": \"Anfrage\"}", "\"order\": 1}",
            JsonProblem.MISSING_PROPERTY, "$.meeting.agenda[1].title", "|{\"number\": \"2\""),
        new Case("missing required object", "  \"body\": {\"name\": \"Stadt Herne\"},\n", "",
            JsonProblem.MISSING_PROPERTY, "$.body", "|{"),
        new Case("null for a required string", "\"number\": \"2\",\n", "\"number\": null,\n",
            JsonProblem.MISSING_PROPERTY, "$.agendaItem.number", "\"agendaItem\": |{"),
        new Case("string for an int", "\"order\": 1,\n", "\"order\": \"1\",\n",
            JsonProblem.WRONG_TYPE, "$.agendaItem.order", "\"order\": |\"1\""),
        new Case("number for a string", "\"reference\": \"2017/0137\"", "\"reference\": 2017",
            JsonProblem.WRONG_TYPE, "$.agendaItem.consultation.paper.reference", "\"reference\": |2017"),
        new Case("fraction for an int", "\"yes\": 1,", "\"yes\": 1.0,",
            JsonProblem.WRONG_TYPE, "$.agendaItem.voteTally.groups[0].counts.yes", "\"yes\": |1.0"),
        new Case("null for a boolean", "\"authoritative\": false", "\"authoritative\": null",
            JsonProblem.WRONG_TYPE, "$.agendaItem.consultation.authoritative", "\"authoritative\": |null"),
        new Case("string for a boolean", "\"cancelled\": false", "\"cancelled\": \"false\"",
            JsonProblem.WRONG_TYPE, "$.meeting.cancelled", "\"cancelled\": |\"false\""),
        new Case("object for a string", "\"title\": \"Anfrage\",\n", "\"title\": {\"de\": \"Anfrage\"},\n",
            JsonProblem.WRONG_TYPE, "$.agendaItem.title", "\"title\": |{\"de\""),
        new Case("string for a list", "\"groups\": [{\"name\": \"SPD\", \"counts\": {\"yes\": 1, \"no\": 0, "
            + "\"abstentions\": 0}}]", "\"groups\": \"SPD\"",
            JsonProblem.WRONG_TYPE, "$.agendaItem.voteTally.groups", "\"groups\": |\"SPD\""),
        new Case("null in a list", "\"groups\": [{\"name\": \"SPD\", \"counts\": {\"yes\": 1, \"no\": 0, "
            + "\"abstentions\": 0}}]", "\"groups\": [null]",
            JsonProblem.WRONG_TYPE, "$.agendaItem.voteTally.groups[0]", "\"groups\": [|null]"),
        new Case("number for an enum", "\"audience\": \"public\"", "\"audience\": 1",
            JsonProblem.WRONG_TYPE, "$.audience", "\"audience\": |1"),
        new Case("array for the document", "", "[]", JsonProblem.WRONG_TYPE, "$", "|[]"),
        new Case("unknown enum value", "\"publicity\": \"public\"", "\"publicity\": \"PUBLIC\"",
            JsonProblem.INVALID_VALUE, "$.meeting.publicity", "\"publicity\": |\"PUBLIC\""),
        new Case("unknown content type", "\"type\": \"text\"", "\"type\": \"video\"",
            JsonProblem.INVALID_VALUE, "$.agendaItem.content.type", "\"type\": |\"video\""),
        new Case("content without type", "{\"type\": \"text\", \"text\": \"Sachverhalt\"}",
            "{\"text\": \"Sachverhalt\"}",
            JsonProblem.MISSING_PROPERTY, "$.agendaItem.content.type", "\"content\": |{\"text\""),
        new Case("content property of another kind", "{\"type\": \"text\", \"text\": \"Sachverhalt\"}",
            "{\"questions\": [], \"type\": \"text\", \"text\": \"Sachverhalt\"}",
            JsonProblem.UNKNOWN_PROPERTY, "$.agendaItem.content.questions", "\"content\": {|\"questions\""),
        new Case("content type twice", "{\"type\": \"text\", \"text\": \"Sachverhalt\"}",
            "{\"type\": \"text\", \"text\": \"Sachverhalt\", \"type\": \"text\"}",
            JsonProblem.DUPLICATE_PROPERTY, "$.agendaItem.content.type", "\"Sachverhalt\", \"type\"|:"),
        new Case("bad date-time", "2017-02-28T16:00:00+01:00[Europe/Berlin]",
            "2017-02-31T16:00:00+01:00[Europe/Berlin]",
            JsonProblem.INVALID_VALUE, "$.meeting.start", "\"start\": |\"2017"),
        new Case("date-time without zone", "2017-02-28T16:00:00+01:00[Europe/Berlin]", "2017-02-28T16:00:00",
            JsonProblem.INVALID_VALUE, "$.meeting.start", "\"start\": |\"2017"),
        new Case("date-time with a wrong offset", "2017-02-28T16:00:00+01:00[Europe/Berlin]",
            "2017-02-28T16:00:00+05:00[Europe/Berlin]",
            JsonProblem.INVALID_VALUE, "$.meeting.start", "\"start\": |\"2017"),
        new Case("bad date", "\"visibility\": \"public\"}", "\"visibility\": \"public\", \"date\": \"28.02.2017\"}",
            JsonProblem.INVALID_VALUE, "$.agendaItem.consultation.paper.date", "\"date\": |\"28.02.2017\""),
        new Case("int out of range", "\"order\": 1,\n", "\"order\": 3000000000,\n",
            JsonProblem.INVALID_VALUE, "$.agendaItem.order", "\"order\": |3000000000"),
        new Case("duplicate key", "{\"name\": \"Stadt Herne\"}", "{\"name\": \"Stadt Herne\", \"name\": \"Herne\"}",
            JsonProblem.DUPLICATE_PROPERTY, "$.body.name", "\"Stadt Herne\", \"name\"|:"),
        new Case("trailing document", "", BASE + "\n{}", JsonProblem.TRAILING_CONTENT, "$", "\n|{}"),
        new Case("trailing garbage", "", BASE + " x", JsonProblem.TRAILING_CONTENT, "$", "} |x"),
        new Case("truncated input", "", BASE.substring(0, BASE.indexOf("\"order\": 1,\n")),
            JsonProblem.SYNTAX, "$.agendaItem.visibility", "\"visibility\": \"public\",\n    |"),
        new Case("bad literal", "\"cancelled\": false", "\"cancelled\": fals",
            JsonProblem.SYNTAX, "$.meeting.cancelled", "\"cancelled\": |fals"),
        new Case("empty input", "", "", JsonProblem.SYNTAX, "$", "|"),
        new Case("blank input", "", " \n ", JsonProblem.SYNTAX, "$", " \n |"),
        new Case("nesting deeper than the limit", "", BASE, shallow,
            JsonProblem.LIMIT_EXCEEDED, "$.meeting.agenda[0]", "{|\"number\": \"1\""),
        new Case("string longer than the limit", "", BASE, shortStrings,
            JsonProblem.LIMIT_EXCEEDED, "$.meeting.organization.name", "\"name\": |\"Rat der Stadt\""),
        new Case("number longer than the limit", "\"order\": 1,\n", "\"order\": 1" + "0".repeat(40) + ",\n",
            JsonProblem.LIMIT_EXCEEDED, "$.agendaItem.order", "0000|,\n"),
        new Case("document longer than the limit", "", BASE, shortDocuments,
            JsonProblem.LIMIT_EXCEEDED, "$", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsProblemPathLineAndColumn(Case c) {
    String input = c.input();
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> c.json().readExcerpt(input));
    int[] expected = c.at() == null ? new int[] {-1, -1} : position(input, c.at());
    assertEquals(c.problem(), e.problem(), e::getMessage);
    assertEquals(c.path(), e.path(), e::getMessage);
    assertEquals(expected[0], e.line(), e::getMessage);
    assertEquals(expected[1], e.column(), e::getMessage);
    String english = e.getMessage();
    String german = e.getLocalizedMessage(Locale.GERMAN);
    if (e.line() > 0) {
      assertTrue(english.startsWith(c.path() + " (line " + e.line() + ", column " + e.column() + "): "), english);
      assertTrue(german.startsWith(c.path() + " (Zeile " + e.line() + ", Spalte " + e.column() + "): "), german);
    } else {
      assertTrue(english.startsWith(c.path() + ": "), english);
      assertTrue(german.startsWith(c.path() + ": "), german);
    }
    assertNotEquals(english, german);
    assertEquals(english, e.getLocalizedMessage(Locale.US));
    assertEquals(english, e.getLocalizedMessage());
    assertFalse(english.contains("tools.jackson") || german.contains("tools.jackson"), english);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void byteInputReportsTheSame(Case c) {
    byte[] input = c.input().getBytes(StandardCharsets.UTF_8);
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> c.json().readExcerpt(new ByteArrayInputStream(input)));
    assertEquals(c.problem(), e.problem(), e::getMessage);
    assertEquals(c.path(), e.path(), e::getMessage);
  }

  /** Line and column, 1-based, of the {@code |} in {@code at} within the input. */
  private static int[] position(String input, String at) {
    int mark = at.indexOf('|');
    String needle = at.replace("|", "");
    int index = input.indexOf(needle);
    assertTrue(index >= 0, "not in the input: " + at);
    int offset = index + mark;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (input.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  @Test
  void unknownPropertyListsTheKnownOnes() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().read("{\"name\": \"Herne\", \"nme\": 1}", Body.class));
    assertEquals("$.nme (line 1, column 19): unknown property \"nme\"; known properties: id, name, shortName",
        e.getMessage());
    assertEquals("$.nme (Zeile 1, Spalte 19): unbekannte Eigenschaft „nme“; bekannt sind: id, name, shortName",
        e.getLocalizedMessage(Locale.GERMAN));
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    String input = BASE.replace("\"publicity\": \"public\"", "\"publicity\": \"öffentlich\"");
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().readExcerpt(input));
    assertTrue(e.getMessage().endsWith(
        ": unknown value \"öffentlich\"; allowed values: public, nonPublic, publicAndNonPublic"), e.getMessage());
  }

  @Test
  void dateTimeMessageShowsAnExample() {
    String input = BASE.replace("2017-02-28T16:00:00+01:00[Europe/Berlin]", "morgen");
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().readExcerpt(input));
    assertEquals("$.meeting.start (line 5, column 14): expected a date-time such as "
        + "2017-02-28T16:00:00+01:00[Europe/Berlin] or 2017-02-28T16:00:00+01:00", e.getMessage());
    assertEquals("$.meeting.start (Zeile 5, Spalte 14): erwartet wird ein Zeitpunkt wie "
        + "2017-02-28T16:00:00+01:00[Europe/Berlin] oder 2017-02-28T16:00:00+01:00",
        e.getLocalizedMessage(Locale.GERMAN));
  }

  @Test
  void wrongTypeNamesBothKinds() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().read("{\"name\": 12}", Body.class));
    assertEquals("$.name (line 1, column 10): expected a string but found an integer", e.getMessage());
    assertEquals("$.name (Zeile 1, Spalte 10): erwartet wird eine Zeichenkette, gefunden wurde eine ganze Zahl",
        e.getLocalizedMessage(Locale.GERMAN));
  }

  @Test
  void inputTextIsNotCopiedIntoMessages() {
    String secret = "geheim".repeat(20);
    String input = BASE.replace("\"audience\": \"public\"", "\"audience\": \"" + secret + "\"")
        .replace("\"cancelled\": false", "\"cancelled\": false, \"" + secret + "\": 1");
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().readExcerpt(input));
    assertEquals(JsonProblem.UNKNOWN_PROPERTY, e.problem());
    assertFalse(e.getMessage().contains(secret), e.getMessage());
    assertTrue(e.getMessage().contains("geheimgeheim"), e.getMessage());
    String syntax = "{\"body\": {\"name\": \"" + secret + "\" " + secret + "}}";
    JsonFormatException s = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().readExcerpt(syntax));
    assertFalse(s.getMessage().contains("geheim"), s.getMessage());
    assertFalse(s.getLocalizedMessage(Locale.GERMAN).contains("geheim"), s.getMessage());
  }

  @Test
  void causesAreKept() {
    String missing = BASE.replace("{\"reference\": \"2017/0137\", ", "{");
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().readExcerpt(missing));
    // Jackson's own report of the missing value, which names the property; no exception's message is read
    InvalidNullException cause = assertInstanceOf(InvalidNullException.class, e.getCause());
    assertEquals("reference", cause.getPropertyName().getSimpleName());
    JsonFormatException s = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().read("{\"name\": ", Body.class));
    assertTrue(s.getCause() != null && s.getCause().getClass().getName().startsWith("tools.jackson"));
  }

  @Test
  void explicitNullIsAbsent() {
    Excerpt excerpt = RatsinfoJson.standard().readExcerpt(BASE.replace("\"authoritative\": false",
        "\"authoritative\": false, \"role\": null"));
    assertEquals(null, excerpt.agendaItem().consultation().role());
  }
}
