package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.DocumentFacts;

/**
 * The check that a renderer of one's own loses nothing: every fact of the document tree ({@link
 * DocumentFacts#of}: the body, the title, every heading, label, value, paragraph, question,
 * answer, caption, header, cell and note) is in what it wrote, white space aside (a plain-text
 * renderer wraps lines), checked with the test kit's {@link DocumentFacts#missing}; the kit's
 * conformance suite does so on random models ({@link PlainTextRendererConformanceTest}), this on the
 * samples. Run on excerpts that hold every kind of block, in German and English.
 */
final class EveryFact {

  private EveryFact() {}

  /** The excerpts to check with: every kind of block, inquiries and tallies, public and not. */
  static List<Excerpt> excerpts() {
    try {
      RatsinfoJson json = RatsinfoJson.standard();
      List<Excerpt> excerpts = new ArrayList<>();
      excerpts.add(json.readExcerpt(HerneReferenceExcerptTest.SAMPLE));
      excerpts.add(json.readExcerpt(HerneReferenceExcerptTest.SAMPLE.resolveSibling(
          "long-inquiry-60-questions.json")));
      excerpts.add(BuildValidateRenderExample.build());
      excerpts.addAll(json.readMeetingExcerpts(HerneReferenceExcerptTest.SAMPLE.resolveSibling(
          "rat-musterstadt-2026-09-15.json")).withAudience(Audience.INTERNAL).excerpts());
      return excerpts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The options of the check: German, then English. */
  static List<RenderOptions> options() {
    return List.of(RenderOptions.builder().locale(Locale.GERMANY).build(),
        RenderOptions.builder().locale(Locale.ENGLISH).build());
  }

  /**
   * Asserts that the output holds every fact of the excerpt's tree.
   *
   * @param options the options the output was rendered with
   * @param excerpt the excerpt
   * @param output what the renderer wrote
   */
  static void assertIn(RenderOptions options, Excerpt excerpt, String output) {
    ExcerptDocument document = options.layout(excerpt);
    assertEquals(List.of(), DocumentFacts.missing(document, output, DocumentFacts::spaced),
        () -> "facts of TOP " + excerpt.agendaItem().number() + " (" + options.locale()
            + ") missing from the output:\n" + output);
  }

  /**
   * Asserts that every fact of a laid-out document, of any kind, is in a renderer's output.
   *
   * @param document the document
   * @param output what the renderer wrote
   */
  static void assertIn(ExcerptDocument document, String output) {
    assertEquals(List.of(), DocumentFacts.missing(document, output, DocumentFacts::spaced),
        () -> "facts of the " + document.kind() + " missing from the output");
  }
}
