package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.RequiredMajority;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.model.VotingMethod;
import org.ratsinfo.validation.ModelValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agenda item's votes in the export: every vote in ratsinfo's native form ({@code ratsinfo:votes}),
 * each vote taken as a Popolo {@code VoteEvent} ({@code ratsinfo:voteEvents}), the exclusions for bias
 * and the item's texts; what the integrator withholds left out; and reading the export back gives
 * them again.
 */
class VoteExportTest {

  private static final String BASE = "https://ris.example.org/oparl/v1/";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final RatsinfoJson JSON = RatsinfoJson.standard();

  static final Person MEIER = Person.of("Anna", "Meier");
  static final Person SCHULZ = Person.of("Bernd", "Schulz");
  static final Person KRAUSE = Person.of(null, "Krause");
  static final Person BRANDT = Person.of("Carla", "Brandt");

  /** A roll call on an amendment that fails the two thirds it needs; one member biased. */
  static final Vote AMENDMENT = Vote.builder()
      .subject(VoteSubject.AMENDMENT)
      .title("Änderungsantrag der CDU-Fraktion")
      .motion("Der Zuschuss wird auf 50.000 € erhöht.")
      .movers(List.of(Mover.of(new Organization(null, "CDU-Fraktion", null, OrganizationType.FACTION)),
          Mover.of(KRAUSE)))
      .method(VotingMethod.ROLL_CALL)
      .majority(RequiredMajority.TWO_THIRDS_OF_VOTES_CAST)
      .ballots(List.of(Ballot.of(MEIER, "SPD", VoteOption.YES), Ballot.of(SCHULZ, "CDU", VoteOption.NO),
          Ballot.of(KRAUSE, "CDU", VoteOption.ABSTENTION), Ballot.of(BRANDT, "CDU", VoteOption.BIASED)))
      .build();
  /** A procedural motion on which no vote was taken. */
  static final Vote PROCEDURAL = Vote.builder()
      .subject(VoteSubject.PROCEDURAL)
      .title("Antrag auf Vertagung")
      .tally(VoteTally.notTaken(List.of("SPD", "CDU")))
      .build();
  /** The main motion, adopted as stated, one absent member recorded. */
  static final Vote MAIN = Vote.builder()
      .tally(VoteTally.of(List.of(VotingGroup.of("SPD", VoteCounts.of(13, 0, 0)),
          VotingGroup.of("CDU", new VoteCounts(0, 12, 1, null, 1)))))
      .result(VoteOutcome.ADOPTED)
      .build();

  private static MeetingExcerpts musterstadt;
  private static AgendaItem item;
  private static MeetingExcerpts meeting;

  @BeforeAll
  static void read() throws IOException {
    musterstadt = JSON.readMeetingExcerpts(RoundTripTest.MEETING);
    item = musterstadt.meeting().agenda().get(1).toBuilder()
        .decision(DecisionKind.ADOPTED_BY_MAJORITY)
        .votes(List.of(AMENDMENT, PROCEDURAL, MAIN))
        .excludedForBias(List.of(BiasExclusion.of(BRANDT, "Eigentümerin eines angrenzenden Grundstücks")))
        .proposal(Text.of("Der Rat beschließt den Zuschuss."))
        .statementOfFacts(Text.of("Der Verein beantragt einen Zuschuss.\n\nDer Haushalt sieht ihn vor."))
        .deliberation(Text.of("Ratsfrau Brandt erklärt sich für befangen."))
        .content(null)
        .build();
    // One item of the Musterstadt meeting: without the participants, who arrive and leave at others.
    meeting = musterstadt.withMeeting(musterstadt.meeting().withAgenda(List.of(item))
        .withParticipants(List.of()));
    assertEquals(List.of(), ModelValidator.standard().validate(meeting, Locale.ENGLISH), "the fixture is valid");
  }

  private static String export(Set<FieldKey> withheld) {
    return OParlWriter.builder().baseUrl(BASE).withheldFromPublic(withheld).build().writeString(meeting);
  }

  private static JsonNode exportedItem(String json) {
    return MAPPER.readTree(json).get("data").get(1).get("agendaItem").get(0);
  }

  private static JsonNode nativeJson(Object modelValue) {
    return MAPPER.readTree(JSON.writeString(modelValue));
  }

