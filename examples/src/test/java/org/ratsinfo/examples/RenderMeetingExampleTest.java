package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.validation.ModelValidator;

class RenderMeetingExampleTest {

  static final Path SAMPLE =
      Path.of(System.getProperty("ratsinfo.samples"), "rat-musterstadt-2026-09-15.json");

  @TempDir Path dir;

  private static AgendaItem item(MeetingExcerpts meeting, Visibility visibility, String number) {
    return meeting.meeting().agenda().stream()
        .filter(i -> i.visibility() == visibility && i.number().equals(number))
        .findFirst().orElseThrow();
  }

  @Test
  void theSampleIsAValidMeetingOfPublicAndNonPublicItems() throws IOException {
    MeetingExcerpts meeting = RatsinfoJson.standard().readMeetingExcerpts(SAMPLE);
    assertEquals(List.of(), ModelValidator.standard().validate(meeting, Locale.GERMAN));
    assertEquals(List.of(), ModelValidator.standard().validate(meeting, Locale.ENGLISH));
    meeting.excerpts().forEach(
        e -> assertEquals(List.of(), ModelValidator.standard().validate(e, Locale.ENGLISH)));
    assertEquals(Audience.INTERNAL, meeting.audience());
    assertEquals("Rat der Stadt Musterstadt", meeting.meeting().organization().name());
    List<AgendaItem> agenda = meeting.meeting().agenda();
    assertTrue(agenda.size() >= 25, "at least 25 items: " + agenda.size());
    assertEquals(19, agenda.stream().filter(i -> i.visibility().isPublic()).count());
    assertEquals(7, agenda.stream().filter(i -> !i.visibility().isPublic()).count());
    assertEquals(meeting, RatsinfoJson.standard().readMeetingExcerpts(
        RatsinfoJson.standard().writeString(meeting)), "round trip");

    // The cases the sample is there for.
    AgendaItem split = item(meeting, Visibility.PUBLIC, "6");
    assertEquals(DecisionKind.ADOPTED_BY_MAJORITY, split.decision().kind());
    assertEquals(VoteOutcome.ADOPTED, split.decidingVote().tally().outcome().orElseThrow());
    assertTrue(item(meeting, Visibility.PUBLIC, "7").decidingVote().tally().unanimous());
    AgendaItem tie = item(meeting, Visibility.PUBLIC, "9");
    assertEquals("Antrag", tie.paper().paperType().name());
    assertEquals(tie.decidingVote().tally().total().orElseThrow().yes(), tie.decidingVote().tally().total().orElseThrow().no());
    assertEquals(VoteOutcome.REJECTED, tie.decidingVote().tally().outcome().orElseThrow());
    assertEquals(DecisionKind.REJECTED, tie.decision().kind());
    assertEquals(DecisionKind.POSTPONED, item(meeting, Visibility.PUBLIC, "13").decision().kind());
    assertTrue(item(meeting, Visibility.PUBLIC, "11").content() instanceof org.ratsinfo.model.Inquiry);
  }

  @Test
  void mainRendersEveryItemAndPrintsTheProgress() throws IOException {
    Path out = dir.resolve("musterstadt");
    PrintStream saved = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      RenderMeetingExample.main(new String[] {out.toString(), SAMPLE.toString()});
    } finally {
      System.setOut(saved);
    }
    String progress = printed.toString(StandardCharsets.UTF_8);
    // One line per item, naming every file written for it (one per format ServiceLoader finds).
    List<String> lines = progress.lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(" 1/26 Ö 1 ") && l.contains("2026-09-15_Oe-1.html")),
        progress);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("26/26 N 7 ") && l.contains("2026-09-15_N-7.html")),
        progress);
    assertTrue(progress.contains("26 Tagesordnungspunkte, 26 dargestellt, 0 fehlgeschlagen"), progress);

    List<String> html;
    try (Stream<Path> s = Files.list(out)) {
      List<String> all = s.map(p -> p.getFileName().toString()).sorted().toList();
      assertFalse(all.stream().anyMatch(n -> n.endsWith(".tmp")), all::toString);
      html = all.stream().filter(n -> n.endsWith(".html")).toList();
    }
    assertEquals(26, html.size(), html::toString);
    assertTrue(html.contains("2026-09-15_Oe-8.1.html"));
    assertTrue(html.contains("2026-09-15_N-3.html"));
    String n3 = Files.readString(out.resolve("2026-09-15_N-3.html"), StandardCharsets.UTF_8);
    assertTrue(n3.contains("Flurstück 345"), "internal: the non-public item in full");
    String tie = Files.readString(out.resolve("2026-09-15_Oe-9.html"), StandardCharsets.UTF_8);
    assertTrue(tie.contains("Kostenfreies Parken"), tie);
  }
}
