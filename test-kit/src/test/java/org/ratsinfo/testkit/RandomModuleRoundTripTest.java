package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.json.RatsinfoModule;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random excerpts and meetings of the test kit read and write through a plain Jackson mapper with
 * {@link RatsinfoModule} byte for byte as {@link RatsinfoJson} does, whatever the mapper's own settings
 * (the samples and the rest: core's {@code RatsinfoModuleTest}).
 */
class RandomModuleRoundTripTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new RatsinfoModule()).build();
  private static final RatsinfoJson COMPACT = RatsinfoJson.builder().prettyPrint(false).build();
  private static final int RANDOM_MODELS = 1_000;

  @Test
  void aThousandRandomExcerptsRoundTripByteForByte() {
    RandomModels.seeds(RANDOM_MODELS).forEach(seed -> {
      Excerpt excerpt = RandomModels.of(seed).excerpt();
      assertRoundTrips(excerpt, Excerpt.class, seed);
    });
  }

  @Test
  void aThousandRandomMeetingsExcerptsRoundTripByteForByte() {
    RandomModels.seeds(RANDOM_MODELS).forEach(seed -> {
      RandomModels random = RandomModels.of(seed);
      MeetingExcerpts meeting = new MeetingExcerpts(random.body(), random.meeting(),
          seed % 2 == 0 ? Audience.PUBLIC : Audience.INTERNAL);
      assertRoundTrips(meeting, MeetingExcerpts.class, seed);
    });
  }

  private static <T extends Record> void assertRoundTrips(T value, Class<T> type, long seed) {
    String written = PLAIN.writeValueAsString(value);
    assertEquals(COMPACT.writeString(value), written, () -> "the bytes, seed " + seed);
    assertEquals(value, PLAIN.readValue(written, type), () -> "read(write(x)), seed " + seed);
    assertEquals(value, PLAIN.readValue(RatsinfoJson.standard().writeString(value), type),
        () -> "RatsinfoJson's pretty output, seed " + seed);
  }


  /** The settings an application may have made for its own types do not change the model's format. */
  @Test
  void aMappersOwnSettingsDoNotChangeTheFormat() {
    JsonMapper odd = JsonMapper.builder()
        .addModule(new RatsinfoModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .enable(EnumFeature.WRITE_ENUMS_USING_INDEX)
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .enable(EnumFeature.READ_ENUMS_USING_TO_STRING)
        .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(
            com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS))
        .build();
    RandomModels.seeds(100).forEach(seed -> {
      Excerpt excerpt = RandomModels.of(seed).excerpt();
      String written = odd.writeValueAsString(excerpt);
      assertEquals(COMPACT.writeString(excerpt), written, () -> "seed " + seed);
      assertEquals(excerpt, odd.readValue(written, Excerpt.class), () -> "seed " + seed);
    });
  }
}
