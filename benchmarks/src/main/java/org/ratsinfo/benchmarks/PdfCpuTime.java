package org.ratsinfo.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.ratsinfo.benchmarks.CpuTimeRounds.Figures;
import org.ratsinfo.benchmarks.CpuTimeRounds.Settings;
import org.ratsinfo.benchmarks.baseline.OpenhtmltopdfPdf;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.pdf.PdfRenderer;

/**
 * PDF on a busy machine: the thread CPU time and allocation of each render, ratsinfo (with and without
 * object streams) and the PDF/A baseline interleaved in one JVM, the median of several rounds ({@link
 * CpuTimeRounds}). On a machine shared with builds thread CPU time still varies with caches and the
 * JIT, so compare the ratios of one run.
 *
 * <p>Arguments: the input ({@code REFERENCE}, {@code LONG}, {@code MEETING}), seconds of warm-up,
 * rounds, renders per round; for example {@code REFERENCE 40 15 20}.
 */
public final class PdfCpuTime {

  private PdfCpuTime() {}

  /**
   * Runs the measurement and prints one line per variant.
   *
   * @param args input, warm-up seconds, rounds, renders per round
   */
  public static void main(String[] args) {
    Settings settings = Settings.of(args);
    List<Excerpt> excerpts = settings.input().excerpts();
    List<ExcerptDocument> documents = settings.input().documents();
    RenderOptions options = RenderOptions.builder().locale(Inputs.LOCALE).build();
    PdfRenderer.routeEngineLogging();
    PdfRenderer ratsinfo = PdfRenderer.builder().options(options).build();
    PdfRenderer plain = PdfRenderer.builder().options(options).objectStreams(false).build();
    OpenhtmltopdfPdf baseline = OpenhtmltopdfPdf.withConformance(true);
    Map<String, IntFunction<?>> variants = new LinkedHashMap<>();
    variants.put("ratsinfo", i -> ratsinfo.renderToBytes(
        options.layout(excerpts.get(i % excerpts.size()))));
    variants.put("ratsinfo, objectStreams(false)", i -> plain.renderToBytes(
        options.layout(excerpts.get(i % excerpts.size()))));
    variants.put("openhtmltopdfPdfA", i -> baseline.render(
        documents.get(i % documents.size())));

    Map<String, Figures> figures = CpuTimeRounds.measure(settings, variants);
    double reference = figures.get("ratsinfo").cpuNanos();
    figures.forEach((name, f) -> System.out.printf(Locale.ROOT, "%s %s: CPU %.2f ms per excerpt (median of"
        + " %d rounds), %.2f MB allocated, %d bytes (last excerpt), %.2f× ratsinfo's CPU time%n",
        settings.input(), name, f.cpuNanos() / 1e6, settings.rounds(), f.allocatedBytes() / 1e6, f.size(),
        f.cpuNanos() / reference));
  }
}
