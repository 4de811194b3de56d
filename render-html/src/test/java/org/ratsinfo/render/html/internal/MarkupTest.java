package org.ratsinfo.render.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Escaping, replacement of characters XML and HTML cannot carry, and the two syntaxes. */
class MarkupTest {

  private static String text(String text, Syntax syntax) throws IOException {
    StringWriter out = new StringWriter();
    Markup m = new Markup(out, syntax);
    Tag p = Tag.of("p");
    m.startTag(p, "title", text);
    m.textWithBreaks(text);
    m.endTag(p);
    m.flush(); // Markup buffers: the writer has the markup after flush
    return out.toString();
  }

  @Test
  void escapesMarkupInTextAndAttributes() throws IOException {
    assertEquals("<p title=\"&lt;a href=&quot;x&quot;&gt;&amp;&#39;\">&lt;a href=\"x\"&gt;&amp;'</p>",
        text("<a href=\"x\">&'", Syntax.POLYGLOT));
  }

  @Test
  void lineBreaks() throws IOException {
    assertEquals("<p title=\"a&#10;b&#10;c&#10;d\">a<br />b<br />c<br />d</p>",
        text("a\nb\r\nc\rd", Syntax.POLYGLOT));
    assertEquals("<p title=\"a&#10;b\">a<br>b</p>", text("a\nb", Syntax.HTML));
  }

  @Test
  void replacesWhatXmlAndHtmlCannotCarry() throws IOException {
    String bad = "a\u0000b\u0008c\u000Bd\u001Fe\u007Ff\u0085g\uFDD0h\uFFFEi\uD800j\uDC00k\uD83F\uDFFFl";
    String good = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj\uFFFDk\uFFFDl";
    assertEquals("<p title=\"" + good + "\">" + good + "</p>", text(bad, Syntax.POLYGLOT));
    assertEquals(good, Escaping.sanitize(bad));
  }

  @Test
  void keepsWhatIsAllowed() throws IOException {
    String fine = "tab\there \u00A0 \u202E \u200D \uD83C\uDFDB\uFE0F \uFFFD ü";
    assertEquals("<p title=\"tab&#9;here \u00A0 \u202E \u200D \uD83C\uDFDB\uFE0F \uFFFD ü\">" + fine
        + "</p>", text(fine, Syntax.POLYGLOT));
    assertSame(fine, Escaping.sanitize(fine));
    assertEquals("a\nb\nc", Escaping.sanitize("a\r\nb\rc"));
  }

  /**
   * An attribute is written the same whether it is the tag's own or given to the call, at every depth
   * (the first depths come prepared with their indentation, the deeper ones do not).
   */
  @Test
  void attributesOfTheTagAndOfTheCallWriteTheSame() throws IOException {
    StringWriter byCall = new StringWriter();
    Markup m = new Markup(byCall, Syntax.POLYGLOT);
    Tag plainDiv = Tag.of("div");
    Tag plainP = Tag.of("p");
    for (int depth = 0; depth < Tag.INDENTED + 2; depth++) {
      m.open(plainDiv, "class", "a\"<&'b", "title", null);
    }
    m.startLine(plainP, "class", "c");
    m.text("x");
    m.endLine(plainP);
    for (int depth = 0; depth < Tag.INDENTED + 2; depth++) {
      m.close(plainDiv);
    }
    m.flush();

    StringWriter byTag = new StringWriter();
    Markup t = new Markup(byTag, Syntax.POLYGLOT);
    Tag div = Tag.of("div", "class", "a\"<&'b", "title", null);
    for (int depth = 0; depth < Tag.INDENTED + 2; depth++) {
      t.open(div);
    }
    t.line(Tag.of("p", "class", "c"), "x");
    for (int depth = 0; depth < Tag.INDENTED + 2; depth++) {
      t.close(div);
    }
    t.flush();
    assertEquals(byCall.toString(), byTag.toString());
    assertEquals("<div class=\"a&quot;&lt;&amp;&#39;b\">", div.toString());
    assertEquals("  ".repeat(Tag.INDENTED + 1) + "<div class=\"a&quot;&lt;&amp;&#39;b\">",
        byTag.toString().lines().skip(Tag.INDENTED + 1).findFirst().orElseThrow());
  }

  /** A void element ends as the syntax wants it; the language attributes as well. */
  @Test
  void voidElementsAndLanguages() throws IOException {
    for (Syntax syntax : Syntax.values()) {
      StringWriter out = new StringWriter();
      Markup m = new Markup(out, syntax);
      m.voidLine(Tag.of("meta"), "name", "x", "content", null);
      m.startTag(Tag.of("span"), m.language("en-GB"));
      m.endTag(Tag.of("span"));
      m.startTag(Tag.of("span"), m.language(null));
      m.flush();
      assertEquals(syntax == Syntax.POLYGLOT
          ? "<meta name=\"x\" />\n<span lang=\"en-GB\" xml:lang=\"en-GB\"></span><span>"
          : "<meta name=\"x\">\n<span lang=\"en-GB\"></span><span>", out.toString());
    }
  }

  @Test
  void textWithBreaksInOnePassKeepsEveryRule() throws IOException {
    assertEquals("<p title=\"a &amp; b&#10;c&#10;&#10;\uFFFDd\">a &amp; b<br />c<br /><br />\uFFFDd</p>",
        text("a & b\nc\r\r\n\u0001d", Syntax.POLYGLOT));
  }
}
