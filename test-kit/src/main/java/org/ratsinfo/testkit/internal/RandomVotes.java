package org.ratsinfo.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.RequiredMajority;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.model.VotingMethod;

/**
 * Random valid votes of an agenda item: tallies per group or as a stated total, roll calls with their
 * ballots, procedural motions and amendments before the main vote, members excluded for bias. Not
 * thread-safe, like its {@link Draws}.
 */
public final class RandomVotes {

  private final Draws random;
  private final RandomTexts texts;
  private final RandomPeople people;

  /** The generator drawing from {@code random}. */
  public RandomVotes(Draws random) {
    this.random = random;
    this.texts = new RandomTexts(random);
    this.people = new RandomPeople(random);
  }

  /**
   * Valid votes around an item's main vote (if it has one): procedural motions, amendments and separate
   * points before it, open, secret or by roll call, with titles, motions, movers, attendance, majorities
   * and stated results that agree with the counts; the members excluded for bias vote "biased" in a
   * roll call or not at all.
   *
   * @param main the main vote, or none
   * @param bias the members excluded for bias from the item
   * @param unanimous whether the item's decision says unanimous, which the last vote must then be
   * @return the votes in the order taken, the main vote last
   */
  List<Vote> votes(List<Vote> main, List<BiasExclusion> bias, boolean unanimous) {
    List<Vote> votes = new ArrayList<>();
    if (main.isEmpty() && unanimous) {
      return votes;
    }
    for (int n = random.chance(0.7) ? 0 : 1 + random.nextInt(3); n > 0; n--) {
      votes.add(vote(random.pick(VoteSubject.AMENDMENT, VoteSubject.SUPPLEMENTARY, VoteSubject.PROCEDURAL,
          VoteSubject.SEPARATE_POINT, VoteSubject.OTHER), bias));
    }
    for (Vote vote : main) {
      votes.add(random.chance(0.5) ? enrich(vote.toBuilder(), vote.effectiveTally().orElse(null)).build() : vote);
    }
    if (main.isEmpty() && random.chance(0.15)) {
      votes.add(vote(VoteSubject.MAIN, bias));
    }
    return votes;
  }

  /** A valid vote on the subject: a tally, or a roll call with or without the tally of its ballots. */
  private Vote vote(VoteSubject subject, List<BiasExclusion> bias) {
    Vote.Builder vote = Vote.builder().subject(subject);
    VoteTally tally;
    switch (random.nextInt(3)) {
      case 0 -> {
        tally = voteTally(false);
        vote.tally(tally);
      }
      case 1 -> {
        tally = voteTally(false);
        vote.method(VotingMethod.SECRET).tally(tally);
      }
      default -> {
        List<Ballot> ballots = ballots(bias);
        vote.method(VotingMethod.ROLL_CALL).ballots(ballots);
        Vote counted = vote.build();
        tally = counted.effectiveTally().orElseThrow();
        if (random.chance(0.4) && ballots.stream().allMatch(b -> b.group() != null)) {
          vote.tally(tally);
        }
      }
    }
    return enrich(vote, tally).build();
  }

