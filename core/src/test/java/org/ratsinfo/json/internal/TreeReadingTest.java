package org.ratsinfo.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ratsinfo.json.JsonProblem;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.json.RatsinfoModule;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.testing.SampleModels;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON tree (as the OParl module holds ratsinfo's extension properties) is read into the model as
 * strictly as text, without printing it: the same values, the same problems, with paths in the tree
 * and no line or column.
 */
class TreeReadingTest {

  private static final JsonBinding BINDING = new JsonBinding(new RatsinfoModule(), false,
      new ReadErrors.Limits(64, 1000, 100_000, 30, 1000));
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @Test
  void aTreeReadsLikeItsText() {
    List<AgendaItem> items = SampleModels.agendaItems();
    assertTrue(items.size() >= 30, () -> items.size() + " items");
    for (AgendaItem item : items) {
      String text = RatsinfoJson.standard().writeString(item);
      assertEquals(item, BINDING.read(TREES.readTree(text), AgendaItem.class), item::number);
    }
  }

  @Test
  void aTreeHasTheProblemsOfItsTextWithPathsButNoLines() {
    JsonNode tally = TREES.readTree("{\"groups\": [{\"name\": \"SPD\", \"counts\": {\"yes\": 1, \"no\": 0, "
        + "\"abstentions\": 0}}]}");
    assertEquals(VoteTally.class, BINDING.read(tally, VoteTally.class).getClass());

    ObjectNode unknown = (ObjectNode) tally.deepCopy();
    unknown.put("colour", "red");
    ReadFailure u = assertThrows(ReadFailure.class, () -> BINDING.read(unknown, VoteTally.class));
    assertEquals(JsonProblem.UNKNOWN_PROPERTY, u.problem());
    assertEquals("$.colour", u.path());
    assertEquals(-1, u.line());
    assertEquals(-1, u.column());
    assertEquals("$.colour: unknown property \"colour\"; known properties: groups, statedTotal", u.getMessage());

    ObjectNode wrong = (ObjectNode) tally.deepCopy();
    ((ObjectNode) wrong.get("groups").get(0).get("counts")).put("yes", "1");
    ReadFailure w = assertThrows(ReadFailure.class, () -> BINDING.read(wrong, VoteTally.class));
    assertEquals(JsonProblem.WRONG_TYPE, w.problem());
    assertEquals("$.groups[0].counts.yes", w.path());
    assertEquals("$.groups[0].counts.yes: erwartet wird eine ganze Zahl, gefunden wurde eine Zeichenkette",
        w.getLocalizedMessage(Locale.GERMAN));

    ObjectNode missing = (ObjectNode) tally.deepCopy();
    ((ObjectNode) missing.get("groups").get(0)).remove("name");
    ReadFailure m = assertThrows(ReadFailure.class, () -> BINDING.read(missing, VoteTally.class));
    assertEquals(JsonProblem.MISSING_PROPERTY, m.problem());
    assertEquals("$.groups[0].name", m.path());
  }
}
