package org.ratsinfo.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test, or every test of a class, whose outcome may depend on the JVM's default locale: it tests a
 * default on purpose (the command line's language, {@code ModelValidator.validate(Object)}), sets the
 * default, or reaches a dependency that reads it. The build runs every test under a German default
 * locale and the tests tagged {@value #TAG} once more under an English one (Surefire's {@code
 * locale-en} execution). forbiddenapis lets only code annotated so call the JDK's and ratsinfo's
 * default-locale methods; everywhere else, they are build errors.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(LocaleSensitive.TAG)
public @interface LocaleSensitive {

  /** The JUnit tag, which the build's English run selects. */
  String TAG = "locale-sensitive";
}