  /** A vote's optional parts: title, motion, movers, attendance, a majority and a stated result. */
  private Vote.Builder enrich(Vote.Builder vote, @Nullable VoteTally tally) {
    vote.title(random.chance(0.4) ? texts.phrase(1, 8, 1000) : null)
        .motion(random.chance(0.3) ? texts.text() : null)
        .present(random.chance(0.2) ? random.nextInt(100) : null)
        .eligible(random.chance(0.2) ? random.nextInt(100) : null);
    if (random.chance(0.3)) {
      List<Mover> movers = new ArrayList<>();
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        movers.add(random.chance(0.5) ? Mover.of(people.person())
            : Mover.of(people.organization(OrganizationType.FACTION)));
      }
      vote.movers(movers);
    }
    RequiredMajority majority = random.chance(0.2) ? random.pick(RequiredMajority.values()) : null;
    vote.majority(majority)
        .statutoryMembers(majority != null && majority.needsStatutoryMembers() || random.chance(0.1)
            ? 1 + random.nextInt(90) : null);
    if (random.chance(0.3)) {
      Vote built = vote.build();
      vote.result(built.derivedOutcome(MajorityRule.SIMPLE)
          .orElseGet(() -> random.pick(VoteOutcome.values())));
    }
    return vote;
  }

  /** The ballots of a roll call: distinct members, those excluded for bias voting "biased" or not at all. */
  private List<Ballot> ballots(List<BiasExclusion> bias) {
    List<Ballot> ballots = new ArrayList<>();
    List<String> groups = groupNames(1 + random.nextInt(4));
    boolean grouped = random.chance(0.85);
    for (int i = random.nextInt(12); i >= 0; i--) {
      Person member = people.person().toBuilder().id("https://oparl.example/person/ballot-" + i).build();
      ballots.add(Ballot.of(member, grouped ? random.pick(groups.toArray(String[]::new)) : null,
          random.pick(VoteOption.YES, VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION, VoteOption.ABSENT)));
    }
    for (BiasExclusion exclusion : bias) {
      if (random.chance(0.5)) {
        ballots.add(random.nextInt(ballots.size() + 1), Ballot.of(exclusion.person(),
            grouped ? random.pick(groups.toArray(String[]::new)) : null, VoteOption.BIASED));
      }
    }
    return ballots;
  }

  /** Members excluded for bias, each distinct from every other person drawn. */
  List<BiasExclusion> biasExclusions() {
    List<BiasExclusion> list = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      Person member = people.person().toBuilder().id("https://oparl.example/person/biased-" + i).build();
      list.add(BiasExclusion.of(member, random.chance(0.6) ? texts.phrase(1, 8, 1000) : null));
    }
    return list;
  }

  /**
   * A valid vote tally: not taken, per group (with and without biased and absent, with and without
   * seats that are respected, with and without a stated total that matches), or a stated total alone.
   *
   * @param unanimous whether a vote, if taken, must be unanimous
   */
  VoteTally voteTally(boolean unanimous) {
    List<String> names = groupNames(random.nextInt(7));
    List<VotingGroup> groups = new ArrayList<>();
    switch (random.nextInt(5)) {
      case 0 -> {
        for (String name : names) {
          groups.add(new VotingGroup(name, random.chance(0.3) ? random.nextInt(40) : null, null));
        }
        return random.chance(0.5) && groups.stream().allMatch(g -> g.seats() == null)
            ? VoteTally.notTaken(names) : new VoteTally(groups, null);
      }
      case 1 -> {
        for (String name : names) {
          groups.add(new VotingGroup(name, random.chance(0.3) ? random.nextInt(40) : null, null));
        }
        return new VoteTally(groups, counts(unanimous, true));
      }
      default -> {
        if (names.isEmpty()) {
          names = groupNames(1);
        }
        boolean biased = random.chance(0.4);
        boolean absent = random.chance(0.4);
        for (String name : names) {
          VoteCounts counts = counts(unanimous, false);
          if (biased || random.chance(0.1)) {
            counts = new VoteCounts(counts.yes(), counts.no(), counts.abstentions(), random.nextInt(3),
                counts.absent());
          }
          if (absent || random.chance(0.1)) {
            counts = new VoteCounts(counts.yes(), counts.no(), counts.abstentions(), counts.biased(),
                random.nextInt(4));
          }
          Integer seats = random.chance(0.5) ? counts.members() + random.nextInt(3) : null;
          groups.add(new VotingGroup(name, seats, counts));
        }
        if (unanimous && groups.stream().allMatch(g -> g.counts().yes() == 0)) {
          VotingGroup first = groups.get(0);
          VoteCounts c = first.counts();
          groups.set(0, new VotingGroup(first.name(), first.seats() == null ? null : first.seats() + 1,
              new VoteCounts(1, 0, 0, c.biased(), c.absent())));
        }
        VoteCounts sum = groups.stream().map(VotingGroup::counts).reduce(VoteCounts::plus).orElseThrow();
        return new VoteTally(groups, random.chance(0.4) ? sum : null);
      }
    }
  }

  private VoteCounts counts(boolean unanimous, boolean optionals) {
    int yes = random.nextInt(25);
    if (unanimous) {
      return new VoteCounts(Math.max(1, yes), 0, 0, optionals && random.chance(0.3) ? random.nextInt(3) : null,
          optionals && random.chance(0.3) ? random.nextInt(5) : null);
    }
    return new VoteCounts(yes, random.nextInt(25), random.nextInt(6),
        optionals && random.chance(0.3) ? random.nextInt(3) : null,
        optionals && random.chance(0.3) ? random.nextInt(5) : null);
  }

  private List<String> groupNames(int count) {
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      names.add(random.chance(0.7) ? random.pick(RandomPeople.FACTIONS) : texts.phrase(1, 3, 100));
    }
    return new ArrayList<>(names);
  }
}
