package org.ratsinfo.render.docx.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The page: ratsinfo's own (A4 portrait and its margins), and the width of the text area of any, which
 * the column widths of tables are made to fit. On its own, because ratsinfo's page and the fallback for
 * a template's page without a usable size are the same numbers.
 */
final class PageGeometry {

  /** A4 portrait in twentieths of a point, and the margins of ratsinfo's own page. */
  private static final int A4_WIDTH = 11906;
  private static final int A4_HEIGHT = 16838;
  private static final int MARGIN_TOP = 1418;
  private static final int MARGIN_BOTTOM = 1134;
  private static final int MARGIN_LEFT = 1418;
  private static final int MARGIN_RIGHT = 1134;
  private static final int HEADER_DISTANCE = 567;
  private static final int FOOTER_DISTANCE = 567;
  /** The narrowest text area taken as it is: anything below an inch is a mistake in the template. */
  private static final int NARROWEST = 1440;

  private PageGeometry() {}

  /**
   * Sets up ratsinfo's own page: A4 portrait with its margins.
   *
   * @param sectPr the body's section properties, changed
   */
  static void a4(CTSectPr sectPr) {
    CTPageSz size = sectPr.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = sectPr.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
    margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
    margins.setGutter(BigInteger.ZERO);
  }

  /**
   * The width of the text area between the margins: of the page the section properties give, or of
   * ratsinfo's page where they give none (or one narrower than an inch).
   *
   * @param sectPr the body's final section properties, if any
   * @return the width in twentieths of a point
   */
  static int textWidth(@Nullable CTSectPr sectPr) {
    if (sectPr == null || !sectPr.isSetPgSz()) {
      return A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    }
    int width = twips(sectPr.getPgSz().getW(), A4_WIDTH);
    int left = sectPr.isSetPgMar() ? twips(sectPr.getPgMar().getLeft(), MARGIN_LEFT) : MARGIN_LEFT;
    int right = sectPr.isSetPgMar() ? twips(sectPr.getPgMar().getRight(), MARGIN_RIGHT) : MARGIN_RIGHT;
    int text = width - left - right;
    return text > NARROWEST ? text : A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  }

  private static int twips(@Nullable Object value, int otherwise) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    if (value != null) {
      try {
        return new BigDecimal(value.toString().strip()).intValue();
      } catch (NumberFormatException e) {
        return otherwise; // a universal measure such as "2.5cm": rare in Word's own files
      }
    }
    return otherwise;
  }
}
