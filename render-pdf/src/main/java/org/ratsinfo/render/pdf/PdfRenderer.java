package org.ratsinfo.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlBlockRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.internal.JulXrLogger;
import org.ratsinfo.render.pdf.internal.Pipeline;
import org.ratsinfo.render.pdf.internal.Settings;
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
 * (bookmarks) lists the sections and the questions. The entries of a {@link
 * org.ratsinfo.document.LinkList} that have a target (attachments, linked papers) are links, underlined:
 * a URI link annotation for each line of the link's text, with the text as {@code /Contents}, all in
 * one {@code Link} structure element in the data's language.
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
 * Builder#additionalStylesheet(String) additional stylesheet}) is denied, a link's address is only
 * written into the PDF, and nothing depends on the fonts installed on the machine.
 *
 * <p><b>Characters.</b> Noto Sans shows Latin, Greek and Cyrillic text. For other characters add
 * {@linkplain Builder#fallbackFont(byte[]) fallback fonts}; a character no font has fails the render
 * with a {@link RenderException} that names it and the text it stands in, in the language of {@link
 * RenderOptions#locale()}: a PDF never shows a character as "#" or a blank box.
 *
 * <p><b>Customisation.</b> An {@linkplain Builder#additionalStylesheet(String) additional stylesheet}
 * changes the look, a {@linkplain Builder#blockRenderer(Class, HtmlBlockRenderer) block renderer} the
 * markup of one kind of block, as for the {@link HtmlRenderer}.
 *
 * <p><b>Logging.</b> openhtmltopdf logs through its own {@code XRLog}, global to the JVM, by default a
 * few lines at INFO on the console for every document; the renderer leaves it as the application set
 * it, and {@link #routeEngineLogging()} routes it to {@link java.util.logging}, quietly.
 *
 * <p><b>Output.</b> The PDF is made completely in memory and written to the stream only once it is
 * complete: when rendering fails ({@link RenderException}) nothing has been written. Only a failing
 * stream can leave partial output, with an {@link IOException}; the caller then discards it.
 *
 * <p>Instances are immutable and thread-safe: build one per configuration, share it, and call {@link
 * #warmUp()} at start-up, since the first render in a JVM loads classes and parses fonts.
 */
public final class PdfRenderer implements ExcerptRenderer {

  /**
   * The largest fallback font a builder accepts unless told otherwise ({@link
   * Builder#fallbackFontLimit(long)}): 64 MiB.
   */
  public static final long DEFAULT_FALLBACK_FONT_LIMIT = 64L * 1024 * 1024;

  private final RenderOptions options;
  private final PdfConformance conformance;
  private final boolean objectStreams;
  private final int fallbackFonts;
  private final Pipeline pipeline;

  private PdfRenderer(Settings settings) {
    this.options = settings.options();
    this.conformance = settings.conformance();
    this.objectStreams = settings.objectStreams();
    this.fallbackFonts = settings.fallbackFonts();
    this.pipeline = settings.pipeline();
  }

  /**
   * A new builder with the defaults: {@link RenderOptions#defaults()}, {@link
   * PdfConformance#PDFA_2A_PDFUA_1}, compressed object streams, no additional stylesheet.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Routes openhtmltopdf's logging to {@link java.util.logging} under openhtmltopdf's logger names
   * ({@code com.openhtmltopdf.load} …), one level quieter: its SEVERE at WARNING, its WARNING at FINE,
   * the rest lower. With the JDK's default configuration a render then prints nothing unless something
   * is seriously wrong; levels and handlers stay the application's. For the whole JVM, as
   * openhtmltopdf's logging is: it replaces the logger openhtmltopdf had ({@code XRLog.setLoggerImpl}),
   * also for other users of openhtmltopdf. Call it once at start-up, or not at all to keep
   * openhtmltopdf's own logging or a logger of one's own. Idempotent; the library never calls it.
   */
  public static void routeEngineLogging() {
    JulXrLogger.install();
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
    return pipeline.render(document);
  }

  /**
   * Whether the PDFs keep their objects in compressed object streams.
   *
   * @return what {@link Builder#objectStreams(boolean)} set
   */
  public boolean objectStreams() {
    return objectStreams;
  }

  /**
   * The number of fallback fonts.
   *
   * @return how many fonts were added with {@link Builder#fallbackFont(byte[])}
   */
  public int fallbackFonts() {
    return fallbackFonts;
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
    return "PdfRenderer[" + conformance + (objectStreams ? "" : ", no object streams") + ", "
        + options + "]";
  }

  /** Builds a {@link PdfRenderer}; not thread-safe. */
  public static final class Builder {
    // The values and their checks; this class is the API and its documentation.
    private final Settings settings = new Settings(DEFAULT_FALLBACK_FONT_LIMIT);

    private Builder() {}

    /**
     * The options: locale, audience, clock, majority rule. Default {@link RenderOptions#defaults()}.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(RenderOptions options) {
      settings.options(Objects.requireNonNull(options, "options"));
      return this;
    }

    /**
     * What the PDFs claim and are made to meet. Default {@link PdfConformance#PDFA_2A_PDFUA_1}.
     *
     * @param conformance the conformance
     * @return this builder
     */
    public Builder conformance(PdfConformance conformance) {
      settings.conformance(Objects.requireNonNull(conformance, "conformance"));
      return this;
    }

    /**
     * Whether the objects of a PDF other than its streams (structure tree, page, font and annotation
     * dictionaries) are packed into compressed object streams, which PDF 1.5 and PDF/A-2 allow and
     * every current reader opens. Default {@code true}: the files are a half to two thirds smaller
     * (the reference excerpt 41 kB instead of 104 kB), which counts for an archive. With {@code false}
     * a render takes about a tenth less time; for PDFs shown once and not kept. Content streams and
     * fonts are compressed either way, and either way the PDFs meet the same conformance.
     *
     * @param objectStreams {@code true} for compressed object streams
     * @return this builder
     */
    public Builder objectStreams(boolean objectStreams) {
      settings.objectStreams(objectStreams);
      return this;
    }

    /**
     * Print CSS applied after the default print stylesheet, so that its rules win: for a few changes
     * to the look (CSS 2.1 and paged media, as openhtmltopdf knows them). URLs in it are never
     * fetched. Replaces an additional stylesheet set before. Default: none.
     *
     * <p><b>Fonts.</b> The PDF has one typeface, Noto Sans (and the {@linkplain #fallbackFont(byte[])
     * fallback fonts} for characters Noto Sans lacks). A {@code font-family} the PDF does not have
     * (say {@code Arial}, {@code "Times New Roman"}, {@code monospace}, {@code serif}, {@code cursive})
     * is shown in Noto Sans, with the weight and style asked for: text never disappears for its
     * family. An {@code @font-face} rule loads nothing (URLs are never fetched): its family too is
     * shown in Noto Sans.
     *
     * <p><b>Limits.</b> The stylesheet is configuration and trusted like code. Lengths no print layout
     * needs are rejected as they are written (beyond 300 mm, 20 em or 1000 %; a unitless line height
     * beyond 20; font sizes beyond 100 pt, 5 em or 500 %); {@link #build()} tries the stylesheet on a
     * small sample excerpt with every kind of block; and each render checks the font sizes its page
     * ends up with (4 to 100 pt) and that no text is cut off, failing with a {@link RenderException}
     * rather than leave text out. The {@linkplain org.ratsinfo.render.pdf package description} has the
     * details. Messages name the rule ({@code selector { declaration }}) or the text, what is wrong and
     * the limit, in the language of the {@linkplain #options(RenderOptions) options} set before
     * (German by default).
     *
     * @param css the CSS text
     * @return this builder
     * @throws IllegalArgumentException if the text contains {@code </style} or {@code ]]>}, or a length
     *     beyond those limits
     */
    public Builder additionalStylesheet(String css) {
      settings.additionalStylesheet(Objects.requireNonNull(css, "css"));
      return this;
    }

    /**
     * Renders blocks of one kind with the given block renderer instead of the default way, exactly as
     * {@link HtmlRenderer.Builder#blockRenderer(Class, HtmlBlockRenderer)} does: the PDF is made from
     * the HTML renderer's page, so the same block renderer gives the same content in HTML and PDF.
     * Replaces a block renderer set before for the same kind. Default: none.
     *
     * <p>The print stylesheet styles ratsinfo's own classes ({@code ratsinfo-…}) and leaves other
     * elements to openhtmltopdf's defaults; style them with an {@linkplain
     * #additionalStylesheet(String) additional stylesheet}. The PDF's structure (PDF/UA) follows the
     * markup. A render fails with a {@link RenderException} rather than break it (a list or table
     * element nested otherwise than HTML allows) or cut text off (a table too wide for the page); the
     * {@linkplain org.ratsinfo.render.pdf package description} has the details.
     *
     * @param kind the kind of block: one of the types {@link Block} permits, such as {@link
     *     org.ratsinfo.document.Table}
     * @param renderer the block renderer; thread-safe, as it is shared by every render
     * @param <B> the kind of block
     * @return this builder
     * @throws IllegalArgumentException if the kind is not one of the kinds of block
     */
    public <B extends Block> Builder blockRenderer(Class<B> kind,
        HtmlBlockRenderer<? super B> renderer) {
      settings.blockRenderer(kind, renderer);
      return this;
    }

    /**
     * Adds a TrueType font for characters that Noto Sans (Latin, Greek, Cyrillic) lacks, such as CJK
     * ideographs or symbols: each character Noto Sans cannot show is taken from the first fallback font
     * that has it, and the PDF embeds the subset it uses (its licence must allow embedding). Fonts are
     * tried in the order they were added. The font is checked now (a TrueType font with a Unicode
     * character map that PDFBox can embed, at most {@linkplain #fallbackFontLimit(long) the limit} in
     * size) and kept for the renderer's lifetime; the renderer never reads fonts installed on the
     * machine. Default: none.
     *
     * <p>Without a font for a character, a render fails with a {@link RenderException} that lists the
     * characters and their texts, rather than drawing "#" or blanks. Letters of right-to-left scripts
     * are always reported (the PDF engine neither orders nor joins them); invisible format characters
     * that no font has are left out.
     *
     * @param trueType the bytes of a TrueType font file ({@code .ttf}; not a collection or CFF-based
     *     OpenType font); copied
     * @return this builder
     * @throws IllegalArgumentException if the bytes are more than the limit, not a TrueType font with a
     *     Unicode character map, or a font PDFBox cannot embed; the message says which, in the
     *     language of the options set before
     */
    public Builder fallbackFont(byte[] trueType) {
      settings.fallbackFont(Objects.requireNonNull(trueType, "trueType").clone());
      return this;
    }

    /**
     * Adds a TrueType font file for characters that Noto Sans lacks; see {@link #fallbackFont(byte[])}.
     * A file larger than {@linkplain #fallbackFontLimit(long) the limit} is refused before it is read.
     *
     * @param file a {@code .ttf} file, read now
     * @return this builder
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is more than the limit, not a TrueType font with a
     *     Unicode character map, or a font PDFBox cannot embed; the message names the file
     */
    public Builder fallbackFont(Path file) throws IOException {
      settings.fallbackFont(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * The largest fallback font accepted, in bytes. Default {@link #DEFAULT_FALLBACK_FONT_LIMIT}, 64
     * MiB, more than any TrueType font needs (Droid Sans Fallback, with CJK, kana and Hangul, has 4
     * MB). A render that needs a fallback font parses it whole, so each concurrent render may hold that
     * much. Set it before adding a larger font; {@link #build()} checks every font against it.
     *
     * @param bytes the limit
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder fallbackFontLimit(long bytes) {
      settings.fallbackFontLimit(bytes);
      return this;
    }

    /**
     * The renderer. With an {@linkplain #additionalStylesheet(String) additional stylesheet}, it lays
     * out a small sample excerpt to try it.
     *
     * @return a new, immutable renderer
     * @throws IllegalArgumentException if a fallback font is more than the {@linkplain
     *     #fallbackFontLimit(long) limit}, or the additional stylesheet gives text of the sample excerpt
     *     a font size out of bounds, puts it beyond the sides of the page or makes the PDF engine fail;
     *     the message names the font, or the rule and the reason, in the language of the options
     */
    public PdfRenderer build() {
      return new PdfRenderer(settings);
    }
  }
}
