package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ratsinfo.json.internal.Problem;

class ProblemKindsTest {

  @Test
  void everyInternalProblemHasItsPublicTwin() {
    assertEquals(
        Arrays.stream(JsonProblem.values()).map(Enum::name).toList(),
        Arrays.stream(Problem.values()).map(Enum::name).toList());
  }
}
