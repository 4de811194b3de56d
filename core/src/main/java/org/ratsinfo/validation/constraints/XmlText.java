package org.ratsinfo.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.ratsinfo.validation.internal.XmlTextValidator;

/**
 * The annotated string holds only characters that XML 1.0 can carry: tab, line feed, carriage return,
 * U+0020–U+D7FF, U+E000–U+FFFD and supplementary characters as well-formed surrogate pairs. Every
 * output format of ratsinfo is XML or is made from XML, so text outside this set could not be rendered
 * faithfully. {@code null} is valid.
 *
 * <p>Its validator is implementation: Hibernate Validator instantiates it (its package is opened to
 * Hibernate Validator); on the class path any Jakarta Validation provider can.
 */
// "exports": the validator is named here for the provider, which its package is opened to.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = XmlTextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface XmlText {

  /** The message template; the message parameter {@code position} is the 1-based offending position. */
  String message() default "{org.ratsinfo.validation.constraints.XmlText.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
