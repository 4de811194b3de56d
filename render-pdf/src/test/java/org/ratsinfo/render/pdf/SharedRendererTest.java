package org.ratsinfo.render.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ratsinfo.testkit.SharedRendererChecks;
import org.ratsinfo.testkit.SharedRendererChecks.Seeded;

/**
 * One PDF renderer shared by 8 threads rendering 2,000 varied random excerpts (and the reference and
 * the long inquiry) gives exactly the bytes of a serial run, with a fixed clock. A differing excerpt
 * is named by its seed ({@code RandomModels.of(seed).excerpt()}).
 *
 * <p>The random texts hold emoji, flags and mathematical letters that Noto Sans lacks, which the
 * renderer refuses without a fallback font; so the shared renderer has one, Symbola (Debian's {@code
 * fonts-symbola}), and the fallback fonts, parsed for each document, are shared by the threads too.
 */
class SharedRendererTest {

  /** Symbola: symbols, emoji and mathematical alphanumerics in outlines, free for any use. */
  static final Path SYMBOLA = Path.of("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf");

  @Test
  void eightThreadsGiveTheBytesOfASerialRun() throws Exception {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .fallbackFont(Samples.requireFont(SYMBOLA, "fonts-symbola")).build();
    List<Seeded> excerpts = new ArrayList<>(SharedRendererChecks.randomExcerpts(2000));
    excerpts.add(new Seeded(-1, Samples.reference()));
    excerpts.add(new Seeded(-2, Samples.longInquiry()));
    System.out.println("[ratsinfo] " + SharedRendererChecks.assertSameBytesAsSerial(renderer, excerpts, 8));
  }
}
