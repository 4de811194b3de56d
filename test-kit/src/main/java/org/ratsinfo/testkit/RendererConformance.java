package org.ratsinfo.testkit;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;

/**
 * The conformance suite of an {@link ExcerptRenderer}, as JUnit Jupiter tests: a renderer's test class
 * implements this interface, says how to build the renderer and how to read its output, and inherits
 * the tests. ratsinfo's own HTML, PDF and DOCX renderers are tested with it.
 *
 * <pre>{@code
 * class MarkdownRendererConformanceTest implements RendererConformance {
 *   public ExcerptRenderer renderer(RenderOptions options) {
 *     return MarkdownRenderer.builder().options(options).build();
 *   }
 *
 *   public Holdings read(byte[] output) {
 *     return Holdings.ofText(new String(output, StandardCharsets.UTF_8));
 *   }
 * }
 * }</pre>
 *
 * <p>The tests, each over seeded models (a failing case names its seed):
 *
 * <ul>
 *   <li>{@link #everyFactIsInTheText()}: every fact of the laid-out document ({@link DocumentFacts})
 *       is in the output's text, for random excerpts in German and English, for the agenda and the
 *       minutes of random meetings and for the implementation's own {@link #excerpts()}; the random
 *       ones together hold every kind of block and of document;
 *   <li>{@link #nothingNotForThePublic()}: with {@link MarkedModels}, a public output holds no marker
 *       of non-public or withheld content anywhere ({@link Holdings#everything()}) and every marker of
 *       its public content in its text; the internal output shows all; the agenda, the minutes and a
 *       whole meeting rendered by the batch renderer alike ({@link RedactionChecks});
 *   <li>{@link #aSharedRendererGivesTheBytesOfASerialRun()}: one renderer, with a fixed clock, shared
 *       by several threads gives exactly the bytes of a serial run, random excerpts, agendas and minutes
 *       and the implementation's own {@link #excerpts()} ({@link SharedRendererChecks});
 *   <li>{@link #hostileInputIsInert()}: every renderable case of the {@link HostileCorpus}, as an
 *       excerpt, an agenda and minutes, in German and English, renders in time (or, where {@link
 *       #refusedHostileCases()} says so, is refused with a {@code RenderException}), reads back, shows
 *       every fact as text (markup in the data is shown, not obeyed), passes {@link
 *       #assertInert(ExcerptDocument, byte[])}, and, with references to a
 *       {@link LoopbackServer} in every text and every file address, makes no connection.
 * </ul>
 *
 * <p>A renderer with {@link #variants()} (a page and a fragment, the default styles and a template)
 * is tested in each: the seeded tests spread their cases over the variants, the shared-renderer and the
 * hostile-input tests run in every one. How many cases each test renders is {@link #cases()} (and
 * {@link #meetingCases()} for the costlier whole meetings, {@link #sharedCases()} for the threads); a
 * quick format may raise them. Implementations must be thread-safe in what they return: the renderer
 * is shared by threads in one test.
 */
public interface RendererConformance {

  /**
   * Builds the renderer under test.
   *
   * @param options the options to build it with: locale, audience, withheld fields, a fixed clock
   * @return the renderer
   */
  ExcerptRenderer renderer(RenderOptions options);

  /**
   * How many variants of the renderer the suite tests (a page and a fragment; the default styles and a
   * city's template): 1 by default.
   *
   * @return the number of variants, 1 or more
   */
  default int variants() {
    return 1;
  }

  /**
   * Builds a variant of the renderer under test. By default {@link #renderer(RenderOptions)}, for
   * every variant.
   *
   * @param options the options to build it with
   * @param variant which variant, from 0 to {@link #variants()} - 1; 0 is {@link
   *     #renderer(RenderOptions)}'s
   * @return the renderer
   */
  default ExcerptRenderer renderer(RenderOptions options, int variant) {
    return renderer(options);
  }

  /**
   * Excerpts of the implementation's own (real data, or what its format finds hard) that the facts and
   * the shared-renderer tests render besides the random ones. None by default.
   *
   * @return the excerpts, valid
   */
  default List<Excerpt> excerpts() {
    return List.of();
  }

  /**
   * Reads an output of the renderer.
   *
   * @param output the bytes the renderer wrote
   * @return the text a reader sees, and everything the output carries (text, attributes, metadata,
   *     every part of a package): where no marker that must not be there may be
   * @throws IOException if the output cannot be read: it is broken
   */
  Holdings read(byte[] output) throws IOException;

