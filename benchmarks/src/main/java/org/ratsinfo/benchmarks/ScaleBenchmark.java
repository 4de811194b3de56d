package org.ratsinfo.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.DocxRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfRenderer;

/**
 * Scale: the time of one excerpt against its size, an inquiry of 1, 10, 100 and 1,000 answered
 * questions ({@link Inputs#withQuestions(int)}); it must grow linearly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ScaleBenchmark {

  /** How many questions the excerpt has. */
  @Param({"1", "10", "100", "1000"})
  public int questions;

  private Excerpt excerpt;
  private HtmlRenderer html;
  private PdfRenderer pdf;
  private DocxRenderer docx;

  /** Makes the excerpt and the renderers, once per fork. */
  @Setup
  public void setUp() {
    excerpt = Inputs.withQuestions(questions);
    RenderOptions options = RenderOptions.builder().locale(Inputs.LOCALE).build();
    html = HtmlRenderer.builder().options(options).build();
    PdfRenderer.routeEngineLogging();
    pdf = PdfRenderer.builder().options(options).build();
    docx = DocxRenderer.builder().options(options).build();
  }

  /**
   * HTML.
   *
   * @return the page
   */
  @Benchmark
  public String html() {
    return html.renderToString(excerpt);
  }

  /**
   * PDF/A-2a + PDF/UA-1.
   *
   * @return the PDF
   */
  @Benchmark
  public byte[] pdf() {
    return pdf.renderToBytes(pdf.options().layout(excerpt));
  }

  /**
   * DOCX.
   *
   * @return the DOCX
   * @throws IOException never: the stream is in memory
   */
  @Benchmark
  public byte[] docx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    docx.render(excerpt, out);
    return out.toByteArray();
  }
}
