package org.ratsinfo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The escaper's presets on tricky text, and what its builder promises. */
class TextEscaperTest {

  static Stream<Arguments> plainText() {
    return Stream.of(
        Arguments.of("", ""),
        Arguments.of("Rat der Stadt: Ö 19.1, 1.200\u00A0€", "Rat der Stadt: Ö 19.1, 1.200\u00A0€"),
        Arguments.of("Spalte\tWert\nZeile", "Spalte\tWert\nZeile"),
        // NUL, backspace, DEL, ESC and CSI (terminal escape sequences) go; their text stays.
        Arguments.of("a\u0000b\bc\u007Fd", "abcd"),
        Arguments.of("rot\u001B[31m\u009B2Jweg", "rot[31m2Jweg"),
        Arguments.of("\u0001\u001F\u0080\u009F", ""),
        // Every line break becomes a line feed, CR LF one.
        Arguments.of("eins\r\nzwei\rdrei\u000Bvier\u000Cfünf\u0085sechs\u2028sieben\u2029acht",
            "eins\nzwei\ndrei\nvier\nfünf\nsechs\nsieben\nacht"),
        Arguments.of("\r\n\r\n\n\r", "\n\n\n\n"),
        // Trojan Source: overrides and isolates go, the text reads as stored.
        Arguments.of("Anlage\u202Efdp.exe", "Anlagefdp.exe"),
        Arguments.of("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069", ""),
        Arguments.of("isAdmin\u2067 \u2066// Kommentar\u2069 \u2066if\u2069", "isAdmin // Kommentar if"),
        // Marks, joiners and emoji stay.
        Arguments.of("a\u200Eb\u200Fc\u061Cd", "a\u200Eb\u200Fc\u061Cd"),
        Arguments.of("👩\u200D💻 😀 \uFEFF", "👩\u200D💻 😀 \uFEFF"),
        // Lone surrogates become U+FFFD; pairs stay.
        Arguments.of("a\uD83Db", "a\uFFFDb"),
        Arguments.of("a\uDE00b", "a\uFFFDb"),
        Arguments.of("\uDE00\uD83D", "\uFFFD\uFFFD"),
        Arguments.of("😀\uDE00", "😀\uFFFD"),
        Arguments.of("x\uD83D", "x\uFFFD"));
  }

  @ParameterizedTest
  @MethodSource
  void plainText(String text, String expected) {
    assertEquals(expected, TextEscaper.plainText().escape(text));
  }

