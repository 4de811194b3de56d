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
import org.ratsinfo.benchmarks.baseline.OpenhtmltopdfPdf;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.pdf.PdfRenderer;

/**
 * PDF: ratsinfo (layout, page and PDF/A-2a + PDF/UA-1, from the model) against openhtmltopdf as
 * integrators use it, with the same conformance and plain. One operation is one excerpt.
 * openhtmltopdf settles only after 20 to 30 s: three warm-up iterations of 10 s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PdfBenchmark {

  /** The input. */
  @Param({"REFERENCE", "LONG", "MEETING"})
  public Inputs input;

  private List<Excerpt> excerpts;
  private List<ExcerptDocument> documents;
  private PdfRenderer ratsinfo;
  private OpenhtmltopdfPdf pdfA;
  private OpenhtmltopdfPdf plain;

  /** Reads the input and builds the renderers, once per fork. */
  @Setup
  public void setUp() {
    excerpts = input.excerpts();
    documents = input.documents();
    // openhtmltopdf's logging, for ratsinfo and the baselines: quiet, through java.util.logging.
    PdfRenderer.routeEngineLogging();
    ratsinfo = PdfRenderer.builder()
        .options(RenderOptions.builder().locale(Inputs.LOCALE).build()).build();
    pdfA = OpenhtmltopdfPdf.withConformance(true);
    plain = OpenhtmltopdfPdf.withConformance(false);
  }

  /**
   * ratsinfo, PDF/A-2a + PDF/UA-1.
   *
   * @param cursor the thread's position in the input
   * @return the PDF
   */
  @Benchmark
  public byte[] ratsinfo(Cursor cursor) {
    return ratsinfo.renderToBytes(
        ratsinfo.options().layout(excerpts.get(cursor.next(excerpts.size()))));
  }

  /**
   * Baseline: openhtmltopdf, PDF/A-2a + PDF/UA-1, a new builder and the font files per document.
   *
   * @param cursor the thread's position in the input
   * @return the PDF
   */
  @Benchmark
  public byte[] openhtmltopdfPdfA(Cursor cursor) {
    return pdfA.render(documents.get(cursor.next(documents.size())));
  }

  /**
   * Baseline: openhtmltopdf, a plain PDF, a new builder and the font files per document.
   *
   * @param cursor the thread's position in the input
   * @return the PDF
   */
  @Benchmark
  public byte[] openhtmltopdfPlain(Cursor cursor) {
    return plain.render(documents.get(cursor.next(documents.size())));
  }
}
