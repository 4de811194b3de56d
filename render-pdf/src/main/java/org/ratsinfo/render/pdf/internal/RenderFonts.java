package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of one render: the four faces of Noto Sans and the fallback fonts, each made into a PDF
 * font of the render's document only when openhtmltopdf first uses it, and then once, however many
 * families it is registered under.
 *
 * <p>They are registered twice:
 *
 * <ul>
 *   <li>by family ({@link #register(PdfRendererBuilder)}): the faces as {@value Fonts#FAMILY}, the
 *       fallback fonts as {@code ratsinfo-fallback-1}, {@code -2} …, the families the print stylesheet
 *       names;
 *   <li>for pages with an additional stylesheet, also as openhtmltopdf's fallback fonts ({@link
 *       #registerFallbacks(PdfBoxFontResolver)}), which it adds to whatever family a text asks for:
 *       a family the PDF does not have ({@code Arial}, {@code monospace}, a name from an {@code
 *       @font-face} it will never load) comes out in Noto Sans, with the weight and style asked for,
 *       and the characters Noto Sans lacks from the fallback fonts. Without them, openhtmltopdf lays
 *       such text out with no font at all: blank, or a {@code NullPointerException} when the whole
 *       page has none.
 * </ul>
 *
 * <p>openhtmltopdf tries a text's fonts in order, character by character: the family's own first, so
 * that a page whose stylesheets name only {@value Fonts#FAMILY} is laid out and drawn exactly as
 * without the fallbacks. Not thread-safe: one render.
 */
final class RenderFonts {

  /** The family names of fallback fonts: the first is {@code ratsinfo-fallback-1}. */
  static final String FALLBACK_FAMILY = "ratsinfo-fallback-";

  private final List<PDFontSupplier> faces = new ArrayList<>();
  private final List<PDFontSupplier> fallbacks = new ArrayList<>();

  /**
   * The fonts of a render.
   *
   * @param pdf the document the render draws into
   * @param parsed the parsed faces of a {@link FontPool} set, used by this render only while it runs
   * @param fallbacks the fallback fonts, TrueType, in order; each is parsed only when a character needs
   *     it
   */
  RenderFonts(PDDocument pdf, TrueTypeFont[] parsed, List<byte[]> fallbacks) {
    for (int i = 0; i < Fonts.faces(); i++) {
      faces.add(new LazyFont(pdf, parsed, i));
    }
    for (byte[] bytes : fallbacks) {
      this.fallbacks.add(new FallbackFont(pdf, bytes));
    }
  }

  /**
   * Registers the faces and the fallback fonts by family with a builder; openhtmltopdf embeds the
   * subset of each font it uses.
   *
   * @param builder the builder of the render
   */
  void register(PdfRendererBuilder builder) {
    for (int i = 0; i < faces.size(); i++) {
      builder.useFont(faces.get(i), Fonts.FAMILY, Fonts.weight(i), Fonts.style(i), true);
    }
    for (int f = 0; f < fallbacks.size(); f++) {
      for (int i = 0; i < faces.size(); i++) {
        builder.useFont(fallbacks.get(f), FALLBACK_FAMILY + (f + 1), Fonts.weight(i), Fonts.style(i),
            true);
      }
    }
  }

  /**
   * Registers the faces, then the fallback fonts, as openhtmltopdf's fallback fonts, which it adds to
   * every text's own (before the PDF's built-in fonts, which a PDF/A has none of and a plain PDF would
   * not embed). Needed only where a stylesheet names another family than the print stylesheet's.
   *
   * @param resolver the font resolver of the render's openhtmltopdf renderer, before its layout
   */
  void registerFallbacks(PdfBoxFontResolver resolver) {
    for (int i = 0; i < faces.size(); i++) {
      resolver.addFont(faces.get(i), Fonts.FAMILY, Fonts.weight(i), identValue(Fonts.style(i)), true,
          FontGroup.PRE_BUILT_IN_FALLBACK);
    }
    for (int f = 0; f < fallbacks.size(); f++) {
      for (int i = 0; i < faces.size(); i++) {
        resolver.addFont(fallbacks.get(f), FALLBACK_FAMILY + (f + 1), Fonts.weight(i),
            identValue(Fonts.style(i)), true, FontGroup.PRE_BUILT_IN_FALLBACK);
      }
    }
  }

  private static IdentValue identValue(FontStyle style) {
    return switch (style) {
      case NORMAL -> IdentValue.NORMAL;
      case ITALIC -> IdentValue.ITALIC;
      case OBLIQUE -> IdentValue.OBLIQUE;
    };
  }

  /**
   * A fallback font, made into a PDF font of the render's document when openhtmltopdf first uses it,
   * as {@code useFont} with a stream does ({@code PDType0Font.load(document, stream, subset)}), and
   * then shared by every family and face it is registered as, so that the PDF embeds it once.
   */
  private static final class FallbackFont extends PDFontSupplier {
    private final PDDocument pdf;
    private final byte[] bytes;
    private @Nullable PDFont font;

    FallbackFont(PDDocument pdf, byte[] bytes) {
      super(null);
      this.pdf = pdf;
      this.bytes = bytes;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(pdf, new ByteArrayInputStream(bytes), true);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot embed a fallback font", e);
        }
      }
      return font;
    }
  }
}
