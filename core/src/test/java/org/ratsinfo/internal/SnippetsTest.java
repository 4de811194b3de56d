package org.ratsinfo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void aValueIsShownWithoutControlCharactersOrLoneSurrogatesAndCut() {
    assertEquals("a?b?c", Snippets.safe("a\u0000b\u001Bc", 40));
    assertEquals("x?y", Snippets.safe("x\uD800y", 40), "a lone surrogate");
    assertEquals("\uD83D\uDE00", Snippets.safe("\uD83D\uDE00", 40), "a pair is a character");
    assertEquals("abc…", Snippets.safe("abcdef", 3));
    assertEquals("", Snippets.safe(null, 3));
  }

  @Test
  void anIdKeepsItsDistinguishingEnd() {
    String id = "https://ris.example.org/oparl/v1/body/1/meeting?page=" + "9".repeat(40) + "2";
    String shown = Snippets.safeKeepingEnd(id, 60);
    assertEquals(60, shown.length());
    assertTrue(shown.startsWith("https://ris.example.org/"), shown);
    assertTrue(shown.endsWith("992"), shown);
    assertEquals("short", Snippets.safeKeepingEnd("short", 60));
  }

  @Test
  void shorteningCountsCodePointsAndNeverSplitsAPair() {
    assertEquals("abc", Snippets.shorten("abc", 3));
    assertEquals("ab…", Snippets.shorten("abcd", 3));
    assertEquals("\uD83D\uDE00\uD83D\uDE00…", Snippets.shorten("\uD83D\uDE00".repeat(5), 3));
    assertEquals("ab…", Snippets.shorten("ab cd", 4), "no space before the ellipsis");
  }

  @Test
  void quotationMarksOfTheLanguage() {
    assertEquals("\u201ETOP 7\u201C", Snippets.quote("TOP 7", Locale.GERMANY));
    assertEquals("\"TOP 7\"", Snippets.quote("TOP 7", Locale.ENGLISH));
  }

  @Test
  void charactersXmlCannotCarry() {
    assertEquals(-1, Characters.firstNonXml("Tab\tund\nZeile \uD83D\uDE00 \uFFFD"));
    assertEquals(1, Characters.firstNonXml("a\u0000"));
    assertEquals(1, Characters.firstNonXml("a\uFFFE"));
    assertEquals(1, Characters.firstNonXml("a\uDC00b"), "a lone low surrogate");
    assertEquals(1, Characters.firstNonXml("a\uD800"), "a high surrogate at the end");
  }

  @Test
  void charactersThatShow() {
    assertTrue(Characters.hasVisible(" a "));
    assertFalse(Characters.hasVisible("\u00A0\u202F\u3000\u200B\u2060\uFEFF\u200E\t"));
    assertFalse(Characters.hasVisible("\u3164\u2800"), "a Hangul filler and the Braille blank");
    assertFalse(Characters.hasVisible(""));
  }
}
