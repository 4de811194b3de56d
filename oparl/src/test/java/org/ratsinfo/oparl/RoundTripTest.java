package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.testing.RandomModels;
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

  /** What OParl carries of a meeting: its public items, public papers, no ids of the model. */
  static MeetingExcerpts publicPart(MeetingExcerpts excerpts) {
    Meeting m = excerpts.meeting();
    List<AgendaItem> agenda = m.agenda().stream()
        .filter(i -> i.visibility().isPublic())
        .map(i -> {
          Consultation c = i.consultation();
          return i.toBuilder()
              .consultation(c == null || !c.paper().visibility().isPublic() ? null : c)
              .build();
        })
        .toList();
    List<AgendaHeading> headings = m.headings().stream()
        .filter(h -> h.opens() != Visibility.NON_PUBLIC)
        .toList();
    return normalise(new MeetingExcerpts(excerpts.body(),
        m.toBuilder().agenda(agenda).headings(headings).build(), Audience.PUBLIC));
  }

  /** Without ids, date-times in UTC, an empty location as none, a decision's standard text as none. */
  static MeetingExcerpts normalise(MeetingExcerpts excerpts) {
    Meeting m = excerpts.meeting();
    Location l = m.location();
    if (l != null && l.description() == null && l.room() == null && l.streetAddress() == null
        && l.postalCode() == null && l.locality() == null) {
      l = null;
    }
    Meeting meeting = m.toBuilder()
        .id(null)
        .organization(org(m.organization()))
        .start(utc(m.start()))
        .end(m.end() == null ? null : utc(m.end()))
        .location(l)
        .agenda(m.agenda().stream().map(RoundTripTest::item).toList())
        .headings(m.headings().stream()
            .map(h -> new AgendaHeading(null, h.number(), h.order(), h.title(), h.opens()))
            .sorted(Comparator.comparingInt(AgendaHeading::order))
            .toList())
        .build();
    Body b = excerpts.body();
    return new MeetingExcerpts(new Body(null, b.name(), b.shortName()), meeting, excerpts.audience());
  }

  private static AgendaItem item(AgendaItem i) {
    Consultation c = i.consultation();
    Decision d = i.decision();
    if (d != null && d.text() != null && d.text().equals(org.ratsinfo.document.Labels.GERMAN.decision(d.kind()))) {
      d = Decision.of(d.kind());
    }
    return i.toBuilder()
        .id(null)
        .decision(d)
        .consultation(c == null ? null : new Consultation(paper(c.paper()), c.role(), c.authoritative()))
        .build();
  }

  private static Paper paper(Paper p) {
    return p.toBuilder()
        .id(null)
        .originatorPersons(p.originatorPersons().stream().map(RoundTripTest::person).toList())
        .originatorOrganizations(p.originatorOrganizations().stream().map(RoundTripTest::org).toList())
        .leadDepartment(p.leadDepartment() == null ? null : org(p.leadDepartment()))
        .clerk(p.clerk() == null ? null : person(p.clerk()))
        .build();
  }

  private static @Nullable Person person(Person p) {
    return p.toBuilder().id(null).build();
  }

  private static Organization org(Organization o) {
    return o.withId(null);
  }

  private static ZonedDateTime utc(ZonedDateTime t) {
    return t.withZoneSameInstant(ZoneOffset.UTC);
  }
}
