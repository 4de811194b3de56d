package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.ratsinfo.json.RatsinfoJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.validation.ModelValidator;

/**
 * Random valid excerpts and meetings (see {@link RandomModels}) validate and survive the native JSON
 * format exactly. A failing seed is in the display name; {@code RandomModels.of(seed)} reproduces it.
 */
class RandomJsonRoundTripTest {

  static final int SEEDS = 500;

  private static final RatsinfoJson PRETTY = RatsinfoJson.standard();
  private static final RatsinfoJson COMPACT = RatsinfoJson.builder().prettyPrint(false).build();
  private static final ModelValidator VALIDATOR = ModelValidator.standard();

  static LongStream seeds() {
    return RandomModels.seeds(SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomExcerptIsValidAndRoundTrips(long seed) throws IOException {
    Excerpt excerpt = RandomModels.of(seed).excerpt();
    assertEquals(List.of(), VALIDATOR.validate(excerpt, Locale.ENGLISH), "seed " + seed);
    assertRoundTrips(excerpt, Excerpt.class, seed);
    assertEquals(excerpt, PRETTY.readExcerpt(new ByteArrayInputStream(
        PRETTY.writeString(excerpt).getBytes(StandardCharsets.UTF_8))), "bytes, seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomMeetingIsValidAndRoundTrips(long seed) {
    Meeting meeting = RandomModels.of(seed).meeting();
    assertEquals(List.of(), VALIDATOR.validate(meeting, Locale.ENGLISH), "seed " + seed);
    assertRoundTrips(meeting, Meeting.class, seed);
  }

  private static <T extends Record> void assertRoundTrips(T value, Class<T> type, long seed) {
    String pretty = PRETTY.writeString(value);
    String compact = COMPACT.writeString(value);
    assertEquals(pretty, PRETTY.writeString(value), "writing twice, seed " + seed);
    assertEquals(compact, COMPACT.writeString(value), "writing twice compact, seed " + seed);
    T fromPretty = PRETTY.read(pretty, type);
    T fromCompact = COMPACT.read(compact, type);
    assertEquals(value, fromPretty, () -> "read(write(x)), seed " + seed + "\n" + pretty);
    assertEquals(value, fromCompact, () -> "read(write(x)) compact, seed " + seed + "\n" + compact);
    assertEquals(fromPretty, PRETTY.read(compact, type), "compact read back, seed " + seed);
    assertEquals(pretty, PRETTY.writeString(fromPretty), "write(read(write(x))), seed " + seed);
  }
}
