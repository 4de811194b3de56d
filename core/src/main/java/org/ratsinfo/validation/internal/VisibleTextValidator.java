package org.ratsinfo.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The model's reading of {@link NotBlank}: a value is blank unless it holds a character that shows.
 * Hibernate Validator's own check only trims characters up to U+0020, so a name made of no-break
 * spaces (U+00A0, typed by word processors and carried over by imports), narrow no-break spaces,
 * ideographic spaces, zero-width spaces or joiners, byte order marks or bidirectional controls would
 * pass, and a renderer would show an empty heading or table cell.
 *
 * <p>Blank characters are white space ({@link Character#isWhitespace(int)}), space separators ({@link
 * Character#isSpaceChar(int)}: no-break, figure, narrow and ideographic spaces), format characters
 * (Unicode category Cf: zero-width spaces and joiners, word joiner, bidirectional controls, soft
 * hyphen, byte order mark), control characters and the Hangul and Braille fillers that render as
 * nothing. Registered for {@code @NotBlank} on {@code CharSequence} by {@link Bootstrap}, in place of
 * Hibernate Validator's validator; {@code null} is blank, as {@code @NotBlank} says.
 */
public final class VisibleTextValidator implements ConstraintValidator<NotBlank, CharSequence> {

  /** Used by the Bean Validation provider. */
  public VisibleTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value != null && hasVisibleCharacter(value);
  }

  /**
   * Whether the text holds a character that is not blank in the sense above.
   *
   * @param text the text
   * @return {@code true} if something shows
   */
  public static boolean hasVisibleCharacter(CharSequence text) {
    return text.codePoints().anyMatch(c -> !isBlank(c));
  }

  private static boolean isBlank(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT
        || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 // Hangul fillers
        || c == 0x2800; // Braille pattern blank
  }
}
