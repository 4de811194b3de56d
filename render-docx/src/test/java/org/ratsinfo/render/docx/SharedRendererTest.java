package org.ratsinfo.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ratsinfo.testkit.SharedRendererChecks;
import org.ratsinfo.testkit.SharedRendererChecks.Seeded;

/**
 * One DOCX renderer shared by 8 threads rendering 2,000 varied random excerpts (and the reference and
 * the long inquiry) gives exactly the bytes of a serial run, with a fixed clock. A differing excerpt
 * is named by its seed ({@code RandomModels.of(seed).excerpt()}).
 */
class SharedRendererTest {

  @Test
  void eightThreadsGiveTheBytesOfASerialRun() throws InterruptedException {
    List<Seeded> excerpts = new ArrayList<>(SharedRendererChecks.randomExcerpts(2000));
    excerpts.add(new Seeded(-1, Samples.reference()));
    excerpts.add(new Seeded(-2, Samples.longInquiry()));
    System.out.println("[ratsinfo] " + SharedRendererChecks.assertSameBytesAsSerial(
        Samples.renderer(Locale.GERMANY), excerpts, 8));
  }
}
