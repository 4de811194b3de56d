package org.ratsinfo.render.docx.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Code that uses one of the JVM's defaults (here the default time zone) on purpose, which the build's
 * forbiddenapis check otherwise rejects; {@link #value()} says why.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface SuppressForbidden {

  /** Why the default is used. */
  String value();
}