  @Test
  void everyVoteTheExclusionsAndTheTextsInTheNativeForm() throws IOException {
    JsonNode a = exportedItem(export(Set.of()));
    JsonNode votes = a.get("ratsinfo:votes");
    assertEquals(3, votes.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(nativeJson(item.votes().get(i)), votes.get(i), "vote " + i);
    }
    assertEquals(1, a.get("ratsinfo:excludedForBias").size());
    assertEquals(nativeJson(item.excludedForBias().get(0)), a.get("ratsinfo:excludedForBias").get(0));
    assertEquals("Der Rat beschließt den Zuschuss.", a.get("ratsinfo:proposal").stringValue());
    assertEquals("Der Verein beantragt einen Zuschuss.\n\nDer Haushalt sieht ihn vor.",
        a.get("ratsinfo:statementOfFacts").stringValue());
    assertEquals("Ratsfrau Brandt erklärt sich für befangen.", a.get("ratsinfo:deliberation").stringValue());
    assertFalse(a.has("ratsinfo:voteTally"), "the earlier form is read, never written");
    assertFalse(a.has("ratsinfo:voteEvent"), "the earlier form is read, never written");
  }

  @Test
  void eachVoteTakenIsAPopoloVoteEvent() throws IOException {
    JsonNode events = exportedItem(export(Set.of())).get("ratsinfo:voteEvents");
    assertEquals(2, events.size(), "the procedural motion was not voted on");
    assertEquals(MAPPER.readTree("""
        {"identifier": "2-1",
         "motion": {"text": "Der Zuschuss wird auf 50.000 € erhöht.", "classification": "amendment",
                    "requirement": "twoThirdsOfVotesCast", "result": "fail"},
         "classification": "rollCall", "start_date": "2026-09-15T16:00:00+02:00", "result": "fail",
         "counts": [{"option": "yes", "value": 1}, {"option": "no", "value": 1},
                    {"option": "abstain", "value": 1}, {"option": "not voting", "value": 1}],
         "group_results": [
           {"group": {"name": "SPD"}, "counts": [{"option": "yes", "value": 1}, {"option": "no", "value": 0},
                                                 {"option": "abstain", "value": 0}, {"option": "not voting", "value": 0}]},
           {"group": {"name": "CDU"}, "counts": [{"option": "yes", "value": 0}, {"option": "no", "value": 1},
                                                 {"option": "abstain", "value": 1}, {"option": "not voting", "value": 1}]}],
         "votes": [
           {"voter": {"name": "Anna Meier"}, "option": "yes", "group": {"name": "SPD"}},
           {"voter": {"name": "Bernd Schulz"}, "option": "no", "group": {"name": "CDU"}},
           {"voter": {"name": "Krause"}, "option": "abstain", "group": {"name": "CDU"}},
           {"voter": {"name": "Carla Brandt"}, "option": "not voting", "group": {"name": "CDU"}}]}
        """), events.get(0));
    JsonNode main = events.get(1);
    assertEquals("2-3", main.get("identifier").stringValue(), "numbered by its place among the votes");
    assertEquals(MAPPER.readTree("""
        {"text": "Feststellung der Tagesordnung", "classification": "main", "result": "pass"}"""),
        main.get("motion"), "without a wording or title of its own, the motion is the item's");
    assertEquals("open", main.get("classification").stringValue());
    assertEquals("pass", main.get("result").stringValue());
    assertEquals(MAPPER.readTree("""
        [{"option": "yes", "value": 13}, {"option": "no", "value": 12}, {"option": "abstain", "value": 1},
         {"option": "absent", "value": 1}]"""), main.get("counts"));
    assertFalse(main.has("votes"), "an open vote has no individual votes");
  }

  @Test
  void anItemsOnlyVoteIsIdentifiedByTheItemsNumberAndARejectionIsAFail() throws IOException {
    AgendaItem single = item.toBuilder().excludedForBias(List.of()).votes(List.of(Vote.of(
        VoteTally.of(List.of(VotingGroup.of("SPD", new VoteCounts(2, 5, 1, 1, null))))))).build();
    JsonNode event = exportedItem(OParlWriter.builder().baseUrl(BASE).build()
        .writeString(meeting.withMeeting(meeting.meeting().withAgenda(List.of(single)))))
        .get("ratsinfo:voteEvents").get(0);
    assertEquals("2", event.get("identifier").stringValue());
    assertEquals("fail", event.get("result").stringValue());
    assertEquals(MAPPER.readTree("[{\"option\":\"yes\",\"value\":2},{\"option\":\"no\",\"value\":5},"
        + "{\"option\":\"abstain\",\"value\":1},{\"option\":\"not voting\",\"value\":1}]"),
        event.get("counts"));
  }

