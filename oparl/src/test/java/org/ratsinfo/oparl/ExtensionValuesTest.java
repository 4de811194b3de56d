package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.ratsinfo.json.JsonProblem;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.json.internal.ReadFailure;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.oparl.internal.Documents;
import tools.jackson.databind.JsonNode;

/**
 * The values of ratsinfo's extension properties come from the parsed OParl tree straight into the
 * model, as strictly as the native format is read: no printing and parsing again.
 */
class ExtensionValuesTest {

  private final Documents documents = new Documents(64, 1_000_000, 100_000);

  @Test
  void aValueOfTheNativeFormatIsReadFromItsTree() throws IOException {
    VoteTally tally = VoteTally.of(java.util.List.of(VotingGroup.of("SPD", VoteCounts.of(25, 0, 1)),
        VotingGroup.of("CDU", VoteCounts.of(0, 14, 0))));
    JsonNode tree = documents.mapper().readTree(
        "{\"ratsinfo:voteTally\": " + RatsinfoJson.standard().writeString(tally) + "}");
    assertEquals(tally, documents.model(tree.get("ratsinfo:voteTally"), VoteTally.class));
  }

  @Test
  void aValueThatIsNotOfTheFormatFailsAsTheNativeReaderWould() throws IOException {
    JsonNode tree = documents.mapper().readTree(
        "{\"groups\": [{\"name\": \"SPD\", \"counts\": {\"yes\": 25, \"no\": \"0\", \"abstentions\": 1}}]}");
    ReadFailure e = assertThrows(ReadFailure.class, () -> documents.model(tree, VoteTally.class));
    assertEquals(JsonProblem.WRONG_TYPE.name(), e.problem().name());
    assertEquals("$.groups[0].counts.no", e.path());
    JsonNode unknown = documents.mapper().readTree("{\"groups\": [], \"gesamt\": 3}");
    assertEquals("$.gesamt", assertThrows(ReadFailure.class,
        () -> documents.model(unknown, VoteTally.class)).path());
  }
}
