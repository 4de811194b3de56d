package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.TextExcerptRenderer;
import org.ratsinfo.testkit.Holdings;

/**
 * The conformance suite passes a renderer that writes every fact and nothing else, and fails
 * renderers that lose a fact, leak what the public must not see, or differ between runs.
 */
class RendererConformanceTest {

  private static final RenderFormat TXT = new RenderFormat("txt", "text/plain", "txt");

  /** Writes every fact of the tree, one per line: what a faithful text renderer does. */
  private static class FactsRenderer implements TextExcerptRenderer {
    private final RenderOptions options;

    FactsRenderer(RenderOptions options) {
      this.options = options;
    }

    @Override
    public RenderOptions options() {
      return options;
    }

    @Override
    public RenderFormat format() {
      return TXT;
    }

    @Override
    public void render(ExcerptDocument document, Writer out) throws IOException {
      out.write(String.join("\n", DocumentFacts.of(document)));
      out.flush();
    }
  }

  static Holdings text(byte[] output) {
    String text = new String(output, StandardCharsets.UTF_8);
    return new Holdings(text, text);
  }

  /** The suite, run as a renderer's test runs it. */
  @Nested
  class FaithfulRenderer implements RendererConformance {
    @Override
    public ExcerptRenderer renderer(RenderOptions options) {
      return new FactsRenderer(options);
    }

    @Override
    public Holdings read(byte[] output) {
      return text(output);
    }
  }

  /** A suite over a renderer made by the given factory. */
  private record Suite(java.util.function.Function<RenderOptions, ExcerptRenderer> factory)
      implements RendererConformance {
    @Override
    public ExcerptRenderer renderer(RenderOptions options) {
      return factory.apply(options);
    }

    @Override
    public Holdings read(byte[] output) {
      return text(output);
    }
  }

  @Test
  void aLostFactFails() {
    Suite suite = new Suite(options -> new FactsRenderer(options) {
      @Override
      public void render(ExcerptDocument document, Writer out) throws IOException {
        out.write(String.join("\n", DocumentFacts.of(document).subList(1, DocumentFacts.of(document).size())));
      }
    });
    long seed = RandomModels.seeds(1).findFirst().orElseThrow();
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ConformanceChecks.everyFact(suite, seed));
    assertTrue(e.getMessage().contains("facts missing"), e::getMessage);
  }

  @Test
  void aLeakFails() {
    // Writes the whole model of the excerpt's meeting: non-public items included.
    Suite suite = new Suite(options -> new FactsRenderer(options) {
      @Override
      public void render(ExcerptDocument document, Writer out) throws IOException {
        super.render(document, out);
      }

      @Override
      public void render(org.ratsinfo.model.Excerpt excerpt, java.io.OutputStream out) throws IOException {
        out.write(String.join("\n", RandomModels.strings(excerpt.meeting())).getBytes(StandardCharsets.UTF_8));
      }
    });
    long seed = MarkedModels.seeds(1).findFirst().orElseThrow();
    assertThrows(AssertionFailedError.class, () -> ConformanceChecks.singleExcerpts(suite, seed));
  }

  @Test
  void outputThatDiffersBetweenRunsFails() {
    AtomicLong runs = new AtomicLong();
    Suite suite = new Suite(options -> new FactsRenderer(options) {
      @Override
      public void render(ExcerptDocument document, Writer out) throws IOException {
        super.render(document, out);
        out.write("\n" + runs.incrementAndGet());
      }
    });
    assertThrows(AssertionFailedError.class, () -> ConformanceChecks.sharedRenderer(suite, 0));
  }

  @Test
  void obeyedMarkupFails() {
    // Drops what looks like a tag, as a renderer that passes data through as markup would lose it.
    Suite suite = new Suite(options -> new FactsRenderer(options) {
      @Override
      public void render(ExcerptDocument document, Writer out) throws IOException {
        out.write(String.join("\n", DocumentFacts.of(document)).replaceAll("<[^>]*>", ""));
      }
    });
    HostileCorpus.Case markup = HostileCorpus.renderable().stream()
        .filter(c -> c.name().equals("markup-in-every-field.json")).findFirst().orElseThrow();
    assertThrows(AssertionFailedError.class, () -> ConformanceChecks.hostile(suite, markup));
  }
}
