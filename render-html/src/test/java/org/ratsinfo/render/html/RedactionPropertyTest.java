package org.ratsinfo.render.html;

import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.MarkedModels;
import org.ratsinfo.testkit.RedactionChecks;
import org.ratsinfo.testkit.RedactionChecks.Holdings;

/**
 * The redaction guarantee in HTML, pages and fragments: random marked meetings (see {@link
 * MarkedModels}, {@link RedactionChecks}) rendered for the public hold no non-public or withheld
 * marker in their text or in any attribute, and rendered for the internal audience show all of them.
 * A failing seed is in the display name; {@code -Dratsinfo.seed=SEED -Dratsinfo.cases=1} runs it
 * alone.
 */
class RedactionPropertyTest {

  static LongStream seeds() {
    return MarkedModels.seeds(1000);
  }

  static LongStream meetingSeeds() {
    return MarkedModels.seeds(100);
  }

  private static ExcerptRenderer renderer(RenderOptions options, long seed) {
    return HtmlRenderer.builder().options(options).fragment(seed % 4 == 1).build();
  }

  /** The text of every element, the head's title included, and the raw markup with every attribute. */
  static Holdings read(byte[] bytes) {
    String html = new String(bytes, StandardCharsets.UTF_8);
    Document document = Jsoup.parse(html);
    StringBuilder everything = new StringBuilder(html).append('\n').append(document.text());
    for (Element element : document.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        everything.append('\n').append(attribute.getKey()).append('=').append(attribute.getValue());
      }
    }
    return new Holdings(document.text(), everything.toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void singleExcerpts(long seed) {
    RedactionChecks.singleExcerpts(MarkedModels.of(seed).meeting(), o -> renderer(o, seed),
        RedactionPropertyTest::read, true);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("meetingSeeds")
  void wholeMeetings(long seed) {
    RedactionChecks.wholeMeeting(MarkedModels.of(seed).meeting(), o -> renderer(o, seed),
        RedactionPropertyTest::read);
  }
}
