package org.ratsinfo.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.internal.Engine;
import org.ratsinfo.render.pdf.internal.PrintStylesheet;
import org.ratsinfo.render.pdf.internal.WarmUp;

/**
 * Renders excerpts as PDF: A4 pages, PDF/A-2a and PDF/UA-1 by default.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.builder()
 *     .options(RenderOptions.builder().locale(Locale.ENGLISH).build())
 *     .build();
 * renderer.warmUp();
 * renderer.render(excerpt, outputStream);
 * }</pre>
 *
 * <p><b>What a PDF holds.</b> The excerpt as the {@link HtmlRenderer} lays it out, with a print
 * stylesheet of this module: Noto Sans, embedded; a running header with the body's name and the title,
 * a footer "Seite 1 von 2" ("Page 1 of 2" in English, the label {@code page.footer}); tables split
 * across pages repeat their header row; headings stay with the text that follows them. The outline
 * (bookmarks) lists the sections and the questions.
 *
 * <p><b>Conformance.</b> By default ({@link PdfConformance#PDFA_2A_PDFUA_1}) the PDF is tagged, carries
 * the document's language ({@code /Lang} "de-DE" or "en"), shows its title in the window's title bar,
 * embeds every font and has an sRGB output intent; its XMP metadata claims PDF/A-2a and PDF/UA-1 and
 * holds the title, the body as author, the subject, the keywords and "ratsinfo" as producer.
 *
 * <p><b>Determinism.</b> The creation and modification dates come from {@link RenderOptions#clock()}, to
 * the second, and the document's {@code /ID} is derived from the content and that time: with a fixed
 * clock the same document gives the same bytes.
 *
 * <p><b>Lock-down.</b> Rendering reads nothing from the network or the file system: every external
 * resource (images, stylesheets, fonts referenced by URL, also from an {@link
 * Builder#additionalStylesheet(String) additional stylesheet}) is denied, and nothing depends on the
 * fonts installed on the machine. openhtmltopdf's logging goes to {@link java.util.logging} under its
 * logger names ({@code com.openhtmltopdf.*}), one level quieter than openhtmltopdf logs (its warnings at
 * {@code FINE}); installing that logger is global to the JVM, since openhtmltopdf's logging is.
 *
 * <p><b>Output.</b> The PDF is made completely in memory and written to the stream only once it is
 * complete: when rendering fails ({@link RenderException}) nothing has been written. Only a failing
 * stream can leave partial output, with an {@link IOException}; the caller then discards it.
 *
 * <p>Instances are immutable and thread-safe: build one per configuration, share it, and call {@link
 * #warmUp()} at start-up, since the first render in a JVM loads classes and parses fonts.
 */
public final class PdfRenderer implements ExcerptRenderer {

  private final RenderOptions options;
  private final PdfConformance conformance;
  private final HtmlRenderer html;
  private final Engine engine;

  private PdfRenderer(Builder builder) {
    this.options = builder.options;
    this.conformance = builder.conformance;
    HtmlRenderer.Builder html = HtmlRenderer.builder()
        .options(options)
        .stylesheet(PrintStylesheet.css());
    if (builder.additionalStylesheet != null) {
      html.additionalStylesheet(builder.additionalStylesheet);
    }
    this.html = html.build();
    this.engine = new Engine(conformance);
  }

  /**
   * A new builder with the defaults: {@link RenderOptions#defaults()}, {@link
   * PdfConformance#PDFA_2A_PDFUA_1}, no additional stylesheet.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@link RenderFormat#PDF}. */
  @Override
  public RenderFormat format() {
    return RenderFormat.PDF;
  }

  /** The options this renderer was built with. */
  @Override
  public RenderOptions options() {
    return options;
  }

  /**
   * What the PDFs of this renderer claim.
   *
   * @return the conformance
   */
  public PdfConformance conformance() {
    return conformance;
  }

  /**
   * Renders a laid-out excerpt as PDF and writes it to the stream once it is complete.
   *
   * @param document the document tree
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if writing to the stream fails
   * @throws RenderException if the document cannot be rendered; nothing has been written then
   */
  @Override
  public void render(ExcerptDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    out.write(renderToBytes(document));
    out.flush();
  }

  /**
   * Renders a laid-out excerpt as PDF.
   *
   * @param document the document tree
   * @return the PDF
   * @throws RenderException if the document cannot be rendered
   */
  public byte[] renderToBytes(ExcerptDocument document) {
    Objects.requireNonNull(document, "document");
    StringWriter xhtml = new StringWriter(32 * 1024);
    try {
      html.render(document, xhtml);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    Instant instant = options.clock().instant();
    try {
      return engine.render(xhtml.toString(), document, instant);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RenderException("cannot render the excerpt \"" + document.title() + "\" as PDF: "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
  }

  /**
   * Pays the cost of a first render now (loading classes, parsing fonts, filling the font metrics
   * cache) by rendering a small document and discarding it. Optional; call it at start-up.
   *
   * @throws RenderException if even the small document cannot be rendered
   */
  public void warmUp() {
    renderToBytes(WarmUp.document(options));
  }

  @Override
  public String toString() {
    return "PdfRenderer[" + conformance + ", " + options + "]";
  }

  /** Builds a {@link PdfRenderer}; not thread-safe. */
  public static final class Builder {
    private RenderOptions options = RenderOptions.defaults();
    private PdfConformance conformance = PdfConformance.PDFA_2A_PDFUA_1;
    private @Nullable String additionalStylesheet;

    private Builder() {}

    /**
     * The options: locale, audience, clock, majority rule. Default {@link RenderOptions#defaults()}.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(RenderOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * What the PDFs claim and are made to meet. Default {@link PdfConformance#PDFA_2A_PDFUA_1}.
     *
     * @param conformance the conformance
     * @return this builder
     */
    public Builder conformance(PdfConformance conformance) {
      this.conformance = Objects.requireNonNull(conformance, "conformance");
      return this;
    }

    /**
     * Print CSS applied after the default print stylesheet, so that its rules win: for a few changes
     * to the look (CSS 2.1 and paged media, as openhtmltopdf knows them). URLs in it are never
     * fetched. Replaces an additional stylesheet set before. Default: none.
     *
     * @param css the CSS text
     * @return this builder
     * @throws IllegalArgumentException if the text contains {@code </style} or {@code ]]>}
     */
    public Builder additionalStylesheet(String css) {
      Objects.requireNonNull(css, "css");
      // Checked now, as the HTML renderer checks it, so that the error comes from this call.
      HtmlRenderer.builder().additionalStylesheet(css);
      this.additionalStylesheet = css;
      return this;
    }

    /**
     * The renderer.
     *
     * @return a new, immutable renderer
     */
    public PdfRenderer build() {
      return new PdfRenderer(this);
    }
  }
}
