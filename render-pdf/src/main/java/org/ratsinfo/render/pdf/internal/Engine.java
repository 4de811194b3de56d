package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.pdf.PdfConformance;
import org.w3c.dom.Document;

/**
 * Turns the XHTML page of an excerpt into PDF bytes with openhtmltopdf, locked down and deterministic.
 * Thread-safe; each render builds its own openhtmltopdf renderer (they are single-use) and its own
 * PDF document, and shares only the font bytes, the colour profile, a cache of font metrics and a
 * {@link FontPool pool of parsed fonts}, from which it takes faces no other render uses meanwhile.
 *
 * <p>openhtmltopdf and PDFBox are used through their public API: the builder's options, a {@code
 * PDFontSupplier} for each font, the cache store for font metrics, the resolver's fallback fonts. The
 * one exception is {@link TextWidths}, openhtmltopdf's text measurer without PDFBox's encoding of every
 * measured word, kept for the memory it saves (docs/performance.md) and held to openhtmltopdf's own
 * measurer by {@code TextWidthsTest}.
 *
 * <p>After openhtmltopdf, the tags of links are mended ({@link LinkTags}) and the metadata is written
 * ({@link Metadata}).
 *
 * <p>Locked down: no resource is ever loaded. Every external resource is denied before and after URI
 * resolution, the URI resolver resolves nothing, every stream protocol openhtmltopdf knows is routed to
 * a stream that is empty, and the document has no {@code file:} base URI.
 */
public final class Engine {

  /** Not a location: relative references resolve against nothing that can be fetched. */
  private static final String BASE_URI = "about:blank";

  private static final BiPredicate<String, ExternalResourceType> DENY_ALL = (uri, type) -> false;

  private static final FSStreamFactory NO_STREAMS = url -> EmptyStream.INSTANCE;

  private static final String[] PROTOCOLS = {
    "http", "https", "file", "jar", "ftp", "data", "classpath", "mailto", "urn", "about"
  };

  private final PdfConformance conformance;
  private final CompressParameters compression;
  private final List<byte[]> fallbackFonts;
  private final Glyphs glyphs;
  private final FSCacheEx<String, FSCacheValue> fontMetrics = new MetricsCache();
  private final FontPool fonts = new FontPool();
  private final @Nullable String additionalStylesheet;
  private final boolean blockRenderers;
  private final boolean textWidths;

  /**
   * An engine.
   *
   * @param conformance what the PDFs claim
   * @param objectStreams whether the objects other than streams are saved in compressed object
   *     streams (PDFBox's default) or each on its own, uncompressed
   * @param fallbackFonts TrueType fonts for the characters Noto Sans lacks, in order; not copied, the
   *     caller does not change them
   * @param additionalStylesheet the additional stylesheet of the pages, if any: the font sizes of a
   *     page are checked ({@link FontSizes}) before its layout, and that no text sticks out of the
   *     page ({@link Overflow}) after it
   * @param blockRenderers whether block renderers write some of the pages' markup: then too, that no
   *     text sticks out of the page is checked after the layout
   * @throws IOException if a fallback font cannot be read as TrueType
   */
  public Engine(PdfConformance conformance, boolean objectStreams, List<byte[]> fallbackFonts,
      @Nullable String additionalStylesheet, boolean blockRenderers) throws IOException {
    this(conformance, objectStreams, fallbackFonts, additionalStylesheet, blockRenderers, true);
  }

  /**
   * An engine that measures text with openhtmltopdf's own measurer, if asked: only to measure what
   * {@link TextWidths} gains ({@code FrontDoorBenchmark}); the PDFs are the same either way.
   *
   * @param conformance what the PDFs claim
   * @param objectStreams whether the objects other than streams are saved in object streams
   * @param fallbackFonts TrueType fonts for the characters Noto Sans lacks
   * @param additionalStylesheet the additional stylesheet of the pages, if any
   * @param blockRenderers whether block renderers write some of the pages' markup
   * @param textWidths whether text is measured by {@link TextWidths} (as every renderer does) or by
   *     openhtmltopdf's own measurer
   * @throws IOException if a fallback font cannot be read as TrueType
   */
  public Engine(PdfConformance conformance, boolean objectStreams, List<byte[]> fallbackFonts,
      @Nullable String additionalStylesheet, boolean blockRenderers, boolean textWidths)
      throws IOException {
    this.conformance = conformance;
    this.compression = objectStreams
        ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION;
    this.fallbackFonts = List.copyOf(fallbackFonts);
    this.glyphs = Glyphs.of(Fonts.characters(), this.fallbackFonts);
    this.additionalStylesheet = additionalStylesheet;
    this.blockRenderers = blockRenderers;
    this.textWidths = textWidths;
  }

