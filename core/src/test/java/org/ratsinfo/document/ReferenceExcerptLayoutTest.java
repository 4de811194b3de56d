package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference excerpt (Herne, Rat der Stadt, 28 February 2017, TOP Ö 19.1) laid out: every fact of
 * the scraped page is in the tree, and the whole tree matches the golden files.
 *
 * <p>The golden files are {@code src/test/resources/org/ratsinfo/document/golden/reference-<lang>.txt}.
 * After an intended change of the layout, regenerate them from the {@code core} directory's parent
 * with {@code ./mvnw -B -pl core verify -Dratsinfo.updateGolden=true}, review the diff and commit it.
 */
class ReferenceExcerptLayoutTest {

  private static final String SEED = "herne-rat-2017-02-28-top-19.1-auszug.txt";

  /** Every fact of the scraped excerpt, as the German layout must show it. */
  static List<String> germanFacts() {
    List<String> facts = new ArrayList<>(List.of(
        "Auszug - " + ReferenceExcerpt.TITLE,
        "Ö 19.1",
        "Rat der Stadt",
        "zur Kenntnis genommen",
        "Di, 28.02.2017",
        "öffentlich/nichtöffentlich",
        "16:00 - 17:55",
        "Sitzung",
        "großer Sitzungssaal (Raum 312)",
        "Rathaus Herne",
        "2017/0137",
        ReferenceExcerpt.TITLE,
        "öffentlich",
        "Anfrage_Formular",
        "SVO Prennig, Andreas",
        "FB 11 - Rat und Bezirksvertretungen",
        "Gresch, Norbert",
        "Fragen",
        "Herr Oberbürgermeister Dr. Dudda beantwortet die Anfrage wie folgt:",
        "Frage 1",
        "Frage 4",
        "Ergänzende mündliche Zusatzfrage Piraten/AL",
        ReferenceExcerpt.SUPPLEMENTARY_QUESTION,
        "Piraten/AL",
        "Abstimmungsergebnis",
        "gesamt",
        "dafür",
        "dagegen",
        "Enthaltung"));
    facts.addAll(ReferenceExcerpt.QUESTIONS);
    facts.addAll(ReferenceExcerpt.ANSWERS);
    facts.addAll(ReferenceExcerpt.SUPPLEMENTARY_ANSWER);
    facts.addAll(ReferenceExcerpt.GROUPS);
    return facts;
  }

  @Test
  void everyFactOfTheSeedIsInTheGermanTree() {
    ExcerptDocument document = ExcerptLayout.standard().layout(ReferenceExcerpt.excerpt());
    List<String> strings = TreePrinter.strings(document);
    for (String fact : germanFacts()) {
      assertTrue(strings.stream().anyMatch(s -> s.contains(fact)), () -> "missing in tree: " + fact);
    }
  }

  /** The facts are really the seed's: the page writes no-break spaces, the facts ordinary ones. */
  @Test
  void everyFactIsInTheSeed() throws IOException {
    String seed = normalise(resource(SEED));
    for (String fact : germanFacts()) {
      assertTrue(seed.contains(normalise(fact)), () -> "not in the seed: " + fact);
    }
  }

  @Test
  void theReferenceHasTheExpectedShape() {
    ExcerptDocument document = ExcerptLayout.standard().layout(ReferenceExcerpt.excerpt());
    assertEquals("Stadt Herne", document.bodyName());
    assertEquals("Auszug - " + ReferenceExcerpt.TITLE, document.title());
    List<String> kinds = new ArrayList<>();
    for (Block block : document.blocks()) {
      kinds.add(block instanceof Section s ? s.kind().name() : block.getClass().getSimpleName());
    }
    assertEquals(
        List.of("FieldList", "PAPER", "QUESTIONS", "ANSWER", "SUPPLEMENTARY_QUESTIONS", "VOTE"), kinds);
    DocumentInfo info = document.info();
    assertEquals(document.title(), info.title());
    assertEquals(ReferenceExcerpt.TITLE, info.subject());
    assertEquals("Stadt Herne", info.author());
    assertEquals(List.of("2017/0137", "Anfrage_Formular", "Rat der Stadt", "2017-02-28"), info.keywords());
    assertEquals("de-DE", info.language());
    assertEquals(Locale.GERMANY, document.locale());
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void matchesTheGoldenFile(String language) throws IOException {
    ExcerptDocument document = ExcerptLayout.builder()
        .locale(Locale.forLanguageTag(language))
        .build()
        .layout(ReferenceExcerpt.excerpt());
    GoldenTrees.assertMatches("reference-" + language + ".txt", document);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReferenceExcerptLayoutTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String normalise(String text) {
    return text.replace('\u00A0', ' ');
  }

  @Test
  void printerIsUsable() {
    assertNotNull(TreePrinter.print(ExcerptLayout.standard().layout(ReferenceExcerpt.excerpt())));
  }
}
