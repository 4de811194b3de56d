package org.ratsinfo.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.model.VotingMethod;

/**
 * The rules of votes, ballots and exclusions for bias, and of an agenda item's texts. A person is
 * recognised by their {@code id} where they have one, else by family name, given name and title.
 */
final class VoteRules {

  /** The options a tally always counts; biased and absent only where it records them. */
  private static final List<VoteOption> ALWAYS_COUNTED =
      List.of(VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION);

  private VoteRules() {}

  static void vote(Vote vote, RuleReport report) {
    List<Ballot> ballots = vote.ballots();
    if (vote.method() == VotingMethod.SECRET && !ballots.isEmpty()) {
      report.at("ballots").add("org.ratsinfo.rule.vote.secretBallots");
    }
    Set<String> voters = new HashSet<>();
    for (int i = 0; i < ballots.size(); i++) {
      if (!voters.add(identity(ballots.get(i).person()))) {
        report.atIndex("ballots", i, "person").add("org.ratsinfo.rule.vote.duplicateBallot");
      }
    }
    if (vote.majority() != null && vote.majority().needsStatutoryMembers()
        && vote.statutoryMembers() == null) {
      report.at("statutoryMembers").add("org.ratsinfo.rule.vote.statutoryMembers");
    }
    VoteTally tally = vote.tally();
    if (tally != null && !ballots.isEmpty()) {
      ballotsAgainstTally(tally, ballots, report);
    }
    stated(vote, report);
  }

  private static void ballotsAgainstTally(VoteTally tally, List<Ballot> ballots, RuleReport report) {
    List<VotingGroup> groups = tally.groups();
    boolean perGroup = groups.stream().anyMatch(g -> g.counts() != null);
    if (!perGroup) {
      VoteCounts stated = tally.statedTotal();
      if (stated != null && !agree(stated, Vote.count(ballots))) {
        counted(report.at("tally", "statedTotal"), Vote.count(ballots))
            .add("org.ratsinfo.rule.vote.ballotsTotal");
      }
      return;
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      columns.putIfAbsent(groups.get(g).name(), g);
    }
    Map<String, List<Ballot>> byGroup = new HashMap<>();
    for (int i = 0; i < ballots.size(); i++) {
      String group = ballots.get(i).group();
      if (group == null || !columns.containsKey(group)) {
        report.atIndex("ballots", i, "group").add("org.ratsinfo.rule.vote.unknownGroup");
      } else {
        byGroup.computeIfAbsent(group, k -> new java.util.ArrayList<>()).add(ballots.get(i));
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      VotingGroup group = groups.get(g);
      VoteCounts counts = group.counts();
      if (counts == null || columns.get(group.name()) != g) {
        continue;
      }
      VoteCounts cast = Vote.count(byGroup.getOrDefault(group.name(), List.of()));
      if (!agree(counts, cast)) {
        counted(report.at("tally").atIndex("groups", g, "counts"), cast)
            .add("org.ratsinfo.rule.vote.ballotsGroup");
      }
    }
  }

  /** Whether the tally's counts are the ballots' for every option the tally records. */
  private static boolean agree(VoteCounts tally, VoteCounts ballots) {
    for (VoteOption option : VoteOption.values()) {
      Integer given = tally.count(option);
      Integer counted = ballots.count(option);
      if (given == null && !ALWAYS_COUNTED.contains(option)) {
        continue;
      }
      if (!Objects.equals(given, counted == null ? 0 : counted)) {
        return false;
      }
    }
    return true;
  }

  private static RuleReport.Entry counted(RuleReport.Entry entry, VoteCounts counts) {
    return entry.param("yes", counts.yes()).param("no", counts.no())
        .param("abstentions", counts.abstentions());
  }

  /** A stated result that contradicts what the vote's rule decides from its counts. */
  private static void stated(Vote vote, RuleReport report) {
    VoteOutcome result = vote.result();
    if (result == null || vote.majority() != null && vote.majority().needsStatutoryMembers()
        && vote.statutoryMembers() == null) {
      return;
    }
    Optional<VoteCounts> total = vote.effectiveTally().filter(VoteTally::voteTaken).flatMap(VoteTally::total);
    Optional<VoteOutcome> derived = vote.derivedOutcome(MajorityRule.SIMPLE);
    if (total.isPresent() && derived.isPresent() && derived.get() != result) {
      counted(report.at("result"), total.get())
          .add("org.ratsinfo.rule.vote.result." + result.name());
    }
  }

  /** The rules of an agenda item that concern its votes and texts. */
  static void agendaItem(AgendaItem item, RuleReport report) {
    Vote deciding = item.decidingVote();
    if (item.decision() != null && item.decision().kind() == DecisionKind.ADOPTED_UNANIMOUSLY
        && deciding != null) {
      Optional<VoteTally> tally = deciding.effectiveTally();
      if (tally.isPresent() && tally.get().voteTaken() && !tally.get().unanimous()) {
        report.at("decision").add("org.ratsinfo.rule.decision.notUnanimous");
      }
    }
    if (item.statementOfFacts() != null && item.content() instanceof TextContent) {
      report.at("statementOfFacts").add("org.ratsinfo.rule.agendaItem.twoStatements");
    }
    Set<String> excluded = new HashSet<>();
    List<BiasExclusion> exclusions = item.excludedForBias();
    for (int i = 0; i < exclusions.size(); i++) {
      if (!excluded.add(identity(exclusions.get(i).person()))) {
        report.atIndex("excludedForBias", i, "person").add("org.ratsinfo.rule.bias.duplicate");
      }
    }
    if (excluded.isEmpty()) {
      return;
    }
    List<Vote> votes = item.votes();
    for (int v = 0; v < votes.size(); v++) {
      List<Ballot> ballots = votes.get(v).ballots();
      for (int b = 0; b < ballots.size(); b++) {
        Ballot ballot = ballots.get(b);
        if (ballot.option() != VoteOption.BIASED && excluded.contains(identity(ballot.person()))) {
          report.atIndex("votes", v, "ballots").index(b, "option").add("org.ratsinfo.rule.vote.biasedBallot");
        }
      }
    }
  }

  /** Who a person is, for telling two records of one person from two people. */
  static String identity(Person person) {
    String id = person.id();
    if (id != null) {
      return "id:" + id;
    }
    return "name:" + person.familyName() + '\u0000' + nonNull(person.givenName()) + '\u0000'
        + nonNull(person.title());
  }

  private static String nonNull(@Nullable String value) {
    return value == null ? "" : value;
  }
}
