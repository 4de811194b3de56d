package org.ratsinfo.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link XmlText}. Public only because Bean Validation providers instantiate it; not meant to be
 * called directly.
 */
public final class XmlTextValidator implements ConstraintValidator<XmlText, CharSequence> {

  /** Used by the Bean Validation provider. */
  public XmlTextValidator() {}

  /**
   * The index of the first character XML 1.0 cannot carry, or -1 if there is none.
   *
   * @param text the text to check
   * @return the index in UTF-16 code units, or -1
   */
  public static int firstIllegalIndex(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c <= 0xD7FF || c == '\n' || c == '\t' || c == '\r'
          || c >= 0xE000 && c <= 0xFFFD) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int index = firstIllegalIndex(value);
    if (index < 0) {
      return true;
    }
    if (context instanceof HibernateConstraintValidatorContext hibernate) {
      // A number, never the user's text: nothing the input says is interpolated into the message.
      hibernate.addMessageParameter("position", index + 1);
    }
    return false;
  }
}
