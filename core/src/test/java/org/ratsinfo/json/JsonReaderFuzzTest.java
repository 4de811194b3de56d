package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;

/**
 * Fuzzes the JSON reader: whatever the input, reading gives a document or a {@link JsonFormatException}
 * whose message can be made in German and English, never another exception; a document that reads
 * writes and reads back equal, validates without an exception, and, if valid, lays out.
 *
 * <p>Every build replays the inputs in {@code JsonReaderFuzzTestInputs/<method>/} (seeds and what
 * fuzzing found); {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class JsonReaderFuzzTest {

  private static final RatsinfoJson JSON = RatsinfoJson.standard();

  @FuzzTest(maxDuration = "3m")
  void readDocument(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    Record document;
    try {
      document = JSON.readDocument(json);
    } catch (JsonFormatException e) {
      messagesAreMade(e);
      return;
    }
    documentHolds(document);
  }

  @FuzzTest(maxDuration = "3m")
  void readExcerptBytes(byte[] bytes) throws IOException {
    Excerpt excerpt;
    try {
      excerpt = JSON.readExcerpt(new ByteArrayInputStream(bytes));
    } catch (JsonFormatException e) {
      messagesAreMade(e);
      return;
    }
    documentHolds(excerpt);
  }

  private static void messagesAreMade(JsonFormatException e) {
    assertFalse(e.getLocalizedMessage(Locale.GERMAN).isBlank());
    assertFalse(e.getLocalizedMessage(Locale.ENGLISH).isBlank());
  }

  private static void documentHolds(Record document) {
    assertEquals(document, JSON.readDocument(JSON.writeString(document)), "read(write(x)) equals x");
    List<Violation> violations = ModelValidator.standard().validate(document, Locale.GERMAN);
    if (violations.isEmpty() && document instanceof Excerpt excerpt) {
      for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
        RenderOptions.builder().locale(locale).build().layout(excerpt);
      }
    }
  }
}
