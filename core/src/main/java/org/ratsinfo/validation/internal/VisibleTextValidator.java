package org.ratsinfo.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Characters;

/**
 * The model's reading of {@link NotBlank}: a value is blank unless it holds a character that shows.
 * Hibernate Validator's own check only trims characters up to U+0020, so a name made of no-break
 * spaces (U+00A0, typed by word processors and carried over by imports), narrow no-break spaces,
 * ideographic spaces, zero-width spaces or joiners, byte order marks or bidirectional controls would
 * pass, and a renderer would show an empty heading or table cell.
 *
 * <p>Blank characters are those of {@link Characters#hasVisible}: white space, space separators,
 * format characters, control characters and the fillers that render as nothing. Registered for {@code @NotBlank} on {@code CharSequence} by {@link Bootstrap}, in place of
 * Hibernate Validator's validator; {@code null} is blank, as {@code @NotBlank} says.
 */
public final class VisibleTextValidator implements ConstraintValidator<NotBlank, CharSequence> {

  /** Used by the Bean Validation provider. */
  public VisibleTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value != null && Characters.hasVisible(value);
  }
}
