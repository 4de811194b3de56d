package org.ratsinfo.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.ratsinfo.architecture.internal.Hidden;
import org.ratsinfo.testing.ArchitectureRules;

/**
 * The shared rules fail on what they forbid: a module's architecture test that passes with them has
 * kept to them.
 */
class ArchitectureRulesTest {

  /** An API type whose public members name an internal type, as a parameter, an array or a result. */
  public static final class Leaking {
    /** Public, naming an internal type. */
    public Leaking(Hidden hidden) {}

    /** Gives an internal type. */
    public Hidden hidden() {
      return new Hidden();
    }

    /** Takes an array of an internal type. */
    public void take(Hidden[] hidden) {}
  }

  /** An API type that names an internal type only where it is not public. */
  public static final class Tidy {
    Tidy(Hidden hidden) {}

    /** Names no internal type. */
    public String name() {
      return "tidy";
    }

    Hidden hidden() {
      return new Hidden();
    }
  }

  @Test
  void theApiNamingAnInternalTypeFails() {
    JavaClasses classes = new ClassFileImporter().importClasses(Leaking.class, Hidden.class);
    AssertionError e = assertThrows(AssertionError.class,
        () -> ArchitectureRules.API_NAMES_NO_INTERNAL_TYPE.check(classes));
    for (String member : new String[] {"Leaking.<init>(", "Leaking.hidden()", "Leaking.take("}) {
      assertTrue(e.getMessage().contains(member), member + " in " + e.getMessage());
    }
  }

  @Test
  void internalTypesNamedWhereNotPublicOrByInternalTypesPass() {
    ArchitectureRules.API_NAMES_NO_INTERNAL_TYPE.check(
        new ClassFileImporter().importClasses(Tidy.class, Hidden.class));
  }
}
