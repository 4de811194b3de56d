package org.ratsinfo.validation.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules of a model type that span several of its values; registered on the types by {@link
 * Bootstrap}, checked by {@link ModelRulesValidator}.
 */
@Constraint(validatedBy = ModelRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ModelRules {

  /** Unused: every rule reports its own message. */
  String message() default "{org.ratsinfo.rule}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
