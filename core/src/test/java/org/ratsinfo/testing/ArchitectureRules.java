package org.ratsinfo.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The ArchUnit rules that more than one module's architecture test checks on its own classes, defined
 * once. A module's test imports its compiled classes and calls {@code check} with them.
 */
public final class ArchitectureRules {

  /**
   * No public constructor or method of the API takes or gives a type of an internal package: what the
   * implementation makes of an API type (an exception, a warning) it makes through a constructor that
   * is not public.
   */
  public static final ArchRule API_NAMES_NO_INTERNAL_TYPE = codeUnits().that().arePublic()
      .and().areDeclaredInClassesThat().arePublic()
      .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
      .should(nameNoInternalType());

  private ArchitectureRules() {}

  private static ArchCondition<JavaCodeUnit> nameNoInternalType() {
    return new ArchCondition<>("name no type of an internal package") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        types.add(unit.getRawReturnType());
        for (JavaClass type : types) {
          if (type.getBaseComponentType().getPackageName().contains(".internal")) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " names " + type.getName()));
          }
        }
      }
    };
  }
}
