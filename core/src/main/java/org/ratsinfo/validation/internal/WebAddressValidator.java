package org.ratsinfo.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.WebAddresses;
import org.ratsinfo.validation.constraints.WebAddress;

/**
 * Checks {@link WebAddress} with {@link WebAddresses#parse}, the rule the document's links follow.
 * Public because the Bean Validation provider instantiates it; its package is not exported.
 */
public final class WebAddressValidator implements ConstraintValidator<WebAddress, CharSequence> {

  /** Used by the Bean Validation provider. */
  public WebAddressValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || WebAddresses.parse(value) != null;
  }
}
