package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.ratsinfo.render.pdf.internal.Engine.Shortcut;
import org.ratsinfo.render.pdf.internal.PrintStylesheet;

/**
 * The PDF renderer's shortcuts past openhtmltopdf's and PDFBox's public API, each measured with and
 * without: a render as {@code PdfRenderer.renderToBytes} does it (layout, page, PDF/A-2a + PDF/UA-1),
 * with every shortcut ({@code ALL}), with all but one ({@code NO_…}), and with none ({@code NONE}).
 * One operation is one excerpt. Each variant runs in a fork of its own, since openhtmltopdf's logger
 * is global to the JVM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class FrontDoorBenchmark {

  /** Which shortcuts are taken. */
  public enum Variant {
    /** All, as a renderer does. */
    ALL,
    /** All but {@link Shortcut#TEXT_WIDTHS}. */
    NO_TEXT_WIDTHS,
    /** All but {@link Shortcut#STYLESHEETS}. */
    NO_STYLESHEETS,
    /** All but {@link Shortcut#PROPERTY_LISTS}. */
    NO_PROPERTY_LISTS,
    /** All but {@link Shortcut#XML_SERVICES}. */
    NO_XML_SERVICES,
    /** All but {@link Shortcut#HAND_PDFA}. */
    NO_HAND_PDFA,
    /** All but {@link Shortcut#LOGGER}. */
    NO_LOGGER,
    /** None: openhtmltopdf and PDFBox through their public API only. */
    NONE;

    Set<Shortcut> shortcuts() {
      if (this == ALL) {
        return EnumSet.allOf(Shortcut.class);
      } else if (this == NONE) {
        return EnumSet.noneOf(Shortcut.class);
      }
      EnumSet<Shortcut> all = EnumSet.allOf(Shortcut.class);
      all.remove(Shortcut.valueOf(name().substring("NO_".length())));
      return all;
    }
  }

  /** The input. */
  @Param({"REFERENCE", "LONG"})
  public Inputs input;

  /** The shortcuts. */
  @Param({"ALL", "NO_TEXT_WIDTHS", "NO_STYLESHEETS", "NO_PROPERTY_LISTS", "NO_XML_SERVICES",
      "NO_HAND_PDFA", "NO_LOGGER", "NONE"})
  public Variant variant;

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
    engine = new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, variant.shortcuts());
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
