package org.ratsinfo.render.pdf.internal;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.extend.NamespaceHandler;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The stylesheets of the pages' {@code <style>} elements, parsed once per engine: openhtmltopdf parses
 * the text of every {@code <style>} again for every document (a twentieth of a render), although a
 * renderer's pages all carry the same one, its print stylesheet. The {@link #namespaceHandler()
 * namespace handler} of a render hands openhtmltopdf the parsed sheet instead of the text, as
 * openhtmltopdf itself does with its user-agent stylesheet, which it parses once per JVM and shares
 * between all renders and threads.
 *
 * <p>A sheet is parsed exactly as openhtmltopdf parses an inline style (the same parser, URI, origin
 * and media), so the PDF is the same to the byte. openhtmltopdf only reads a parsed sheet, apart from
 * numbering its selectors when a render starts, which writes the same numbers for every render of the
 * same page head. At most {@value #MAX_SHEETS} texts are kept; further ones are parsed per render.
 * Thread-safe.
 */
final class Stylesheets {

  /**
   * openhtmltopdf's own handler, which loads openhtmltopdf's user-agent stylesheet: a handler reads it
   * with {@code getClass().getResourceAsStream}, which from a class of this module (a named module)
   * finds nothing, and openhtmltopdf then goes without it for the rest of the JVM's life.
   */
  private static final XhtmlNamespaceHandler OPENHTMLTOPDF = new XhtmlNamespaceHandler();

  /** More different {@code <style>} texts than a renderer writes. */
  static final int MAX_SHEETS = 8;

  private final String baseUri;
  private final Map<Key, Stylesheet> parsed = new ConcurrentHashMap<>();
  private final Handler handler = new Handler();

  /**
   * Stylesheets for the pages of one engine.
   *
   * @param baseUri the base URI of every page, as the renders give it to openhtmltopdf
   */
  Stylesheets(String baseUri) {
    this.baseUri = baseUri;
  }

  /**
   * The namespace handler of every render of the engine: one, since a handler compiles five regular
   * expressions when it is made, and the only state openhtmltopdf's handler keeps of a document, its
   * {@code Content-Language}, is never read (see {@link Handler#getLang}).
   *
   * @return openhtmltopdf's XHTML namespace handler, with the page's inline styles parsed once;
   *     thread-safe
   */
  NamespaceHandler namespaceHandler() {
    return handler;
  }

  /** How many texts are kept; only for tests. */
  int size() {
    return parsed.size();
  }

  private Stylesheet parsed(String uri, int origin, String css) {
    Key key = new Key(uri, origin, css);
    Stylesheet sheet = parsed.get(key);
    if (sheet != null) {
      return sheet;
    }
    sheet = parse(uri, origin, css);
    if (parsed.size() < MAX_SHEETS) {
      Stylesheet other = parsed.putIfAbsent(key, sheet);
      return other != null ? other : sheet;
    }
    return sheet;
  }

  /** What a parsed sheet depends on; a record rather than one string, not to copy the text. */
  private record Key(String uri, int origin, String css) {}

  /** As openhtmltopdf's {@code StylesheetFactoryImpl} parses an inline style. */
  private static Stylesheet parse(String uri, int origin, String css) {
    CSSParser parser = new CSSParser((where, message) -> XRLog.log(Level.WARNING,
        LogMessageId.LogMessageId2Param.CSS_PARSE_GENERIC_MESSAGE, where, message));
    try {
      return parser.parseStylesheet(uri, origin, new StringReader(css));
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be read", e);
    }
  }

  /**
   * openhtmltopdf's handler, with each inline style replaced by its parsed sheet: openhtmltopdf parses
   * a style only when it has no sheet, and it numbers inline styles as this handler does. Thread-safe:
   * every method reads only the document it is given.
   */
  private final class Handler extends XhtmlNamespaceHandler {
    /**
     * The language of an element: its own {@code lang} or that of its nearest ancestor with one, as
     * openhtmltopdf's handler finds it, but never a {@code Content-Language} of the page's meta data,
     * which openhtmltopdf's handler would keep from the first document it saw: the pages of the HTML
     * renderer carry {@code lang} on their root element.
     */
    @Override
    public String getLang(Element e) {
      for (Node node = e; node instanceof Element element; node = node.getParentNode()) {
        String lang = element.getAttribute("lang");
        if (!lang.isEmpty()) {
          return lang;
        }
      }
      return "";
    }

    @Override
    public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
      return OPENHTMLTOPDF.getDefaultStylesheet(factory);
    }

    @Override
    public StylesheetInfo[] getStylesheets(Document doc) {
      StylesheetInfo[] infos = super.getStylesheets(doc);
      int inline = 0;
      for (StylesheetInfo info : infos) {
        if (info.isInline()) {
          inline++;
          String uri = baseUri + "#inline_style_" + inline;
          info.setStylesheet(parsed(uri, info.getOrigin(), info.getContent()));
          info.setContent(null);
          info.setUri(uri);
        }
      }
      return infos;
    }
  }
}
