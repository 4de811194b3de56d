package org.ratsinfo.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;

/**
 * The reference excerpt (TOP Ö 19.1 of the Rat der Stadt Herne, 28 February 2017) from the shared
 * sample in {@code examples/samples/}, whose directory the build passes as system property {@code
 * ratsinfo.samples}, and renderers and parsed renderings of it.
 */
final class Reference {

  static final String SAMPLE = "herne-rat-2017-02-28-top-19.1.json";
  /** A contested budget item: several votes, a roll call of 44 members, a member excluded for bias. */
  static final String CONTESTED = "rat-musterstadt-2026-11-24-top-6-haushalt-2027.json";

  private static final Excerpt EXCERPT = read(SAMPLE);

  private Reference() {}

  static Excerpt excerpt() {
    return EXCERPT;
  }

  /** The contested item, read on each call (few tests use it). */
  static Excerpt contested() {
    return read(CONTESTED);
  }

  static RenderOptions options(Locale locale) {
    return RenderOptions.builder().locale(locale).build();
  }

  static HtmlRenderer renderer(boolean fragment, Locale locale) {
    return HtmlRenderer.builder().options(options(locale)).fragment(fragment).build();
  }

  static String render(boolean fragment, Locale locale) {
    return renderer(fragment, locale).renderToString(EXCERPT);
  }

  static Document parse(String html) {
    return Jsoup.parse(html);
  }

  private static Excerpt read(String sample) {
    String dir = Objects.requireNonNull(System.getProperty("ratsinfo.samples"),
        "system property ratsinfo.samples (set by the build)");
    try {
      return RatsinfoJson.standard().readExcerpt(Path.of(dir, sample));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
