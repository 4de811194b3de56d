package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading ratsinfo's extension properties of an agenda item: the votes, the single tally of earlier
 * exports, the exclusions for bias and the texts; a malformed value is a warning naming the property,
 * the path within it and the reason (and, strictly, an error), and only it is left out. And the
 * wordings of {@code result} that committees and councils record.
 */
class VoteImportTest {

  private static final String BASE = "https://ris.example.org/oparl/v1/";
  private static final String ITEM = BASE + "agendaitem/2026-09-15-rat-2";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final OParlReader TOLERANT = OParlReader.standard();
  private static final OParlReader STRICT = OParlReader.builder().strict(true).build();
  private static final VoteTally TALLY = VoteTally.of(List.of(
      VotingGroup.of("SPD", VoteCounts.of(13, 0, 0)), VotingGroup.of("CDU", VoteCounts.of(0, 12, 1))));

  private static String exported;

  @BeforeAll
  static void export() throws IOException {
    MeetingExcerpts musterstadt = RatsinfoJson.standard().readMeetingExcerpts(RoundTripTest.MEETING);
    AgendaItem item = musterstadt.meeting().agenda().get(1).toBuilder()
        .votes(List.of(VoteExportTest.AMENDMENT, VoteExportTest.MAIN)).build();
    exported = OParlWriter.builder().baseUrl(BASE).build()
        .writeString(musterstadt.withMeeting(musterstadt.meeting().withAgenda(List.of(item))));
  }

  /** The exported page and its one agenda item, to change. */
  private record Page(ObjectNode page, ObjectNode item) {
    static Page of() {
      ObjectNode page = (ObjectNode) MAPPER.readTree(exported);
      return new Page(page, (ObjectNode) page.get("data").get(1).get("agendaItem").get(0));
    }

    String json() {
      return page.toString();
    }
  }

  private static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  private static AgendaItem readItem(OParlImport imported) {
    return imported.meetings().get(0).meeting().agenda().get(0);
  }

  @Test
  void anEarlierExportsSingleTallyIsReadAsOneVote() throws IOException {
    Page p = Page.of();
    p.item().remove("ratsinfo:votes");
    p.item().remove("ratsinfo:voteEvents");
    p.item().set("ratsinfo:voteTally", json(RatsinfoJson.standard().writeString(TALLY)));
    p.item().set("ratsinfo:voteEvent", json("{\"identifier\": \"2\", \"result\": \"pass\"}"));
    OParlImport imported = STRICT.readString(p.json());
    assertEquals(List.of(), imported.warnings());
    assertEquals(List.of(Vote.of(TALLY)), readItem(imported).votes());
  }

  @Test
  void votesAndAnEarlierTallyBothAreAWarningAndTheVotesCount() throws IOException {
    Page p = Page.of();
    p.item().set("ratsinfo:voteTally", json(RatsinfoJson.standard().writeString(TALLY)));
    OParlImport imported = TOLERANT.readString(p.json());
    assertEquals(List.of("ratsinfo:voteTally"), fields(imported.warnings()));
    assertEquals(List.of(VoteExportTest.AMENDMENT, VoteExportTest.MAIN), readItem(imported).votes());
    String message = imported.warnings().get(0).message(Locale.ENGLISH);
    assertTrue(message.contains("ratsinfo:votes holds the votes"), message);
    OParlImportException e = assertThrows(OParlImportException.class, () -> STRICT.readString(p.json()));
    assertEquals(List.of("ratsinfo:voteTally"), fields(e.problems()));
  }

  @Test
  void aMalformedVoteIsReportedWithItsPathAndReasonAndOnlyItIsLeftOut() throws IOException {
    Page p = Page.of();
    ObjectNode main = (ObjectNode) p.item().get("ratsinfo:votes").get(1);
    ((ObjectNode) main.get("tally").get("groups").get(0).get("counts")).put("no", "0");
    OParlImport imported = TOLERANT.readString(p.json());
    assertEquals(List.of("ratsinfo:votes[1].tally.groups[0].counts.no"), fields(imported.warnings()));
    OParlWarning warning = imported.warnings().get(0);
    assertEquals(ITEM, warning.objectId());
    assertEquals(OParlIssue.INVALID_EXTENSION, warning.issue());
    assertEquals(ITEM + ", ratsinfo:votes[1].tally.groups[0].counts.no: the extension property is not "
        + "valid: expected an integer but found a string; ignored it", warning.message(Locale.ENGLISH));
    assertEquals(ITEM + ", ratsinfo:votes[1].tally.groups[0].counts.no: die Erweiterungseigenschaft ist "
        + "ungültig: erwartet wird eine ganze Zahl, gefunden wurde eine Zeichenkette; ignoriert",
        warning.message(Locale.GERMAN));
    assertEquals(List.of(VoteExportTest.AMENDMENT), readItem(imported).votes(), "the other vote stays");

    OParlImportException e = assertThrows(OParlImportException.class, () -> STRICT.readString(p.json()));
    assertEquals(List.of("ratsinfo:votes[1].tally.groups[0].counts.no"), fields(e.problems()));
    assertTrue(e.getLocalizedMessage(Locale.ENGLISH).contains("expected an integer but found a string"),
        e.getLocalizedMessage(Locale.ENGLISH));
  }

