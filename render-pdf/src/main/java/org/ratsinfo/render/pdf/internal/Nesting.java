package org.ratsinfo.render.pdf.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The check of a page's lists and tables against HTML's content model, for pages with markup of block
 * renderers: openhtmltopdf tags a list item as {@code LI} and a cell as {@code TD} wherever it stands,
 * and PDF/UA requires an {@code LI} in an {@code L} and a {@code TD} in a {@code TR} in a {@code
 * Table} (veraPDF's rules 7.2-4, 7.2-9, 7.2-17); an element other than a list item directly in a list
 * leaves its content untagged (7.1-3). The HTML renderer's own markup always nests them so. Thread-safe.
 */
final class Nesting {

  /** The elements that may only stand in one of these parents. */
  private static final Map<String, Set<String>> PARENTS = Map.of(
      "li", Set.of("ul", "ol"),
      "tr", Set.of("table", "thead", "tbody", "tfoot"),
      "td", Set.of("tr"),
      "th", Set.of("tr"),
      "thead", Set.of("table"),
      "tbody", Set.of("table"),
      "tfoot", Set.of("table"),
      "caption", Set.of("table"),
      "colgroup", Set.of("table"));

  /** The elements whose element children may only be these. */
  private static final Map<String, Set<String>> CHILDREN = Map.of(
      "ul", Set.of("li"),
      "ol", Set.of("li"),
      "table", Set.of("caption", "colgroup", "thead", "tbody", "tfoot", "tr"),
      "thead", Set.of("tr"),
      "tbody", Set.of("tr"),
      "tfoot", Set.of("tr"),
      "tr", Set.of("td", "th"));

  /**
   * An element where it may not stand.
   *
   * @param element its name
   * @param parent the name of the element it stands in
   * @param text the start of its text, or of its parent's
   */
  record Violation(String element, String parent, String text) {}

  private Nesting() {}

  /**
   * The first list or table element of the page's body that stands where HTML does not allow it.
   *
   * @param dom the page
   * @return the element, or {@code null} if every one stands where it may
   */
  static @Nullable Violation check(Document dom) {
    return walk(dom.getDocumentElement());
  }

  private static @Nullable Violation walk(Element element) {
    String name = element.getLocalName();
    Set<String> allowed = CHILDREN.get(name);
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String childName = child.getLocalName();
        Set<String> parents = PARENTS.get(childName);
        if (parents != null && !parents.contains(name)
            || allowed != null && !allowed.contains(childName)) {
          return new Violation(childName, name, text(child));
        }
        Violation inside = walk(child);
        if (inside != null) {
          return inside;
        }
      } else if (allowed != null && n.getNodeType() == Node.TEXT_NODE
          && !n.getNodeValue().isBlank()) {
        return new Violation("#text", name, text(n));
      }
    }
    return null;
  }

  private static String text(Node node) {
    return MissingCharacters.shorten(node.getTextContent().strip().replaceAll("\\s+", " "));
  }

  /**
   * The message.
   *
   * @param violation the element and where it stands
   * @param title the title of the excerpt
   * @param locale the caller's language: German for {@code de}, English otherwise
   * @return the message, naming the element, its parent and its text
   */
  static String message(Violation violation, String title, Locale locale) {
    boolean german = StylesheetMessages.german(locale);
    String element = violation.element().equals("#text")
        ? (german ? "Text" : "text") : "<" + violation.element() + ">";
    String text = violation.text().isEmpty() ? ""
        : " (" + StylesheetMessages.quote(violation.text(), locale) + ")";
    String allowed = CHILDREN.containsKey(violation.parent())
        ? String.join(", ", CHILDREN.get(violation.parent()).stream().sorted().toList()) : null;
    String where = PARENTS.containsKey(violation.element())
        ? String.join(", ", PARENTS.get(violation.element()).stream().sorted().toList()) : null;
    String reason;
    if (german) {
      reason = where != null
          ? element + " gehört in " + where + ", ein Blockrenderer hat es in <" + violation.parent()
              + "> geschrieben"
          : "in <" + violation.parent() + "> gehört nur " + allowed + ", ein Blockrenderer hat "
              + element + " hineingeschrieben";
      return StylesheetMessages.excerpt(title, reason + text + ". Die Struktur des PDF "
          + "(PDF/UA) folgt dem Markup und wäre so ungültig: Listen und Tabellen müssen verschachtelt "
          + "sein, wie HTML es verlangt.", locale);
    }
    reason = where != null
        ? element + " belongs in " + where + ", but a block renderer wrote it in <"
            + violation.parent() + ">"
        : "<" + violation.parent() + "> holds only " + allowed + ", but a block renderer wrote "
            + element + " in it";
    return StylesheetMessages.excerpt(title, reason + text + ". The PDF's structure (PDF/UA) "
        + "follows the markup and would be invalid: lists and tables must be nested as HTML requires.",
        locale);
  }
}
