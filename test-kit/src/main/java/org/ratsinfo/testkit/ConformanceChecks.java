package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Section;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.HostileCorpus.Case;
import org.ratsinfo.testkit.Holdings;
import org.ratsinfo.validation.ModelValidator;

/** The tests of {@link RendererConformance}, one method each. */
final class ConformanceChecks {

  private ConformanceChecks() {}

  /**
   * The variant of the renderer for a seeded case: from bits of the seed other than those that choose
   * the language, so that every variant meets both languages.
   */
  private static int variant(RendererConformance suite, long seed) {
    return Math.floorMod(Long.rotateRight(seed, 17), suite.variants());
  }

  /** German for even seeds, English for odd ones: both languages meet every kind of content. */
  private static RenderOptions options(long seed) {
    return RenderOptions.builder().locale(Math.floorMod(seed, 2) == 0 ? Locale.GERMANY : Locale.ENGLISH)
        .fixedInstant(RedactionChecks.INSTANT).build();
  }

  /**
   * The documents of the facts test's case of a seed: the random excerpt, and for every fifth seed the
   * agenda and the minutes of its meeting as well.
   */
  private static List<ExcerptDocument> factDocuments(long seed) {
    Excerpt excerpt = RandomModels.of(seed).excerpt();
    RenderOptions options = options(seed);
    if (Math.floorMod(seed, 5) != 0) {
      return List.of(options.layout(excerpt));
    }
    MeetingExcerpts meeting = new MeetingExcerpts(excerpt.body(), excerpt.meeting(), excerpt.audience());
    List<ExcerptDocument> documents = new ArrayList<>();
    documents.add(options.layout(excerpt));
    documents.addAll(options.layout(DocumentKind.AGENDA, meeting));
    documents.addAll(options.layout(DocumentKind.MINUTES, meeting));
    return documents;
  }

  /** Fails unless the cases of the facts test hold every kind of block and of document together. */
  static void requireEveryBlockKind(int cases) {
    Set<Class<?>> blocks = new LinkedHashSet<>();
    Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
    RandomModels.seeds(cases).forEach(seed -> factDocuments(seed).forEach(document -> {
      kinds.add(document.kind());
      collect(document.blocks(), blocks);
    }));
    Set<Class<?>> all = new LinkedHashSet<>(List.of(Block.class.getPermittedSubclasses()));
    all.removeAll(blocks);
    assertEquals(Set.of(), all, "kinds of block that " + cases + " cases do not hold: raise cases()");
    assertEquals(EnumSet.allOf(DocumentKind.class), kinds, "kinds of document of " + cases + " cases");
  }

  private static void collect(List<Block> blocks, Set<Class<?>> found) {
    for (Block block : blocks) {
      found.add(block.getClass());
      if (block instanceof Section section) {
        collect(section.blocks(), found);
      }
    }
  }

  static void everyFact(RendererConformance suite, long seed) throws IOException {
    ExcerptRenderer renderer = suite.renderer(options(seed), variant(suite, seed));
    for (ExcerptDocument document : factDocuments(seed)) {
      assertFacts(suite, document, render(renderer, document), "seed " + seed + ", " + document.kind()
          + ", " + document.locale() + ", " + document.audience());
    }
  }

  /** An excerpt of the implementation's own, in German and English, in every variant. */
  static void everyFact(RendererConformance suite, Excerpt excerpt, int index) throws IOException {
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      RenderOptions options = RenderOptions.builder().locale(locale).fixedInstant(RedactionChecks.INSTANT).build();
      ExcerptDocument document = options.layout(excerpt);
      for (int variant = 0; variant < suite.variants(); variant++) {
        assertFacts(suite, document, render(suite.renderer(options, variant), document),
            "own excerpt " + index + ", " + locale + ", variant " + variant);
      }
    }
  }

  private static void assertFacts(RendererConformance suite, ExcerptDocument document, byte[] output,
      String context) throws IOException {
    Holdings holdings = suite.read(output);
    assertEquals(List.of(), DocumentFacts.missing(document, holdings.text(), suite::comparable),
        () -> context + ": facts missing from the output's text");
  }

  static void singleExcerpts(RendererConformance suite, long seed) {
    RedactionChecks.singleExcerpts(MarkedModels.of(seed).meeting(), o -> suite.renderer(o, variant(suite, seed)), suite::read,
        true);
  }

  static void meeting(RendererConformance suite, long seed) {
    MarkedModels.Case c = MarkedModels.of(seed).meeting();
    RedactionChecks.wholeMeeting(c, o -> suite.renderer(o, variant(suite, seed)), suite::read);
    RedactionChecks.meetingDocuments(c, o -> suite.renderer(o, variant(suite, seed)), suite::read);
  }

  static void sharedRenderer(RendererConformance suite, int variant) throws InterruptedException {
    ExcerptRenderer renderer = suite.renderer(RenderOptions.builder().locale(Locale.GERMANY)
        .fixedInstant(RedactionChecks.INSTANT).build(), variant);
    List<SharedRendererChecks.Seeded> excerpts = new ArrayList<>(
        SharedRendererChecks.randomExcerpts(suite.sharedCases()));
    List<Excerpt> own = suite.excerpts();
    for (int i = 0; i < own.size(); i++) {
      excerpts.add(new SharedRendererChecks.Seeded(-1 - i, own.get(i)));   // negative: not a random seed
    }
    SharedRendererChecks.assertSameBytesAsSerial(renderer, excerpts, suite.threads());
  }

  static void hostile(RendererConformance suite, Case c) throws IOException {
    Excerpt excerpt = c.read();
    try (LoopbackServer server = LoopbackServer.start()) {
      Excerpt withReferences = HostileCorpus.withReferencesTo(excerpt, server);
      for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
        ModelValidator.standard().requireValid(excerpt, locale);
        RenderOptions options = RenderOptions.builder().locale(locale).fixedInstant(RedactionChecks.INSTANT)
            .build();
        List<Excerpt> excerpts = ModelValidator.standard().validate(withReferences, locale).isEmpty()
            ? List.of(excerpt, withReferences) : List.of(excerpt);
        for (int variant = 0; variant < suite.variants(); variant++) {
          ExcerptRenderer renderer = suite.renderer(options, variant);
          for (Excerpt input : excerpts) {
            for (ExcerptDocument document : HostileCorpus.documents(options, input)) {
              if (suite.refusedHostileCases().contains(c.name())) {
                RenderException e = assertThrows(RenderException.class, () -> assertTimeoutPreemptively(
                    suite.timeBound(), () -> render(renderer, document)), () -> c.name() + ": refused, as declared");
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the refusal says why");
                continue;
              }
              byte[] output = assertTimeoutPreemptively(suite.timeBound(), () -> render(renderer, document),
                  () -> c.name() + ", " + document.kind() + ": not rendered in " + suite.timeBound());
              assertFacts(suite, document, output, c.name() + ", " + document.kind() + ", " + locale
                  + ", variant " + variant);
              suite.assertInert(document, output);
            }
          }
        }
      }
      assertEquals(List.of(), server.requests(), c.name() + ": connections to the loopback server");
    }
  }

  private static byte[] render(ExcerptRenderer renderer, ExcerptDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(document, out);
    return out.toByteArray();
  }
}
