package org.ratsinfo.model;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * Plain text in paragraphs. The model holds no markup: renderers escape every character, and a line
 * break inside a paragraph ({@code \n}) is kept as a line break.
 *
 * <p>{@code \r\n} and {@code \r} become {@code \n}; a blank line inside a paragraph ends it, as in
 * {@link #of(String)}; paragraphs are stripped of surrounding white space and no-break spaces, and blank
 * ones are dropped. So no paragraph holds a blank line, and {@code Text.of(text.asString())} equals
 * {@code text}. A text whose input was blank has no paragraphs and fails validation where a text is
 * required.
 *
 * @param paragraphs the paragraphs, in order
 */
public record Text(
    @NotEmpty @Size(max = 2000) List<@Size(max = 100_000) @XmlText String> paragraphs) {

  private static final Pattern BLANK_LINES = Pattern.compile("\\n[\\t \\u00A0]*\\n\\s*");

  /** Normalises the paragraphs as described above. */
  public Text {
    List<String> normalised = new ArrayList<>();
    for (String paragraph : Values.list(paragraphs, "paragraphs")) {
      String unified = paragraph.replace("\r\n", "\n").replace('\r', '\n');
      for (String piece : BLANK_LINES.split(unified, -1)) {
        String p = strip(piece);
        if (!p.isEmpty()) {
          normalised.add(p);
        }
      }
    }
    paragraphs = List.copyOf(normalised);
  }

  /**
   * Strips white space and no-break spaces: a paragraph that ended in a line of no-break spaces would
   * otherwise run into the blank line after it in {@link #asString()}.
   */
  private static String strip(String paragraph) {
    int start = 0;
    int end = paragraph.length();
    while (start < end && isSpace(paragraph.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(paragraph.charAt(end - 1))) {
      end--;
    }
    return paragraph.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  /**
   * A text from a string whose paragraphs are separated by blank lines: {@code "First.\n\nSecond."} has
   * two paragraphs.
   */
  public static Text of(String text) {
    // The constructor splits at blank lines.
    return new Text(List.of(text));
  }

  /** A text of the given paragraphs. */
  public static Text ofParagraphs(String... paragraphs) {
    return new Text(List.of(paragraphs));
  }

  /** The text as one string, paragraphs separated by a blank line; {@link #of} reads it back. */
  public String asString() {
    return String.join("\n\n", paragraphs);
  }

  /** Returns {@code true} if there is no paragraph. */
  public boolean isEmpty() {
    return paragraphs.isEmpty();
  }
}
