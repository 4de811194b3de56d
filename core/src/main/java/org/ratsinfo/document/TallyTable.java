package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;

/**
 * Lays out a vote tally as a {@link Table}: columns "gesamt" and each group, rows dafür, dagegen,
 * Enthaltung (befangen and nicht anwesend where the tally records them); transposed where the groups
 * would not fit across a page or the layout says so.
 */
final class TallyTable {

  private TallyTable() {}

  static Table table(LayoutContext context, VoteTally tally) {
    Labels labels = context.labels;
    List<VoteOption> options = new ArrayList<>(
        List.of(VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION));
    if (tally.records(VoteOption.BIASED)) {
      options.add(VoteOption.BIASED);
    }
    if (tally.records(VoteOption.ABSENT)) {
      options.add(VoteOption.ABSENT);
    }
    List<String> optionLabels = new ArrayList<>();
    for (VoteOption option : options) {
      optionLabels.add(labels.get("vote." + option.name()));
    }
    List<String> groupLabels = new ArrayList<>();
    groupLabels.add(labels.get("vote.total"));
    for (VotingGroup group : tally.groups()) {
      groupLabels.add(group.name());
    }
    // Per group (the total first), its count of each option.
    @Nullable VoteCounts total = tally.total().orElse(null);
    List<List<String>> counts = new ArrayList<>();
    counts.add(cells(total, options));
    for (VotingGroup group : tally.groups()) {
      counts.add(cells(group.counts(), options));
    }
    boolean asRows = switch (context.tallyLayout) {
      case GROUPS_AS_ROWS -> true;
      case GROUPS_AS_COLUMNS -> false;
      case AUTO -> !context.tallyFit.fitsAsColumns(optionLabels, groupLabels, counts);
    };
    List<Table.Row> rows = new ArrayList<>();
    List<String> columns;
    if (asRows) {
      columns = optionLabels;
      for (int g = 0; g < groupLabels.size(); g++) {
        rows.add(new Table.Row(groupLabels.get(g), counts.get(g)));
      }
    } else {
      columns = groupLabels;
      for (int o = 0; o < options.size(); o++) {
        List<String> cells = new ArrayList<>(counts.size());
        for (List<String> group : counts) {
          cells.add(group.get(o));
        }
        rows.add(new Table.Row(optionLabels.get(o), cells));
      }
    }
    return new Table(labels.get("vote.caption"), "", columns, rows,
        tally.voteTaken() ? null : labels.get("vote.notTaken"));
  }

  private static List<String> cells(@Nullable VoteCounts counts, List<VoteOption> options) {
    List<String> cells = new ArrayList<>(options.size());
    for (VoteOption option : options) {
      cells.add(cell(counts, option));
    }
    return cells;
  }

  private static String cell(@Nullable VoteCounts counts, VoteOption option) {
    if (counts == null) {
      return "";
    }
    Integer count = counts.count(option);
    return count == null ? "" : Integer.toString(count);
  }
}
