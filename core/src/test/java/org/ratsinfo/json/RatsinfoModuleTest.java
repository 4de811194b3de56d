package org.ratsinfo.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain Jackson 3 mapper with {@link RatsinfoModule} reads and writes the native format exactly as
 * {@link RatsinfoJson} does, for every sample; and it changes nothing but the model's types. (Random
 * excerpts and meetings, also through a mapper with settings of its own: the test kit's {@code
 * RandomModuleRoundTripTest}.)
 */
class RatsinfoModuleTest {

  private static final Path SAMPLES = Path.of(System.getProperty("ratsinfo.samples"));
  private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new RatsinfoModule()).build();
  private static final RatsinfoJson COMPACT = RatsinfoJson.builder().prettyPrint(false).build();
  private static final int RANDOM_MODELS = 1_000;

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      List<Path> json = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
      assertTrue(json.size() >= 3, "the samples: " + json);
      return json.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aPlainMapperReadsEverySampleAndWritesWhatRatsinfoJsonWrites(Path sample) throws IOException {
    Record expected = RatsinfoJson.standard().readDocument(sample);
    Record read = PLAIN.readValue(Files.readAllBytes(sample), expected.getClass());
    assertEquals(expected, read);
    String written = PLAIN.writeValueAsString(read);
    assertEquals(COMPACT.writeString(expected), written);
    assertEquals(expected, RatsinfoJson.standard().read(written, expected.getClass()));
    // indented, with the module's pretty printer, as RatsinfoJson indents
    assertEquals(RatsinfoJson.standard().writeString(expected),
        PLAIN.writer().with(RatsinfoModule.prettyPrinter()).writeValueAsString(read));
  }

  @Test
  void findAndAddModulesFindsIt() throws IOException {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(found.registeredModules().stream().anyMatch(RatsinfoModule.class::isInstance),
        () -> found.registeredModules().toString());
    Path sample = SAMPLES.resolve("herne-rat-2017-02-28-top-19.1.json");
    Excerpt excerpt = found.readValue(Files.readAllBytes(sample), Excerpt.class);
    assertEquals(RatsinfoJson.standard().readExcerpt(sample), excerpt);
    assertEquals(COMPACT.writeString(excerpt), found.writeValueAsString(excerpt));
  }

  @Test
  void isAJacksonModuleOfRatsinfosVersion() {
    JacksonModule module = new RatsinfoModule();
    assertEquals("ratsinfo", module.getModuleName());
    assertEquals("org.ratsinfo", module.version().getGroupId());
    assertEquals("ratsinfo-core", module.version().getArtifactId());
    assertFalse(module.version().isUnknownVersion(), module.version()::toString);
    // registered twice, it is there once
    JsonMapper twice = JsonMapper.builder().addModule(new RatsinfoModule()).addModule(new RatsinfoModule())
        .build();
    assertEquals(1, twice.registeredModules().stream().filter(RatsinfoModule.class::isInstance).count());
  }

  /** An application's own types, enums and dates are Jackson's business, not the module's. */
  @Test
  void otherTypesAreLeftAlone() {
    record Appointment(String title, Colour colour, LocalDate day, ZonedDateTime at,
        @Nullable String note) {}
    Appointment appointment = new Appointment("Sitzung", Colour.DARK_RED, LocalDate.of(2017, 2, 28),
        ZonedDateTime.of(2017, 2, 28, 16, 0, 0, 0, ZoneId.of("Europe/Berlin")), null);
    JsonMapper without = JsonMapper.builder().build();
    String json = without.writeValueAsString(appointment);
    assertEquals(json, PLAIN.writeValueAsString(appointment));
    assertTrue(json.contains("\"DARK_RED\""), json);
    assertTrue(json.contains("\"note\":null"), json);
    assertEquals(without.readValue(json, Appointment.class), PLAIN.readValue(json, Appointment.class));
  }

  enum Colour { DARK_RED }

  @Test
  void itemContentNamesItsKindFirstAndIsReadWhereverTheKindStands() {
    Inquiry inquiry = (Inquiry) RatsinfoJson.standard().readExcerpt(RatsinfoJson.standard().writeString(
        Fixtures.excerpt())).agendaItem().content();
    String asContent = PLAIN.writerFor(ItemContent.class).writeValueAsString(inquiry);
    assertTrue(asContent.startsWith("{\"type\":\"inquiry\",\"questions\":["), asContent);
    String typeLast = "{" + asContent.substring("{\"type\":\"inquiry\",".length(), asContent.length() - 1)
        + ",\"type\":\"inquiry\"}";
    assertEquals(inquiry, PLAIN.readValue(typeLast, ItemContent.class));
    // on its own, a kind of content is just its record
    assertTrue(PLAIN.writeValueAsString(inquiry).startsWith("{\"questions\":["));
    assertEquals(inquiry, PLAIN.readValue(PLAIN.writeValueAsString(inquiry), Inquiry.class));
  }

  /** What a mapper of one's own reports about input the model does not take. */
  @Test
  void aPlainMapperNamesWhatIsWrong() {
    String excerpt = PLAIN.writeValueAsString(Fixtures.excerpt());
    InvalidNullException missing = assertThrows(InvalidNullException.class,
        () -> PLAIN.readValue(excerpt.replace("\"familyName\":\"Dudda\",", ""), Excerpt.class));
    assertEquals("familyName", missing.getPropertyName().getSimpleName());
    InvalidNullException nullElement = assertThrows(InvalidNullException.class,
        () -> PLAIN.readValue(excerpt.replaceFirst("\"groups\":\\[", "\"groups\":[null,"), Excerpt.class));
    assertEquals("groups", nullElement.getPropertyName().getSimpleName());
    InvalidTypeIdException kind = assertThrows(InvalidTypeIdException.class,
        () -> PLAIN.readValue(excerpt.replace("\"type\":\"inquiry\"", "\"type\":\"video\""), Excerpt.class));
    assertEquals("video", kind.getTypeId());
    tools.jackson.databind.exc.InvalidFormatException value = assertThrows(
        tools.jackson.databind.exc.InvalidFormatException.class,
        () -> PLAIN.readValue(excerpt.replace("\"publicAndNonPublic\"", "\"PUBLIC_AND_NON_PUBLIC\""),
            Excerpt.class));
    assertTrue(value.getMessage().startsWith("unknown value \"PUBLIC_AND_NON_PUBLIC\"; allowed values: "
        + "public, nonPublic, publicAndNonPublic"), value::getMessage);
    // Jackson 3 ignores unknown properties unless told otherwise; a strict mapper names them
    assertEquals(Fixtures.excerpt(), PLAIN.readValue(excerpt.replace("{\"body\":{", "{\"body\":{\"x\":1,"),
        Excerpt.class));
    JsonMapper strict = PLAIN.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    UnrecognizedPropertyException unknown = assertThrows(UnrecognizedPropertyException.class,
        () -> strict.readValue(excerpt.replace("{\"body\":{", "{\"body\":{\"x\":1,"), Excerpt.class));
    assertEquals("x", unknown.getPropertyName());
  }

  /** Every input of the reader's fuzz corpus reads the same with a plain mapper, where it reads at all. */
  @Test
  void theFuzzCorpusReadsTheSameThroughAPlainMapper() throws IOException {
    Path corpus = Path.of("src", "test", "resources", "org", "ratsinfo", "json", "JsonReaderFuzzTestInputs");
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(corpus)) {
      inputs = files.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(inputs.size() >= 10, inputs::toString);
    int read = 0;
    for (Path input : inputs) {
      byte[] bytes = Files.readAllBytes(input);
      Record document;
      try {
        document = RatsinfoJson.standard().readDocument(new String(bytes, StandardCharsets.UTF_8));
      } catch (JsonFormatException e) {
        assertNotEquals("", e.getLocalizedMessage(Locale.GERMAN));
        continue;
      }
      assertEquals(document, PLAIN.readValue(bytes, document.getClass()), input::toString);
      assertEquals(COMPACT.writeString(document), PLAIN.writeValueAsString(document), input::toString);
      read++;
    }
    assertTrue(read >= 5, "inputs that read: " + read);
  }

  @Test
  void enumsAreLowerCamelCaseForAnyMapper() {
    assertEquals("\"publicAndNonPublic\"", PLAIN.writeValueAsString(MeetingPublicity.PUBLIC_AND_NON_PUBLIC));
    assertEquals(MeetingPublicity.NON_PUBLIC, PLAIN.readValue("\"nonPublic\"", MeetingPublicity.class));
    assertInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class,
        assertThrows(tools.jackson.core.JacksonException.class,
            () -> PLAIN.readValue("1", MeetingPublicity.class)));
  }
}
