package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.testkit.RandomModels;
import org.ratsinfo.validation.ModelValidator;

/**
 * Reading what the writer wrote gives the meeting's public part again: everything OParl carries, and
 * with ratsinfo's extension properties the votes (roll calls, movers, results), the exclusions for
 * bias, the item's texts and its content too. The model's own ids are not kept
 * (OParl ids are the writer's URLs), and date-times keep their instant and offset, not their region.
 */
class RoundTripTest {

  static final Path MEETING =
      Path.of(System.getProperty("ratsinfo.samples"), "rat-musterstadt-2026-09-15.json");
  private static final OParlWriter WRITER =
      OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/").build();

  static LongStream seeds() {
    return RandomModels.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomMeetingsSurviveExportAndImport(long seed) throws IOException {
    RandomModels random = RandomModels.of(seed);
    MeetingExcerpts meeting = new MeetingExcerpts(random.body(), random.meeting(), Audience.INTERNAL);
    assertRoundTrip(meeting);
  }

  /**
   * The random meetings carry what the export writes in extension properties, on public items: several
   * votes, roll calls, movers, stated results, exclusions for bias, the texts, the newer decision kinds.
   */
  @Test
  void theRandomMeetingsCoverVotesExclusionsAndTexts() {
    Map<String, Integer> covered = new TreeMap<>();
    for (long seed = 0; seed < 300; seed++) { // not the suite's seeds, whose number may be set lower
      for (AgendaItem item : RandomModels.of(seed).meeting().agenda()) {
        if (!item.visibility().isPublic()) {
          continue;
        }
        count(covered, "several votes", item.votes().size() > 1);
        count(covered, "ballots", item.votes().stream().anyMatch(v -> !v.ballots().isEmpty()));
        count(covered, "movers", item.votes().stream().anyMatch(v -> !v.movers().isEmpty()));
        count(covered, "stated result", item.votes().stream().anyMatch(v -> v.result() != null));
        count(covered, "excluded for bias", !item.excludedForBias().isEmpty());
        count(covered, "proposal", item.proposal() != null);
        count(covered, "statement of facts", item.statementOfFacts() != null);
        count(covered, "deliberation", item.deliberation() != null);
        count(covered, "recommended or passed", item.decision() != null
            && Set.of(DecisionKind.RECOMMENDED, DecisionKind.RECOMMENDED_WITH_CHANGES,
                DecisionKind.NOT_RECOMMENDED, DecisionKind.PASSED_TO_NEXT_ITEM)
                .contains(item.decision().kind()));
      }
    }
    assertEquals(9, covered.size(), covered::toString);
    covered.forEach((what, count) -> assertTrue(count >= 5, () -> what + ": " + covered));
  }

  private static void count(Map<String, Integer> covered, String what, boolean present) {
    if (present) {
      covered.merge(what, 1, Integer::sum);
    }
  }

  /**
   * Papers in their context survive: the path through the bodies (a step at the item is the item's
   * consultation; steps elsewhere keep date, body, role, status, result and ids; non-public steps keep
   * date, body and role), further papers at an item, linked papers of every kind, and the public files
   * of papers, items and the meeting.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void meetingsWithTheirPapersInContextSurviveExportAndImport(long seed) throws IOException {
    MeetingExcerpts meeting = PaperContexts.of(seed).meeting();
    MeetingExcerpts back = assertRoundTrip(meeting);
    if (!back.meeting().agenda().isEmpty()) {
      assertTrue(ModelValidator.standard().validate(back, Locale.ENGLISH).isEmpty(),
          () -> ModelValidator.standard().validate(back, Locale.ENGLISH).toString());
    }
  }

  /** The meetings in context cover what the export writes of papers in context, on public items. */
  @Test
  void theMeetingsInContextCoverStepsFurtherPapersLinksAndFiles() {
    Map<String, Integer> covered = new TreeMap<>();
    for (long seed = 0; seed < 300; seed++) { // not the suite's seeds, whose number may be set lower
      Meeting m = PaperContexts.of(seed).meeting().meeting();
      count(covered, "meeting file", m.invitation() != null || !m.auxiliaryFiles().isEmpty());
      for (AgendaItem item : m.agenda()) {
        if (!item.visibility().isPublic()) {
          continue;
        }
        count(covered, "further paper", item.consultations().size() > 1);
        count(covered, "item file", !item.auxiliaryFiles().isEmpty() || item.resolutionFile() != null);
        for (Consultation c : item.consultations()) {
          Paper p = c.paper();
          count(covered, "step at the item", p.consultations().stream()
              .anyMatch(s -> s.agendaItemId() != null && s.agendaItemId().equals(item.id())));
          count(covered, "step elsewhere with a URL", p.consultations().stream()
              .anyMatch(s -> s.meetingId() != null && s.meetingId().startsWith("https://ris.")));
          count(covered, "step elsewhere with another id", p.consultations().stream()
              .anyMatch(s -> s.meetingId() != null && s.meetingId().startsWith("s-")));
          count(covered, "non-public step", p.consultations().stream()
              .anyMatch(s -> !s.visibility().isPublic()));
          count(covered, "undated step", p.consultations().stream().anyMatch(s -> s.date() == null));
          for (PaperLink.Kind kind : PaperLink.Kind.values()) {
            count(covered, "link " + kind, p.links().stream().anyMatch(l -> l.kind() == kind));
          }
          count(covered, "file without address", p.auxiliaryFiles().stream()
              .anyMatch(f -> f.accessUrl() == null));
          count(covered, "http file", p.auxiliaryFiles().stream()
              .anyMatch(f -> f.accessUrl() != null && f.accessUrl().startsWith("http:")));
          count(covered, "main file", p.mainFile() != null);
        }
      }
    }
    assertEquals(18, covered.size(), covered::toString);
    covered.forEach((what, count) -> assertTrue(count >= 5, () -> what + ": " + covered));
  }

  @Test
  void theMusterstadtMeetingSurvivesExportAndImport() throws IOException {
    MeetingExcerpts meeting = RatsinfoJson.standard().readMeetingExcerpts(MEETING);
    MeetingExcerpts back = assertRoundTrip(meeting);
    assertEquals(19, back.meeting().agenda().size(), "the public items");
    assertTrue(ModelValidator.standard().validate(back, Locale.ENGLISH).isEmpty(),
        () -> ModelValidator.standard().validate(back, Locale.ENGLISH).toString());
  }

  private static MeetingExcerpts assertRoundTrip(MeetingExcerpts meeting) throws IOException {
    String json = WRITER.writeString(meeting);
    OParlImport imported = OParlReader.builder().strict(true).build().readString(json);
    assertEquals(List.of(), imported.warnings(), json);
    assertEquals(1, imported.meetings().size());
    MeetingExcerpts back = imported.meetings().get(0);
    assertEquals(publicPart(meeting), normalise(back), json);
    assertEquals(json, WRITER.writeString(back), "writing what was read gives the same JSON");
    return back;
  }

  /** What OParl carries of a meeting, as the reader gives it back: see {@link PublicPart}. */
  static MeetingExcerpts publicPart(MeetingExcerpts excerpts) {
    return PublicPart.of(excerpts);
  }

  /** Without the model's ids, date-times in UTC: see {@link PublicPart#normalise}. */
  static MeetingExcerpts normalise(MeetingExcerpts excerpts) {
    return PublicPart.normalise(excerpts);
  }
}
