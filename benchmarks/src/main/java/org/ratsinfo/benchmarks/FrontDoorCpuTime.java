package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.ratsinfo.benchmarks.CpuTimeRounds.Figures;
import org.ratsinfo.benchmarks.CpuTimeRounds.Settings;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfConformance;
import org.ratsinfo.render.pdf.PdfRenderer;
import org.ratsinfo.render.pdf.internal.Engine;
import org.ratsinfo.render.pdf.internal.PrintStylesheet;

/**
 * {@link FrontDoorBenchmark} on a busy machine: the thread CPU time and allocation of each render with
 * and without {@code TextWidths}, interleaved in one JVM, the median of several rounds ({@link
 * CpuTimeRounds}). openhtmltopdf's logging is routed to java.util.logging, quietly, as the command line
 * does, so that the console takes no time.
 *
 * <p>Arguments: the input, seconds of warm-up, rounds, renders per round; e.g. {@code REFERENCE 60 15
 * 10}.
 */
public final class FrontDoorCpuTime {

  private static final String WITH = "with TextWidths";

  private FrontDoorCpuTime() {}

  /**
   * Runs the measurement and prints one line per variant.
   *
   * @param args input, warm-up seconds, rounds, renders per round
   * @throws IOException if an engine cannot be made
   */
  public static void main(String[] args) throws IOException {
    Settings settings = Settings.of(args);
    List<Excerpt> excerpts = settings.input().excerpts();
    RenderOptions options = RenderOptions.builder().locale(Inputs.LOCALE).build();
    HtmlRenderer html = HtmlRenderer.builder().options(options).stylesheet(PrintStylesheet.css())
        .build();
    PdfRenderer.routeEngineLogging();
    Engine with = new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, false, true);
    Engine without = new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, false, false);
    Map<String, IntFunction<?>> variants = new LinkedHashMap<>();
    variants.put(WITH, i -> render(with, html, options, excerpts.get(i % excerpts.size())));
    variants.put("without TextWidths",
        i -> render(without, html, options, excerpts.get(i % excerpts.size())));

    Map<String, Figures> figures = CpuTimeRounds.measure(settings, variants);
    Figures all = figures.get(WITH);
    figures.forEach((name, f) -> System.out.printf(Locale.ROOT, "%s %s: CPU %.2f ms per excerpt (median of"
        + " %d rounds), %.2f MB allocated; against " + WITH + ": time %+.1f %%, allocation %+.1f %%%n",
        settings.input(), name, f.cpuNanos() / 1e6, settings.rounds(), f.allocatedBytes() / 1e6,
        (f.cpuNanos() / all.cpuNanos() - 1) * 100, (f.allocatedBytes() / all.allocatedBytes() - 1) * 100));
  }

  private static byte[] render(Engine engine, HtmlRenderer html, RenderOptions options,
      Excerpt excerpt) {
    ExcerptDocument document = options.layout(excerpt);
    try {
      return engine.render(html.renderToString(document), document, options.clock().instant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
