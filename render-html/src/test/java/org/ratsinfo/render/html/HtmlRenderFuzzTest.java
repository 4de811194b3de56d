package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.HostileCorpus;
import org.ratsinfo.validation.ModelValidator;
import org.xml.sax.InputSource;

/**
 * Fuzzes render-after-validate: the reference excerpt with fuzzed text in every text field, validated,
 * and if valid rendered as a page: the page is well-formed XML (it is polyglot markup), holds only the
 * renderer's own elements and no event handler or URL attribute, and shows the title as it is.
 *
 * <p>Every build replays the inputs in {@code HtmlRenderFuzzTestInputs/renderAfterValidate/};
 * {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class HtmlRenderFuzzTest {

  private static final Excerpt BASE = HostileCorpus.base();

  private static final Set<String> ELEMENTS = Set.of("#root", "html", "head", "body", "meta", "title",
      "style", "article", "header", "p", "h1", "h2", "h3", "section", "dl", "div", "dt", "dd", "ol", "li",
      "span", "br", "table", "caption", "thead", "tbody", "tr", "th", "td");

  @FuzzTest(maxDuration = "3m")
  void renderAfterValidate(FuzzedDataProvider data) throws Exception {
    Locale locale = data.consumeBoolean() ? Locale.GERMANY : Locale.ENGLISH;
    Excerpt excerpt = HostileCorpus.mapTexts(BASE, s -> data.remainingBytes() == 0 ? s : data.consumeString(80));
    if (!ModelValidator.standard().validate(excerpt, locale).isEmpty()) {
      return;
    }
    RenderOptions options = RenderOptions.builder().locale(locale).build();
    ExcerptDocument document = options.layout(excerpt);
    String html = HtmlRenderer.builder().options(options).build().renderToString(excerpt);

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.newDocumentBuilder().parse(new InputSource(new StringReader(
        html.substring("<!DOCTYPE html>".length()))));

    Document page = Reference.parse(html);
    for (Element element : page.getAllElements()) {
      assertTrue(ELEMENTS.contains(element.tagName()), element.tagName());
      element.attributes().forEach(a -> assertTrue(!a.getKey().startsWith("on")
          && !a.getKey().equals("src") && !a.getKey().equals("href"), a.toString()));
    }
    assertEquals(document.title(), page.selectFirst("h1").wholeText());
  }
}
