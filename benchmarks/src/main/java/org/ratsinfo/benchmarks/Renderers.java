package org.ratsinfo.benchmarks;

import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.DocxRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfRenderer;

/**
 * The three renderers with the benchmarks' options, as the benchmarks that render in every format make
 * them once per fork ({@link ExcerptScaleBenchmark}, {@link MinutesScaleBenchmark}, {@link
 * MinutesCostBenchmark}).
 *
 * @param options German labels, every other option at its default
 * @param html the HTML renderer
 * @param pdf the PDF renderer, PDF/A-2a + PDF/UA-1
 * @param docx the DOCX renderer
 */
record Renderers(RenderOptions options, HtmlRenderer html, PdfRenderer pdf, DocxRenderer docx) {

  /**
   * The renderers, with openhtmltopdf's logging routed to java.util.logging, quietly, as the command
   * line does: otherwise it prints some lines per PDF, and the console's time would be measured.
   *
   * @return the renderers
   */
  static Renderers german() {
    PdfRenderer.routeEngineLogging();
    RenderOptions options = RenderOptions.builder().locale(Inputs.LOCALE).build();
    return new Renderers(options, HtmlRenderer.builder().options(options).build(),
        PdfRenderer.builder().options(options).build(), DocxRenderer.builder().options(options).build());
  }
}
