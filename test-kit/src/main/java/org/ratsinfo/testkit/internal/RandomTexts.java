package org.ratsinfo.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.ratsinfo.model.Text;

/**
 * Random texts of German words with umlauts and ß, typographic quotes, €, §, emoji, markup-looking
 * and placeholder-looking strings: phrases, paragraphs of one or more lines, texts made either from
 * one string or from their paragraphs, identifiers. Not thread-safe, like its {@link Draws}.
 */
public final class RandomTexts {

  private static final String[] WORDS = {
    "Rat", "Stadt", "Bürger", "Änderung", "Straße", "Grünfläche", "Müllabfuhr", "Öffnungszeiten",
    "Maßnahme", "Größe", "außerplanmäßig", "Fußgängerzone", "Kita", "Überprüfung", "Haushalt",
    "Schließung", "Radweg", "Bücherei", "Spielplatz", "Übergang", "Gewerbesteuer", "Ausschuss",
    "Beleuchtung", "Schwimmbad", "Brücke", "Förderung", "Kläranlage", "Feuerwehr", "Sachstand",
    "Internetauftritt", "der", "die", "das", "und", "oder", "für", "über", "mit", "zur", "im",
    "Weißdorn", "Dübel", "Ärger", "Öl", "Übermut", "Maß", "Soße", "Grüße", "heißt", "süß", "groß",
  };

  private static final String[] SPECIALS = {
    "„Zitat“", "‚halb‘", "»Guillemets«", "€", "1.234,56 €", "5\u00A0€", "§", "§ 31 GO NRW",
    "§\u00A024 Abs. 2", "§§ 1–3", "😀", "🚲", "🏛️", "👩‍⚖️", "🇩🇪", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "<b>&amp;</b>",
    "<script>alert(1)</script>", "]]>", "&lt;", "&#x1F600;", "{max}", "{0}", "{1}", "${1+1}",
    "#{x}", "{org.ratsinfo.rule}", "%s", "%n", "'Apostroph'", "\"gerade\"", "C:\\Pfad\\",
    "\\u0041", "a/b", "–", "—", "…", "İstanbul", "Łódź", "Zürich", "ﬁ", "x\u200By", "½", "m²",
  };

  private final Draws random;

  /** The generator drawing from {@code random}. */
  public RandomTexts(Draws random) {
    this.random = random;
  }

  /**
   * A text of one to four paragraphs, some of several lines, made either from one string (paragraphs
   * separated by blank lines of several kinds, line ends of several kinds) or from its paragraphs.
   */
  Text text() {
    int n = 1 + random.nextInt(4);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      paragraphs.add(paragraph());
    }
    if (random.chance(0.5)) {
      if (random.chance(0.2)) {
        // Paragraphs given as they are may hold what a string of paragraphs cannot: a blank line inside,
        // or a line of nothing but no-break spaces at an edge. The text must still read back.
        int i = random.nextInt(n);
        paragraphs.set(i, random.pick(
            paragraphs.get(i) + random.pick("\n\n", "\n \n", "\n\u00A0\n", "\n\t \n\n") + paragraph(),
            paragraphs.get(i) + "\n\u00A0",
            "\u00A0\n" + paragraphs.get(i),
            "\u00A0" + paragraphs.get(i) + "\u00A0"));
      }
      return new Text(paragraphs);
    }
    StringBuilder sb = new StringBuilder(random.chance(0.2) ? "\n \n" : "");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(random.pick("\n\n", "\r\n\r\n", "\n \n", "\n\t\n\n", "\n\u00A0\n", "\r\r"));
      }
      sb.append(paragraphs.get(i).replace("\n", random.pick("\n", "\r\n", "\r")));
    }
    return Text.of(sb.toString());
  }

  private String paragraph() {
    int lines = random.chance(0.3) ? 2 + random.nextInt(3) : 1;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(phrase(1, 15, 2000));
    }
    return sb.toString();
  }

  /**
   * Words and specials separated by spaces: between {@code min} and {@code max} tokens as far as they
   * fit into {@code maxLength} UTF-16 units; never blank, never cut inside a character.
   */
  public String phrase(int min, int max, int maxLength) {
    int count = min + random.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String token = random.chance(0.2) ? random.pick(SPECIALS) : random.pick(WORDS);
      if (i > 0 && random.chance(0.1)) {
        token = random.pick(WORDS) + random.pick(SPECIALS); // glued: "Rat€", "Straße{0}"
      }
      int length = sb.length() + (sb.length() > 0 ? 1 : 0) + token.length();
      if (length > maxLength) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(token);
    }
    return sb.length() > 0 ? sb.toString() : "Rat";
  }

  /** Words starting with the tag, one character or more beyond {@code max}. */
  String longText(String tag, int max) {
    StringBuilder sb = new StringBuilder(tag);
    while (sb.length() <= max) {
      sb.append(' ').append(random.chance(0.2) ? random.pick(SPECIALS) : random.pick(WORDS));
    }
    return sb.toString();
  }

  /** An identifier: a URL, a URN or a bare path, sometimes with characters that need escaping. */
  String id() {
    return random.pick("https://oparl.example.org/", "urn:ratsinfo:", "")
        + random.pick("meeting", "paper", "person", "organization", "body", "Sitzung/Ä")
        + "/" + random.nextInt(100_000) + (random.chance(0.2) ? "?a=<b>&c=\"ü\"#{x}" : "");
  }
}
