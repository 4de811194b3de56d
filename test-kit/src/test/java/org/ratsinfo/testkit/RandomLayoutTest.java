package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.ExcerptLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;

/**
 * Random valid excerpts (see {@link RandomModels}) lay out in German and English, deterministically,
 * and a public excerpt never shows anything of a non-public paper. A failing seed is in the display
 * name; {@code RandomModels.of(seed)} reproduces it.
 */
class RandomLayoutTest {

  private static final ExcerptLayout GERMAN = ExcerptLayout.builder().locale(Locale.GERMANY).build();
  private static final ExcerptLayout ENGLISH = ExcerptLayout.builder().locale(Locale.ENGLISH).build();
  private static final List<ExcerptLayout> LAYOUTS = List.of(GERMAN, ENGLISH);

  static LongStream seeds() {
    return RandomModels.seeds(500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyValidExcerptLaysOutTheSameEveryTime(long seed) {
    Excerpt excerpt = RandomModels.of(seed).excerpt();
    for (ExcerptLayout layout : LAYOUTS) {
      ExcerptDocument first = layout.layout(excerpt);
      ExcerptDocument second = layout.layout(excerpt);
      assertEquals(first, second, "seed " + seed);
      assertEquals(layout.labels().locale(), first.locale());
      assertEquals(excerpt.audience(), first.audience());
      assertEquals(excerpt.body().name(), first.info().author());
      assertEquals(excerpt.agendaItem().title(), first.info().subject());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aNonPublicPaperNeverReachesAPublicExcerpt(long seed) {
    RandomModels random = RandomModels.of(seed);
    String marker = "GEHEIM⟦" + Long.toString(seed, 36) + "⟧";
    Excerpt excerpt = random.withNonPublicPaper(random.excerpt(), marker);
    Excerpt internal = excerpt.withAudience(Audience.INTERNAL);
    for (ExcerptLayout layout : LAYOUTS) {
      if (excerpt.audience() == Audience.PUBLIC) {
        ExcerptDocument document = layout.layout(excerpt);
        for (String s : RandomModels.strings(document)) {
          assertFalse(s.contains(marker), () -> "seed " + seed + ": public excerpt shows " + s);
        }
      }
      ExcerptDocument document = layout.layout(internal);
      assertTrue(RandomModels.strings(document.blocks()).stream().anyMatch(s -> s.contains(marker)),
          "seed " + seed + ": the internal excerpt shows the paper");
      assertTrue(document.info().keywords().contains(marker),
          "seed " + seed + ": the internal excerpt's keywords name the paper");
    }
  }
}
