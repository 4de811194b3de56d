package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.QuestionAnswer;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;

class FormatRulesTest {

  private static final RatsinfoJson COMPACT = RatsinfoJson.builder().prettyPrint(false).build();

  @Test
  void enumsAreLowerCamelCase() {
    String json = COMPACT.writeString(Fixtures.meeting());
    assertTrue(json.contains("\"publicity\":\"publicAndNonPublic\""), json);
    assertTrue(json.contains("\"kind\":\"adoptedWithChanges\""), json);
    assertTrue(json.contains("\"visibility\":\"nonPublic\""), json);
    assertTrue(json.contains("\"type\":\"administrativeUnit\""), json);
  }

  @Test
  void onlyRecordComponentsAreWritten() {
    Set<String> components = new HashSet<>(Set.of("type"));
    for (Class<?> type : List.of(Excerpt.class, Body.class, Meeting.class, Organization.class,
        Location.class, AgendaItem.class, Consultation.class, Paper.class, Person.class, Decision.class,
        VoteTally.class, VotingGroup.class, VoteCounts.class, Inquiry.class, Question.class, Answer.class,
        QuestionAnswer.class, SupplementaryQuestion.class, TextContent.class, Vote.class, Mover.class,
        Ballot.class, BiasExclusion.class, PaperConsultation.class, PaperLink.class, File.class)) {
      for (RecordComponent c : type.getRecordComponents()) {
        components.add(c.getName());
      }
    }
    String json = COMPACT.writeString(Fixtures.excerpt());
    Matcher names = Pattern.compile("\"(\\w+)\":").matcher(json);
    int count = 0;
    while (names.find()) {
      assertTrue(components.contains(names.group(1)), names.group(1));
      count++;
    }
    assertTrue(count > 100, json);
    for (String derived : List.of("total", "outcome", "unanimous", "voteTaken", "listName", "addressName",
        "empty", "paragraphs", "public\":")) {
      assertFalse(json.contains("\"" + derived), derived);
    }
    // AgendaItem.paper() and consultation() are not written: "paper" occurs once per consultation
    // (the excerpt's item and the agenda's copy of it consult two papers each, the other item one)
    assertEquals(5, json.split("\"paper\":", -1).length - 1, json);
    assertFalse(json.contains("\"consultation\":"), "the earlier spelling is never written");
    assertEquals("{\"name\":\"Dudda\",\"counts\":{\"yes\":1,\"no\":0,\"abstentions\":0}}",
        COMPACT.writeString(VotingGroup.of("Dudda", VoteCounts.of(1, 0, 0))));
    assertEquals("{\"familyName\":\"Dudda\"}", COMPACT.writeString(Person.of(null, "Dudda")));
  }

  @Test
  void absentAndEmptyValuesAreOmittedButBooleansAndIntsAreNot() {
    AgendaItem item = AgendaItem.builder().number("1").title("Eröffnung").build();
    assertEquals("{\"number\":\"1\",\"visibility\":\"public\",\"order\":0,\"title\":\"Eröffnung\"}",
        COMPACT.writeString(item));
    assertEquals("{\"groups\":[{\"name\":\"SPD\"}]}", COMPACT.writeString(VoteTally.notTaken(List.of("SPD"))));
    assertEquals("{}", COMPACT.writeString(VoteTally.of(List.of())));
    assertEquals("{\"yes\":0,\"no\":0,\"abstentions\":0}", COMPACT.writeString(VoteCounts.ZERO));
  }

  @Test
  void contentHasItsTypeFirst() {
    String json = COMPACT.writeString(Fixtures.nonPublicItem());
    assertTrue(json.endsWith(",\"content\":{\"type\":\"text\",\"text\":\"Sachverhalt.\\n\\nBeratungsverlauf.\"}}"),
        json);
    // on its own, a kind of content is just its record
    assertEquals("{\"text\":\"Sachverhalt.\\n\\nBeratungsverlauf.\"}",
        COMPACT.writeString(Fixtures.nonPublicItem().content()));
    assertTrue(COMPACT.writeString(Fixtures.item()).contains("\"content\":{\"type\":\"inquiry\",\"questions\":"));
  }

  @Test
  void offsetOnlyDateTimeKeepsTheOffsetAsZone() {
    String json = COMPACT.writeString(Fixtures.meeting().withoutAgenda())
        .replace("2017-02-28T16:00:00+01:00[Europe/Berlin]", "2017-02-28T16:00:00+01:00");
    Meeting meeting = COMPACT.read(json, Meeting.class);
    assertEquals(ZoneOffset.ofHours(1), meeting.start().getZone());
    assertEquals(Fixtures.meeting().start().toInstant(), meeting.start().toInstant());
    assertEquals(MeetingPublicity.PUBLIC_AND_NON_PUBLIC, meeting.publicity());
  }

  @Test
  void ioFailuresAreIoExceptions(@TempDir Path dir) {
    assertThrows(IOException.class, () -> COMPACT.readExcerpt(dir.resolve("missing.json")));
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    IOException e = assertThrows(IOException.class, () -> COMPACT.readExcerpt(failing));
    assertEquals("disk on fire", e.getMessage());
    Reader failingReader = Reader.nullReader();
    JsonFormatException empty = assertThrows(JsonFormatException.class, () -> COMPACT.readExcerpt(failingReader));
    assertEquals(JsonProblem.SYNTAX, empty.problem());
  }

  @Test
  void standardIsSharedAndBuilderChecksLimits() {
    assertSame(RatsinfoJson.standard(), RatsinfoJson.standard());
    assertTrue(RatsinfoJson.standard().prettyPrint());
    assertThrows(IllegalArgumentException.class, () -> RatsinfoJson.builder().maxStringLength(0));
    assertThrows(IllegalArgumentException.class, () -> RatsinfoJson.builder().maxDocumentLength(-1));
  }

  @Test
  void noJacksonTypeInThePublicApi() {
    for (Class<?> type : List.of(RatsinfoJson.class, RatsinfoJson.Builder.class, JsonFormatException.class,
        JsonProblem.class)) {
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        String signature = m.toGenericString() + Arrays.toString(m.getExceptionTypes());
        assertFalse(signature.contains("jackson"), signature);
      }
    }
  }
}
