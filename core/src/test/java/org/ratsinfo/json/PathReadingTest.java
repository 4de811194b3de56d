package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.model.Body;

class PathReadingTest {

  @TempDir Path dir;

  @Test
  void columnsCountCharactersNotBytes() throws IOException {
    Path file = dir.resolve("body.json");
    Files.writeString(file, "{\"name\": \"Stadt Härne\", \"x\": 1}", StandardCharsets.UTF_8);
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().read(file, Body.class));
    assertEquals(JsonProblem.UNKNOWN_PROPERTY, e.problem());
    assertEquals(1, e.line());
    assertEquals(25, e.column(), e.getMessage()); // the opening quote of "x": ä counts once
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF{\"name\": \"Stadt Herne\"}", StandardCharsets.UTF_8);
    assertEquals(Body.of("Stadt Herne"), RatsinfoJson.standard().read(file, Body.class));
  }

  @Test
  void bytesThatAreNotUtf8AreMalformedInputNamingWhereAndWhy() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, "{\n  \"name\": \"Stadt H\u00e4rne\"}".getBytes(StandardCharsets.ISO_8859_1));
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().read(file, Body.class));
    assertEquals(JsonProblem.SYNTAX, e.problem());
    assertEquals(2, e.line(), e.getMessage());
    // column 19 is the Latin-1 "ä" itself: the characters before it were handed to the parser first
    assertEquals("$.name (line 2, column 19): the text contains bytes that are not valid in its "
        + "character encoding (files are read as UTF-8)",
        e.getLocalizedMessage(java.util.Locale.ENGLISH));
  }

  @Test
  void theContentTypeMayStandAnywhereInItsObject() throws IOException {
    Path sample = Path.of(System.getProperty("ratsinfo.samples"), "herne-rat-2017-02-28-top-19.1.json");
    String json = Files.readString(sample, StandardCharsets.UTF_8);
    String moved = json
        .replace("\"type\": \"inquiry\",\n      \"questions\"", "\"questions\"")
        .replace("\"answer\": {\n        \"respondent\"", "\"type\": \"inquiry\",\n      \"answer\": {\n        \"respondent\"");
    org.junit.jupiter.api.Assertions.assertNotEquals(json, moved);
    assertEquals(RatsinfoJson.standard().readExcerpt(json), RatsinfoJson.standard().readExcerpt(moved));
  }
}
