package org.ratsinfo.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ratsinfo.benchmarks.baseline.FreemarkerHtml;
import org.ratsinfo.benchmarks.baseline.StringBuilderHtml;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;

/**
 * HTML: ratsinfo (layout and page, from the model) against FreeMarker and a hand-written {@link
 * StringBuilder} (the page only, from the laid-out document). One operation is one excerpt.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class HtmlBenchmark {

  /** The input. */
  @Param({"REFERENCE", "LONG", "MEETING"})
  public Inputs input;

  private List<Excerpt> excerpts;
  private List<ExcerptDocument> documents;
  private HtmlRenderer ratsinfo;
  private FreemarkerHtml freemarker;
  private StringBuilderHtml stringBuilder;

  /** Reads the input and builds the renderers, once per fork. */
  @Setup
  public void setUp() {
    excerpts = input.excerpts();
    documents = input.documents();
    ratsinfo = HtmlRenderer.builder()
        .options(RenderOptions.builder().locale(Inputs.LOCALE).build()).build();
    String css = HtmlRenderer.defaultStylesheet();
    freemarker = new FreemarkerHtml(css);
    stringBuilder = new StringBuilderHtml(css);
  }

  /**
   * ratsinfo: lays the excerpt out and writes the page.
   *
   * @param cursor the thread's position in the input
   * @return the page
   */
  @Benchmark
  public String ratsinfo(Cursor cursor) {
    return ratsinfo.renderToString(excerpts.get(cursor.next(excerpts.size())));
  }

  /**
   * Baseline: FreeMarker.
   *
   * @param cursor the thread's position in the input
   * @return the page
   */
  @Benchmark
  public String freemarker(Cursor cursor) {
    return freemarker.render(documents.get(cursor.next(documents.size())));
  }

  /**
   * Baseline: a hand-written {@link StringBuilder}.
   *
   * @param cursor the thread's position in the input
   * @return the page
   */
  @Benchmark
  public String stringBuilder(Cursor cursor) {
    return stringBuilder.render(documents.get(cursor.next(documents.size())));
  }
}
