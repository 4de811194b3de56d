package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.validation.ModelValidator;

class BuildValidateRenderExampleTest {

  @TempDir Path dir;

  @Test
  void theExcerptIsValidAndASplitVote() {
    Excerpt excerpt = BuildValidateRenderExample.build();
    assertEquals(List.of(), ModelValidator.standard().validate(excerpt, Locale.GERMAN));
    assertEquals(List.of(), ModelValidator.standard().validate(excerpt, Locale.ENGLISH));
    AgendaItem item = excerpt.agendaItem();
    assertEquals(VoteOutcome.ADOPTED, item.decidingVote().tally().outcome().orElseThrow());
    assertTrue(!item.decidingVote().tally().unanimous(), "split");
  }

  @Test
  void mainWritesHtmlPdfAndDocx() throws IOException {
    Path out = dir.resolve("out");
    String printed = runMain(out.toString());
    String name = BuildValidateRenderExample.FILE_NAME;
    assertTrue(printed.contains("geschrieben: " + out.resolve(name + ".pdf")), printed);

    Document html = Jsoup.parse(out.resolve(name + ".html").toFile(), "UTF-8");
    assertTrue(html.title().contains("Bebauungsplan Nr. 112 \"Am Mühlenbach\""), html.title());
    assertEquals(1, html.select("h1").size());
    assertTrue(html.select("table.ratsinfo-table").text().contains("Grüne"));

    byte[] pdf = Files.readAllBytes(out.resolve(name + ".pdf"));
    assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));

    try (ZipFile docx = new ZipFile(out.resolve(name + ".docx").toFile())) {
      assertNotNull(docx.getEntry("word/document.xml"), "a DOCX");
    }
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(3, files.count(), "three files, no temporary file left");
    }
  }

  private static String runMain(String... args) throws IOException {
    PrintStream saved = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      BuildValidateRenderExample.main(args);
    } finally {
      System.setOut(saved);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
