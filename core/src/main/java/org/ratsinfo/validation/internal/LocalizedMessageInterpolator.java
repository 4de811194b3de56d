package org.ratsinfo.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/**
 * Resolves ratsinfo's message keys in the validator's fixed language, then lets Hibernate Validator's
 * {@code ParameterMessageInterpolator} fill in the constraint's parameters ({@code {max}}) and the
 * message parameters the rules add (numbers only).
 */
final class LocalizedMessageInterpolator implements MessageInterpolator {

  private final MessageInterpolator parameters;
  private final Locale locale;
  private final Messages messages;

  LocalizedMessageInterpolator(MessageInterpolator parameters, Locale locale) {
    this.parameters = parameters;
    this.locale = locale;
    this.messages = Messages.forLocale(locale);
  }

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, locale);
  }

  @Override
  public String interpolate(String template, Context context, Locale ignored) {
    // The validator's language wins over any locale a caller of the interpolator passes.
    return parameters.interpolate(messages.resolve(template), context, locale);
  }
}
