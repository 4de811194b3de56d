package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testing.DocumentTrees;

/** Fields withheld from the public: left out of the body and the metadata, for the public only. */
class WithheldFieldsTest {

  private static List<FieldKey> keys(ExcerptDocument document) {
    List<FieldKey> keys = new ArrayList<>();
    for (Block block : document.blocks()) {
      if (block instanceof FieldList list) {
        list.fields().forEach(f -> keys.add(f.key()));
      } else if (block instanceof Section section) {
        for (Block inner : section.blocks()) {
          if (inner instanceof FieldList list) {
            list.fields().forEach(f -> keys.add(f.key()));
          }
        }
      }
    }
    return keys;
  }

  @Test
  void nothingIsWithheldByDefault() {
    assertEquals(Set.of(), ExcerptLayout.standard().withheldFromPublic());
    assertEquals(Set.of(), RenderOptions.defaults().withheldFromPublic());
    List<FieldKey> keys = keys(ExcerptLayout.standard().layout(ReferenceExcerpt.excerpt()));
    assertTrue(keys.containsAll(List.of(FieldKey.ORIGINATORS, FieldKey.LEAD_DEPARTMENT, FieldKey.CLERK)),
        keys::toString);
  }

  @Test
  void theClerkAndTheAuthorsAreLeftOutForThePublicOnly() {
    ExcerptLayout layout = ExcerptLayout.builder()
        .withheldFromPublic(FieldKey.CLERK, FieldKey.ORIGINATORS, FieldKey.CLERK).build();
    assertEquals(Set.of(FieldKey.ORIGINATORS, FieldKey.CLERK), layout.withheldFromPublic());
    Excerpt excerpt = ReferenceExcerpt.excerpt();
    assertEquals(Audience.PUBLIC, excerpt.audience());
    ExcerptDocument forPublic = layout.layout(excerpt);
    List<FieldKey> keys = keys(forPublic);
    assertFalse(keys.contains(FieldKey.CLERK), keys::toString);
    assertFalse(keys.contains(FieldKey.ORIGINATORS), keys::toString);
    assertTrue(keys.contains(FieldKey.LEAD_DEPARTMENT), keys::toString);
    String all = String.join("|", TreePrinter.strings(forPublic));
    assertFalse(all.contains("Gresch"), all);
    assertFalse(all.contains("Prennig"), all);

    ExcerptDocument internal = layout.layout(excerpt.withAudience(Audience.INTERNAL));
    assertTrue(keys(internal).containsAll(List.of(FieldKey.CLERK, FieldKey.ORIGINATORS)));
    assertEquals(ExcerptLayout.standard().layout(excerpt.withAudience(Audience.INTERNAL)), internal);
  }

  @Test
  void aWithheldFieldLeavesTheKeywordsToo() {
    Excerpt excerpt = ReferenceExcerpt.excerpt();
    DocumentInfo shown = ExcerptLayout.standard().layout(excerpt).info();
    ExcerptLayout layout = ExcerptLayout.builder()
        .withheldFromPublic(FieldKey.PAPER_TYPE, FieldKey.ORGANIZATION, FieldKey.DATE).build();
    DocumentInfo info = layout.layout(excerpt).info();
    assertEquals(List.of("2017/0137", "Anfrage_Formular", "Rat der Stadt", "2017-02-28"), shown.keywords());
    assertEquals(List.of("2017/0137"), info.keywords());
    assertEquals(shown.keywords(), layout.layout(excerpt.withAudience(Audience.INTERNAL)).info().keywords());
  }

  @Test
  void withEveryFieldWithheldNoFieldListIsLeft() {
    ExcerptLayout layout = ExcerptLayout.builder().withheldFromPublic(Set.of(FieldKey.values())).build();
    ExcerptDocument document = layout.layout(ReferenceExcerpt.excerpt());
    assertEquals(List.of(), keys(document));
    assertFalse(document.blocks().stream().anyMatch(FieldList.class::isInstance));
    Section paper = (Section) document.blocks().get(0);
    assertEquals(SectionKind.PAPER, paper.kind());
    assertEquals(List.of(), paper.blocks());
  }

  /**
   * The outcome line under a tally ("Ergebnis: einstimmig angenommen") states the decision in other
   * words: withholding the decision withholds it too; the counts, which are the vote, stay.
   */
  @Test
  void aWithheldDecisionTakesTheTallysOutcomeLineWithIt() {
    Excerpt reference = ReferenceExcerpt.excerpt();
    Excerpt excerpt = reference.withAgendaItem(reference.agendaItem().toBuilder()
        .voteTally(VoteTally.of(List.of(VotingGroup.of("SPD", VoteCounts.of(14, 0, 0)),
            VotingGroup.of("CDU", VoteCounts.of(9, 0, 0)))))
        .build());
    String shown = String.join("|", TreePrinter.strings(ExcerptLayout.standard().layout(excerpt)));
    assertTrue(shown.contains("Ergebnis: einstimmig angenommen"), shown);

    ExcerptLayout layout = ExcerptLayout.builder().withheldFromPublic(FieldKey.DECISION).build();
    ExcerptDocument forPublic = layout.layout(excerpt);
    String text = String.join("|", TreePrinter.strings(forPublic));
    assertFalse(text.contains("Ergebnis"), text);
    assertFalse(keys(forPublic).contains(FieldKey.DECISION));
    Table tally = DocumentTrees.tally(forPublic);
    assertEquals(List.of("23", "14", "9"), tally.rows().get(0).cells(), "the counts stay");
    Section vote = (Section) forPublic.blocks().get(forPublic.blocks().size() - 1);
    assertEquals(List.of(tally), vote.blocks(), "the table alone");

    String internal = String.join("|", TreePrinter.strings(
        layout.layout(excerpt.withAudience(Audience.INTERNAL))));
    assertTrue(internal.contains("Ergebnis: einstimmig angenommen"), internal);
    ExcerptDocument english = ExcerptLayout.builder().locale(java.util.Locale.ENGLISH)
        .withheldFromPublic(FieldKey.DECISION).build().layout(excerpt);
    assertFalse(String.join("|", TreePrinter.strings(english)).contains("Result:"));
  }

  @Test
  void renderOptionsCarryTheFieldsToTheLayoutAndBack() {
    RenderOptions options = RenderOptions.builder().withheldFromPublic(Set.of(FieldKey.CLERK)).build();
    assertEquals(Set.of(FieldKey.CLERK), options.withheldFromPublic());
    assertEquals(Set.of(FieldKey.CLERK), options.layout().withheldFromPublic());
    assertEquals(Set.of(FieldKey.CLERK), options.toBuilder().build().withheldFromPublic());
    assertTrue(options.toString().contains("withheldFromPublic=[CLERK]"), options::toString);
    assertFalse(keys(options.layout(ReferenceExcerpt.excerpt())).contains(FieldKey.CLERK));
    assertEquals(Set.of(), options.toBuilder().withheldFromPublic().build().withheldFromPublic());
    assertThrows(NullPointerException.class,
        () -> RenderOptions.builder().withheldFromPublic(FieldKey.CLERK, null));
    assertThrows(NullPointerException.class,
        () -> ExcerptLayout.builder().withheldFromPublic((Set<FieldKey>) null));
    assertThrows(UnsupportedOperationException.class,
        () -> options.withheldFromPublic().add(FieldKey.ROOM));
  }
}
