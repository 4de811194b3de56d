package org.ratsinfo.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.ratsinfo.benchmarks.CpuTimeRounds.Settings;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * The native JSON format on a busy machine: the thread CPU time and allocation of reading and writing a
 * sample, the operations of {@link JsonBenchmark} interleaved in one JVM, the median of several rounds
 * ({@link CpuTimeRounds}). Run the jar of one version and then of the other, alternately, and compare
 * the medians. Uses only the API that every version of ratsinfo has.
 *
 * <p>Arguments: the input ({@code REFERENCE}, {@code LONG}, {@code MEETING}), seconds of warm-up,
 * rounds, operations per round; for example {@code LONG 20 15 200}.
 */
public final class JsonCpuTime {

  private JsonCpuTime() {}

  /**
   * Runs the measurement and prints one line per operation: median CPU microseconds and bytes allocated
   * per operation.
   *
   * @param args input, warm-up seconds, rounds, operations per round
   */
  public static void main(String[] args) {
    Settings settings = Settings.of(args);
    Inputs input = settings.input();
    RatsinfoJson json = RatsinfoJson.standard();
    byte[] bytes = input.bytes();
    String text = new String(bytes, StandardCharsets.UTF_8);
    Class<? extends Record> type = input.meeting() ? MeetingExcerpts.class : Excerpt.class;
    Record value = json.read(text, type);
    Map<String, IntFunction<?>> operations = new LinkedHashMap<>();
    operations.put("readBytes", i -> read(json, bytes, type));
    operations.put("readString", i -> json.read(text, type));
    operations.put("writeString", i -> json.writeString(value));

    CpuTimeRounds.measure(settings, operations).forEach((name, f) -> System.out.printf(Locale.ROOT,
        "%s %s cpu_us_per_op %.1f alloc_bytes_per_op %.0f%n", input, name, f.cpuNanos() / 1e3,
        f.allocatedBytes()));
  }

  private static Object read(RatsinfoJson json, byte[] bytes, Class<? extends Record> type) {
    try {
      return json.read(new ByteArrayInputStream(bytes), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
