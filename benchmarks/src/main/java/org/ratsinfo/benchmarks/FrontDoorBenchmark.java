package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfConformance;
import org.ratsinfo.render.pdf.internal.Engine;
import org.ratsinfo.render.pdf.internal.PrintStylesheet;

/**
 * What the PDF renderer's one shortcut past openhtmltopdf's public API gains: {@code TextWidths}, the
 * text measurer without PDFBox's encoding of every measured word, on ({@code textWidths = true}, as
 * every renderer does) and off (openhtmltopdf's own measurer). A render as {@code
 * PdfRenderer.renderToBytes} makes it: layout, page, PDF/A-2a + PDF/UA-1; the PDFs are the same either
 * way. One operation is one excerpt. Run it again after an upgrade of openhtmltopdf or PDFBox to see
 * whether the shortcut still pays for itself (docs/performance.md, "Engines through their front
 * doors", has the figures and the five shortcuts removed after the same measurement).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class FrontDoorBenchmark {

  /** The input. */
  @Param({"REFERENCE", "LONG"})
  public Inputs input;

  /** Whether text is measured by {@code TextWidths}. */
  @Param({"true", "false"})
  public boolean textWidths;

  private List<Excerpt> excerpts;
  private RenderOptions options;
  private HtmlRenderer html;
  private Engine engine;

  /** Reads the input and builds the page renderer and the engine, once per fork. */
  @Setup
  public void setUp() throws IOException {
    excerpts = input.excerpts();
    options = RenderOptions.builder().locale(Inputs.LOCALE).build();
    html = HtmlRenderer.builder().options(options).stylesheet(PrintStylesheet.css()).build();
    engine = new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, false, textWidths);
  }

  /**
   * A render, as {@code PdfRenderer.renderToBytes} makes it.
   *
   * @param cursor the thread's position in the input
   * @return the PDF
   */
  @Benchmark
  public byte[] render(Cursor cursor) {
    ExcerptDocument document = options.layout(excerpts.get(cursor.next(excerpts.size())));
    try {
      return engine.render(html.renderToString(document), document, options.clock().instant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
