package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.context.StyleReference;
import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.newmatch.CascadedStyle;
import com.openhtmltopdf.css.parser.CSSPrimitiveValue;
import com.openhtmltopdf.css.sheet.PropertyDeclaration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The font size of every element of a page as openhtmltopdf's cascade makes it, computed before the
 * layout, and its check: text may be at most {@value #MAX_POINTS} pt and, where an element or its
 * {@code ::before} or {@code ::after} shows text, at least {@value #MIN_POINTS} pt.
 *
 * <p>The stylesheets' own lengths are checked as they are written ({@link StylesheetLimits}), but
 * relative sizes compound: {@code * { font-size: 2em }} doubles the size at every level of nesting, a
 * page nests a dozen levels deep, and openhtmltopdf then lays out thousands of pages or fails with a
 * {@code NullPointerException}. A size of nothing ({@code font-size: 0}) draws text no one can see.
 * openhtmltopdf matches the selectors (the cascade, with specificity and {@code !important}); this
 * class takes the declaration that won for each element and computes its size as openhtmltopdf's
 * {@code CalculatedStyle.getFont} does: absolute units, {@code em} and {@code %} of the parent's size,
 * {@code rem} of the root's, {@code ex} of the parent's x-height (of Noto Sans, as openhtmltopdf
 * measures it), the keywords {@code xx-small} … {@code xx-large} and {@code larger}/{@code smaller},
 * inheritance (where openhtmltopdf applies an inherited {@code larger} again at every level, and so
 * does this class). Elements that are not shown ({@code display: none}) are left out with everything
 * in them.
 *
 * <p>Reads the cascade only; matching an element is cached by openhtmltopdf, and the layout then uses
 * the same match. Thread-safe; a check reads one render's page.
 */
final class FontSizes {

  /** The largest size of text, in points. */
  static final double MAX_POINTS = StylesheetLimits.MAX_FONT_POINTS;
  /** The smallest size of text, in points. */
  static final double MIN_POINTS = 4;

  /** The keywords, in order, and their sizes in CSS pixels (openhtmltopdf's, after Firefox). */
  private static final List<IdentValue> KEYWORDS = List.of(IdentValue.XX_SMALL, IdentValue.X_SMALL,
      IdentValue.SMALL, IdentValue.MEDIUM, IdentValue.LARGE, IdentValue.X_LARGE, IdentValue.XX_LARGE);
  private static final double[] KEYWORD_PIXELS = {9, 10, 13, 16, 18, 24, 32};
  private static final double POINTS_PER_PIXEL = 0.75;
  private static final String[] PSEUDO_ELEMENTS = {"before", "after"};

  /** What the sizes depend on beyond the cascade: the renderer's resolution and the font's x-height. */
  interface Metrics {
    /** The renderer's dots per point, in which openhtmltopdf takes a unitless size. */
    double dotsPerPoint();

    /** The x-height of Noto Sans at a size, as openhtmltopdf measures it, in points. */
    double xHeight(double points);
  }

  /** Why a size is unfit. */
  enum Problem {
    /** Larger than {@link #MAX_POINTS}. */
    TOO_LARGE,
    /** Smaller than {@link #MIN_POINTS}, on an element with text. */
    TOO_SMALL
  }

  /**
   * An unfit size.
   *
   * @param problem what is wrong with it
   * @param declaration the declaration that gave the size (on the element or the ancestor it inherits
   *     it from), e.g. {@code font-size: 2em}
   * @param element where the size is first unfit, e.g. {@code section.ratsinfo-section > ol > li}
   * @param depth how deep that element is nested: 1 for the root
   * @param points the size there
   */
  record Violation(Problem problem, String declaration, String element, int depth, double points) {}

  /**
   * A computed size and what gave it.
   *
   * @param points the size
   * @param value the keyword the size was given as ({@code medium}, {@code larger} …), which
   *     openhtmltopdf hands down to the children as it is; {@code null} for a length
   * @param keyword the absolute keyword the size resolves to, as openhtmltopdf resolves {@code larger}
   *     and {@code smaller} from the parent's, or {@code null}
   * @param declaration the declaration that gave it, or {@code null} for the initial size
   */
  private record Size(double points, @Nullable IdentValue value, @Nullable IdentValue keyword,
      @Nullable PropertyDeclaration declaration) {}

  private final StyleReference css;
  private final Metrics metrics;
  private final @Nullable Map<Element, Double> sizes;
  private double root;

  private FontSizes(StyleReference css, Metrics metrics,
      @Nullable Map<Element, Double> sizes) {
    this.css = css;
    this.metrics = metrics;
    this.sizes = sizes;
  }

  /**
   * Checks the font sizes of a page.
   *
   * @param css the cascade of a renderer built for the page, before its layout
   * @param dom the page
   * @param metrics the renderer's resolution and x-height
   * @return the first unfit size in document order, or {@code null} if every size is fit
   */
  static @Nullable Violation check(StyleReference css, Document dom, Metrics metrics) {
    return new FontSizes(css, metrics, null).walkRoot(dom);
  }

  /**
   * The size of each element that is shown, in points; for tests, which compare them with the sizes of
   * openhtmltopdf's layout.
   */
  static Map<Element, Double> sizes(StyleReference css, Document dom, Metrics metrics) {
    Map<Element, Double> sizes = new IdentityHashMap<>();
    new FontSizes(css, metrics, sizes).walkRoot(dom);
    return sizes;
  }

  private @Nullable Violation walkRoot(Document dom) {
    Element html = dom.getDocumentElement();
    Size initial = new Size(16 * POINTS_PER_PIXEL, IdentValue.MEDIUM, IdentValue.MEDIUM, null);
    root = initial.points;
    return walk(html, initial, 1, "");
  }

  private @Nullable Violation walk(Element element, Size parent, int depth, String parentPath) {
    CascadedStyle style = css.getCascadedStyle(element, false);
    if (style.getIdent(CSSName.DISPLAY) == IdentValue.NONE) {
      return null;
    }
    Size size = size(style.propertyByName(CSSName.FONT_SIZE), parent, depth == 1);
    if (depth == 1) {
      root = size.points;
    }
    if (sizes != null) {
      sizes.put(element, size.points);
    }
    String path = path(parentPath, element);
    Violation violation = violation(size, hasText(element), path, depth);
    if (violation != null) {
      return violation;
    }
    for (String pseudo : PSEUDO_ELEMENTS) {
      @Nullable CascadedStyle pseudoStyle = css.getPseudoElementStyle(element, pseudo);
      if (pseudoStyle != null && hasContent(pseudoStyle)
          && pseudoStyle.getIdent(CSSName.DISPLAY) != IdentValue.NONE) {
        Size pseudoSize = size(pseudoStyle.propertyByName(CSSName.FONT_SIZE), size, false);
        violation = violation(pseudoSize, true, path + "::" + pseudo, depth + 1);
        if (violation != null) {
          return violation;
        }
      }
    }
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        violation = walk(child, size, depth + 1, path);
        if (violation != null) {
          return violation;
        }
      }
    }
    return null;
  }

  private static @Nullable Violation violation(Size size, boolean text, String path, int depth) {
    Problem problem = !(size.points <= MAX_POINTS) ? Problem.TOO_LARGE
        : text && !(size.points >= MIN_POINTS) ? Problem.TOO_SMALL : null;
    if (problem == null) {
      return null;
    }
    String declaration = size.declaration == null ? "font-size: medium"
        : "font-size: " + size.declaration.getValue().getCssText();
    return new Violation(problem, declaration, path, depth, size.points);
  }

  /**
   * The size an element gets from its declaration, or from its parent without one, as openhtmltopdf's
   * {@code CalculatedStyle.getFont} computes it. Without a declaration, or with {@code inherit},
   * openhtmltopdf hands the parent's value down: a length keeps the parent's size, but {@code larger}
   * and {@code smaller} apply again at every level.
   */
  private Size size(@Nullable PropertyDeclaration declaration, Size parent, boolean isRoot) {
    if (declaration == null || isInherit(declaration)) {
      return parent.value == null ? parent : keyword(parent.value, parent, parent.declaration);
    }
    CSSPrimitiveValue value = declaration.getValue();
    short type = value.getPrimitiveType();
    if (type == CSSPrimitiveValue.CSS_IDENT) {
      return keyword(declaration.asIdentValue(), parent, declaration);
    }
    double v = value.getFloatValue(type);
    double points = switch (type) {
      case CSSPrimitiveValue.CSS_PX -> v * POINTS_PER_PIXEL;
      case CSSPrimitiveValue.CSS_PT -> v;
      case CSSPrimitiveValue.CSS_PC -> v * 12;
      case CSSPrimitiveValue.CSS_IN -> v * 72;
      case CSSPrimitiveValue.CSS_CM -> v * 72 / 2.54;
      case CSSPrimitiveValue.CSS_MM -> v * 72 / 25.4;
      case CSSPrimitiveValue.CSS_EMS -> v * parent.points;
      case CSSPrimitiveValue.CSS_EXS -> v * metrics.xHeight(parent.points);
      case CSSPrimitiveValue.CSS_PERCENTAGE -> v / 100 * parent.points;
      case CSSPrimitiveValue.CSS_REMS -> v * (isRoot ? 16 * POINTS_PER_PIXEL : root);
      case CSSPrimitiveValue.CSS_NUMBER -> v / metrics.dotsPerPoint(); // openhtmltopdf takes dots
      default -> 0; // openhtmltopdf does not know the unit, and takes 0
    };
    return new Size(points, null, null, declaration);
  }

  /** The size of a keyword, as openhtmltopdf resolves it. */
  private static Size keyword(IdentValue ident, Size parent,
      @Nullable PropertyDeclaration declaration) {
    int absolute = KEYWORDS.indexOf(ident);
    if (absolute >= 0) {
      return new Size(KEYWORD_PIXELS[absolute] * POINTS_PER_PIXEL, ident, ident, declaration);
    }
    int step = ident == IdentValue.LARGER ? 1 : ident == IdentValue.SMALLER ? -1 : 0;
    if (step == 0) {
      return parent; // what else openhtmltopdf would take as the parent's size
    }
    int next = parent.keyword == null ? -1 : KEYWORDS.indexOf(parent.keyword) + step;
    if (next >= 0 && next < KEYWORDS.size()) {
      return new Size(KEYWORD_PIXELS[next] * POINTS_PER_PIXEL, ident, KEYWORDS.get(next),
          declaration);
    }
    return new Size(parent.points * (step > 0 ? 1.2 : 0.8), ident, null, declaration);
  }

  private static boolean isInherit(PropertyDeclaration declaration) {
    return declaration.getValue().getPrimitiveType() == CSSPrimitiveValue.CSS_IDENT
        && declaration.asIdentValue() == IdentValue.INHERIT;
  }

  /** Whether a pseudo-element has content: {@code content} other than {@code none} and {@code normal}. */
  private static boolean hasContent(CascadedStyle style) {
    PropertyDeclaration content = style.propertyByName(CSSName.CONTENT);
    if (content == null) {
      return false;
    }
    IdentValue ident = content.getValue().getPrimitiveType() == CSSPrimitiveValue.CSS_IDENT
        ? content.asIdentValue() : null;
    return ident != IdentValue.NONE && ident != IdentValue.NORMAL;
  }

  /** Whether an element holds text of its own, not only white space. */
  private static boolean hasText(Element element) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
          && !n.getNodeValue().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The last three levels of an element's path, as a selector: {@code section.a > ol.b > li}. */
  private static String path(String parentPath, Element element) {
    StringBuilder step = new StringBuilder(element.getLocalName() == null
        ? element.getTagName() : element.getLocalName());
    String classes = element.getAttribute("class").strip();
    if (!classes.isEmpty()) {
      step.append('.').append(classes.split("\\s+")[0]);
    }
    if (parentPath.isEmpty()) {
      return step.toString();
    }
    String[] levels = parentPath.split(" > ");
    int from = Math.max(0, levels.length - 2);
    return String.join(" > ", List.of(levels).subList(from, levels.length)) + " > " + step;
  }
}
