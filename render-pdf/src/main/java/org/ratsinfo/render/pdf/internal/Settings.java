package org.ratsinfo.render.pdf.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlBlockRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfConformance;

/**
 * What a {@code PdfRenderer.Builder} collects, each value checked as it is given (so that an error
 * comes from the builder's call that gave it): the options, the conformance, whether object streams
 * are used, the additional stylesheet, the block renderers, and the fallback fonts with the limit of
 * their size. The builder is the API and its documentation; this is its state and its checks. Not
 * thread-safe, as a builder is.
 */
public final class Settings {

  private RenderOptions options = RenderOptions.defaults();
  private PdfConformance conformance = PdfConformance.PDFA_2A_PDFUA_1;
  private boolean objectStreams = true;
  private @Nullable String additionalStylesheet;
  private final List<Consumer<HtmlRenderer.Builder>> blockRenderers = new ArrayList<>();
  private final List<byte[]> fallbackFonts = new ArrayList<>();
  /** For messages: "#1", "#2" … for fonts given as bytes, the path for fonts read from files. */
  private final List<String> fallbackFontNames = new ArrayList<>();
  private long fallbackFontLimit;

  /**
   * The defaults: {@link RenderOptions#defaults()}, PDF/A-2a and PDF/UA-1, object streams, no
   * additional stylesheet, no block renderers, no fallback fonts.
   *
   * @param fallbackFontLimit the largest fallback font accepted unless told otherwise, in bytes
   */
  public Settings(long fallbackFontLimit) {
    this.fallbackFontLimit = fallbackFontLimit;
  }

  /** The options; checked by the caller for {@code null}. */
  public void options(RenderOptions options) {
    this.options = options;
  }

  /** The options. */
  public RenderOptions options() {
    return options;
  }

  /** The conformance; checked by the caller for {@code null}. */
  public void conformance(PdfConformance conformance) {
    this.conformance = conformance;
  }

  /** The conformance. */
  public PdfConformance conformance() {
    return conformance;
  }

  /** Whether objects go into compressed object streams. */
  public void objectStreams(boolean objectStreams) {
    this.objectStreams = objectStreams;
  }

  /** Whether objects go into compressed object streams. */
  public boolean objectStreams() {
    return objectStreams;
  }

  /**
   * The additional stylesheet, checked as the HTML renderer checks it ({@code </style}, {@code ]]>})
   * and against the limits of lengths as written ({@link StylesheetLimits}).
   *
   * @throws IllegalArgumentException if it fails a check, in the language of the options
   */
  public void additionalStylesheet(String css) {
    HtmlRenderer.builder().additionalStylesheet(css);
    StylesheetLimits.check(css, options.locale());
    this.additionalStylesheet = css;
  }

  /**
   * A block renderer, checked by the HTML renderer's builder, kept to register it with the HTML
   * renderer of the pipeline.
   *
   * @throws IllegalArgumentException if the kind is not one of the kinds of block
   */
  public <B extends Block> void blockRenderer(Class<B> kind, HtmlBlockRenderer<? super B> renderer) {
    HtmlRenderer.builder().blockRenderer(kind, renderer);
    blockRenderers.add(html -> html.blockRenderer(kind, renderer));
  }

  /**
   * A fallback font given as bytes, checked now ({@link FallbackFonts#check}).
   *
   * @param trueType the bytes, already copied
   * @throws IllegalArgumentException if they are more than the limit or not a usable TrueType font
   */
  public void fallbackFont(byte[] trueType) {
    String name = "#" + (fallbackFonts.size() + 1);
    FallbackFonts.check(trueType, name, fallbackFontLimit, options.locale());
    fallbackFonts.add(trueType);
    fallbackFontNames.add(name);
  }

  /**
   * A fallback font read from a file, checked now ({@link FallbackFonts#read}).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is more than the limit or not a usable TrueType font
   */
  public void fallbackFont(Path file) throws IOException {
    fallbackFonts.add(FallbackFonts.read(file, fallbackFontLimit, options.locale()));
    fallbackFontNames.add(file.toString());
  }

  /**
   * The largest fallback font accepted.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public void fallbackFontLimit(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("the fallback font limit must be positive: " + bytes);
    }
    this.fallbackFontLimit = bytes;
  }

  /** How many fallback fonts there are. */
  public int fallbackFonts() {
    return fallbackFonts.size();
  }

  /**
   * The steps of a renderer with these settings; with an additional stylesheet, tried on a sample
   * excerpt ({@link Pipeline}).
   *
   * @return the pipeline
   * @throws IllegalArgumentException if a fallback font is more than the limit (which may have been
   *     lowered after it was added), or the additional stylesheet fails on the sample excerpt; in the
   *     language of the options
   */
  public Pipeline pipeline() {
    for (int i = 0; i < fallbackFonts.size(); i++) {
      if (fallbackFonts.get(i).length > fallbackFontLimit) {
        throw new IllegalArgumentException(FallbackFonts.tooLarge(fallbackFontNames.get(i),
            fallbackFonts.get(i).length, fallbackFontLimit, options.locale()));
      }
    }
    return new Pipeline(options, conformance, objectStreams, fallbackFonts, additionalStylesheet,
        blockRenderers);
  }
}
