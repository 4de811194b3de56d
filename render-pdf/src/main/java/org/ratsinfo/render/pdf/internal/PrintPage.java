package org.ratsinfo.render.pdf.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Labels;
import org.ratsinfo.internal.Snippets;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Prepares the DOM of an HTML page for print: adds what only paged media need, and changes nothing of
 * the excerpt's own content.
 *
 * <ul>
 *   <li>a running header ({@code div.ratsinfo-pdf-header}: the body's name and the title, shortened to
 *       {@value #HEADER_BODY_LENGTH} and {@value #HEADER_TITLE_LENGTH} characters) and a running
 *       footer ({@code div.ratsinfo-pdf-footer}: "Seite 1 von 2" from the label {@code page.footer},
 *       the numbers drawn by CSS counters) at the start of the {@code body}; the print stylesheet moves
 *       them into the page margins, where they become artifacts, not content;
 *   <li>the class {@code ratsinfo-pdf-break} on table cells with a word longer than {@value #LONG_WORD}
 *       characters, which may break anywhere;
 *   <li>no white space between the items of a field list ({@code dl}, its {@code div}s), which the
 *       print stylesheet lays out as inline blocks side by side;
 *   <li>an {@code id} on every section and question heading ({@code h2} … {@code h6}), and openhtmltopdf
 *       {@code bookmarks} in the {@code head} that point to them, nested like the headings.
 * </ul>
 */
public final class PrintPage {

  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String HEADER_CLASS = "ratsinfo-pdf-header";
  static final String FOOTER_CLASS = "ratsinfo-pdf-footer";
  private static final String ID_PREFIX = "ratsinfo-pdf-heading-";
  /** The longest word a table cell keeps whole. */
  static final int LONG_WORD = 20;
  /** The class of a table cell whose words may break anywhere. */
  static final String BREAK_CLASS = "ratsinfo-pdf-break";
  /** The most characters of the body's name and the title in the running header: two lines at most. */
  static final int HEADER_BODY_LENGTH = 60;
  static final int HEADER_TITLE_LENGTH = 120;

  private PrintPage() {}

  /**
   * Prepares a page.
   *
   * @param dom the page's DOM, changed in place
   * @param document the document the page shows
   */
  public static void prepare(Document dom, ExcerptDocument document) {
    Element html = dom.getDocumentElement();
    Element head = child(html, "head");
    Element body = child(html, "body");
    if (head == null || body == null) {
      throw new IllegalArgumentException("the page has no head or no body");
    }
    Labels labels = Labels.forLocale(document.locale());
    Node first = body.getFirstChild();
    body.insertBefore(header(dom, document), first);
    body.insertBefore(footer(dom, labels), first);
    removeSpaceInFieldLists(body);
    markCellsWithLongWords(body);
    keepLanguageOfSpans(body);
    Element bookmarks = bookmarks(dom, body);
    if (bookmarks.hasChildNodes()) {
      head.appendChild(bookmarks);
    }
  }

  /**
   * Marks table cells that hold a word longer than {@value #LONG_WORD} characters with the class
   * {@value #BREAK_CLASS}, which the print stylesheet lets break anywhere: in a table, breaking every
   * cell's words would split short names ("SP D"), and not breaking a long one (a URL, a name without
   * spaces) would widen the table off the page.
   */
  private static void markCellsWithLongWords(Element element) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String name = child.getLocalName();
        if (("td".equals(name) || "th".equals(name)) && hasLongWord(child.getTextContent())) {
          String classes = child.getAttribute("class");
          child.setAttribute("class", classes.isEmpty() ? BREAK_CLASS : classes + " " + BREAK_CLASS);
        } else {
          markCellsWithLongWords(child);
        }
      }
    }
  }

  /**
   * Wraps each {@code span} that names a language in a {@code span} without attributes, so that its
   * text keeps its language in the PDF: openhtmltopdf makes no structure element (and so no {@code
   * /Lang}) for an inline element that holds one text and sits right in a line, and the wrapper is
   * the one it leaves out.
   */
  private static void keepLanguageOfSpans(Element element) {
    Node n = element.getFirstChild();
    while (n != null) {
      Node next = n.getNextSibling();
      if (n instanceof Element child) {
        if ("span".equals(child.getLocalName()) && child.hasAttribute("lang")) {
          Element wrapper = dom(child).createElementNS(XHTML, "span");
          element.replaceChild(wrapper, child);
          wrapper.appendChild(child);
        } else {
          keepLanguageOfSpans(child);
        }
      }
      n = next;
    }
  }

  private static Document dom(Node node) {
    return node.getOwnerDocument();
  }

  private static boolean hasLongWord(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      run = Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0 : run + 1;
      if (run > LONG_WORD) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private static void removeSpaceInFieldLists(Element element) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        if ("dl".equals(child.getLocalName())) {
          removeSpace(child);
          for (Node m = child.getFirstChild(); m != null; m = m.getNextSibling()) {
            if (m instanceof Element item && "div".equals(item.getLocalName())) {
              removeSpace(item);
            }
          }
        } else {
          removeSpaceInFieldLists(child);
        }
      }
    }
  }

  /** Removes the children of an element that are text of white space only. */
  private static void removeSpace(Element element) {
    Node n = element.getFirstChild();
    while (n != null) {
      Node next = n.getNextSibling();
      if (n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank()) {
        element.removeChild(n);
      }
      n = next;
    }
  }

  private static Element header(Document dom, ExcerptDocument document) {
    Element header = element(dom, "div", HEADER_CLASS);
    if (!document.bodyName().isEmpty()) {
      Element body = element(dom, "span", "ratsinfo-pdf-header-body");
      body.setTextContent(shortened(document.bodyName(), HEADER_BODY_LENGTH));
      header.appendChild(body);
    }
    Element title = element(dom, "span", "ratsinfo-pdf-header-title");
    title.setTextContent(shortened(document.title(), HEADER_TITLE_LENGTH));
    header.appendChild(title);
    return header;
  }

  /**
   * The text, or its first characters and "…" if it is longer: the running header stands in the top
   * margin and grows upwards, so a long body name or title would run off the paper. The content shows
   * them whole.
   */
  static String shortened(String text, int length) {
    return Snippets.shorten(text, length);
  }

  /** "Seite {0} von {1}": the text around the placeholders, a counter for each. */
  private static Element footer(Document dom, Labels labels) {
    Element footer = element(dom, "div", FOOTER_CLASS);
    String pattern = labels.get("page.footer");
    int i = 0;
    while (i < pattern.length()) {
      int open = pattern.indexOf('{', i);
      if (open < 0 || open + 2 >= pattern.length() || pattern.charAt(open + 2) != '}'
          || (pattern.charAt(open + 1) != '0' && pattern.charAt(open + 1) != '1')) {
        int end = open < 0 ? pattern.length() : open + 1;
        footer.appendChild(dom.createTextNode(pattern.substring(i, end)));
        i = end;
        continue;
      }
      if (open > i) {
        footer.appendChild(dom.createTextNode(pattern.substring(i, open)));
      }
      footer.appendChild(element(dom, "span",
          pattern.charAt(open + 1) == '0' ? "ratsinfo-pdf-page" : "ratsinfo-pdf-pages"));
      i = open + 3;
    }
    return footer;
  }

  /** Bookmarks for the headings below the title, nested by heading level. */
  private static Element bookmarks(Document dom, Element body) {
    Element root = dom.createElementNS(XHTML, "bookmarks");
    Deque<Element> parents = new ArrayDeque<>();
    Deque<Integer> levels = new ArrayDeque<>();
    int[] count = {0};
    visit(body, heading -> {
      int level = headingLevel(heading);
      while (!levels.isEmpty() && levels.peek() >= level) {
        levels.pop();
        parents.pop();
      }
      String id = ID_PREFIX + ++count[0];
      heading.setAttribute("id", id);
      Element bookmark = dom.createElementNS(XHTML, "bookmark");
      bookmark.setAttribute("name", normalizedText(heading));
      bookmark.setAttribute("href", "#" + id);
      (parents.isEmpty() ? root : parents.peek()).appendChild(bookmark);
      parents.push(bookmark);
      levels.push(level);
    });
    return root;
  }

  private interface HeadingVisitor {
    void heading(Element heading);
  }

  private static void visit(Element element, HeadingVisitor visitor) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        if (headingLevel(child) > 0) {
          visitor.heading(child);
        } else {
          visit(child, visitor);
        }
      }
    }
  }

  /** 2 to 6 for {@code h2} … {@code h6}, the level of a {@code role="heading"}, else 0 (also for h1). */
  private static int headingLevel(Element element) {
    String name = element.getLocalName();
    if (name != null && name.length() == 2 && name.charAt(0) == 'h') {
      char digit = name.charAt(1);
      return digit >= '2' && digit <= '6' ? digit - '0' : 0;
    }
    if ("heading".equals(element.getAttribute("role"))) {
      String level = element.getAttribute("aria-level");
      if (!level.isEmpty() && level.length() < 4 && level.chars().allMatch(Character::isDigit)) {
        return Math.max(2, Integer.parseInt(level));
      }
    }
    return 0;
  }

  /** The text of an element, with runs of white space as one space, trimmed. */
  static String normalizedText(Element element) {
    String text = element.getTextContent();
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static Element element(Document dom, String name, String cssClass) {
    Element element = dom.createElementNS(XHTML, name);
    element.setAttribute("class", cssClass);
    return element;
  }

  private static @Nullable Element child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }
}
