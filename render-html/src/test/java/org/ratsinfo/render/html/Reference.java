package org.ratsinfo.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
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

  /**
   * The Musterstadt meeting of 15 September 2026 (public and non-public items, participants, chair
   * changes, signatures), whose agenda and minutes the suites check.
   */
  static final String MEETING = "rat-musterstadt-2026-09-15.json";

  private static final Excerpt EXCERPT = read(SAMPLE);

  private Reference() {}

  static Excerpt excerpt() {
    return EXCERPT;
  }

  /** The contested item, read on each call (few tests use it). */
  static Excerpt contested() {
    return read(CONTESTED);
  }

  /** The Musterstadt meeting, read on each call (for the internal audience, as its file says). */
  static MeetingExcerpts meeting() {
    try {
      return RatsinfoJson.standard().readMeetingExcerpts(Path.of(directory(), MEETING));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The agenda or the minutes of the Musterstadt meeting, laid out for an audience by the renderer's
   * options.
   */
  static ExcerptDocument meetingDocument(HtmlRenderer renderer, DocumentKind kind, Audience audience) {
    return renderer.options().layout(kind, meeting().withAudience(audience)).get(0);
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

  private static String directory() {
    return Objects.requireNonNull(System.getProperty("ratsinfo.samples"),
        "system property ratsinfo.samples (set by the build)");
  }

  private static Excerpt read(String sample) {
    try {
      return RatsinfoJson.standard().readExcerpt(Path.of(directory(), sample));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
