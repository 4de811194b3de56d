package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.testing.DocumentTrees.tally;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.ExcerptLayout;
import org.ratsinfo.document.Table;
import org.ratsinfo.testing.DocumentTrees;
import org.ratsinfo.testkit.DocumentFacts;
import org.ratsinfo.testkit.HostileCorpus;
import org.ratsinfo.testkit.LoopbackServer;
import org.ratsinfo.testing.SystemTools;

/**
 * LibreOffice opens every fixture, headless with a fresh profile, and converts it to a PDF whose text
 * (read with pdftotext) has the excerpt in it (every fact of the agenda's and the minutes' trees), with page numbers from the footer's fields; the links of
 * a document's link lists are links in the PDF (a URI action per address), that is, LibreOffice took
 * them for clickable hyperlinks. A document whose links point at a loopback server converts without a
 * connection to it. LibreOffice and pdftotext are system tools: missing, the test is skipped, or fails
 * where {@code ratsinfo.requireSystemTools=true}.
 */
class LibreOfficeTest {

  /** Texts each fixture's PDF must show. */
  private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
      Map.entry("reference-de", List.of("Auszug - Anfrage: Sachstand Erneuerung", "Frage 4:",
          "Es wurde nicht abgestimmt.", "Piraten/AL", "Seite 1 von ")),
      Map.entry("reference-en", List.of("Excerpt - Anfrage: Sachstand Erneuerung", "Question 4:", "No vote was taken.",
          "Page 1 of ")),
      Map.entry("long-de", List.of("Frage 60:", "fraktionslos", "Ergebnis: angenommen", "Seite 1 von ")),
      Map.entry("contested-de", List.of("5. Abstimmung: Haushaltssatzung 2027", "Namentliche Abstimmung",
          "Lindner, Petra", "Wegen Befangenheit von Beratung und Abstimmung ausgeschlossen", "Ergebnis: abgelehnt",
          "Seite 1 von ")),
      Map.entry("contested-en", List.of("Vote 5: Haushaltssatzung 2027", "Roll call", "Lindner, Petra",
          "Excluded from deliberation and votes for bias", "Result: rejected", "Page 1 of ")),
      Map.entry("tally-40-de", List.of("Abstimmungsergebnis", "Fraktion 40", "Wählergemeinschaft", "Seite 1 von ")),
      Map.entry("template-dotx-de", List.of(Templates.HEADER_TEXT, "Auszug - Anfrage: Sachstand Erneuerung",
          "Seite 1 von ")),
      Map.entry("edge-cases-de", List.of("Ebene 3", "a)", "weiter im ersten", "Hinweis", "Frage 1: Was?")),
      Map.entry("template-placeholder-de", List.of(Templates.ABOVE, Templates.BELOW, "Frage 4:")),
      Map.entry("links-de", List.of("Beratungsfolge", "Haupt- und Finanzausschuss", "mit Änderungen",
          "Verknüpfte Vorlagen", "Geändert durch: 2017/0142 Änderungsantrag der Fraktion Piraten/AL",
          "Anlagen", "Vorlage: Anfrage 2017/0137 (PDF, 1,2 MB)", "Anlage 1: Zeitplan <Relaunch> (PDF, 47 KB)",
          "Anlage 2: Stellungnahme (ohne Adresse)", "Präsentation der Verwaltung", "Seite 1 von ")),
      Map.entry("links-en", List.of("Consultations", "Tue, 14 Feb 2017", "Linked papers",
          "Amended by: 2017/0142 Änderungsantrag der Fraktion Piraten/AL", "Attachments",
          "Paper: Anfrage 2017/0137 (PDF, 1.2 MB)", "Anlage 1: Zeitplan <Relaunch> (PDF, 47 KB)", "Page 1 of ")),
      Map.entry("links-tree-en", List.of("Consultations", "Amendment to: 2017/0120 Internetauftritt",
          "Related paper: 2016/0999 Breitband", "Paper: " + Links.PLAN_NAME + " (PDF, 1.2 MB)",
          Links.UNLINKED + " (PDF)", Links.DUPLICATE, "javascript:alert(1)", "Page 1 of ")),
      Map.entry("template-links-de", List.of(Templates.ABOVE, "Beratungsfolge", "Anlage 1: Zeitplan <Relaunch>",
          Templates.BELOW)));

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
      ExcerptDocument meeting = Fixtures.meetingDocument(name);
      if (meeting != null) {
        assertEveryFact(name, meeting, text.output());
      }
      if (name.equals("tally-40-de")) {
        assertEveryTallyRowOnALine(dir, pdftotext, pdf);
      }
      assertLinks(name, pdf);
      // The footer's NUMPAGES field was computed: the last page says how many there are.
      int pages = text.output().split("\f", -1).length - 1;
      if (!name.startsWith("template-placeholder")) {
        assertTrue(Pattern.compile("(Seite|Page) " + pages + " (von|of) " + pages).matcher(text.output()).find(),
            name + ": no footer for page " + pages + " of " + pages);
      }
    }
  }

  /**
   * Every fact of an agenda's or minutes' document tree ({@link DocumentTrees#facts}) is in the text of
   * LibreOffice's PDF, white space aside (lines break elsewhere).
   */
  private static void assertEveryFact(String name, ExcerptDocument document, String text) {
    String squeezed = squeezed(text);
    List<String> facts = DocumentFacts.of(document);
    assertTrue(facts.size() > 40, name + ": facts " + facts.size());
    // pdftotext joins a line that ends in a hyphen to the next without it ("Bergmann-" "Sauer" gives
    // "BergmannSauer"): a fact with a hyphen is also found with its hyphens left out on both sides.
    String unhyphenated = squeezed.replace("-", "");
    List<String> missing = facts.stream()
        .filter(fact -> !squeezed.contains(squeezed(fact))
            && !unhyphenated.contains(squeezed(fact).replace("-", "")))
        .toList();
    assertEquals(List.of(), missing, name + ": facts missing from LibreOffice's PDF");
  }

  private static String squeezed(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /**
   * The texts a fixture's PDF must show: a stripped template's texts, and the excerpt in it; for the
   * agenda and the minutes the footer (their facts are checked whole).
   */
  private static List<String> expected(String name) {
    if (Fixtures.meetingDocument(name) != null) {
      return List.of(name.endsWith("-de") ? "Seite 1 von " : "Page 1 of ");
    }
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


  /**
   * The PDF has a URI action for each address the fixture links to and for no other: LibreOffice read
   * the hyperlinks as links, and nothing else as one (the PDF's annotations are not compressed).
   */
  private static void assertLinks(String name, Path pdf) throws IOException {
    String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Set<String> found = new TreeSet<>();
    Matcher uri = Pattern.compile("/URI\\s*\\(([^)]*)\\)").matcher(bytes);
    while (uri.find()) {
      found.add(uri.group(1));
    }
    assertEquals(new TreeSet<>(Fixtures.links(name)), found, name + ": the PDF's links");
  }

  /**
   * LibreOffice opens and converts a document whose files and papers link to a loopback server (https
   * and http) without connecting to it.
   */
  @Test
  void linksAreNotFollowedWhenLibreOfficeOpensTheDocument() throws IOException {
    Path soffice = SystemTools.require(SystemTools.SOFFICE);
    try (LoopbackServer server = LoopbackServer.start()) {
      ExcerptDocument document = ExcerptLayout.builder().linkTargets(Links.toServer(server)).build().layout(Links.excerpt());
      assertEquals(5, Links.of(document).size());
      Path dir = Samples.outputDirectory("libreoffice-loopback").toAbsolutePath();
      Path docx = Files.write(dir.resolve("links-loopback-de.docx"),
          Samples.renderer(Locale.GERMANY).renderToBytes(document));
      Path profile = Files.createTempDirectory("lo-ratsinfo-");
      try {
        Processes.Result result = Processes.run(dir, List.of(soffice.toString(), "--headless", "--norestore",
            "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", dir.toString(),
            docx.toString()), 5);
        assertEquals(0, result.exitCode(), result.output());
      } finally {
        deleteRecursively(profile);
      }
      assertTrue(Files.size(dir.resolve("links-loopback-de.pdf")) > 1000);
      assertLinksIn(dir.resolve("links-loopback-de.pdf"), Links.of(document));
      assertEquals(List.of(), server.requests(), "connections to the loopback server");
    }
  }

  private static void assertLinksIn(Path pdf, Set<String> links) throws IOException {
    String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    for (String link : links) {
      assertTrue(bytes.contains("/URI(" + link + ")"), pdf + " lacks a link to " + link);
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
