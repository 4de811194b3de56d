package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnglishInternalExampleTest {

  @TempDir Path dir;

  @Test
  void mainRendersEnglishLabelsAndSaysWhereItWrote() throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      EnglishInternalExample.main(new String[] {HerneReferenceExcerptTest.SAMPLE.toString(), dir.toString()});
    } finally {
      System.setOut(saved);
    }
    Path page = dir.resolve("herne-rat-2017-02-28-top-19.1-en-internal.html");
    assertEquals("wrote " + page.toAbsolutePath(), printed.toString(StandardCharsets.UTF_8).strip());

    String html = Files.readString(page, StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);
    assertEquals("en", doc.select("html").attr("lang").substring(0, 2));
    assertTrue(html.contains("Voting result"), "English labels");
    assertFalse(html.contains("Abstimmungsergebnis"), "no German labels");
    assertTrue(html.contains("Wie ist der Sachstand"), "the data stays as it is");
  }

  @Test
  void anotherSampleGoesToItsOwnFile() throws IOException {
    Path file = EnglishInternalExample.render(
        HerneReferenceExcerptTest.SAMPLE.resolveSibling("long-inquiry-60-questions.json"), dir);
    assertEquals("long-inquiry-60-questions-en-internal.html", file.getFileName().toString());
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.contains("Question 60"), "English labels for all 60 questions");
    assertTrue(html.contains("Umsetzungsstand der Investitionsprojekte"), "the title");
  }
}
