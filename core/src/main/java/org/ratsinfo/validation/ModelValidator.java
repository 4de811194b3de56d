package org.ratsinfo.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ratsinfo.internal.SuppressForbidden;
import org.ratsinfo.validation.internal.Bootstrap;
import org.ratsinfo.validation.internal.Messages;
import org.ratsinfo.validation.internal.Paths;

/**
 * Validates model values (an {@link org.ratsinfo.model.Excerpt}, a {@link org.ratsinfo.model.Meeting}
 * or any other record of {@code org.ratsinfo.model}) against every rule of the model, and reports all
 * violations at once with messages in German or English.
 *
 * <p>Hibernate Validator does the work, configured with its {@code ParameterMessageInterpolator}: no
 * Expression Language is involved, and no text of the validated value is ever put into a message.
 *
 * <p>A required text ({@code @NotBlank}) must hold a character that shows: unlike Hibernate
 * Validator's own check, no-break and other Unicode spaces, zero-width and bidirectional control
 * characters alone count as blank.
 *
 * <p>Messages are German for a {@code de} locale and English for every other locale; the JVM's
 * default locale is used only by the methods that take no locale.
 *
 * <p>Instances are immutable and thread-safe; building one is costly (Hibernate Validator reads the
 * model's constraints), so build one and share it, or use {@link #standard()}.
 *
 * <pre>{@code
 * List<Violation> violations = ModelValidator.standard().validate(excerpt, Locale.GERMAN);
 * violations.forEach(v -> System.out.println(v.path() + ": " + v.message()));
 * }</pre>
 */
public final class ModelValidator {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::rule)
          .thenComparing(Violation::message);

  private final Validator german;
  private final Validator english;

  private ModelValidator() {
    // The factory lives as long as its validators; it holds only metadata, nothing to close early.
    ValidatorFactory factory = Bootstrap.factory();
    this.german = Bootstrap.validator(factory, Locale.GERMAN);
    this.english = Bootstrap.validator(factory, Locale.ENGLISH);
  }

  /** A new validator. Prefer {@link #standard()} unless you need an instance of your own. */
  public static ModelValidator create() {
    return new ModelValidator();
  }

  /** The shared validator, created on first use. */
  public static ModelValidator standard() {
    return Holder.STANDARD;
  }

  /**
   * Every violation of the given value, with messages for the JVM's default locale.
   *
   * @param value a model value
   * @return the violations ordered by path; empty if the value is valid
   */
  @SuppressForbidden("the documented default of the overload without a locale")
  public List<Violation> validate(Object value) {
    return validate(value, Locale.getDefault());
  }

  /**
   * Every violation of the given value, with messages for the given locale.
   *
   * @param value a model value
   * @param locale the language of the messages: German for {@code de}, English otherwise
   * @return the violations ordered by path; empty if the value is valid
   */
  public List<Violation> validate(Object value, Locale locale) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(locale, "locale");
    Set<ConstraintViolation<Object>> found = validatorFor(locale).validate(value);
    return found.stream()
        .map(v -> new Violation(Paths.format(v.getPropertyPath()), v.getMessage(),
            Messages.ruleOf(v.getMessageTemplate())))
        .sorted(ORDER)
        .toList();
  }

  /**
   * Returns the value if it is valid, else throws one exception that lists every violation.
   *
   * @param value a model value
   * @param locale the language of the messages
   * @param <T> the value's type
   * @return the value
   * @throws InvalidModelException if the value breaks any rule
   */
  public <T> T requireValid(T value, Locale locale) {
    List<Violation> violations = validate(value, locale);
    if (!violations.isEmpty()) {
      String summary = Messages.forLocale(locale).format("org.ratsinfo.invalid",
          value.getClass().getSimpleName(), Integer.toString(violations.size()));
      throw new InvalidModelException(summary, violations);
    }
    return value;
  }

  /** Like {@link #requireValid(Object, Locale)}, with messages for the JVM's default locale. */
  @SuppressForbidden("the documented default of the overload without a locale")
  public <T> T requireValid(T value) {
    return requireValid(value, Locale.getDefault());
  }

  private Validator validatorFor(Locale locale) {
    return Messages.isGerman(locale) ? german : english;
  }

  /** Lazy holder: the shared instance is built on first use, thread-safely. */
  private static final class Holder {
    static final ModelValidator STANDARD = new ModelValidator();
  }
}
