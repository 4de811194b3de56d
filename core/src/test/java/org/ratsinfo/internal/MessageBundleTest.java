package org.ratsinfo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

  /** Two files made here, opened the way another module opens its own. */
  private static final Map<String, String> FILES = Map.of(
      "test.properties", "found=found {0} where {1} belongs\nkind.string=a string\nonly.english=English only\n",
      "test_de.properties", "found={0} gefunden, wo {1} hingehört\nkind.string=eine Zeichenkette\n");
  private static final MessageBundle BUNDLE = MessageBundle.load(name -> FILES.containsKey(name)
      ? new ByteArrayInputStream(FILES.get(name).getBytes(StandardCharsets.UTF_8)) : null, "test");

  @Test
  void theLocalesLanguagePicksGermanOrEnglish() {
    assertTrue(MessageBundle.isGerman(Locale.GERMAN));
    assertTrue(MessageBundle.isGerman(Locale.forLanguageTag("de-AT")));
    assertFalse(MessageBundle.isGerman(Locale.ENGLISH));
    assertFalse(MessageBundle.isGerman(Locale.FRENCH), "every other language is English");
    assertFalse(MessageBundle.isGerman(Locale.ROOT));
  }

  @Test
  void aTextArgumentIsInTheReadersLanguageAValueAsItIs() {
    Message message = Message.of("found", Message.value("{1}"), Message.text("kind.string"));
    assertEquals("found {1} where a string belongs", BUNDLE.format(Locale.ENGLISH, message),
        "an argument's own braces are never read again");
    assertEquals("{1} gefunden, wo eine Zeichenkette hingehört", BUNDLE.format(Locale.GERMAN, message));
  }

  @Test
  void aTextMissingInGermanIsEnglishAndOneMissingInBothIsItsKey() {
    assertEquals("English only", BUNDLE.text(Locale.GERMAN, "only.english"));
    assertEquals("no.such.key", BUNDLE.text(Locale.GERMAN, "no.such.key"));
    assertTrue(BUNDLE.has("only.english"));
    assertFalse(BUNDLE.has("no.such.key"));
  }

  @Test
  void aPlaceholderBeyondTheArgumentsIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> BUNDLE.format(Locale.ENGLISH, "found", "x"));
  }

  @Test
  void aMissingFileIsAnError() {
    assertThrows(IllegalStateException.class, () -> MessageBundle.load(name -> null, "none"));
  }

  @Test
  void theJsonMessagesHaveTheSameKeysInBothLanguages() {
    MessageBundle json = MessageBundle.load("org/ratsinfo/json/messages");
    assertEquals(json.keys(Locale.ENGLISH), json.keys(Locale.GERMAN));
  }
}