  @Test
  void noVoteEventWithoutAVoteTakenOrWhenSwitchedOff() throws IOException {
    AgendaItem notTaken = item.toBuilder().votes(List.of(PROCEDURAL)).build();
    JsonNode written = exportedItem(OParlWriter.builder().baseUrl(BASE).build()
        .writeString(meeting.withMeeting(meeting.meeting().withAgenda(List.of(notTaken)))));
    assertEquals(1, written.get("ratsinfo:votes").size());
    assertFalse(written.has("ratsinfo:voteEvents"));
    JsonNode off = exportedItem(OParlWriter.builder().baseUrl(BASE).voteEvents(false).build()
        .writeString(meeting));
    assertEquals(3, off.get("ratsinfo:votes").size());
    assertFalse(off.has("ratsinfo:voteEvents"));
  }

  @Test
  void withheldBallotsLeaveTheirCountsButNoMember() throws IOException {
    String json = export(Set.of(FieldKey.BALLOTS));
    assertFalse(json.contains("Meier") || json.contains("Schulz"), json);
    JsonNode a = exportedItem(json);
    JsonNode amendment = a.get("ratsinfo:votes").get(0);
    assertFalse(amendment.has("ballots"));
    assertEquals(nativeJson(AMENDMENT.effectiveTally().orElseThrow()), amendment.get("tally"),
        "the counts of the roll call stay");
    JsonNode event = a.get("ratsinfo:voteEvents").get(0);
    assertFalse(event.has("votes"));
    assertEquals(4, event.get("counts").size());
    assertEquals("fail", event.get("result").stringValue());
  }

  @Test
  void withheldMoversExclusionsAndDecisionAreLeftOut() throws IOException {
    JsonNode movers = exportedItem(export(Set.of(FieldKey.MOVERS)));
    movers.get("ratsinfo:votes").forEach(v -> assertFalse(v.has("movers")));
    assertTrue(movers.has("ratsinfo:excludedForBias"));

    String json = export(Set.of(FieldKey.EXCLUDED_FOR_BIAS));
    assertFalse(json.contains("Eigentümerin"), json);
    JsonNode bias = exportedItem(json);
    assertFalse(bias.has("ratsinfo:excludedForBias"));
    assertTrue(bias.get("ratsinfo:votes").get(0).has("movers"));

    JsonNode decision = exportedItem(export(Set.of(FieldKey.DECISION)));
    assertFalse(decision.has("result") || decision.has("ratsinfo:decisionKind"));
    decision.get("ratsinfo:votes").forEach(v -> assertFalse(v.has("result"), v.toString()));
    for (JsonNode event : decision.get("ratsinfo:voteEvents")) {
      assertFalse(event.has("result") || event.get("motion").has("result"), event.toString());
      assertTrue(event.has("counts"), "the counts stay");
    }
  }

  @Test
  void readingTheExportBackGivesTheVotesAgain() throws IOException {
    MeetingExcerpts back = OParlReader.builder().strict(true).build().readString(export(Set.of()))
        .meetings().get(0);
    AgendaItem read = back.meeting().agenda().get(0);
    assertEquals(item.votes(), read.votes());
    assertEquals(item.excludedForBias(), read.excludedForBias());
    assertEquals(item.proposal(), read.proposal());
    assertEquals(item.statementOfFacts(), read.statementOfFacts());
    assertEquals(item.deliberation(), read.deliberation());
  }

  @Test
  void aPublicExportWithoutBallotsReadsBackAsValidVotesWithTheirCounts() throws IOException {
    MeetingExcerpts back = OParlReader.builder().strict(true).build()
        .readString(export(Set.of(FieldKey.BALLOTS, FieldKey.MOVERS, FieldKey.EXCLUDED_FOR_BIAS)))
        .meetings().get(0);
    AgendaItem read = back.meeting().agenda().get(0);
    assertEquals(AMENDMENT.toBuilder().movers(List.of()).ballots(List.of())
        .tally(AMENDMENT.effectiveTally().orElseThrow()).build(), read.votes().get(0));
    assertEquals(List.of(), read.excludedForBias());
    assertNull(read.votes().get(0).result());
    assertEquals(List.of(), ModelValidator.standard().validate(back, Locale.ENGLISH));
  }
}
