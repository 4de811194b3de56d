package org.ratsinfo.render.pdf.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfConformance;

/**
 * The steps of a PDF render: the XHTML page from an {@link HtmlRenderer} (the print stylesheet, the
 * rule for the fallback fonts, the additional stylesheet and the block renderers), the PDF from the
 * {@link Engine}, and every failure of the engine as a {@link RenderException} in the caller's
 * language. Immutable and thread-safe.
 */
public final class Pipeline {

  private final RenderOptions options;
  private final HtmlRenderer html;
  private final Engine engine;
  private final boolean additionalStylesheet;

  /**
   * The steps of one renderer; with an additional stylesheet, tried on a sample excerpt ({@link
   * StylesheetTrial}).
   *
   * @param options the renderer's options
   * @param conformance what the PDFs claim
   * @param objectStreams whether the PDFs keep their objects in compressed object streams
   * @param fallbackFonts TrueType fonts for the characters Noto Sans lacks, checked, in order
   * @param additionalStylesheet the additional stylesheet, if any, checked
   * @param blockRenderers each registers a block renderer with the HTML renderer, in order
   * @throws IllegalArgumentException if the additional stylesheet fails on the sample excerpt
   */
  public Pipeline(RenderOptions options, PdfConformance conformance, boolean objectStreams,
      List<byte[]> fallbackFonts, @Nullable String additionalStylesheet,
      List<Consumer<HtmlRenderer.Builder>> blockRenderers) {
    this.options = options;
    this.additionalStylesheet = additionalStylesheet != null;
    try {
      this.engine = new Engine(conformance, objectStreams, fallbackFonts, additionalStylesheet,
          !blockRenderers.isEmpty());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the fonts were read when they were added
    }
    HtmlRenderer.Builder page = htmlBuilder(options, fallbackFonts.size(), additionalStylesheet);
    blockRenderers.forEach(blockRenderer -> blockRenderer.accept(page));
    this.html = page.build();
    if (additionalStylesheet != null) {
      // The stylesheet alone: what fails there is the stylesheet's doing.
      HtmlRenderer sample = blockRenderers.isEmpty() ? html
          : htmlBuilder(options, fallbackFonts.size(), additionalStylesheet).build();
      StylesheetTrial.run(sample, engine, options);
    }
  }

  private static HtmlRenderer.Builder htmlBuilder(RenderOptions options, int fallbackFonts,
      @Nullable String additionalStylesheet) {
    HtmlRenderer.Builder html = HtmlRenderer.builder()
        .options(options)
        .stylesheet(PrintStylesheet.css() + Fonts.fallbackRule(fallbackFonts));
    if (additionalStylesheet != null) {
      html.additionalStylesheet(additionalStylesheet);
    }
    return html;
  }

  /**
   * Renders a laid-out excerpt as PDF.
   *
   * @param document the document tree
   * @return the PDF
   * @throws RenderException if the engine cannot render it
   */
  public byte[] render(ExcerptDocument document) {
    StringWriter xhtml = new StringWriter(32 * 1024);
    try {
      html.render(document, xhtml);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail, so a block renderer did
    }
    Instant instant = options.clock().instant();
    try {
      return engine.render(xhtml.toString(), document, instant);
    } catch (MissingCharactersException e) {
      throw new RenderException(MissingCharacters.message(document, e.missing(), options.locale()), e);
    } catch (NestingException e) {
      throw new RenderException(e.message(document.title(), options.locale()), e);
    } catch (StylesheetException e) {
      throw new RenderException(e.message(options.locale(), document.title()), e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RenderException(StylesheetMessages.engineFails(document.title(), e,
          additionalStylesheet, options.locale()), e);
    }
  }
}
