package org.ratsinfo.render.pdf;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ratsinfo.document.ExcerptDocument;

/**
 * Rough figures, printed, not asserted: the first render in a fresh JVM, {@link PdfRenderer#warmUp()},
 * and the time per render of the reference and of the long inquiry once openhtmltopdf has settled.
 * Runs only when asked, alone in its JVM so that "first" means first:
 *
 * <pre>
 * ./mvnw -q -B -pl core,render-html,render-pdf -am verify -Dtest=MeasurementTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dratsinfo.measure=true [-Dratsinfo.measure.seconds=30]
 * </pre>
 */
@EnabledIfSystemProperty(named = "ratsinfo.measure", matches = "true")
class MeasurementTest {

  @Test
  void measure() {
    long t0 = System.nanoTime();
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY)).build();
    long t1 = System.nanoTime();
    ExcerptDocument reference = renderer.options().layout(Samples.reference());
    ExcerptDocument longInquiry = renderer.options().layout(Samples.longInquiry());
    long t2 = System.nanoTime();
    renderer.renderToBytes(reference);
    long t3 = System.nanoTime();
    renderer.renderToBytes(reference);
    long t4 = System.nanoTime();
    PdfRenderer second = PdfRenderer.builder().options(Samples.options(Locale.GERMANY)).build();
    long t5 = System.nanoTime();
    second.warmUp();
    long t6 = System.nanoTime();
    System.out.printf(Locale.ROOT, "build renderer: %.1f ms, layout both samples: %.1f ms%n",
        ms(t1 - t0), ms(t2 - t1));
    System.out.printf(Locale.ROOT, "first render of the reference in this JVM: %.0f ms, second: %.0f ms%n",
        ms(t3 - t2), ms(t4 - t3));
    System.out.printf(Locale.ROOT, "warmUp() of a second renderer: %.0f ms%n", ms(t6 - t5));

    long seconds = Long.getLong("ratsinfo.measure.seconds", 30);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    int warm = 0;
    while (System.nanoTime() < end) {
      renderer.renderToBytes(warm % 5 == 0 ? longInquiry : reference);
      warm++;
    }
    System.out.printf(Locale.ROOT, "warm-up: %d renders in %d s%n", warm, seconds);
    report("reference (2 pages)", renderer, reference, 100);
    report("long inquiry (23 pages)", renderer, longInquiry, 20);
    for (PdfConformance conformance : List.of(PdfConformance.PDFA_2B, PdfConformance.NONE)) {
      PdfRenderer other = PdfRenderer.builder().options(renderer.options())
          .conformance(conformance).build();
      for (int i = 0; i < 200; i++) {
        other.renderToBytes(reference);
      }
      report("reference (2 pages), " + conformance, other, reference, 100);
    }
  }

  private static void report(String name, PdfRenderer renderer, ExcerptDocument document, int n) {
    long[] times = new long[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      size = renderer.renderToBytes(document).length;
      times[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(times);
    long sum = 0;
    for (long t : times) {
      sum += t;
    }
    System.out.printf(Locale.ROOT, "%s: mean %.1f ms, median %.1f ms, min %.1f ms over %d renders, %d bytes%n",
        name, ms(sum / n), ms(times[n / 2]), ms(times[0]), n, size);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
