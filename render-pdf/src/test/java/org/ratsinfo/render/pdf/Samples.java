package org.ratsinfo.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.RenderOptions;

/**
 * The shared samples in {@code examples/samples/} (directory from the system property {@code
 * ratsinfo.samples}, set by the build): the reference excerpt (TOP Ö 19.1 of the Rat der Stadt Herne,
 * 28 February 2017), a long inquiry of 60 questions with a tally of 12 groups, a contested item and the
 * Musterstadt meeting whose agenda and minutes are laid out, public and internal; renderers with a
 * fixed clock, and the PDFs they make, rendered once per test run. Routes openhtmltopdf's logging to
 * java.util.logging ({@link PdfRenderer#routeEngineLogging()}), as an application that wants a quiet
 * console does.
 */
final class Samples {

  static final String REFERENCE = "herne-rat-2017-02-28-top-19.1.json";
  static final String LONG = "long-inquiry-60-questions.json";
  /** A contested budget item: several votes, a roll call of 44 members, a member excluded for bias. */
  static final String CONTESTED = "rat-musterstadt-2026-11-24-top-6-haushalt-2027.json";
  /**
   * The Musterstadt meeting of 15 September 2026, public and non-public items, participants, chair
   * changes and signatures: the agenda and the minutes are laid out from it.
   */
  static final String MEETING = "rat-musterstadt-2026-09-15.json";
  /** The agenda of {@link #MEETING} for the internal audience, as a sample name of the suites. */
  static final String AGENDA = "agenda";
  /** The minutes of {@link #MEETING} for the internal audience. */
  static final String MINUTES = "minutes";
  /** The agenda of {@link #MEETING} for the public. */
  static final String PUBLIC_AGENDA = "public-agenda";
  /** The minutes of {@link #MEETING} for the public. */
  static final String PUBLIC_MINUTES = "public-minutes";
  static final Instant INSTANT = Instant.parse("2026-11-26T10:15:30Z");

  static {
    // openhtmltopdf's own logging would print some lines for every PDF of the build's tests.
    PdfRenderer.routeEngineLogging();
  }

  private static final Excerpt REFERENCE_EXCERPT = read(REFERENCE);
  private static final Excerpt LONG_EXCERPT = read(LONG);
  private static final Excerpt CONTESTED_EXCERPT = read(CONTESTED);
  private static final MeetingExcerpts MEETING_EXCERPTS = readMeeting(MEETING);

  private static final PdfRenderer GERMAN = renderer(Locale.GERMANY);
  private static final PdfRenderer ENGLISH = renderer(Locale.ENGLISH);

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

  /** The Musterstadt meeting as its file has it (for the internal audience). */
  static MeetingExcerpts meeting() {
    return MEETING_EXCERPTS;
  }

  /**
   * The document of a sample name laid out by the renderer's options: {@link #AGENDA}, {@link
   * #MINUTES} and their public versions of the meeting, else the excerpt of that sample file.
   */
  static ExcerptDocument layout(String sample, PdfRenderer renderer) {
    RenderOptions options = renderer.options();
    return switch (sample) {
      case AGENDA -> options.layout(DocumentKind.AGENDA, MEETING_EXCERPTS).get(0);
      case MINUTES -> options.layout(DocumentKind.MINUTES, MEETING_EXCERPTS).get(0);
      case PUBLIC_AGENDA ->
          options.layout(DocumentKind.AGENDA, MEETING_EXCERPTS.withAudience(Audience.PUBLIC)).get(0);
      case PUBLIC_MINUTES ->
          options.layout(DocumentKind.MINUTES, MEETING_EXCERPTS.withAudience(Audience.PUBLIC)).get(0);
      case REFERENCE -> options.layout(REFERENCE_EXCERPT);
      case CONTESTED -> options.layout(CONTESTED_EXCERPT);
      case LONG -> options.layout(LONG_EXCERPT);
      default -> throw new IllegalArgumentException(sample);
    };
  }

  static RenderOptions options(Locale locale) {
    return RenderOptions.builder().locale(locale).fixedInstant(INSTANT).build();
  }

  static PdfRenderer renderer(Locale locale) {
    return PdfRenderer.builder().options(options(locale)).build();
  }

  /**
   * A font file of a Debian package that a test needs: missing, the test is skipped, or fails where
   * {@code ratsinfo.requireSystemTools=true} (as in CI, whose {@code .ci/run} installs the package).
   */
  static Path requireFont(Path font, String debianPackage) {
    if (!Files.isRegularFile(font)) {
      String missing = font + " is missing: apt-get install " + debianPackage;
      if (Boolean.getBoolean("ratsinfo.requireSystemTools")) {
        throw new AssertionError(missing);
      }
      Assumptions.abort(missing);
    }
    return font;
  }

  /** The shared renderer for a locale: German or English. */
  static PdfRenderer shared(Locale locale) {
    return "en".equals(locale.getLanguage()) ? ENGLISH : GERMAN;
  }

  static byte[] render(Excerpt excerpt, Locale locale) {
    return shared(locale).renderToBytes(shared(locale).options().layout(excerpt));
  }

  /** Writes a PDF to {@code target/pdf/}, for people to look at; returns its path. */
  static Path keep(String name, byte[] pdf) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "pdf"));
      return Files.write(dir.resolve(name), pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MeetingExcerpts readMeeting(String name) {
    try {
      return RatsinfoJson.standard().readMeetingExcerpts(Path.of(directory(), name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String directory() {
    return Objects.requireNonNull(System.getProperty("ratsinfo.samples"),
        "system property ratsinfo.samples (set by the build)");
  }

  private static Excerpt read(String name) {
    String dir = Objects.requireNonNull(System.getProperty("ratsinfo.samples"),
        "system property ratsinfo.samples (set by the build)");
    try {
      return RatsinfoJson.standard().readExcerpt(Path.of(dir, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
