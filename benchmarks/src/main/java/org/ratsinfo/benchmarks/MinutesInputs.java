package org.ratsinfo.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingMethod;

/**
 * Meetings of any number of agenda items for the minutes benchmarks, made from the Musterstadt meeting
 * ({@link Inputs#musterstadt()}): its 26 items repeated in turn, every open vote taken by roll call of
 * the members present, so that each item carries the tables that make minutes long.
 */
public final class MinutesInputs {

  private static final VoteOption[] OPTIONS = {
    VoteOption.YES, VoteOption.YES, VoteOption.NO, VoteOption.YES, VoteOption.ABSTENTION
  };

  private MinutesInputs() {}

  /**
   * The Musterstadt meeting grown or shrunk to a number of items: item {@code i} is the sample's item
   * {@code i mod 26}, renumbered within its part (public items first, then the non-public ones), its
   * title marked with the round from the second round on, each of its votes that is not secret a roll
   * call of every member present (but those excluded for bias at the item), voting yes, no and
   * abstaining in a pattern that shifts from item to item and keeps the sample's outcome (unanimous,
   * adopted or rejected). Tallies and results are counted from the ballots.
   *
   * @param items how many agenda items, at least 1
   * @return the meeting, for the internal audience
   */
  public static MeetingExcerpts withItems(int items) {
    if (items < 1) {
      throw new IllegalArgumentException("items: " + items);
    }
    MeetingExcerpts sample = Inputs.musterstadt();
    List<AgendaItem> agenda = sample.meeting().agenda();
    List<Participant> present = sample.meeting().participants().stream()
        .filter(p -> p.attendance().isPresent()).toList();
    List<AgendaItem> open = new ArrayList<>();
    List<AgendaItem> closed = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      AgendaItem template = agenda.get(i % agenda.size());
      int round = i / agenda.size();
      AgendaItem.Builder item = template.toBuilder().id(null)
          .votes(rollCalls(template, present, i));
      if (round > 0) {
        item.title(template.title() + " (Runde " + (round + 1) + ")");
      }
      (template.visibility() == Visibility.PUBLIC ? open : closed).add(item.build());
    }
    List<AgendaItem> renumbered = new ArrayList<>(items);
    renumber(open, renumbered);
    renumber(closed, renumbered);
    return sample.withMeeting(sample.meeting().withAgenda(renumbered));
  }

  /** Numbers the items of one part 1, 2, 3 … and appends them, their order following on. */
  private static void renumber(List<AgendaItem> part, List<AgendaItem> into) {
    for (int n = 0; n < part.size(); n++) {
      into.add(part.get(n).toBuilder().number(String.valueOf(n + 1)).order(into.size()).build());
    }
  }

  private static List<Vote> rollCalls(AgendaItem item, List<Participant> present, int shift) {
    Set<Person> biased = item.excludedForBias().stream().map(BiasExclusion::person)
        .collect(Collectors.toSet());
    List<Vote> votes = new ArrayList<>(item.votes().size());
    for (Vote vote : item.votes()) {
      if (vote.method() == VotingMethod.SECRET) {
        votes.add(vote);
        continue;
      }
      // the ballots keep the sample's outcome: unanimous stays unanimous, rejected stays rejected
      boolean unanimous = vote.effectiveTally().filter(VoteTally::voteTaken)
          .map(VoteTally::unanimous).orElse(false);
      boolean rejected = vote.result() == VoteOutcome.REJECTED
          || vote.derivedOutcome(MajorityRule.SIMPLE).orElse(null) == VoteOutcome.REJECTED;
      List<Ballot> ballots = new ArrayList<>(present.size());
      for (int m = 0; m < present.size(); m++) {
        Participant p = present.get(m);
        if (!biased.contains(p.person())) {
          VoteOption option = unanimous ? VoteOption.YES : OPTIONS[(m + shift) % OPTIONS.length];
          if (rejected && option != VoteOption.ABSTENTION) {
            option = option == VoteOption.YES ? VoteOption.NO : VoteOption.YES;
          }
          ballots.add(Ballot.of(p.person(), p.group(), option));
        }
      }
      // the sample's counts and stated result belong to its show of hands: the ballots count now
      votes.add(vote.toBuilder().method(VotingMethod.ROLL_CALL).ballots(ballots).tally(null)
          .present(null).eligible(null).result(null).build());
    }
    return votes;
  }
}
