package org.ratsinfo.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Vote;
import org.ratsinfo.testkit.MarkedModels;

/**
 * The OParl export carries nothing the public must not see: generated meetings whose every string
 * carries a marker of its kind are exported with the case's withheld fields, and no marker of
 * non-public content or of a withheld field is in the output, in a value or in an id: neither the votes
 * of a non-public item nor the withheld ballots, movers and exclusions for bias of a public one. That the
 * markers would be found is checked too: exported with nothing withheld, every marker of the public
 * items' votes, exclusions and texts is in the output.
 */
class ExportRedactionTest {

  static LongStream seeds() {
    return MarkedModels.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noNonPublicOrWithheldMarkerIsExported(long seed) {
    MarkedModels.Case c = MarkedModels.of(seed).meeting();
    OParlWriter writer = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/")
        .withheldFromPublic(c.withheld()).build();
    String json = writer.writeString(c.excerpts());
    Set<String> found = new TreeSet<>();
    Matcher m = MarkedModels.MARKER.matcher(json);
    while (m.find()) {
      MarkedModels.Kind kind = c.kinds().get(m.group());
      if (kind == MarkedModels.Kind.WITHHELD || kind == MarkedModels.Kind.NON_PUBLIC) {
        found.add(m.group() + " (" + kind + ")");
      }
    }
    assertTrue(found.isEmpty(), () -> c + " withholding " + c.withheld() + " exports " + found + "\n" + json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withNothingWithheldThePublicItemsVotesExclusionsAndTextsAreExported(long seed) {
    MarkedModels.Case c = MarkedModels.of(seed).meeting();
    String json = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/").build()
        .writeString(c.excerpts());
    Set<String> expected = new LinkedHashSet<>();
    for (MarkedModels.Item item : c.publicItems()) {
      expected.addAll(markers(item.item()));
    }
    assertEquals(expected, MarkedModels.found(json, expected), c.toString());
  }

  /** The markers of an item's votes, exclusions for bias and texts beyond the resolution. */
  private static Set<String> markers(AgendaItem item) {
    RatsinfoJson json = RatsinfoJson.standard();
    Set<String> markers = new LinkedHashSet<>();
    for (Vote vote : item.votes()) {
      markers.addAll(MarkedModels.markers(json.writeString(vote)));
    }
    item.excludedForBias().forEach(b -> markers.addAll(MarkedModels.markers(json.writeString(b))));
    for (Text text : Arrays.asList(item.proposal(), item.statementOfFacts(), item.deliberation())) {
      if (text != null) {
        markers.addAll(MarkedModels.markers(text.asString()));
      }
    }
    return markers;
  }

  /**
   * The cases hold what the redaction test must keep from the public: votes of non-public items, and
   * ballots, movers and exclusions for bias of public items where they are withheld.
   */
  @Test
  void theCasesWithholdBallotsMoversAndExclusionsAndHaveNonPublicVotes() {
    Map<FieldKey, Integer> withheld = new EnumMap<>(FieldKey.class);
    int nonPublicVotes = 0;
    for (long seed = 0; seed < 300; seed++) { // not the suite's seeds, whose number may be set lower
      MarkedModels.Case c = MarkedModels.of(seed).meeting();
      for (MarkedModels.Item i : c.items()) {
        AgendaItem item = i.item();
        if (!item.visibility().isPublic()) {
          nonPublicVotes += item.votes().size();
          continue;
        }
        if (c.withheld().contains(FieldKey.BALLOTS)
            && item.votes().stream().anyMatch(v -> !v.ballots().isEmpty())) {
          withheld.merge(FieldKey.BALLOTS, 1, Integer::sum);
        }
        if (c.withheld().contains(FieldKey.MOVERS)
            && item.votes().stream().anyMatch(v -> !v.movers().isEmpty())) {
          withheld.merge(FieldKey.MOVERS, 1, Integer::sum);
        }
        if (c.withheld().contains(FieldKey.EXCLUDED_FOR_BIAS) && !item.excludedForBias().isEmpty()) {
          withheld.merge(FieldKey.EXCLUDED_FOR_BIAS, 1, Integer::sum);
        }
      }
    }
    assertTrue(nonPublicVotes >= 20, "votes of non-public items: " + nonPublicVotes);
    for (FieldKey key : Set.of(FieldKey.BALLOTS, FieldKey.MOVERS, FieldKey.EXCLUDED_FOR_BIAS)) {
      assertTrue(withheld.getOrDefault(key, 0) >= 10, () -> "public items withholding " + key + ": " + withheld);
    }
  }
}
