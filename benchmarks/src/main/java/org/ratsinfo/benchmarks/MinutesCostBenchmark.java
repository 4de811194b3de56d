package org.ratsinfo.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
import org.openjdk.jmh.infra.Blackhole;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.RenderOptions;

/**
 * The minutes against the excerpts (issue #20): the 26-item Musterstadt meeting (internal audience,
 * every item) as one minutes document, and as one excerpt per item, layout and rendering in one
 * operation, side by side in the same run. Targets: the minutes cost at most 1.2 times the excerpts
 * in PDF, 1.1 times in HTML and DOCX. {@link MinutesReport} prints the ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class MinutesCostBenchmark {

  /** {@code minutes}: one document; {@code excerpts}: one excerpt per item. */
  @Param({"minutes", "excerpts"})
  public String kind;

  /** {@code html}, {@code pdf} or {@code docx}. */
  @Param({"html", "pdf", "docx"})
  public String format;

  private MeetingExcerpts meeting;
  private RenderOptions options;
  private DocumentKind documentKind;
  private Function<ExcerptDocument, Object> renderer;

  /** Reads the meeting and makes the renderer of the format, once per fork. */
  @Setup
  public void setUp() {
    meeting = Inputs.musterstadt();
    Renderers renderers = Renderers.german();
    options = renderers.options();
    documentKind = switch (kind) {
      case "minutes" -> DocumentKind.MINUTES;
      case "excerpts" -> DocumentKind.EXCERPT;
      default -> throw new IllegalArgumentException("kind: " + kind);
    };
    renderer = switch (format) {
      case "html" -> renderers.html()::renderToString;
      case "pdf" -> renderers.pdf()::renderToBytes;
      case "docx" -> renderers.docx()::renderToBytes;
      default -> throw new IllegalArgumentException("format: " + format);
    };
  }

  /**
   * Lays the meeting out as the kind's documents and renders each.
   *
   * @param sink takes every output
   * @return the number of documents
   */
  @Benchmark
  public int render(Blackhole sink) {
    List<ExcerptDocument> documents = options.layout(documentKind, meeting);
    for (ExcerptDocument document : documents) {
      sink.consume(renderer.apply(document));
    }
    return documents.size();
  }

  /** The outputs of one operation, for the smoke test. */
  List<Object> outputs() {
    return options.layout(documentKind, meeting).stream().map(renderer).toList();
  }
}
