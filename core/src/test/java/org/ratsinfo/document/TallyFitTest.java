package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.render.RenderOptions;

/** The decision whether a tally's groups fit as columns is the configuration's, the estimate its default. */
class TallyFitTest {

  /** Nine groups of a city council: columns on the default A4 page. */
  private static VoteTally nineGroups() {
    List<VotingGroup> groups = new ArrayList<>();
    for (String name : List.of("SPD", "CDU", "Grüne", "Linke", "Piraten/AL", "AfD", "FDP", "UB", "OB")) {
      groups.add(VotingGroup.of(name, VoteCounts.of(12, 3, 1)));
    }
    return VoteTally.of(groups);
  }

  private static boolean columns(ExcerptLayout layout) {
    AgendaItemTables tables = new AgendaItemTables(layout);
    return tables.tally().columnHeaders().size() == 10;
  }

  @Test
  void theEstimateIsTheDefaultAndKeepsACouncilsGroupsAsColumns() {
    assertSame(TallyFit.estimate(), ExcerptLayout.standard().tallyFit());
    assertSame(TallyFit.estimate(), RenderOptions.defaults().tallyFit());
    assertEquals(true, columns(ExcerptLayout.standard()));
  }

  @Test
  void aNarrowerPageTurnsTheSameTallyIntoRows() {
    // The same nine groups in a table font twice as large: half the ems across the page.
    ExcerptLayout large = ExcerptLayout.builder().tallyFit(TallyFit.estimate(27.7)).build();
    assertEquals(false, columns(large));
    ExcerptLayout wide = ExcerptLayout.builder().tallyFit(TallyFit.estimate(200)).build();
    assertEquals(true, columns(wide));
  }

  @Test
  void aDecisionOfTheIntegratorsOwnIsAskedWithTheTallysLabels() {
    List<List<String>> asked = new ArrayList<>();
    TallyFit never = (rows, headers, cells) -> {
      asked.add(headers);
      return false;
    };
    RenderOptions options = RenderOptions.builder().tallyFit(never).build();
    assertSame(never, options.tallyFit());
    assertSame(never, options.toBuilder().build().tallyFit());
    assertEquals(false, columns(options.layout()));
    assertEquals(List.of("gesamt", "SPD", "CDU", "Grüne", "Linke", "Piraten/AL", "AfD", "FDP", "UB", "OB"),
        asked.get(0));
  }

  @Test
  void theShapeGivenOutrightIsNotAsked() {
    TallyFit refuse = (rows, headers, cells) -> {
      throw new AssertionError("asked");
    };
    assertEquals(true, columns(ExcerptLayout.builder().tallyFit(refuse)
        .tallyLayout(TallyLayout.GROUPS_AS_COLUMNS).build()));
  }

  @Test
  void aPageWidthMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> TallyFit.estimate(0));
    assertThrows(IllegalArgumentException.class, () -> TallyFit.estimate(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> TallyFit.estimate(Double.POSITIVE_INFINITY));
  }

  /** The tally table of the reference excerpt with the nine groups. */
  private record AgendaItemTables(ExcerptLayout layout) {
    Table tally() {
      ExcerptDocument document = layout.layout(ReferenceExcerpt.excerpt().withAgendaItem(
          ReferenceExcerpt.agendaItem().withVoteTally(nineGroups())));
      return org.ratsinfo.testing.DocumentTrees.tally(document);
    }
  }
}
