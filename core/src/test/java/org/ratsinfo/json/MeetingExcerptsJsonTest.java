package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.testing.TestMeetings;

class MeetingExcerptsJsonTest {

  private static final RatsinfoJson JSON = RatsinfoJson.standard();

  @Test
  void roundTripsExactly() throws IOException {
    MeetingExcerpts meeting = TestMeetings.interleaved(Audience.INTERNAL);
    String json = JSON.writeString(meeting);
    assertTrue(json.startsWith("{\n  \"body\": {"), json);
    assertTrue(json.contains("\"agenda\": ["), json);
    assertTrue(json.endsWith("\"audience\": \"internal\"\n}"), json);
    assertEquals(meeting, JSON.readMeetingExcerpts(json));
    assertEquals(meeting, JSON.readMeetingExcerpts(new StringReader(json)));
    assertEquals(meeting,
        JSON.readMeetingExcerpts(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(json, JSON.writeString(JSON.readMeetingExcerpts(json)));
  }

  @Test
  void readDocumentTellsTheKindsApartInOnePass(@TempDir Path dir) throws IOException {
    MeetingExcerpts meeting = TestMeetings.interleaved(Audience.PUBLIC);
    Excerpt excerpt = meeting.excerpts().get(1);
    String meetingJson = JSON.writeString(meeting);
    String excerptJson = JSON.writeString(excerpt);

    assertEquals(meeting, JSON.readDocument(meetingJson));
    assertEquals(excerpt, JSON.readDocument(excerptJson));
    assertEquals(excerpt, JSON.readDocument(new StringReader(excerptJson)));
    assertEquals(meeting,
        JSON.readDocument(new ByteArrayInputStream(meetingJson.getBytes(StandardCharsets.UTF_8))));

    Path file = dir.resolve("sitzung.json");
    Files.writeString(file, "\uFEFF" + meetingJson, StandardCharsets.UTF_8);
    assertInstanceOf(MeetingExcerpts.class, JSON.readDocument(file));
    assertEquals(meeting, JSON.readMeetingExcerpts(file));

    // agendaItem decides wherever it comes
    String agendaItemFirst = "{\"agendaItem\": " + JSON.writeString(excerpt.agendaItem()) + ", "
        + excerptJson.substring(excerptJson.indexOf('{') + 1).replaceFirst(
            ",\\s*\"agendaItem\": \\{(?s:.*)\\n  \\},", ",");
    assertEquals(excerpt, JSON.readDocument(agendaItemFirst));
  }

  @Test
  void errorsOfADocumentOfEitherKind() {
    JsonFormatException notObject = assertThrows(JsonFormatException.class, () -> JSON.readDocument("[]"));
    assertEquals(JsonProblem.WRONG_TYPE, notObject.problem());
    assertEquals("$", notObject.path());

    JsonFormatException empty = assertThrows(JsonFormatException.class, () -> JSON.readDocument(" "));
    assertEquals(JsonProblem.SYNTAX, empty.problem());

    JsonFormatException unknown = assertThrows(JsonFormatException.class,
        () -> JSON.readDocument("{\"body\": {\"name\": \"Stadt\"},\n \"agenda\": []}"));
    assertEquals(JsonProblem.UNKNOWN_PROPERTY, unknown.problem());
    assertEquals("$.agenda", unknown.path());
    assertEquals(2, unknown.line());
    assertTrue(unknown.getMessage().contains("known properties: body, meeting, agendaItem, audience"),
        unknown.getMessage());

    JsonFormatException missing = assertThrows(JsonFormatException.class,
        () -> JSON.readDocument("{\"body\": {\"name\": \"Stadt\"}, \"audience\": \"public\"}"));
    assertEquals(JsonProblem.MISSING_PROPERTY, missing.problem());
    assertEquals("$.meeting", missing.path(), "taken for a meeting's excerpts: no agendaItem");

    String meeting = JSON.writeString(TestMeetings.interleaved(Audience.PUBLIC));
    JsonFormatException duplicate = assertThrows(JsonFormatException.class,
        () -> JSON.readDocument(meeting.replace("\"audience\": \"public\"",
            "\"audience\": \"public\", \"audience\": \"internal\"")));
    assertEquals(JsonProblem.DUPLICATE_PROPERTY, duplicate.problem());

    JsonFormatException badValue = assertThrows(JsonFormatException.class,
        () -> JSON.readDocument(meeting.replace("\"audience\": \"public\"", "\"audience\": \"alle\"")));
    assertEquals(JsonProblem.INVALID_VALUE, badValue.problem());
    assertEquals("$.audience", badValue.path());

    JsonFormatException deep = assertThrows(JsonFormatException.class,
        () -> JSON.readDocument(meeting.replaceFirst("\"number\": \"2\"", "\"number\": 2")));
    assertEquals(JsonProblem.WRONG_TYPE, deep.problem());
    assertEquals("$.meeting.agenda[2].number", deep.path());

    JsonFormatException trailing = assertThrows(JsonFormatException.class,
        () -> JSON.readDocument(meeting + " {}"));
    assertEquals(JsonProblem.TRAILING_CONTENT, trailing.problem());

    JsonFormatException wrongKind = assertThrows(JsonFormatException.class,
        () -> JSON.readMeetingExcerpts(JSON.writeString(TestMeetings.interleaved(Audience.PUBLIC)
            .excerpts().get(0))));
    assertEquals(JsonProblem.UNKNOWN_PROPERTY, wrongKind.problem());
    assertEquals("$.agendaItem", wrongKind.path());
  }
}
