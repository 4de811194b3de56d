package org.ratsinfo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.ratsinfo.benchmarks.CpuTimeRounds.Figures;
import org.ratsinfo.benchmarks.CpuTimeRounds.Settings;

/** The runner of the CPU-time measurements runs what it is told, as often as it is told. */
class CpuTimeRoundsTest {

  @Test
  void theArgumentsOfTheCommandLine() {
    assertEquals(new Settings(Inputs.LONG, 20, 15, 200),
        Settings.of(new String[] {"LONG", "20", "15", "200"}));
  }

  @Test
  void everyOperationRunsItsCountPerRoundInTurnOnTheNumbersOfTheRound() {
    List<String> runs = new ArrayList<>();
    Map<String, IntFunction<?>> operations = new LinkedHashMap<>();
    operations.put("fast", i -> {
      runs.add("fast " + i);
      return new byte[i];
    });
    operations.put("slow", i -> {
      runs.add("slow " + i);
      return new byte[100 + i];
    });
    Map<String, Figures> figures = CpuTimeRounds.measure(new Settings(Inputs.REFERENCE, 0, 3, 4),
        operations, name -> name.equals("slow") ? 1 : 4);

    assertEquals(List.of(
            "fast 0", "fast 1", "fast 2", "fast 3", "slow 0",
            "fast 4", "fast 5", "fast 6", "fast 7", "slow 4",
            "fast 8", "fast 9", "fast 10", "fast 11", "slow 8"),
        runs, "no warm-up in 0 seconds; three rounds");
    assertEquals(List.of("fast", "slow"), List.copyOf(figures.keySet()));
    assertEquals(11, figures.get("fast").size(), "the last output");
    assertEquals(108, figures.get("slow").size());
    for (Figures f : figures.values()) {
      assertTrue(f.cpuNanos() >= 0 && f.allocatedBytes() > 0, f::toString);
    }
  }

  @Test
  void theWarmUpRunsEveryOperationInTurn() {
    List<String> runs = new ArrayList<>();
    Map<String, IntFunction<?>> operations = new LinkedHashMap<>();
    // A millisecond each: a second of warm-up runs each some hundred times, not millions.
    operations.put("a", i -> {
      LockSupport.parkNanos(1_000_000);
      return runs.add("a " + i);
    });
    operations.put("b", i -> runs.add("b " + i));
    CpuTimeRounds.measure(new Settings(Inputs.REFERENCE, 1, 1, 1), operations);
    assertTrue(runs.size() > 4, "runs: " + runs.size());
    for (int i = 0; i < runs.size() / 2; i++) {
      assertEquals(List.of("a " + i, "b " + i), runs.subList(2 * i, 2 * i + 2));
    }
  }
}
