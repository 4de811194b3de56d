package org.ratsinfo.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.SharedRendererChecks;
import org.ratsinfo.testkit.SharedRendererChecks.Seeded;

/**
 * One HTML renderer shared by 8 threads rendering 2,000 varied random excerpts (and the reference)
 * gives exactly the characters of a serial run, pages and fragments. A differing excerpt is named by
 * its seed ({@code RandomModels.of(seed).excerpt()}).
 */
class SharedRendererTest {

  @Test
  void eightThreadsGiveTheBytesOfASerialRun() throws InterruptedException {
    List<Seeded> excerpts = new ArrayList<>(SharedRendererChecks.randomExcerpts(2000));
    excerpts.add(new Seeded(-1, Reference.excerpt()));
    RenderOptions options = RenderOptions.builder().locale(Locale.GERMANY).build();
    for (boolean fragment : new boolean[] {false, true}) {
      System.out.println("[ratsinfo] " + SharedRendererChecks.assertSameBytesAsSerial(
          HtmlRenderer.builder().options(options).fragment(fragment).build(), excerpts, 8));
    }
  }
}
