package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.json.JsonProblem;
import org.ratsinfo.json.JsonFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.HostileCorpus.Case;
import org.ratsinfo.testkit.HostileCorpus.CountingRepeat;
import org.ratsinfo.testkit.HostileCorpus.Invalid;
import org.ratsinfo.testkit.HostileCorpus.Malformed;
import org.ratsinfo.testkit.HostileCorpus.Valid;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;

/**
 * Every case of the hostile corpus gives what {@code cases.txt} says, in German and English, within a
 * time bound: a document that validates and lays out for both audiences, a violation naming the field
 * and the rule, or a {@link JsonFormatException} of the expected problem whose message names no class
 * of the JSON library.
 */
class HostileJsonTest {

  private static final Duration BOUND = Duration.ofSeconds(30);

  static List<Case> cases() {
    return HostileCorpus.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseGivesWhatTheCorpusSays(Case c) {
    assertTimeoutPreemptively(BOUND, () -> check(c), c.name());
  }

  private static void check(Case c) throws IOException {
    if (c.expected() instanceof Valid) {
        Excerpt excerpt = c.read();
        assertEquals(List.of(), ModelValidator.standard().validate(excerpt, Locale.GERMAN));
        for (Audience audience : Audience.values()) {
          for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
            ExcerptDocument document = RenderOptions.builder().locale(locale).audience(audience).build()
                .layout(excerpt);
            assertFalse(document.blocks().isEmpty());
          }
        }
    } else if (c.expected() instanceof Invalid invalid) {
        Excerpt excerpt = c.read();
        Violation german = find(ModelValidator.standard().validate(excerpt, Locale.GERMAN), invalid);
        Violation english = find(ModelValidator.standard().validate(excerpt, Locale.ENGLISH), invalid);
        assertNotEquals(german.message(), english.message(), "German and English");
        assertTrue(german.toString().startsWith(invalid.path() + ": "), german::toString);
    } else if (c.expected() instanceof Malformed malformed) {
        JsonFormatException e = assertThrows(JsonFormatException.class, c::read);
        assertEquals(malformed.problem(), e.problem(), e::getMessage);
        String german = e.getLocalizedMessage(Locale.GERMAN);
        String english = e.getLocalizedMessage(Locale.ENGLISH);
        assertNotEquals(german, english);
        for (String message : List.of(german, english)) {
          assertFalse(message.contains("jackson") || message.contains("Exception"), message);
          assertTrue(message.length() < 2000, "the message does not repeat the input");
        }
    } else {
      throw new AssertionError(c.expected());
    }
  }

  private static Violation find(List<Violation> violations, Invalid expected) {
    return violations.stream()
        .filter(v -> v.path().equals(expected.path()) && v.rule().equals(expected.rule()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + expected + " in " + violations));
  }

  @Test
  void everyFileIsACase() throws IOException, URISyntaxException {
    Path directory = Path.of(HostileCorpus.class.getResource("hostile/cases.txt").toURI()).getParent();
    Set<String> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.map(p -> p.getFileName().toString()).filter(f -> !f.equals("cases.txt"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(files, new TreeSet<>(HostileCorpus.fixtureFiles()));
    assertEquals(HostileCorpus.fixtureFiles().size(), Set.copyOf(HostileCorpus.fixtureFiles()).size(),
        "each file once");
  }

  /** Reading stops at the string limit: a 100 MB string is never held, not even in Jackson's buffers. */
  @Test
  void hugeStringIsRejectedAfterReadingLittleOfIt() throws IOException {
    CountingRepeat huge = HostileCorpus.repeat((byte) 'x', HostileCorpus.HUGE);
    InputStream in = new java.io.SequenceInputStream(
        new java.io.ByteArrayInputStream("{\"body\": {\"name\": \"".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        huge);
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().readExcerpt(in));
    assertEquals(JsonProblem.LIMIT_EXCEEDED, e.problem());
    assertEquals("$.body.name", e.path());
    assertTrue(huge.position() < 2L * RatsinfoJson.DEFAULT_MAX_STRING_LENGTH,
        "read " + huge.position() + " bytes of " + HostileCorpus.HUGE);
  }

  /** A 100 MB string built in Java gets a violation, in time, and the message does not quote it. */
  @Test
  void hugeStringInTheModelIsAViolation() {
    Excerpt base = HostileCorpus.base();
    Excerpt huge = new Excerpt(Body.of("x".repeat((int) HostileCorpus.HUGE)), base.meeting(),
        base.agendaItem(), base.audience());
    List<Violation> violations = assertTimeoutPreemptively(BOUND,
        () -> ModelValidator.standard().validate(huge, Locale.GERMAN));
    assertEquals(List.of("body.name jakarta.validation.constraints.Size.message"),
        violations.stream().map(v -> v.path() + " " + v.rule()).toList());
    assertTrue(violations.get(0).message().length() < 200);
  }

  /** A failing stream stays an IOException (and the same one); bytes Jackson cannot decode do not. */
  @Test
  void aFailingStreamIsAnIOExceptionUndecodableBytesAreMalformed() {
    IOException failure = new IOException("the disk is gone");
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw failure;
      }
    };
    assertEquals(failure, assertThrows(IOException.class,
        () -> RatsinfoJson.standard().readExcerpt(failing)));
    byte[] ucs4 = HostileCorpus.fixture("unknown-ucs4-byte-order.json");
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> RatsinfoJson.standard().readExcerpt(new java.io.ByteArrayInputStream(ucs4)));
    assertTrue(e.getLocalizedMessage(Locale.ENGLISH).contains("not text in UTF-8, UTF-16 or UTF-32"),
        e::getMessage);
  }
}
