package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.RequiredMajority;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingMethod;

/**
 * Lays out an item's votes as councils print them: each with a heading from its title or subject, the
 * movers and the motion's wording, how it was taken where not openly, the majority required where not
 * simple, the members present and entitled to vote, the tally, the roll call, and the outcome line;
 * and the members excluded for bias. An item's only vote is one {@link SectionKind#VOTE} section,
 * headed "Abstimmungsergebnis" where it has no title and is on the main motion (as an excerpt has
 * always shown its tally); several votes are sections of one {@link SectionKind#VOTES} section.
 */
final class VoteSections {

  private VoteSections() {}

  static void add(LayoutContext context, Redaction redaction, AgendaItem item, List<Block> blocks) {
    List<Vote> votes = item.votes();
    Paragraph biasNote = redaction.shows(FieldKey.EXCLUDED_FOR_BIAS)
        ? biasNote(context, item.excludedForBias())
        : null;
    if (votes.isEmpty()) {
      if (biasNote != null) {
        blocks.add(context.section(SectionKind.BIAS, List.of(biasNote)));
      }
      return;
    }
    if (votes.size() == 1) {
      Vote vote = votes.get(0);
      String title = vote.title();
      String heading = title != null ? title
          : vote.subject() == VoteSubject.MAIN ? context.labels.get("heading." + SectionKind.VOTE.name())
          : subject(context, vote);
      blocks.add(new Section(SectionKind.VOTE, heading, voteBlocks(context, redaction, vote, biasNote),
          title != null ? context.dataLanguage : null));
      return;
    }
    List<Block> sections = new ArrayList<>(votes.size() + 1);
    if (biasNote != null) {
      sections.add(biasNote);
    }
    for (int i = 0; i < votes.size(); i++) {
      Vote vote = votes.get(i);
      String name = vote.title() != null ? vote.title() : subject(context, vote);
      sections.add(new Section(SectionKind.VOTE,
          context.labels.format("vote.heading.numbered", Integer.toString(i + 1), name),
          voteBlocks(context, redaction, vote, null)));
    }
    blocks.add(context.section(SectionKind.VOTES, sections));
  }

  private static String subject(LayoutContext context, Vote vote) {
    return context.labels.get("vote.subject." + vote.subject().name());
  }

  private static List<Block> voteBlocks(LayoutContext context, Redaction redaction, Vote vote,
      @Nullable Paragraph biasNote) {
    Labels labels = context.labels;
    List<Block> blocks = new ArrayList<>();
    if (!vote.movers().isEmpty() && redaction.shows(FieldKey.MOVERS)) {
      StringJoiner movers = new StringJoiner("; ");
      for (Mover mover : vote.movers()) {
        movers.add(mover.displayName());
      }
      blocks.add(new Paragraph(Paragraph.Style.NOTE, labels.format("vote.movers", movers.toString())));
    }
    Text motion = vote.motion();
    if (motion != null) {
      blocks.addAll(context.paragraphs(Paragraph.Style.NORMAL, motion));
    }
    if (vote.method() != VotingMethod.OPEN) {
      blocks.add(note(labels.get("vote.method." + vote.method().name())));
    }
    RequiredMajority majority = vote.majority();
    if (majority != null && majority != RequiredMajority.SIMPLE) {
      Integer members = vote.statutoryMembers();
      blocks.add(note(labels.format("vote.majority." + majority.name(),
          members == null ? "" : members.toString())));
    }
    String attendance = attendance(labels, vote.present(), vote.eligible());
    if (attendance != null) {
      blocks.add(note(attendance));
    }
    Optional<VoteTally> tally = vote.effectiveTally();
    tally.ifPresent(t -> blocks.add(TallyTable.table(context, t)));
    if (!vote.ballots().isEmpty() && redaction.shows(FieldKey.BALLOTS)) {
      // A "biased" ballot names a member excluded for bias: withheld with the bias note (the count stays).
      List<Ballot> ballots = redaction.shows(FieldKey.EXCLUDED_FOR_BIAS) ? vote.ballots()
          : vote.ballots().stream().filter(b -> b.option() != VoteOption.BIASED).toList();
      if (!ballots.isEmpty()) {
        blocks.add(rollCall(labels, ballots));
      }
    }
    if (biasNote != null) {
      blocks.add(biasNote);
    }
    if (redaction.shows(FieldKey.DECISION)) {
      outcome(context, vote, tally.orElse(null)).ifPresent(blocks::add);
    }
    return blocks;
  }

  /**
   * The outcome line: stated by the source, or what the counts give under the vote's rule. As {@link
   * Vote#outcome}, but from the tally the caller already has: a vote's tally counted from its ballots
   * is counted once per layout.
   */
  private static Optional<Paragraph> outcome(LayoutContext context, Vote vote, @Nullable VoteTally tally) {
    boolean taken = tally != null && tally.voteTaken();
    VoteOutcome stated = vote.result();
    if (!taken && stated == null) {
      return Optional.empty();
    }
    Optional<VoteOutcome> outcome = stated != null ? Optional.of(stated)
        : tally.outcome(vote.rule(context.majorityRule));
    return outcome.map(o -> {
      String key = o == VoteOutcome.ADOPTED && taken && tally.unanimous()
          ? "vote.outcome.unanimous"
          : "vote.outcome." + o.name();
      return note(context.labels.get(key));
    });
  }

  private static @Nullable String attendance(Labels labels, @Nullable Integer present,
      @Nullable Integer eligible) {
    if (present != null && eligible != null) {
      return labels.format("vote.presentEligible", present.toString(), eligible.toString());
    }
    if (present != null) {
      return labels.format("vote.present", present.toString());
    }
    return eligible == null ? null : labels.format("vote.eligible", eligible.toString());
  }

  /** The roll call: one row per member, the voting group where any ballot names one, and the vote. */
  private static Table rollCall(Labels labels, List<Ballot> ballots) {
    boolean grouped = ballots.stream().anyMatch(b -> b.group() != null);
    List<String> columns = grouped
        ? List.of(labels.get("vote.rollCall.group"), labels.get("vote.rollCall.option"))
        : List.of(labels.get("vote.rollCall.option"));
    List<Table.Row> rows = new ArrayList<>(ballots.size());
    for (Ballot ballot : ballots) {
      String option = labels.get("vote." + ballot.option().name());
      String group = ballot.group();
      rows.add(new Table.Row(ballot.person().listName(),
          grouped ? List.of(group == null ? "" : group, option) : List.of(option)));
    }
    return new Table(labels.get("vote.rollCall.caption"), labels.get("vote.rollCall.name"), columns,
        rows, null);
  }

  private static @Nullable Paragraph biasNote(LayoutContext context, List<BiasExclusion> exclusions) {
    if (exclusions.isEmpty()) {
      return null;
    }
    StringJoiner members = new StringJoiner("; ");
    for (BiasExclusion exclusion : exclusions) {
      String name = exclusion.person().listName();
      String reason = exclusion.reason();
      members.add(reason == null ? name : context.labels.format("bias.member.reason", name, reason));
    }
    return note(context.labels.format("bias.note", members.toString()));
  }

  private static Paragraph note(String text) {
    return new Paragraph(Paragraph.Style.NOTE, text);
  }
}
