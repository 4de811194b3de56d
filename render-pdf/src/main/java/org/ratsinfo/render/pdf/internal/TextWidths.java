package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * openhtmltopdf's text renderer, with the width of a text measured without encoding it: openhtmltopdf
 * measures every word and every line it tries with PDFBox's {@code PDFont.getStringWidth}, which
 * encodes the text into a byte array and reads the codes back one at a time, each through a new byte
 * array, a stream and a lambda over the code space ranges. That was a fifth of the memory a render
 * allocated, and a tenth of its time.
 *
 * <p>For a TrueType font embedded with the {@code Identity-H} encoding (every font of a render: Noto
 * Sans and the fallback fonts), a character's code is its glyph, so the width is the sum of the widths
 * PDFBox gives each glyph, {@code PDType0Font.getWidth(glyph)}, in the same order and arithmetic as
 * {@code getStringWidth}: the layout, and so the PDF, is the same to the byte. Text with a character
 * the font lacks, and any other kind of font, is measured by openhtmltopdf as before. One per render,
 * like the renderer it replaces.
 */
final class TextWidths extends PdfBoxTextRenderer {

  /** openhtmltopdf's {@code PdfBoxTextRenderer.TEXT_MEASURING_DELTA}: a fraction this small rounds down. */
  private static final float MEASURING_DELTA = 0.01f;

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    PdfBoxFSFont pdfBoxFont = (PdfBoxFSFont) font;
    List<FontDescription> descriptions = pdfBoxFont.getFontDescriptions();
    if (descriptions == null || descriptions.isEmpty() || string == null) {
      return super.getWidth(context, font, string);
    }
    // openhtmltopdf measures with the first font that is available; with ours that is the first.
    PDFont first = descriptions.get(0).getFont();
    if (!(first instanceof PDType0Font type0) || !type0.isEmbedded()
        || !type0.getCMap().getName().startsWith("Identity-")) {
      return super.getWidth(context, font, string);
    }
    CmapLookup cmap = type0.getCmapLookup();
    if (cmap == null) {
      return super.getWidth(context, font, string);
    }
    String text = TextRenderer.getEffectivePrintableString(string);
    float width = 0;
    try {
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        int glyph = cmap.getGlyphId(codePoint);
        if (glyph <= 0 || glyph > 0xFFFF) {
          // Not in this font: openhtmltopdf splits the text among the fonts that have it.
          return super.getWidth(context, font, string);
        }
        width += type0.getWidth(glyph);
        i += Character.charCount(codePoint);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the widths of the font " + type0.getName(), e);
    }
    float result = width / 1000f * pdfBoxFont.getSize2D();
    return result - Math.floor(result) < MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
  }
}
