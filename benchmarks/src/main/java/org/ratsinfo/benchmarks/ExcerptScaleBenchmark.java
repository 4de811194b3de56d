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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ratsinfo.model.Excerpt;

/**
 * A scale series of one excerpt in every format, layout included: a subclass makes the excerpt of a
 * trial from its parameters ({@link ScaleBenchmark}: questions; {@link VoteScaleBenchmark}: votes and
 * members). JMH runs the subclasses only; each has the three benchmarks {@code html}, {@code pdf} and
 * {@code docx}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public abstract class ExcerptScaleBenchmark {

  private Excerpt excerpt;
  private Renderers renderers;

  /** Makes the excerpt and the renderers, once per fork. */
  @Setup
  public void setUp() {
    excerpt = excerpt();
    renderers = Renderers.german();
  }

  /**
   * The excerpt of this trial, from the subclass's parameters.
   *
   * @return the excerpt
   */
  protected abstract Excerpt excerpt();

  /**
   * HTML.
   *
   * @return the page
   */
  @Benchmark
  public String html() {
    return renderers.html().renderToString(excerpt);
  }

  /**
   * PDF/A-2a + PDF/UA-1.
   *
   * @return the PDF
   */
  @Benchmark
  public byte[] pdf() {
    return renderers.pdf().renderToBytes(renderers.pdf().options().layout(excerpt));
  }

  /**
   * DOCX, written to a stream as an application writes it.
   *
   * @return the DOCX
   * @throws IOException never: the stream is in memory
   */
  @Benchmark
  public byte[] docx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    renderers.docx().render(excerpt, out);
    return out.toByteArray();
  }
}
