package org.ratsinfo.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.ratsinfo.benchmarks.CpuTimeRounds.Figures;
import org.ratsinfo.benchmarks.CpuTimeRounds.Settings;
import org.ratsinfo.benchmarks.baseline.PoiDocx;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.DocxRenderer;

/**
 * DOCX on a busy machine: the thread CPU time and allocation of each render, the operations of {@link
 * DocxBenchmark} interleaved in one JVM, the median of several rounds ({@link CpuTimeRounds}). The POI
 * baseline, which ratsinfo's changes do not touch, shows how much the machine moved between runs. Run
 * the jar of one version and then of the other, alternately, and compare the ratios to POI. Uses only
 * the API that every version of ratsinfo has.
 *
 * <p>Arguments: the input ({@code REFERENCE}, {@code LONG}, {@code MEETING}), seconds of warm-up,
 * rounds, renders per round; for example {@code REFERENCE 20 15 200}.
 */
public final class DocxCpuTime {

  private DocxCpuTime() {}

  /**
   * Runs the measurement and prints one line per operation.
   *
   * @param args input, warm-up seconds, rounds, renders per round
   */
  public static void main(String[] args) {
    Settings settings = Settings.of(args);
    List<Excerpt> excerpts = settings.input().excerpts();
    List<ExcerptDocument> documents = settings.input().documents();
    DocxRenderer ratsinfo = DocxRenderer.builder()
        .options(RenderOptions.builder().locale(Inputs.LOCALE).build()).build();
    PoiDocx poi = new PoiDocx();
    Map<String, IntFunction<?>> operations = new LinkedHashMap<>();
    operations.put("ratsinfo", i -> ratsinfo.renderToBytes(
        ratsinfo.options().layout(excerpts.get(i % excerpts.size()))));
    operations.put("ratsinfoFromDocument", i -> ratsinfo.renderToBytes(documents.get(i % documents.size())));
    operations.put("poi", i -> poi.render(documents.get(i % documents.size())));

    // The baseline is ten times slower: a tenth of the renders keeps the rounds alike in length.
    Map<String, Figures> figures = CpuTimeRounds.measure(settings, operations,
        name -> name.equals("poi") ? Math.max(1, settings.perRound() / 10) : settings.perRound());
    double poiTime = figures.get("poi").cpuNanos();
    figures.forEach((name, f) -> System.out.printf(Locale.ROOT, "%s %s: CPU %.1f µs per excerpt (median of"
        + " %d rounds), %.1f kB allocated, %d bytes (last excerpt), POI's CPU time / this: %.2f%n",
        settings.input(), name, f.cpuNanos() / 1e3, settings.rounds(), f.allocatedBytes() / 1e3, f.size(),
        poiTime / f.cpuNanos()));
  }
}
