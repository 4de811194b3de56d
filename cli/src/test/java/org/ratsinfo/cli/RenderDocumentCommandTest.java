package org.ratsinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.cli.ValidateCommandTest.Run;

/** {@code ratsinfo render --document agenda|minutes}: one document of a whole meeting per format. */
class RenderDocumentCommandTest {

  private static final Path MEETING = RenderMeetingCommandTest.MEETING;
  private static final Path EXCERPT =
      Path.of(System.getProperty("ratsinfo.samples"), "herne-rat-2017-02-28-top-19.1.json");
  private static final Path OPARL = Path.of(System.getProperty("ratsinfo.samples"), "oparl-beispielstadt");

  @TempDir Path dir;

  private List<String> files(Path directory) throws IOException {
    try (Stream<Path> s = Files.list(directory)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theAgendaOfAMeetingFileInEveryFormat() throws IOException {
    Run run = ValidateCommandTest.run("render", "--locale", "en", "--document", "agenda", "--out",
        dir.toString(), MEETING.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals(List.of("2026-09-15_Tagesordnung.docx", "2026-09-15_Tagesordnung.html",
        "2026-09-15_Tagesordnung.pdf"), files(dir));
    String html = Files.readString(dir.resolve("2026-09-15_Tagesordnung.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("Agenda - Rat der Stadt Musterstadt"), "--locale en: English labels");
    assertTrue(html.contains("Public part"));
  }

  @Test
  void theMinutesForThePublicLeaveOutTheNonPublicPart() throws IOException {
    Run run = ValidateCommandTest.run("render", "--locale", "de", "--document", "minutes", "--format",
        "html", "--audience", "public", "--out", dir.toString(), MEETING.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals(List.of("2026-09-15_Niederschrift.html"), files(dir));
    String html = Files.readString(dir.resolve("2026-09-15_Niederschrift.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("Niederschrift - Rat der Stadt Musterstadt"));
    assertTrue(html.contains("Annahme von Spenden"), "a public item");
    assertFalse(html.contains("Grundstücksangelegenheit"), "a non-public item");
    assertTrue(html.contains("Feldkamp"), "the chair");
  }

  @Test
  void aWithheldDateLeavesTheName() throws IOException {
    Run run = ValidateCommandTest.run("render", "--locale", "en", "--document", "minutes", "--format",
        "html", "--audience", "public", "--withhold", "date", "--out", dir.toString(), MEETING.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals(List.of("Niederschrift.html"), files(dir));
  }

  @Test
  void anExcerptFileHasNoAgenda() throws IOException {
    Run run = ValidateCommandTest.run("render", "--locale", "en", "--document", "agenda", "--format",
        "html", "--out", dir.toString(), EXCERPT.toString());
    assertEquals(ExitCode.UNREADABLE, run.exit());
    assertTrue(run.err().contains("--document agenda is for meeting files"), run.err());
    assertEquals(List.of(), files(dir));
  }

  @Test
  void thereIsNoZipOfOneDocument() throws IOException {
    Path zip = dir.resolve("x.zip");
    Run run = ValidateCommandTest.run("render", "--locale", "de", "--document", "minutes", "--format",
        "html", "--zip", zip.toString(), MEETING.toString());
    assertEquals(ExitCode.UNREADABLE, run.exit());
    assertTrue(run.err().contains("--zip enthält die Auszüge einer Sitzung"), run.err());
    assertFalse(Files.exists(zip));
  }

  @Test
  void theMinutesOfAnOParlImport() throws IOException {
    Run run = ValidateCommandTest.run("render", "--locale", "en", "--from", "oparl", "--document",
        "minutes", "--format", "html", "--out", dir.toString(), OPARL.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(files(dir).stream().anyMatch(f -> f.endsWith("_Niederschrift.html")), files(dir).toString());
  }
}
