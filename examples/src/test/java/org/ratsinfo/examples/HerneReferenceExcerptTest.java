package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.validation.ModelValidator;

class HerneReferenceExcerptTest {

  static final Path SAMPLE =
      Path.of(System.getProperty("ratsinfo.samples"), "herne-rat-2017-02-28-top-19.1.json");

  @Test
  void theJavaBuiltExcerptIsTheJsonSample() throws IOException {
    assertEquals(RatsinfoJson.standard().readExcerpt(SAMPLE), HerneReferenceExcerpt.build());
  }

  @Test
  void theSampleIsValidInBothLanguages() throws IOException {
    Excerpt sample = RatsinfoJson.standard().readExcerpt(SAMPLE);
    assertEquals(List.of(), ModelValidator.standard().validate(sample, Locale.GERMAN));
    assertEquals(List.of(), ModelValidator.standard().validate(sample, Locale.ENGLISH));
  }

  @Test
  void theSampleRoundTripsThroughJson() throws IOException {
    RatsinfoJson json = RatsinfoJson.standard();
    Excerpt sample = json.readExcerpt(SAMPLE);
    String written = json.writeString(sample);
    assertEquals(sample, json.readExcerpt(written));
    assertEquals(written, json.writeString(json.readExcerpt(written)), "writing is stable");
  }

  @Test
  void mainValidatesAndSaysSo() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      HerneReferenceExcerpt.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("TOP Ö 19.1: gültig"),
        () -> out.toString(StandardCharsets.UTF_8));
  }
}
