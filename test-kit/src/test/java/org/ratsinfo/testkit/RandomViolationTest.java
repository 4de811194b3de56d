package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random excerpts that break exactly one rule (see {@link RandomModels#invalid()}) are reported with
 * exactly that violation, in German and in English, with a message that repeats nothing of the input.
 * A failing seed is in the display name; {@code RandomModels.of(seed).invalid()} reproduces it.
 */
class RandomViolationTest {

  private static final ModelValidator VALIDATOR = ModelValidator.standard();

  static LongStream seeds() {
    return RandomModels.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theBrokenRuleIsReportedAndNothingElse(long seed) {
    RandomModels.Invalid invalid = RandomModels.of(seed).invalid();
    List<String> modelText = RandomModels.strings(invalid.excerpt()).stream()
        .map(String::strip)
        .filter(s -> s.length() >= 10)
        .toList();
    for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      List<Violation> violations = VALIDATOR.validate(invalid.excerpt(), locale);
      String where = "seed " + seed + " (" + invalid.name() + ", " + locale + "): " + violations;
      assertEquals(List.of(invalid.path() + " " + invalid.rule()),
          violations.stream().map(v -> v.path() + " " + v.rule()).toList(), where);
      String message = violations.get(0).message();
      assertFalse(message.isBlank(), where);
      assertFalse(message.contains("{") || message.contains("}"), where);
      for (String text : invalid.injected()) {
        assertFalse(message.contains(text.strip()), where);
      }
      for (String text : modelText) {
        assertFalse(message.contains(text), () -> where + " repeats " + text);
      }
    }
  }

  @Test
  void everyKnownRuleCanBeBroken() {
    for (String rule : RandomModels.BROKEN_RULES) {
      RandomModels.Invalid invalid = RandomModels.of(rule.hashCode()).invalid(rule);
      List<Violation> violations = VALIDATOR.validate(invalid.excerpt(), Locale.ENGLISH);
      assertEquals(List.of(invalid.path() + " " + invalid.rule()),
          violations.stream().map(v -> v.path() + " " + v.rule()).toList(), rule);
    }
  }

  @Test
  void theSeedsBreakEveryKnownRule() {
    // Generating is cheap: check that the seeds above break every rule the generator knows (an answer
    // twice needs an answered question, else it becomes an answer to no question).
    Set<String> seen = seeds().mapToObj(seed -> RandomModels.of(seed).invalid().rule())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(RandomModels.BROKEN_RULES), seen);
  }
}