  /**
   * A text made comparable for the facts check: by default white space runs as one space (a renderer
   * may wrap lines: {@link DocumentFacts#spaced}). A format whose text extraction loses or adds white
   * space within words (PDF) removes all white space instead; a renderer that writes its texts through
   * an escaper that removes characters compares the escaped texts.
   *
   * @param text a fact, or the text of an output
   * @return the comparable form
   */
  default String comparable(String text) {
    return DocumentFacts.spaced(text);
  }

  /**
   * Checks what only the format knows about an output of a hostile document: e.g. that HTML holds only
   * the renderer's own elements and no script. By default nothing more than the suite checks.
   *
   * @param document the laid-out document, its texts hostile
   * @param output what the renderer wrote
   * @throws IOException if the output cannot be read
   */
  default void assertInert(ExcerptDocument document, byte[] output) throws IOException {}

  /**
   * The names of the {@link HostileCorpus} cases the renderer refuses, by design, with a {@link
   * org.ratsinfo.render.RenderException} that says why (e.g. characters its fonts cannot show): for
   * these, the suite requires that refusal for every document of the case instead of an output. None
   * by default.
   *
   * @return the names of the cases, as {@link HostileCorpus.Case#name()}
   */
  default Set<String> refusedHostileCases() {
    return Set.of();
  }

  /**
   * How many seeded cases the facts, redaction and determinism tests render: 100 by default.
   *
   * @return the number of cases
   */
  default int cases() {
    return 100;
  }

  /**
   * How many seeded meetings the redaction test renders whole, as a batch and as agenda and minutes:
   * 10 by default.
   *
   * @return the number of meetings
   */
  default int meetingCases() {
    return 10;
  }

  /**
   * How many random excerpts the shared renderer renders, serially and on {@link #threads()} threads:
   * {@link #cases()} by default.
   *
   * @return the number of excerpts
   */
  default int sharedCases() {
    return cases();
  }

  /**
   * How many threads share the renderer in the determinism test: 4 by default.
   *
   * @return the number of threads
   */
  default int threads() {
    return 4;
  }

  /**
   * How long one hostile document may take to render: 30 seconds by default.
   *
   * @return the bound
   */
  default Duration timeBound() {
    return Duration.ofSeconds(30);
  }

  /**
   * Every fact of the tree is in the output's text.
   *
   * @return one test per case
   */
  @TestFactory
  default Stream<DynamicTest> everyFactIsInTheText() {
    ConformanceChecks.requireEveryBlockKind(cases());
    List<Excerpt> own = excerpts();
    return Stream.concat(
        RandomModels.seeds(cases()).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
            () -> ConformanceChecks.everyFact(this, seed))),
        IntStream.range(0, own.size()).mapToObj(i -> DynamicTest.dynamicTest("own excerpt " + i,
            () -> ConformanceChecks.everyFact(this, own.get(i), i))));
  }

  /**
   * Nothing that the public must not see is in a public output; everything an audience may see is.
   *
   * @return one test per case and per meeting
   */
  @TestFactory
  default Stream<DynamicTest> nothingNotForThePublic() {
    Stream<DynamicTest> single = MarkedModels.seeds(cases()).mapToObj(seed -> DynamicTest.dynamicTest(
        "excerpts, seed " + seed, () -> ConformanceChecks.singleExcerpts(this, seed)));
    Stream<DynamicTest> meetings = MarkedModels.seeds(meetingCases()).mapToObj(seed -> DynamicTest.dynamicTest(
        "whole meeting, agenda and minutes, seed " + seed, () -> ConformanceChecks.meeting(this, seed)));
    return Stream.concat(single, meetings);
  }

  /**
   * One renderer shared by {@link #threads()} threads gives the bytes of a serial run.
   *
   * @return one test per variant
   */
  @TestFactory
  default Stream<DynamicTest> aSharedRendererGivesTheBytesOfASerialRun() {
    return IntStream.range(0, variants()).mapToObj(variant -> DynamicTest.dynamicTest("variant " + variant,
        () -> ConformanceChecks.sharedRenderer(this, variant)));
  }

  /**
   * Hostile input is shown as text, in time, and makes no connection.
   *
   * @return one test per case of the corpus
   */
  @TestFactory
  default Stream<DynamicTest> hostileInputIsInert() {
    return HostileCorpus.renderable().stream().map(c -> DynamicTest.dynamicTest(c.name(),
        () -> ConformanceChecks.hostile(this, c)));
  }
}
