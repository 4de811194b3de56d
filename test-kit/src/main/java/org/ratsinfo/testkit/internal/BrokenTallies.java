package org.ratsinfo.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.testkit.RandomModels.Invalid;

/**
 * Excerpts whose vote tally breaks exactly one rule, for {@link InvalidExcerpts}. Not thread-safe,
 * like its {@link Draws}.
 */
public final class BrokenTallies {

  private final Draws random;
  private final RandomTexts texts;
  private final RandomVotes votes;

  /** The generator drawing from {@code random}. */
  public BrokenTallies(Draws random) {
    this.random = random;
    this.texts = new RandomTexts(random);
    this.votes = new RandomVotes(random);
  }

  /**
   * The excerpt with a tally that breaks the rule: a unanimous decision of a split vote, a group named
   * twice or without counts, more votes than seats, a stated total that is not the sum of the groups.
   */
  Invalid invalid(Excerpt e, String rule) {
    AgendaItem item = e.agendaItem();
    return switch (rule) {
      case "org.ratsinfo.rule.decision.notUnanimous" -> {
        VoteTally tally = votes.voteTally(false);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        VoteCounts against = VoteCounts.of(random.nextInt(20), 1 + random.nextInt(5), random.nextInt(3));
        if (tally.statedTotal() != null || groups.isEmpty()) {
          groups.replaceAll(g -> g.withCounts(null));
          tally = new VoteTally(groups, against);
        } else if (tally.voteTaken()) {
          groups.set(0, new VotingGroup(groups.get(0).name(), null, against));
          tally = VoteTally.of(groups);
        } else {
          tally = new VoteTally(groups, against);
        }
        yield new Invalid("unanimous decision of a split vote", e.withAgendaItem(item.toBuilder()
            .decision(new Decision(DecisionKind.ADOPTED_UNANIMOUSLY,
                random.chance(0.5) ? texts.phrase(1, 3, 300) : null))
            .voteTally(tally).build()), "agendaItem.decision", rule, List.of());
      }
      case "org.ratsinfo.rule.tally.duplicateGroup" -> {
        VoteTally tally = takenTally(2);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        int j = 1 + random.nextInt(groups.size() - 1);
        int i = random.nextInt(j);
        groups.set(j, new VotingGroup(groups.get(i).name(), groups.get(j).seats(), groups.get(j).counts()));
        yield withTally(e, "duplicate group name", new VoteTally(groups, tally.statedTotal()),
            "agendaItem.votes[0].tally.groups[" + j + "].name", rule);
      }
      case "org.ratsinfo.rule.tally.missingCounts" -> {
        VoteTally tally = takenTally(2);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        int j = random.nextInt(groups.size());
        groups.set(j, groups.get(j).withCounts(null));
        yield withTally(e, "a group without counts", new VoteTally(groups, tally.statedTotal()),
            "agendaItem.votes[0].tally.groups[" + j + "].counts", rule);
      }
      case "org.ratsinfo.rule.tally.seats" -> {
        VoteTally tally = takenTally(1);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        int j = random.nextInt(groups.size());
        VotingGroup g = groups.get(j);
        VoteCounts c = g.counts();
        if (c.members() == 0) {
          c = new VoteCounts(1, c.no(), c.abstentions(), c.biased(), c.absent());
        }
        groups.set(j, new VotingGroup(g.name(), random.nextInt(c.members()), c));
        VoteCounts sum = groups.stream().map(VotingGroup::counts).reduce(VoteCounts::plus).orElseThrow();
        yield withTally(e, "more votes than seats", new VoteTally(groups, tally.statedTotal() == null ? null : sum),
            "agendaItem.votes[0].tally.groups[" + j + "].counts", rule);
      }
      case "org.ratsinfo.rule.tally.total" -> {
        VoteTally tally = takenTally(1);
        VoteCounts sum = tally.groups().stream().map(VotingGroup::counts).reduce(VoteCounts::plus)
            .orElseThrow();
        int delta = 1 + random.nextInt(5);
        String option = sum.biased() != null && random.chance(0.3) ? "biased" : random.pick("yes", "no", "abstentions");
        VoteCounts stated = switch (option) {
          case "yes" -> new VoteCounts(sum.yes() + delta, sum.no(), sum.abstentions(), sum.biased(), sum.absent());
          case "no" -> new VoteCounts(sum.yes(), sum.no() + delta, sum.abstentions(), sum.biased(), sum.absent());
          case "abstentions" -> new VoteCounts(sum.yes(), sum.no(), sum.abstentions() + delta, sum.biased(),
              sum.absent());
          default -> new VoteCounts(sum.yes(), sum.no(), sum.abstentions(),
              random.chance(0.5) ? null : sum.biased() + delta, sum.absent());
        };
        yield withTally(e, "stated total off", new VoteTally(tally.groups(), stated),
            "agendaItem.votes[0].tally.statedTotal." + option, rule);
      }
      default -> throw new IllegalArgumentException("cannot break " + rule);
    };
  }

  /** A tally where each of at least {@code minGroups} groups has counts, possibly with a stated total. */
  VoteTally takenTally(int minGroups) {
    while (true) {
      VoteTally tally = votes.voteTally(false);
      if (tally.groups().size() >= minGroups && tally.groups().stream().allMatch(g -> g.counts() != null)) {
        return tally;
      }
    }
  }

  /** The excerpt with the tally as its item's, and a decision no tally contradicts (none, adopted, rejected). */
  Invalid withTally(Excerpt e, String name, VoteTally tally, String path, String rule) {
    // A decision other than "unanimous", so that a changed tally breaks no second rule.
    Decision decision = random.chance(0.5) ? null
        : new Decision(random.pick(DecisionKind.ADOPTED, DecisionKind.REJECTED), null);
    return new Invalid(name, e.withAgendaItem(e.agendaItem().toBuilder().decision(decision).voteTally(tally).build()),
        path, rule, List.of());
  }
}
