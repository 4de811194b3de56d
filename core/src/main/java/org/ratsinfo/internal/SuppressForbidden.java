package org.ratsinfo.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Code that uses one of the JVM's defaults (the default locale) on purpose, which the build's
 * forbiddenapis check otherwise rejects; {@link #value()} says why. Read from class files only, and
 * not documented: it is no part of the API it may annotate.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {

  /**
   * Why the default is used.
   *
   * @return the reason
   */
  String value();
}
