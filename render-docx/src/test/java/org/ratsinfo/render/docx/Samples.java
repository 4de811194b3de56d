package org.ratsinfo.render.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.RenderOptions;

/**
 * The shared samples in {@code examples/samples/} (the build passes the directory as system property
 * {@code ratsinfo.samples}): the reference excerpt (TOP Ö 19.1 of the Rat der Stadt Herne, 28 February
 * 2017) and an inquiry of 60 questions; renderers with a fixed clock, and where test output goes.
 */
final class Samples {

  static final String REFERENCE = "herne-rat-2017-02-28-top-19.1.json";
  static final String LONG = "long-inquiry-60-questions.json";
  /** A contested budget item: several votes, a roll call of 44 members, a member excluded for bias. */
  static final String CONTESTED = "rat-musterstadt-2026-11-24-top-6-haushalt-2027.json";

  /**
   * The Musterstadt meeting of 15 September 2026 (public and non-public items, participants, chair
   * changes, signatures), whose agenda and minutes are checked.
   */
  static final String MEETING = "rat-musterstadt-2026-09-15.json";

  /** The instant documents rendered in tests say they were made. */
  static final Instant FIXED = Instant.parse("2026-11-26T09:30:00Z");

  private static final Excerpt REFERENCE_EXCERPT = read(REFERENCE);
  private static final Excerpt LONG_EXCERPT = read(LONG);
  private static final Excerpt CONTESTED_EXCERPT = read(CONTESTED);

  private Samples() {}

  static Excerpt reference() {
    return REFERENCE_EXCERPT;
  }

  static Excerpt longInquiry() {
    return LONG_EXCERPT;
  }

  static Excerpt contested() {
    return CONTESTED_EXCERPT;
  }

  /** The agenda or the minutes of the Musterstadt meeting for an audience, laid out by the renderer's options. */
  static ExcerptDocument meetingDocument(DocxRenderer renderer, DocumentKind kind, Audience audience) {
    String dir = Objects.requireNonNull(System.getProperty("ratsinfo.samples"),
        "system property ratsinfo.samples (set by the build)");
    try {
      MeetingExcerpts meeting = RatsinfoJson.standard().readMeetingExcerpts(Path.of(dir, MEETING));
      return renderer.options().layout(kind, meeting.withAudience(audience)).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RenderOptions options(Locale locale) {
    return RenderOptions.builder().locale(locale).fixedInstant(FIXED).build();
  }

  static DocxRenderer renderer(Locale locale) {
    return DocxRenderer.builder().options(options(locale)).build();
  }

  static byte[] render(DocxRenderer renderer, Excerpt excerpt) {
    return renderer.renderToBytes(renderer.options().layout(excerpt));
  }

  /** A directory under {@code target/} for files a person or a system tool looks at. */
  static Path outputDirectory(String name) {
    Path dir = Path.of("target", "docx-test", name);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  static Excerpt read(String sample) {
    String dir = Objects.requireNonNull(System.getProperty("ratsinfo.samples"),
        "system property ratsinfo.samples (set by the build)");
    try {
      return RatsinfoJson.standard().readExcerpt(Path.of(dir, sample));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
