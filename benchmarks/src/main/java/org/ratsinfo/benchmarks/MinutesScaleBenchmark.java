package org.ratsinfo.benchmarks;

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
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * Scale of the minutes (Niederschrift): the time and allocation of one meeting's minutes, layout and
 * rendering, against its number of agenda items (10, 30, 60, 120; {@link MinutesInputs#withItems(int)},
 * every open vote a roll call); they must grow linearly in the items. {@link MinutesReport} fits the
 * line.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class MinutesScaleBenchmark {

  /** How many agenda items the meeting has. */
  @Param({"10", "30", "60", "120"})
  public int items;

  private MeetingExcerpts meeting;
  private Renderers renderers;

  /** Makes the meeting and the renderers, once per fork. */
  @Setup
  public void setUp() {
    meeting = MinutesInputs.withItems(items);
    renderers = Renderers.german();
  }

  /** The meeting of this trial, as the setup made it. */
  MeetingExcerpts meeting() {
    return meeting;
  }

  /**
   * HTML: layout and page.
   *
   * @return the page
   */
  @Benchmark
  public String html() {
    return renderers.html().renderToString(minutes());
  }

  /**
   * PDF/A-2a + PDF/UA-1: layout, page and PDF.
   *
   * @return the PDF
   */
  @Benchmark
  public byte[] pdf() {
    return renderers.pdf().renderToBytes(minutes());
  }

  /**
   * DOCX: layout and document.
   *
   * @return the DOCX
   */
  @Benchmark
  public byte[] docx() {
    return renderers.docx().renderToBytes(minutes());
  }

  private ExcerptDocument minutes() {
    return renderers.options().layout(DocumentKind.MINUTES, meeting).get(0);
  }
}
