package org.ratsinfo.oparl.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.RequiredMajority;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An agenda item's votes as Popolo {@code VoteEvent}s (popoloproject.com/specs/vote-event.html), for
 * open-data portals: one event per vote taken, in the order of the item's votes.
 *
 * <ul>
 *   <li>{@code identifier}: the item's number ("7.2"); where the item has several votes, with the
 *       vote's place among them ("7.2-3" for the third, which is {@code ratsinfo:votes[2]}). Left out
 *       where the number is withheld.
 *   <li>{@code motion}: {@code text} the wording voted on, else the vote's title, else the item's
 *       title; {@code classification} what was voted on ({@code main}, {@code amendment}, {@code
 *       supplementary}, {@code procedural}, {@code separatePoint}, {@code other}); {@code requirement}
 *       the majority needed where one is named ({@code simple}, {@code twoThirdsOfVotesCast}, {@code
 *       majorityOfStatutoryMembers}, {@code twoThirdsOfStatutoryMembers}); {@code result} as below.
 *   <li>{@code classification}: how the vote was taken, {@code open}, {@code secret} or {@code
 *       rollCall}.
 *   <li>{@code start_date}: the meeting's start, unless its date or time is withheld.
 *   <li>{@code result}: {@code pass} or {@code fail}, as the source states it or, where it does not,
 *       as the counts give it under the vote's majority (the simple majority where it names none);
 *       left out where the decision is withheld, or where neither is known.
 *   <li>{@code counts}: the total per option; {@code group_results}: per voting group with counts,
 *       {@code group} with its {@code name} and the group's {@code counts}.
 *   <li>{@code votes}: for a roll call whose ballots are shown, one per member: {@code voter} with the
 *       member's {@code name}, {@code option}, and {@code group} with its {@code name} where the ballot
 *       names one ({@code group} is the term of Popolo's JSON-LD context for the political group).
 * </ul>
 *
 * <p>The options are Popolo's: {@code yes}, {@code no}, {@code abstain}, {@code absent}, and {@code
 * not voting} for members excluded for bias (befangen), who take no part in the vote. Counts of absent
 * and biased members are written only where the source records them. A vote that was not taken (a
 * tally without counts) and states no result has no event.
 */
final class VoteEvents {

  private VoteEvents() {}

  /**
   * The vote events of an agenda item's votes.
   *
   * @param mapper makes the nodes
   * @param votes the item's votes as shown, what is withheld already left out
   * @param item the agenda item
   * @param showsNumber whether the item's number may be shown (in {@code identifier})
   * @param startDate the meeting's start as OParl writes it, or {@code null} where it is withheld
   * @param showsResult whether the outcome may be shown (as {@code result})
   * @return the events; empty if no vote was taken
   */
  static ArrayNode of(JsonMapper mapper, List<Vote> votes, AgendaItem item, boolean showsNumber,
      @Nullable String startDate, boolean showsResult) {
    ArrayNode events = mapper.createArrayNode();
    for (int i = 0; i < votes.size(); i++) {
      Vote vote = votes.get(i);
      VoteTally tally = vote.effectiveTally().filter(VoteTally::voteTaken).orElse(null);
      Optional<VoteOutcome> outcome = showsResult ? outcome(vote) : Optional.empty();
      if (tally == null && vote.result() == null) {
        continue; // no vote was taken
      }
      ObjectNode e = events.addObject();
      if (showsNumber) {
        e.put("identifier", votes.size() == 1 ? item.number() : item.number() + "-" + (i + 1));
      }
      ObjectNode motion = e.putObject("motion");
      motion.put("text", vote.motion() != null ? vote.motion().asString()
          : vote.title() != null ? vote.title() : item.title());
      motion.put("classification", Importer.camel(vote.subject().name()));
      if (vote.majority() != null) {
        motion.put("requirement", Importer.camel(vote.majority().name()));
      }
      outcome.ifPresent(o -> motion.put("result", result(o)));
      e.put("classification", Importer.camel(vote.method().name()));
      if (startDate != null) {
        e.put("start_date", startDate);
      }
      outcome.ifPresent(o -> e.put("result", result(o)));
      if (tally != null) {
        tally.total().ifPresent(total -> e.set("counts", counts(mapper, total)));
        ArrayNode groups = e.putArray("group_results");
        for (VotingGroup group : tally.groups()) {
          if (group.counts() != null) {
            ObjectNode g = groups.addObject();
            g.putObject("group").put("name", group.name());
            g.set("counts", counts(mapper, group.counts()));
          }
        }
      }
      if (!vote.ballots().isEmpty()) {
        ArrayNode ballots = e.putArray("votes");
        for (Ballot ballot : vote.ballots()) {
          ObjectNode b = ballots.addObject();
          b.putObject("voter").put("name", ExportPapers.name(ballot.person()));
          b.put("option", option(ballot.option()));
          if (ballot.group() != null) {
            b.putObject("group").put("name", ballot.group());
          }
        }
      }
    }
    return events;
  }

  /**
   * The stated result, else what the counts give under the vote's majority; empty where neither is
   * known, or where the majority counts against the statutory members and their number is missing.
   */
  private static Optional<VoteOutcome> outcome(Vote vote) {
    if (vote.result() != null) {
      return Optional.of(vote.result());
    }
    RequiredMajority majority = vote.majority();
    if (majority != null && majority.needsStatutoryMembers()
        && (vote.statutoryMembers() == null || vote.statutoryMembers() <= 0)) {
      return Optional.empty();
    }
    return vote.derivedOutcome(MajorityRule.SIMPLE);
  }

  private static String result(VoteOutcome outcome) {
    return outcome == VoteOutcome.ADOPTED ? "pass" : "fail";
  }

  /** The Popolo option of a vote option. */
  static String option(VoteOption option) {
    return switch (option) {
      case YES -> "yes";
      case NO -> "no";
      case ABSTENTION -> "abstain";
      case ABSENT -> "absent";
      case BIASED -> "not voting";
    };
  }

  private static ArrayNode counts(JsonMapper mapper, VoteCounts counts) {
    ArrayNode array = mapper.createArrayNode();
    for (VoteOption option : List.of(VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION,
        VoteOption.ABSENT, VoteOption.BIASED)) {
      Integer value = counts.count(option);
      if (value != null) {
        ObjectNode c = array.addObject();
        c.put("option", option(option));
        c.put("value", value);
      }
    }
    return array;
  }
}
