package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.validation.ModelValidator;

class RoundTripTest {

  private static final RatsinfoJson JSON = RatsinfoJson.standard();

  @Test
  void richExcerptRoundTripsExactly() throws IOException {
    Excerpt excerpt = Fixtures.excerpt();
    String json = JSON.writeString(excerpt);
    assertEquals(excerpt, JSON.readExcerpt(json));
    assertEquals(excerpt, JSON.readExcerpt(new StringReader(json)));
    assertEquals(excerpt,
        JSON.readExcerpt(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(json, JSON.writeString(JSON.readExcerpt(json)));
  }

  @Test
  void streamsAndFilesGiveTheSameText(@TempDir Path dir) throws IOException {
    Excerpt excerpt = Fixtures.excerpt();
    String json = JSON.writeString(excerpt);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(excerpt, bytes);
    assertEquals(json, bytes.toString(StandardCharsets.UTF_8));
    StringWriter chars = new StringWriter();
    JSON.write(excerpt, chars);
    assertEquals(json, chars.toString());
    Path file = dir.resolve("excerpt.json");
    Files.write(file, bytes.toByteArray());
    assertEquals(excerpt, JSON.readExcerpt(file));
    assertEquals(excerpt.meeting(), JSON.read(file, Excerpt.class).meeting());
  }

  @Test
  void compactOutputRoundTrips() {
    RatsinfoJson compact = RatsinfoJson.builder().prettyPrint(false).build();
    String json = compact.writeString(Fixtures.excerpt());
    assertFalse(json.contains("\n"), json);
    assertTrue(json.startsWith("{\"body\":{\"id\":"), json);
    assertEquals(Fixtures.excerpt(), compact.readExcerpt(json));
    assertEquals(Fixtures.excerpt(), JSON.readExcerpt(json));
  }

  @Test
  void theMinutesDataOfTheRichExcerptIsValid() {
    // The fixture breaks one tally rule on purpose (a group without counts beside groups with them);
    // what the minutes record (participants, chairs, times, signatures) breaks nothing.
    assertEquals(List.of("agendaItem.votes[3].tally.groups[3].counts",
            "meeting.agenda[0].votes[3].tally.groups[3].counts"),
        ModelValidator.standard().validate(Fixtures.excerpt(), Locale.ENGLISH).stream()
            .map(org.ratsinfo.validation.Violation::path).toList());
  }

  static Stream<? extends Record> modelValues() {
    Excerpt e = Fixtures.excerpt();
    return Stream.<Record>of(e.body(), e.meeting(), e.agendaItem(), Fixtures.nonPublicItem(), Fixtures.paper(),
        Fixtures.inquiry(), Fixtures.tally(), Fixtures.mayor(), Fixtures.council(),
        e.meeting().location(), e.agendaItem().consultation(), e.agendaItem().decision(),
        Fixtures.inquiry().answer(), Fixtures.inquiry().questions().get(1),
        Fixtures.inquiry().supplementaryQuestions().get(2), Fixtures.tally().groups().get(0),
        VoteCounts.ZERO, e.agendaItem().resolutionText(), Fixtures.paper().paperType(),
        (Record) Fixtures.nonPublicItem().content(), Fixtures.participants().get(6),
        Fixtures.participants().get(6).arrivedDuring(), Fixtures.signatures().get(0),
        Fixtures.signatures().get(1));
  }

  @ParameterizedTest
  @MethodSource("modelValues")
  void everyModelRecordRoundTrips(Record value) {
    String json = JSON.writeString(value);
    assertEquals(value, JSON.read(json, value.getClass()), json);
  }

  @Test
  void dateTimesKeepTheirZone() {
    Meeting meeting = JSON.read(JSON.writeString(Fixtures.meeting()), Meeting.class);
    assertEquals(ZoneId.of("Europe/Berlin"), meeting.start().getZone());
    assertEquals(ZoneOffset.ofHours(1), meeting.end().getZone());
    ZonedDateTime summer = ZonedDateTime.of(2017, 10, 29, 2, 30, 0, 0, ZoneId.of("Europe/Berlin"))
        .withLaterOffsetAtOverlap();
    Meeting inOverlap = Fixtures.meeting().toBuilder().start(summer).end((ZonedDateTime) null).build();
    assertEquals(inOverlap, JSON.read(JSON.writeString(inOverlap), Meeting.class));
  }

  @Test
  void onlyModelRecordsAreAccepted() {
    assertThrows(IllegalArgumentException.class, () -> JSON.writeString("text"));
    assertThrows(IllegalArgumentException.class, () -> JSON.writeString(List.of()));
    record Foreign(String name) {}
    assertThrows(IllegalArgumentException.class, () -> JSON.read("{}", Foreign.class));
  }

  @Test
  void goldenFileMatchesByteForByte() throws IOException {
    byte[] expected;
    try (InputStream in = RoundTripTest.class.getResourceAsStream("excerpt.json")) {
      expected = in == null ? new byte[0] : in.readAllBytes();
    }
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    JSON.write(Fixtures.excerpt(), actual);
    if (!java.util.Arrays.equals(expected, actual.toByteArray())) {
      Path target = Paths.get("target", "excerpt.actual.json");
      Files.createDirectories(target.getParent());
      Files.write(target, actual.toByteArray());
    }
    assertEquals(new String(expected, StandardCharsets.UTF_8), actual.toString(StandardCharsets.UTF_8));
    assertEquals(Fixtures.excerpt(), JSON.readExcerpt(new ByteArrayInputStream(expected)));
  }

  @Test
  void paragraphsGivenAsTheyAreReadBackEqual() {
    // A blank line inside a paragraph, or a line of no-break spaces at its edge, cannot be told from
    // the blank line that separates paragraphs in the JSON string: the text normalises them away.
    Text text = Text.ofParagraphs("a\n\nb", "c\n\u00A0\nd", "e\n\u00A0", "\u00A0f", "\u00A0");
    assertEquals(List.of("a", "b", "c", "d", "e", "f"), text.paragraphs());
    assertEquals(text, Text.of(text.asString()));
    TextContent content = new TextContent(text);
    assertEquals(content, JSON.read(JSON.writeString(content), TextContent.class));
  }
}
