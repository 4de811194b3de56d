package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.PageBox;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Snippets;
import org.w3c.dom.Element;

/**
 * The check of a laid-out page that no text is cut off: none reaches beyond the sides of a page's text
 * area (openhtmltopdf draws each page clipped to it, so a line, a table column or an indented
 * paragraph wider than the area loses what sticks out, silently), and none lies outside the box of an
 * element with {@code overflow: hidden} around it. An additional stylesheet can make it so (larger
 * text in the fixed columns of a tally, a margin, a negative indent, a height with {@code overflow:
 * hidden}), and so can a block renderer's markup (a table of many columns). Checked for pages with an
 * additional stylesheet or block renderers (without them, the print stylesheet and the layout keep
 * every text in: the samples and the hostile corpus reach not a hundredth of a millimetre beyond), with
 * a tolerance of {@value #TOLERANCE_MM} mm. Not thread-safe: one render.
 */
final class Overflow {

  /** How far text may reach beyond a side, in millimetres: the space beside a glyph, not a letter. */
  static final double TOLERANCE_MM = 0.5;

  /** What made the page: what a message names as putting text where it is cut off. */
  enum Cause {
    /** The additional stylesheet. */
    STYLESHEET,
    /** A block renderer's markup. */
    BLOCK_RENDERER,
    /** The additional stylesheet or a block renderer's markup, which a page has both of. */
    EITHER;

    /**
     * What can have made a page.
     *
     * @param stylesheet whether it has an additional stylesheet
     * @param blockRenderers whether block renderers wrote some of it
     * @return the cause, or {@code null} if neither: the print stylesheet and the default markup keep
     *     every text inside
     */
    static @Nullable Cause of(boolean stylesheet, boolean blockRenderers) {
      return stylesheet ? (blockRenderers ? EITHER : STYLESHEET)
          : blockRenderers ? BLOCK_RENDERER : null;
    }
  }

  /** Where text is cut off. */
  enum Side {
    /** Beyond the left side of the page's text area. */
    LEFT,
    /** Beyond the right side of the page's text area. */
    RIGHT,
    /** Outside the box of an element with {@code overflow: hidden}. */
    HIDDEN
  }

  /**
   * Text that is cut off.
   *
   * @param text the text, shortened
   * @param element where it is, e.g. {@code tr > th}
   * @param millimetres how far beyond the side or the box it reaches
   * @param side where it is cut off
   */
  record Violation(String text, String element, double millimetres, Side side) {}

  private final LayoutContext context;
  private final Layer layer;
  private final double dotsPerMillimetre;
  private @Nullable PageBox page;
  private int pageWidth;
  private @Nullable Violation worst;

  private Overflow(PdfBoxRenderer renderer) {
    this.context = renderer.getSharedContext().newLayoutContextInstance();
    this.layer = renderer.getRootBox().getLayer();
    this.dotsPerMillimetre = renderer.getDotsPerPoint() * 72 / 25.4;
  }

  /**
   * The text that reaches farthest beyond a side of its page's text area or outside the box of an
   * element with {@code overflow: hidden}, if any reaches beyond the tolerance.
   *
   * @param renderer a renderer after its layout
   * @return the text, or {@code null} if all text is inside
   */
  static @Nullable Violation check(PdfBoxRenderer renderer) {
    Overflow overflow = new Overflow(renderer);
    overflow.walk(renderer.getRootBox(), null);
    return overflow.worst;
  }

  private void walk(Box box, @Nullable Element element) {
    Element enclosing = box.getElement() != null ? box.getElement() : element;
    if (box instanceof InlineLayoutBox inline) {
      for (Object child : inline.getInlineChildren()) {
        if (child instanceof InlineText text) {
          check(inline, text, enclosing);
        } else if (child instanceof Box nested) {
          walk(nested, enclosing);
        }
      }
      return;
    }
    for (int i = 0; i < box.getChildCount(); i++) {
      walk(box.getChild(i), enclosing);
    }
  }

  private void check(InlineLayoutBox box, InlineText text, @Nullable Element element) {
    String shown = text.getSubstring();
    if (shown == null || shown.isBlank()) {
      return;
    }
    int left = box.getAbsX() + text.getX();
    int right = left + text.getWidth();
    double beyondLeft = -left / dotsPerMillimetre;
    double beyondRight = (right - pageWidth(box.getAbsY())) / dotsPerMillimetre;
    record(shown, element, beyondLeft, Side.LEFT);
    record(shown, element, beyondRight, Side.RIGHT);
    Area clip = box.getAbsoluteClipBox(context);
    if (clip != null) {
      Rectangle2D inside = clip.getBounds2D();
      int top = box.getAbsY();
      int bottom = top + box.getHeight();
      double beyond = Math.max(Math.max(inside.getMinX() - left, right - inside.getMaxX()),
          Math.max(inside.getMinY() - top, bottom - inside.getMaxY()));
      record(shown, element, beyond / dotsPerMillimetre, Side.HIDDEN);
    }
  }

  private void record(String text, @Nullable Element element, double beyond, Side side) {
    if (beyond > TOLERANCE_MM && (worst == null || beyond > worst.millimetres())) {
      worst = new Violation(shorten(text.strip()), path(element), beyond, side);
    }
  }

  /** The width of the text area of the page at a height, in dots; pages may differ (named pages). */
  private int pageWidth(int y) {
    PageBox at = layer.getPage(context, Math.max(0, y), false);
    if (at == null) {
      at = layer.getPages().get(layer.getPages().size() - 1);
    }
    if (at != page) {
      page = at;
      pageWidth = at.getContentWidth(context);
    }
    return pageWidth;
  }

  private static String shorten(String text) {
    return Snippets.shorten(text, 40);
  }

  /** The element and its parent, as a selector: {@code tr > th}. */
  private static String path(@Nullable Element element) {
    if (element == null) {
      return "?";
    }
    String own = element.getLocalName();
    return element.getParentNode() instanceof Element parent
        ? parent.getLocalName() + " > " + own : own;
  }
}
