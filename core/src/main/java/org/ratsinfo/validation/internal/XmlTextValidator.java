package org.ratsinfo.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Characters;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * Checks {@link XmlText} with {@link Characters#firstNonXml}. Public because the Bean Validation
 * provider instantiates it; its package is opened to Hibernate Validator, not exported.
 */
public final class XmlTextValidator implements ConstraintValidator<XmlText, CharSequence> {

  /** Used by the Bean Validation provider. */
  public XmlTextValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int index = Characters.firstNonXml(value);
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
