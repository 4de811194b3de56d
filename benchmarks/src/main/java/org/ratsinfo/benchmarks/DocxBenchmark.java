package org.ratsinfo.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.ratsinfo.benchmarks.baseline.PoiDocx;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.DocxRenderer;

/**
 * DOCX: ratsinfo (layout and document, from the model) against a plain POI document built per call
 * (from the laid-out document). One operation is one excerpt. {@link #ratsinfoFromDocument} is
 * ratsinfo's renderer alone, from the laid-out document as the baseline gets it: the writing of the
 * package without the layout, where a change to the DOCX writer shows most.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class DocxBenchmark {

  /** The input. */
  @Param({"REFERENCE", "LONG", "MEETING"})
  public Inputs input;

  private List<Excerpt> excerpts;
  private List<ExcerptDocument> documents;
  private DocxRenderer ratsinfo;
  private PoiDocx poi;

  /** Reads the input and builds the renderers, once per fork. */
  @Setup
  public void setUp() {
    excerpts = input.excerpts();
    documents = input.documents();
    ratsinfo = DocxRenderer.builder()
        .options(RenderOptions.builder().locale(Inputs.LOCALE).build()).build();
    poi = new PoiDocx();
  }

  /**
   * ratsinfo.
   *
   * @param cursor the thread's position in the input
   * @return the DOCX
   * @throws IOException never: the stream is in memory
   */
  @Benchmark
  public byte[] ratsinfo(Cursor cursor) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    ratsinfo.render(excerpts.get(cursor.next(excerpts.size())), out);
    return out.toByteArray();
  }

  /**
   * ratsinfo's renderer alone: the package written from the laid-out document.
   *
   * @param cursor the thread's position in the input
   * @return the DOCX
   */
  @Benchmark
  public byte[] ratsinfoFromDocument(Cursor cursor) {
    return ratsinfo.renderToBytes(documents.get(cursor.next(documents.size())));
  }

  /**
   * Baseline: plain POI.
   *
   * @param cursor the thread's position in the input
   * @return the DOCX
   */
  @Benchmark
  public byte[] poi(Cursor cursor) {
    return poi.render(documents.get(cursor.next(documents.size())));
  }
}
