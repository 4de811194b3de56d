package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.testing.DocumentTrees.tally;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Table;
import org.ratsinfo.testing.HostileCorpus;
import org.ratsinfo.testing.SystemTools;

/**
 * LibreOffice opens every fixture, headless with a fresh profile, and converts it to a PDF whose text
 * (read with pdftotext) has the excerpt in it, with page numbers from the footer's fields. LibreOffice
 * and pdftotext are system tools: missing, the test is skipped, or fails where {@code
 * ratsinfo.requireSystemTools=true}.
 */
class LibreOfficeTest {

  /** Texts each fixture's PDF must show. */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      "reference-de", List.of("Auszug - Anfrage: Sachstand Erneuerung", "Frage 4:", "Es wurde nicht abgestimmt.",
          "Piraten/AL", "Seite 1 von "),
      "reference-en", List.of("Excerpt - Anfrage: Sachstand Erneuerung", "Question 4:", "No vote was taken.",
          "Page 1 of "),
      "long-de", List.of("Frage 60:", "fraktionslos", "Ergebnis: angenommen", "Seite 1 von "),
      "contested-de", List.of("5. Abstimmung: Haushaltssatzung 2027", "Namentliche Abstimmung", "Lindner, Petra",
          "Wegen Befangenheit von Beratung und Abstimmung ausgeschlossen", "Ergebnis: abgelehnt", "Seite 1 von "),
      "contested-en", List.of("Vote 5: Haushaltssatzung 2027", "Roll call", "Lindner, Petra",
          "Excluded from deliberation and votes for bias", "Result: rejected", "Page 1 of "),
      "tally-40-de", List.of("Abstimmungsergebnis", "Fraktion 40", "Wählergemeinschaft", "Seite 1 von "),
      "template-dotx-de", List.of(Templates.HEADER_TEXT, "Auszug - Anfrage: Sachstand Erneuerung", "Seite 1 von "),
      "edge-cases-de", List.of("Ebene 3", "a)", "weiter im ersten", "Hinweis", "Frage 1: Was?"),
      "template-placeholder-de", List.of(Templates.ABOVE, Templates.BELOW, "Frage 4:"));

  @Test
  void everyFixtureConvertsToAPdfWithItsText() throws IOException {
    Path soffice = SystemTools.require(SystemTools.SOFFICE);
    Path pdftotext = SystemTools.require(SystemTools.PDFTOTEXT);
    List<Path> files = Fixtures.write("libreoffice");
    Path dir = files.get(0).getParent().toAbsolutePath();
    Path pdfs = Files.createDirectories(dir.resolve("pdf"));
    Path profile = Files.createTempDirectory("lo-ratsinfo-");
    try {
      List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
          "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", pdfs.toString()));
      files.forEach(f -> command.add(f.toAbsolutePath().toString()));
      Processes.Result result = Processes.run(dir, command, 5);
      assertEquals(0, result.exitCode(), result.output());
    } finally {
      deleteRecursively(profile);
    }
    for (Path file : files) {
      String name = file.getFileName().toString().replace(".docx", "");
      Path pdf = pdfs.resolve(name + ".pdf");
      assertTrue(Files.size(pdf) > 1000, pdf + " missing or empty");
      Processes.Result text = Processes.run(dir, List.of(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-"), 1);
      assertEquals(0, text.exitCode(), text.output());
      for (String expected : expected(name)) {
        assertTrue(text.output().contains(expected), name + " lacks \"" + expected + "\":\n" + text.output());
      }
      if (name.equals("tally-40-de")) {
        assertEveryTallyRowOnALine(dir, pdftotext, pdf);
      }
      // The footer's NUMPAGES field was computed: the last page says how many there are.
      int pages = text.output().split("\f", -1).length - 1;
      if (!name.startsWith("template-placeholder")) {
        assertTrue(Pattern.compile("(Seite|Page) " + pages + " (von|of) " + pages).matcher(text.output()).find(),
            name + ": no footer for page " + pages + " of " + pages);
      }
    }
  }

  /** The texts a fixture's PDF must show: a stripped template's texts, and the excerpt in it. */
  private static List<String> expected(String name) {
    for (HostileTemplates.Case c : HostileTemplates.stripped()) {
      if (name.equals(Fixtures.INERT + c.name() + "-de")) {
        List<String> texts = new ArrayList<>(c.kept());
        texts.addAll(List.of("Auszug - Anfrage: Sachstand Erneuerung", "Frage 4:"));
        return texts;
      }
    }
    return EXPECTED.get(name);
  }

  /**
   * Every row of the 40-group tally (laid out as rows: a group's name and its counts) is one line of
   * the converted PDF, its counts in the columns of the header "dafür dagegen Enthaltung": no group
   * and no count is lost or squeezed.
   */
  private static void assertEveryTallyRowOnALine(Path dir, Path pdftotext, Path pdf) throws IOException {
    Processes.Result text = Processes.run(dir,
        List.of(pdftotext.toString(), "-layout", "-enc", "UTF-8", pdf.toString(), "-"), 1);
    assertEquals(0, text.exitCode(), text.output());
    List<String> lines = text.output().lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
    assertTrue(lines.contains("dafür dagegen Enthaltung"), text.output());
    Table tally = tally(Samples.renderer(Locale.GERMANY).options().layout(HostileCorpus.manyGroups(40)));
    assertEquals(41, tally.rows().size());
    for (Table.Row row : tally.rows()) {
      String line = row.header() + " " + String.join(" ", row.cells());
      assertTrue(lines.contains(line), () -> "no line \"" + line + "\" in\n" + text.output());
    }
  }


  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