  static Stream<Arguments> markdown() {
    return Stream.of(
        Arguments.of("Rat der Stadt, z. B. E-Government am 28.02.2017", "Rat der Stadt, z. B. E-Government am 28.02.2017"),
        // Headings, and the closing # of a heading.
        Arguments.of("# Überschrift", "\\# Überschrift"),
        Arguments.of("Punkt #5 #", "Punkt \\#5 \\#"),
        // Ordered lists: up to nine digits, . or ), then a blank or the line's end.
        Arguments.of("1. Wie ist der Sachstand?", "1\\. Wie ist der Sachstand?"),
        Arguments.of("2017) Vorlage", "2017\\) Vorlage"),
        Arguments.of("1.", "1\\."),
        Arguments.of("Text\n2. Punkt\n3.\tPunkt", "Text\n2\\. Punkt\n3\\.\tPunkt"),
        Arguments.of("28.02.2017 Sitzung", "28.02.2017 Sitzung"),
        Arguments.of("1234567890. Zahl", "1234567890. Zahl"),
        Arguments.of("Frage 1. Teil", "Frage 1. Teil"),
        // Bullets, thematic breaks, setext underlines; only at a line's start.
        Arguments.of("- Punkt\n+ Punkt\n---\n===", "\\- Punkt\n\\+ Punkt\n\\---\n\\==="),
        Arguments.of("a - b + c = d", "a - b + c = d"),
        // Indentation is dropped: no code block, no hidden marker.
        Arguments.of("   - eingerückt\n    Code\n\t\t1. Tab", "\\- eingerückt\nCode\n1\\. Tab"),
        // Inline syntax anywhere.
        Arguments.of("*fett* _kursiv_ `Code`", "\\*fett\\* \\_kursiv\\_ \\`Code\\`"),
        Arguments.of("[Link](https://böse.example) ![Bild](x.png)",
            "\\[Link\\](https://böse.example) !\\[Bild\\](x.png)"),
        Arguments.of("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        Arguments.of("> Zitat", "\\> Zitat"),
        Arguments.of("a | b ~~weg~~", "a \\| b \\~\\~weg\\~\\~"),
        Arguments.of("&amp; &#35; 5 $ und 6 $", "\\&amp; \\&\\#35; 5 \\$ und 6 \\$"),
        // Backslashes: a literal one, and one at a line's end (a hard break).
        Arguments.of("C:\\Pfad\\* Ende\\\nweiter", "C:\\\\Pfad\\\\\\* Ende\\\\\nweiter"),
        // A marker cannot hide behind what the plain-text step removes or makes a line break.
        Arguments.of("\u0000- Liste", "\\- Liste"),
        Arguments.of("\u202E1. Liste", "1\\. Liste"),
        Arguments.of("Zeile\u2028- Liste\r\n2. Liste\r3) Liste", "Zeile\n\\- Liste\n2\\. Liste\n3\\) Liste"),
        Arguments.of("1\u0000. Liste", "1\\. Liste"),
        Arguments.of("a\uD83D", "a\uFFFD"));
  }

  @ParameterizedTest
  @MethodSource
  void markdown(String text, String expected) {
    assertEquals(expected, TextEscaper.markdown().escape(text));
  }

  @Test
  void textWithNothingToEscapeIsReturnedAsItIs() {
    String text = "Beschluss: einstimmig angenommen";
    assertSame(text, TextEscaper.plainText().escape(text));
    String unpaired = "a\uD800";
    assertSame(unpaired, TextEscaper.builder().build().escape(unpaired), "kept unless told");
  }

  @Test
  void theLongestTargetWinsAndAReplacementIsNotEscapedAgain() {
    TextEscaper dashes = TextEscaper.builder().replace('-', "–").replace("--", "—").replace("---", "—")
        .build();
    assertEquals("a—b–c—d", dashes.escape("a--b-c---d"));
    TextEscaper entities = TextEscaper.builder().replace('&', "&amp;").replace(';', "&#59;").build();
    assertEquals("&amp;&#59;", entities.escape("&;"));
    TextEscaper later = TextEscaper.builder().replace('a', "1").replace('a', "2").build();
    assertEquals("2", later.escape("a"), "a later rule for the same target replaces the earlier");
    TextEscaper emoji = TextEscaper.builder().replace(0x1F600, ":-)").build();
    assertEquals("a:-)b\uD83D", emoji.escape("a😀b\uD83D"));
  }

  @Test
  void theLatexExampleOfTheJavadocWorks() {
    TextEscaper latex = TextEscaper.plainText().toBuilder()
        .replace('\\', "\\textbackslash{}")
        .replace('{', "\\{").replace('}', "\\}")
        .replace('$', "\\$").replace('&', "\\&").replace('#', "\\#").replace('%', "\\%").replace('_', "\\_")
        .replace('^', "\\textasciicircum{}").replace('~', "\\textasciitilde{}")
        .build();
    assertEquals("50 \\% von 100 \\$ \\& \\#1 \\{a\\_b\\} \\textasciitilde{} \\textasciicircum{} "
        + "\\textbackslash{}", latex.escape("50 % von 100 $ & #1 {a_b} ~ ^ \\\u0000"));
  }

  @Test
  void aBuilderFromAPresetLeavesThePresetAlone() {
    TextEscaper hashes = TextEscaper.markdown().toBuilder().replace('#', "#").build();
    assertEquals("#1 \\*", hashes.escape("#1 *"));
    assertEquals("\\#1 \\*", TextEscaper.markdown().escape("#1 *"));
  }

  @Test
  void lineStartRulesApplyInOrderAndOnlyToWhatTheyMatch() {
    TextEscaper quoted = TextEscaper.builder()
        .replaceAtLineStart(Pattern.compile("x*"), m -> "never")   // matches nothing: skipped
        .replaceAtLineStart(Pattern.compile("[=+@-]"), m -> "'" + m.group())
        .replaceAtLineStart(Pattern.compile("="), m -> "not reached")
        .build();
    assertEquals("'=SUMME(A1)\n'@x a=b\n", quoted.escape("=SUMME(A1)\n@x a=b\n"));
    TextEscaper broken = TextEscaper.builder().replaceAtLineStart(Pattern.compile("a"), m -> null).build();
    assertThrows(NullPointerException.class, () -> broken.escape("a"));
  }

  @Test
  void theBuilderRefusesWhatIsNoCharacter() {
    TextEscaper.Builder builder = TextEscaper.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.replace(0xD800, ""));
    assertThrows(IllegalArgumentException.class, () -> builder.replace(-1, ""));
    assertThrows(IllegalArgumentException.class, () -> builder.replace(0x110000, ""));
    assertThrows(IllegalArgumentException.class, () -> builder.replace("", "x"));
    assertThrows(IllegalArgumentException.class, () -> builder.replace("a\uD800", "x"));
    assertThrows(IllegalArgumentException.class, () -> builder.replace("\uDC00a", "x"));
    assertThrows(NullPointerException.class, () -> builder.replace('a', null));
    assertThrows(NullPointerException.class, () -> builder.replaceAtLineStart(null, m -> ""));
  }

  @Test
  void oneEscaperServesManyThreads() {
    List<String> texts = IntStream.range(0, 2_000)
        .mapToObj(i -> i + ". Punkt *" + i + "*\u202E\n- [x](y)\u0000 " + "#".repeat(i % 7)).toList();
    List<String> alone = texts.stream().map(TextEscaper.markdown()::escape).toList();
    assertEquals(alone, texts.parallelStream().map(TextEscaper.markdown()::escape).toList());
  }
}