  @Test
  void malformedValuesOfEveryItemExtensionAreNamed() throws IOException {
    Page p = Page.of();
    p.item().set("ratsinfo:votes", json("{\"subject\": \"main\"}"));
    p.item().set("ratsinfo:excludedForBias", json("[{\"reason\": \"Nachbar\"}, {\"person\": 3}]"));
    p.item().put("ratsinfo:proposal", 7);
    p.item().set("ratsinfo:deliberation", json("[\"Aussprache\"]"));
    p.item().set("ratsinfo:statementOfFacts", json("\"Sachverhalt\""));
    p.item().put("ratsinfo:decisionKind", "beschlossen");
    OParlImport imported = TOLERANT.readString(p.json());
    assertEquals(List.of("ratsinfo:decisionKind", "ratsinfo:votes", "ratsinfo:excludedForBias[0].person",
        "ratsinfo:excludedForBias[1].person", "ratsinfo:proposal", "ratsinfo:deliberation"),
        fields(imported.warnings()), () -> imported.warnings().toString());
    assertTrue(imported.warnings().stream().allMatch(w -> w.issue() == OParlIssue.INVALID_EXTENSION));
    String votes = imported.warnings().get(1).message(Locale.GERMAN);
    assertTrue(votes.endsWith("ungültig: erwartet wird ein Array, gefunden wurde ein Objekt; ignoriert"), votes);
    String kind = imported.warnings().get(0).message(Locale.ENGLISH);
    assertTrue(kind.contains("\"beschlossen\" is none of its values (acknowledged, adopted, "), kind);
    AgendaItem item = readItem(imported);
    assertEquals(List.of(), item.votes());
    assertEquals(List.of(), item.excludedForBias());
    assertEquals(null, item.proposal());
    assertEquals("Sachverhalt", item.statementOfFacts().asString(), "the valid one is read");
    assertEquals(6, assertThrows(OParlImportException.class, () -> STRICT.readString(p.json()))
        .problems().size());
  }

  private static List<String> fields(List<OParlWarning> warnings) {
    return warnings.stream().map(OParlWarning::field).toList();
  }

  static Stream<Arguments> wordings() {
    return Stream.of(
        Arguments.of("empfohlen", DecisionKind.RECOMMENDED, null),
        Arguments.of("Empfohlen.", DecisionKind.RECOMMENDED, null),
        Arguments.of("zur Annahme empfohlen", DecisionKind.RECOMMENDED, "zur Annahme empfohlen"),
        Arguments.of("einstimmig empfohlen", DecisionKind.RECOMMENDED, "einstimmig empfohlen"),
        Arguments.of("Dem Rat zur Beschlussfassung empfohlen", DecisionKind.RECOMMENDED,
            "Dem Rat zur Beschlussfassung empfohlen"),
        Arguments.of("mit Änderungen empfohlen", DecisionKind.RECOMMENDED_WITH_CHANGES, null),
        Arguments.of("Mit den folgenden Änderungen empfohlen: Ziffer 2 entfällt",
            DecisionKind.RECOMMENDED_WITH_CHANGES, "Mit den folgenden Änderungen empfohlen: Ziffer 2 entfällt"),
        Arguments.of("geändert empfohlen", DecisionKind.RECOMMENDED_WITH_CHANGES, "geändert empfohlen"),
        Arguments.of("empfohlen mit Ergänzungen", DecisionKind.RECOMMENDED_WITH_CHANGES,
            "empfohlen mit Ergänzungen"),
        Arguments.of("nicht empfohlen", DecisionKind.NOT_RECOMMENDED, null),
        Arguments.of("mehrheitlich nicht empfohlen", DecisionKind.NOT_RECOMMENDED, "mehrheitlich nicht empfohlen"),
        Arguments.of("zur Ablehnung empfohlen", DecisionKind.NOT_RECOMMENDED, "zur Ablehnung empfohlen"),
        Arguments.of("Übergang zur Tagesordnung", DecisionKind.PASSED_TO_NEXT_ITEM, null),
        Arguments.of("Uebergang  zur Tagesordnung", DecisionKind.PASSED_TO_NEXT_ITEM, null),
        Arguments.of("Übergang zur Tagesordnung beschlossen", DecisionKind.PASSED_TO_NEXT_ITEM,
            "Übergang zur Tagesordnung beschlossen"),
        Arguments.of("zur Tagesordnung übergegangen", DecisionKind.PASSED_TO_NEXT_ITEM,
            "zur Tagesordnung übergegangen"),
        Arguments.of("erledigt", DecisionKind.SETTLED, null),
        Arguments.of("erledigt durch Beschluss zu TOP 5", DecisionKind.SETTLED, "erledigt durch Beschluss zu TOP 5"),
        Arguments.of("hat sich erledigt", DecisionKind.SETTLED, "hat sich erledigt"),
        Arguments.of("für erledigt erklärt", DecisionKind.SETTLED, "für erledigt erklärt"),
        Arguments.of("durch Ratsbeschluss vom 3. Mai erledigt", DecisionKind.SETTLED,
            "durch Ratsbeschluss vom 3. Mai erledigt"),
        Arguments.of("ungeändert beschlossen", DecisionKind.ADOPTED, "ungeändert beschlossen"),
        Arguments.of("einstimmig beschlossen", DecisionKind.ADOPTED_UNANIMOUSLY, null),
        // what names no kind stays the source's own wording
        Arguments.of("nicht erledigt", DecisionKind.OTHER, "nicht erledigt"),
        Arguments.of("keine Empfehlung", DecisionKind.OTHER, "keine Empfehlung"),
        Arguments.of("Empfehlungen der Verwaltung", DecisionKind.OTHER, "Empfehlungen der Verwaltung"),
        Arguments.of("erledigte Anfrage", DecisionKind.OTHER, "erledigte Anfrage"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wordings")
  void theWordingsCommitteesAndCouncilsRecord(String result, DecisionKind kind, @Nullable String text)
      throws IOException {
    Page p = Page.of();
    p.item().put("result", result);
    p.item().remove("ratsinfo:decisionKind");
    OParlImport imported = STRICT.readString(p.json());
    assertEquals(new Decision(kind, text), readItem(imported).decision());
  }
}
