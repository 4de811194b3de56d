package org.ratsinfo.oparl.internal;

import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A vote tally as a Popolo {@code VoteEvent}, for open-data portals: counts per option and per group. */
final class VoteEvents {

  private VoteEvents() {}

  /**
   * The vote event of an agenda item's tally.
   *
   * @param mapper makes the nodes
   * @param tally the tally
   * @param item the agenda item
   * @param showsNumber whether the item's number may be shown (as {@code identifier})
   * @param startDate the meeting's start as OParl writes it, or {@code null} where it is withheld
   * @param showsResult whether the outcome may be shown (as {@code result})
   * @return the event
   */
  static ObjectNode of(JsonMapper mapper, VoteTally tally, AgendaItem item, boolean showsNumber,
      @Nullable String startDate, boolean showsResult) {
    ObjectNode e = mapper.createObjectNode();
    if (showsNumber) {
      e.put("identifier", item.number());
    }
    e.putObject("motion").put("text", item.title());
    if (startDate != null) {
      e.put("start_date", startDate);
    }
    if (showsResult) {
      tally.outcome().ifPresent(o -> e.put("result", o == VoteOutcome.ADOPTED ? "pass" : "fail"));
    }
    tally.total().ifPresent(total -> e.set("counts", counts(mapper, total)));
    ArrayNode groups = e.putArray("group_results");
    for (VotingGroup group : tally.groups()) {
      if (group.counts() != null) {
        ObjectNode g = groups.addObject();
        g.putObject("group").put("name", group.name());
        g.set("counts", counts(mapper, group.counts()));
      }
    }
    return e;
  }

  private static ArrayNode counts(JsonMapper mapper, VoteCounts counts) {
    ArrayNode array = mapper.createArrayNode();
    count(array, "yes", counts.yes());
    count(array, "no", counts.no());
    count(array, "abstain", counts.abstentions());
    if (counts.absent() != null) {
      count(array, "absent", counts.absent());
    }
    if (counts.biased() != null) {
      count(array, "not voting", counts.biased());
    }
    return array;
  }

  private static void count(ArrayNode array, String option, int value) {
    ObjectNode c = array.addObject();
    c.put("option", option);
    c.put("value", value);
  }
}
