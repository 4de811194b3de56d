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
import org.ratsinfo.validation.internal.WebAddressValidator;

/**
 * The annotated string is an absolute {@code https} or {@code http} URL with a host, such as a file's
 * access URL: the only addresses a document links to. {@code javascript:}, {@code data:}, {@code
 * file:} and relative addresses are invalid, and so is an address with white space or control
 * characters in it. {@code null} is valid.
 *
 * <p>Its validator is implementation, like {@link XmlText}'s.
 */
// "exports": the validator is named here for the provider, which its package is opened to.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = WebAddressValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface WebAddress {

  /** The message template. */
  String message() default "{org.ratsinfo.validation.constraints.WebAddress.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