  /**
   * Renders a page to PDF.
   *
   * @param xhtml the page, as the HTML renderer writes it
   * @param document the document the page shows
   * @param instant when the PDF is made
   * @return the complete PDF
   * @throws IOException if openhtmltopdf or PDFBox fail
   * @throws MissingCharactersException if the page holds characters the fonts cannot show
   * @throws NestingException if a block renderer nested a list or table element where HTML does not
   *     allow it
   * @throws StylesheetException if the additional stylesheet gives text of the page a font size out of
   *     bounds, or it or a block renderer puts text beyond the sides of the page
   */
  public byte[] render(String xhtml, ExcerptDocument document, Instant instant) throws IOException {
    Document dom = page(xhtml, document, blockRenderers);
    TrueTypeFont[] parsedFonts = fonts.take();
    byte[] bytes;
    // The document openhtmltopdf would make itself (new PDDocument()), made here so that the fonts can
    // be made for it from the parsed faces.
    try (PDDocument target = new PDDocument()) {
      RenderFonts renderFonts = new RenderFonts(target, parsedFonts, fallbackFonts);
      try (PdfBoxRenderer renderer = renderer(dom, document, target, renderFonts, blockRenderers)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument pdf = renderer.createPDFKeepOpen()) {
          LinkTags.mend(pdf);
          Metadata.write(pdf, document.info(), conformance, instant, id(xhtml, instant));
          pdf.save(out, compression);
        }
        bytes = out.toByteArray();
      }
    }
    fonts.give(parsedFonts);
    return bytes;
  }

  /**
   * Lays a page out as {@link #render} does, without making a PDF: to try the additional stylesheet on
   * a sample excerpt when a renderer is built, without the block renderers.
   *
   * @param xhtml the page, as the HTML renderer writes it
   * @param document the document the page shows
   * @return the number of pages
   * @throws IOException if openhtmltopdf fails so
   * @throws MissingCharactersException if the page holds characters the fonts cannot show
   * @throws StylesheetException if the additional stylesheet gives text of the page a font size out of
   *     bounds, or puts text beyond the sides of the page
   * @throws RuntimeException whatever else openhtmltopdf throws
   */
  public int layOut(String xhtml, ExcerptDocument document) throws IOException {
    Document dom = page(xhtml, document, false);
    TrueTypeFont[] parsedFonts = fonts.take();
    int pages;
    try (PDDocument target = new PDDocument();
        PdfBoxRenderer renderer = renderer(dom, document, target,
            new RenderFonts(target, parsedFonts, fallbackFonts), false)) {
      pages = renderer.getRootBox().getLayer().getPages().size();
    }
    fonts.give(parsedFonts);
    return pages;
  }

  /**
   * Lays a page out and hands the laid-out openhtmltopdf renderer and the page to a function; for
   * tests.
   */
  <T> T inspect(String xhtml, ExcerptDocument document, BiFunction<PdfBoxRenderer, Document, T> f)
      throws IOException {
    Document dom = page(xhtml, document, blockRenderers);
    TrueTypeFont[] parsedFonts = fonts.take();
    try (PDDocument target = new PDDocument();
        PdfBoxRenderer renderer = renderer(dom, document, target,
            new RenderFonts(target, parsedFonts, fallbackFonts), blockRenderers)) {
      return f.apply(renderer, dom);
    }
  }

  /**
   * The page's DOM, prepared for print, with the characters the fonts have; with markup of block
   * renderers, its lists and tables nested as HTML requires ({@link Nesting}).
   */
  private Document page(String xhtml, ExcerptDocument document, boolean customMarkup) {
    Document dom = Xhtml.parse(xhtml);
    if (customMarkup) {
      Nesting.Violation violation = Nesting.check(dom);
      if (violation != null) {
        throw new NestingException(violation);
      }
    }
    PrintPage.prepare(dom, document);
    Glyphs.Missing missing = glyphs.prepare(dom);
    if (!missing.isEmpty()) {
      throw new MissingCharactersException(missing);
    }
    return dom;
  }

  /**
   * An openhtmltopdf renderer for a page, locked down, laid out; with an additional stylesheet, the
   * font sizes checked before the layout; with it or markup of block renderers, the sides of the text
   * after it.
   */
  private PdfBoxRenderer renderer(Document dom, ExcerptDocument document, PDDocument target,
      RenderFonts fonts, boolean customMarkup) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(target);
    fonts.register(builder);
    builder.withW3cDocument(dom, BASE_URI);
    builder.useUriResolver((base, uri) -> null);
    builder.useExternalResourceAccessControl(DENY_ALL,
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(DENY_ALL,
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.useProtocolsStreamImplementation(NO_STREAMS, PROTOCOLS);
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
    builder.withProducer(Metadata.PRODUCER);
    builder.useUnicodeLineBreaker(new LineBreaker(document.locale()));
    switch (conformance) {
      case PDFA_2A_PDFUA_1 -> {
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(ColorProfile.SRGB);
      }
      case PDFA_2B -> {
        builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
        builder.useColorProfile(ColorProfile.SRGB);
      }
      case NONE -> builder.usePdfVersion(1.7f);
    }

    PdfBoxRenderer renderer = builder.buildPdfRenderer();
    try {
      if (additionalStylesheet != null) {
        // Only an additional stylesheet names families the PDF lacks: the print stylesheet names Noto
        // Sans everywhere (FontSizesTest). openhtmltopdf reads the metrics of every fallback font for
        // every text, which at a renderer's first render parses faces most pages never use.
        fonts.registerFallbacks(renderer.getFontResolver());
      }
      if (textWidths) {
        renderer.getSharedContext().setTextRenderer(new TextWidths());
      }
      if (additionalStylesheet != null) {
        // Before the layout, which would take minutes for sizes that compound, or fail.
        FontSizes.Violation violation = FontSizes.check(renderer.getSharedContext().getCss(), dom,
            metrics(renderer));
        if (violation != null) {
          throw new StylesheetException(violation, additionalStylesheet);
        }
      }
      renderer.layout();
      Overflow.Cause cause = Overflow.Cause.of(additionalStylesheet != null, customMarkup);
      if (cause != null) {
        Overflow.Violation overflow = Overflow.check(renderer);
        if (overflow != null) {
          throw new StylesheetException(overflow, cause);
        }
      }
      return renderer;
    } catch (RuntimeException | Error e) {
      renderer.close();
      throw e;
    }
  }

  /** The resolution and the x-height of Noto Sans of an openhtmltopdf renderer. */
  static FontSizes.Metrics metrics(PdfBoxRenderer renderer) {
    double dotsPerPoint = renderer.getDotsPerPoint();
    SharedContext shared = renderer.getSharedContext();
    FontContext context = new PdfBoxFontContext();
    return new FontSizes.Metrics() {
      @Override
      public double dotsPerPoint() {
        return dotsPerPoint;
      }

      @Override
      public double xHeight(double points) {
        FontSpecification font = new FontSpecification();
        font.size = (float) (points * dotsPerPoint);
        font.families = new String[] {Fonts.FAMILY};
        font.fontWeight = IdentValue.NORMAL;
        font.fontStyle = IdentValue.NORMAL;
        font.variant = IdentValue.NORMAL;
        return shared.getXHeight(context, font) / dotsPerPoint;
      }
    };
  }

  /** 16 bytes from the page, the conformance and the second the PDF is made. */
  private byte[] id(String xhtml, Instant instant) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(xhtml.getBytes(StandardCharsets.UTF_8));
      sha.update(conformance.name().getBytes(StandardCharsets.US_ASCII));
      sha.update(Long.toString(instant.getEpochSecond()).getBytes(StandardCharsets.US_ASCII));
      return Arrays.copyOf(sha.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Breaks lines where the JDK's line {@link BreakIterator} does: at spaces and after hyphens, not at
   * slashes as openhtmltopdf's default does for URLs, which split references such as "2017/0485" and
   * names such as "Piraten/AL". One per render: a break iterator is not thread-safe.
   */
  private static final class LineBreaker implements FSTextBreaker {
    private final BreakIterator lines;

    LineBreaker(Locale locale) {
      this.lines = BreakIterator.getLineInstance(locale);
    }

    @Override
    public int next() {
      return lines.next();
    }

    @Override
    public void setText(String text) {
      lines.setText(text);
    }
  }

  /** The sRGB profile of the JDK, read once. */
  private static final class ColorProfile {
    static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ColorProfile() {}
  }

  /** A stream with no content, for every URL openhtmltopdf might still ask for. */
  private static final class EmptyStream implements FSStream {
    static final EmptyStream INSTANCE = new EmptyStream();

    @Override
    public java.io.InputStream getStream() {
      return java.io.InputStream.nullInputStream();
    }

    @Override
    public java.io.Reader getReader() {
      return java.io.Reader.nullReader();
    }
  }
}
