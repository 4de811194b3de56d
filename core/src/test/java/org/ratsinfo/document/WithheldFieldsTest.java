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
import org.ratsinfo.render.RenderOptions;

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
    String all = String.join("|", org.ratsinfo.testing.RandomModels.strings(forPublic));
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
