package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * One vote taken at an agenda item (Abstimmung): what was voted on, how, and the result. An item has
 * its votes in the order they were taken, e.g. a procedural motion, three amendments and then the main
 * motion. Beyond OParl; Popolo: a {@code VoteEvent} of a {@code Motion}.
 *
 * <p>The result is given as a {@link #tally() tally} per voting group, as the {@link #ballots() ballots}
 * of a roll call, or both (then validation checks that they agree). The {@link #result() result} is
 * stated by the source or, where it is absent, derived from the counts under the {@link #majority()
 * majority} the vote needs: see {@link #outcome(MajorityRule)}.
 *
 * @param subject what was voted on
 * @param title the title as recorded, e.g. "Änderungsantrag der CDU-Fraktion"; optional
 * @param motion the wording voted on (Antragstext); optional
 * @param movers who moved the motion, in order
 * @param method how the vote was taken
 * @param present the members present at the vote; optional
 * @param eligible the members present and entitled to vote (stimmberechtigt); optional
 * @param majority the majority needed where it is not the simple majority; optional (simple, or the
 *     rule the layout is configured with)
 * @param statutoryMembers the number of statutory members (gesetzliche Mitgliederzahl), for a majority
 *     counted against it; optional otherwise
 * @param tally the counts per voting group; optional
 * @param ballots the members' votes of a roll call, in the order recorded; empty for an open vote whose
 *     individual votes were not recorded, and always for a secret ballot
 * @param result the outcome as stated by the source; optional (derived from the counts)
 */
public record Vote(
    VoteSubject subject,
    @Size(max = 1000) @XmlText @Nullable String title,
    @Valid @Nullable Text motion,
    @Size(max = 100) List<@Valid Mover> movers,
    VotingMethod method,
    @PositiveOrZero @Nullable Integer present,
    @PositiveOrZero @Nullable Integer eligible,
    @Nullable RequiredMajority majority,
    @Positive @Nullable Integer statutoryMembers,
    @Valid @Nullable VoteTally tally,
    @Size(max = 2000) List<@Valid Ballot> ballots,
    @Nullable VoteOutcome result) {

  /** Checks that subject and method are present, copies the lists, treats a blank title as absent. */
  public Vote {
    Objects.requireNonNull(subject, "subject");
    title = Values.optional(title);
    movers = Values.list(movers, "movers");
    Objects.requireNonNull(method, "method");
    ballots = Values.list(ballots, "ballots");
  }

  /** An open vote on the main motion with the given tally: what a single tally of an item stands for. */
  public static Vote of(VoteTally tally) {
    return builder().tally(Objects.requireNonNull(tally, "tally")).build();
  }

  /** A new builder: an open vote on the main motion, nothing else given. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this vote's values. */
  public Builder toBuilder() {
    return new Builder().subject(subject).title(title).motion(motion).movers(movers).method(method)
        .present(present).eligible(eligible).majority(majority).statutoryMembers(statutoryMembers)
        .tally(tally).ballots(ballots).result(result);
  }

  /** A copy with the given tally. */
  public Vote withTally(@Nullable VoteTally tally) {
    return toBuilder().tally(tally).build();
  }

  /** A copy with the given ballots. */
  public Vote withBallots(List<Ballot> ballots) {
    return toBuilder().ballots(ballots).build();
  }

  /** A copy with the given stated result. */
  public Vote withResult(@Nullable VoteOutcome result) {
    return toBuilder().result(result).build();
  }

  /**
   * The tally as shown: the {@link #tally()} if given, else one counted from the ballots (per voting
   * group in the order the groups first appear, "biased" and "absent" counted in every group where
   * some ballot records them; only a total where a ballot names no group); empty where neither is
   * given.
   */
  public Optional<VoteTally> effectiveTally() {
    if (tally != null) {
      return Optional.of(tally);
    }
    if (ballots.isEmpty()) {
      return Optional.empty();
    }
    boolean grouped = ballots.stream().allMatch(b -> b.group() != null);
    if (!grouped) {
      return Optional.of(new VoteTally(List.of(), count(ballots)));
    }
    Map<String, List<Ballot>> byGroup = new LinkedHashMap<>();
    for (Ballot ballot : ballots) {
      byGroup.computeIfAbsent(Objects.requireNonNull(ballot.group()), g -> new ArrayList<>()).add(ballot);
    }
    // An option some member chose is counted in every group, as 0 where none of its members did.
    VoteCounts all = count(ballots);
    List<VotingGroup> groups = new ArrayList<>(byGroup.size());
    byGroup.forEach((name, list) -> {
      VoteCounts c = count(list);
      groups.add(VotingGroup.of(name, new VoteCounts(c.yes(), c.no(), c.abstentions(),
          all.biased() == null ? null : Objects.requireNonNullElse(c.biased(), 0),
          all.absent() == null ? null : Objects.requireNonNullElse(c.absent(), 0))));
    });
    return Optional.of(VoteTally.of(groups));
  }

  /**
   * The counts of a list of ballots: yes, no and abstentions always; biased and absent where some
   * ballot records them.
   */
  public static VoteCounts count(List<Ballot> ballots) {
    Map<VoteOption, Integer> counts = new EnumMap<>(VoteOption.class);
    for (Ballot ballot : ballots) {
      counts.merge(ballot.option(), 1, Integer::sum);
    }
    return new VoteCounts(counts.getOrDefault(VoteOption.YES, 0), counts.getOrDefault(VoteOption.NO, 0),
        counts.getOrDefault(VoteOption.ABSTENTION, 0), counts.get(VoteOption.BIASED),
        counts.get(VoteOption.ABSENT));
  }

  /**
   * The rule this vote is decided by: its own {@link #majority()} where one is given, else the given
   * default.
   *
   * @param defaultRule the rule for a vote that names no majority, e.g. {@link MajorityRule#SIMPLE}
   * @return the rule
   * @throws IllegalArgumentException if the majority counts against the statutory members and their
   *     number is missing (validation reports this first)
   */
  public MajorityRule rule(MajorityRule defaultRule) {
    Objects.requireNonNull(defaultRule, "defaultRule");
    return majority == null ? defaultRule : majority.rule(statutoryMembers);
  }

  /**
   * The outcome that the counts give under the vote's rule (see {@link #rule(MajorityRule)}); empty
   * where no vote was taken or no counts are known.
   */
  public Optional<VoteOutcome> derivedOutcome(MajorityRule defaultRule) {
    MajorityRule rule = rule(defaultRule);
    return effectiveTally().filter(VoteTally::voteTaken).flatMap(t -> t.total()).map(rule::decide);
  }

  /**
   * The outcome: the stated {@link #result()} if there is one, else {@link
   * #derivedOutcome(MajorityRule)}.
   */
  public Optional<VoteOutcome> outcome(MajorityRule defaultRule) {
    return result != null ? Optional.of(result) : derivedOutcome(defaultRule);
  }

  /** Builds a {@link Vote}; not thread-safe. */
  public static final class Builder {
    private VoteSubject subject = VoteSubject.MAIN;
    private @Nullable String title;
    private @Nullable Text motion;
    private List<Mover> movers = List.of();
    private VotingMethod method = VotingMethod.OPEN;
    private @Nullable Integer present;
    private @Nullable Integer eligible;
    private @Nullable RequiredMajority majority;
    private @Nullable Integer statutoryMembers;
    private @Nullable VoteTally tally;
    private List<Ballot> ballots = List.of();
    private @Nullable VoteOutcome result;

    private Builder() {}

    /** See {@link Vote#subject()}; default {@link VoteSubject#MAIN}. */
    public Builder subject(VoteSubject subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /** See {@link Vote#title()}. */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /** See {@link Vote#motion()}. */
    public Builder motion(@Nullable Text motion) {
      this.motion = motion;
      return this;
    }

    /** The motion's wording, paragraphs separated by blank lines. */
    public Builder motion(String motion) {
      return motion(Text.of(motion));
    }

    /** See {@link Vote#movers()}. */
    public Builder movers(List<Mover> movers) {
      this.movers = List.copyOf(movers);
      return this;
    }

    /** See {@link Vote#method()}; default {@link VotingMethod#OPEN}. */
    public Builder method(VotingMethod method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /** See {@link Vote#present()}. */
    public Builder present(@Nullable Integer present) {
      this.present = present;
      return this;
    }

    /** See {@link Vote#eligible()}. */
    public Builder eligible(@Nullable Integer eligible) {
      this.eligible = eligible;
      return this;
    }

    /** See {@link Vote#majority()}. */
    public Builder majority(@Nullable RequiredMajority majority) {
      this.majority = majority;
      return this;
    }

    /** See {@link Vote#statutoryMembers()}. */
    public Builder statutoryMembers(@Nullable Integer statutoryMembers) {
      this.statutoryMembers = statutoryMembers;
      return this;
    }

    /** See {@link Vote#tally()}. */
    public Builder tally(@Nullable VoteTally tally) {
      this.tally = tally;
      return this;
    }

    /** See {@link Vote#ballots()}. */
    public Builder ballots(List<Ballot> ballots) {
      this.ballots = List.copyOf(ballots);
      return this;
    }

    /** See {@link Vote#result()}. */
    public Builder result(@Nullable VoteOutcome result) {
      this.result = result;
      return this;
    }

    /** The vote. */
    public Vote build() {
      return new Vote(subject, title, motion, movers, method, present, eligible, majority,
          statutoryMembers, tally, ballots, result);
    }
  }
}
