package org.ratsinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.cli.ValidateCommandTest.Run;

/** {@code ratsinfo render --from oparl}: every agenda item of every OParl meeting, through the batch. */
class RenderOParlCommandTest {

  static final Path COUNCIL = Path.of(System.getProperty("ratsinfo.samples"), "oparl-beispielstadt");
  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private static Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  private static List<String> files(Path directory) throws IOException {
    try (Stream<Path> s = Files.list(directory)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A copy of the council directory, with the meeting file changed. */
  private Path councilWith(String from, String to) throws IOException {
    Path copy = Files.createDirectories(dir.resolve("council"));
    try (Stream<Path> s = Files.list(COUNCIL)) {
      for (Path f : s.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Path meeting = copy.resolve("meeting.json");
    String json = Files.readString(meeting, StandardCharsets.UTF_8);
    assertTrue(json.contains(from), from);
    Files.writeString(meeting, json.replace(from, to), StandardCharsets.UTF_8);
    return copy;
  }

  @Test
  void everyPublicItemOfTheCouncilDirectoryIsRendered() throws IOException {
    Path out = dir.resolve("out");
    Run run = run("render", "--from", "oparl", "--format", "html", "--locale", "en", "--out",
        out.toString(), COUNCIL.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("rendered 1/10: 2026-06-11_Oe-1.html", lines.get(0));
    assertEquals("rendered 8/10: 2026-06-11_Oe-7.1.html", lines.get(7));
    assertEquals("10 items, 10 rendered, 0 failed", lines.get(lines.size() - 1));
    assertEquals(10, files(out).size(), files(out)::toString);
    String inquiry = Files.readString(out.resolve("2026-06-11_Oe-4.html"));
    assertTrue(inquiry.contains("2026/0101"), "the paper's reference");
    assertTrue(inquiry.contains("Demir"), "its originator");
    assertTrue(inquiry.contains("Ratssaal (Raum 210)"), "the room");
  }

  @Test
  void forTheInternalAudienceTheNonPublicItemsToo() throws IOException {
    Path out = dir.resolve("out");
    Run run = run("render", "--from", "oparl", "--format", "html", "--audience", "internal", "--locale",
        "de", "--out", out.toString(), COUNCIL.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().endsWith("12 Tagesordnungspunkte, 12 dargestellt, 0 fehlgeschlagen" + NL),
        run::toString);
    assertTrue(files(out).contains("2026-06-11_N-10.html"));
  }

  @Test
  void aQuirkIsRepairedWithAWarningInTheChosenLanguage() throws IOException {
    Path council = councilWith("\"order\": 3,", "");
    Path out = dir.resolve("out");
    Run run = run("render", "--from", "oparl", "--format", "html", "--locale", "de", "--out",
        out.toString(), council.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals(council + ": https://ris.beispielstadt.de/oparl/v1/agendaitem/2804, order: die"
        + " erforderliche Eigenschaft „order“ fehlt; die Position des Punkts in der Sitzung verwendet, 3"
        + NL, run.err());
    assertEquals(10, files(out).size());
  }

  @Test
  void strictRejectsTheQuirkAndWritesNothing() throws IOException {
    Path council = councilWith("\"order\": 3,", "");
    Path out = dir.resolve("out");
    Run run = run("render", "--from", "oparl", "--strict", "--format", "html", "--locale", "en", "--out",
        out.toString(), council.toString());
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().contains("the OParl input deviates from the specification in 1 places"),
        run::toString);
    assertTrue(run.err().contains("agendaitem/2804, order: the required property \"order\" is missing"),
        run::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void malformedJsonIsReportedWithLineAndColumn() throws IOException {
    Path council = councilWith("\"order\": 3,", "\"order\": 3,,");
    Run run = run("render", "--from", "oparl", "--locale", "en", "--out", dir.resolve("out").toString(),
        council.toString());
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().startsWith(council.resolve("meeting.json") + ": $.agendaItem[3].order (line "),
        run::toString);
    assertTrue(run.err().contains("the input is not well-formed JSON"), run::toString);
  }

  @Test
  void aMissingInputOrOneWithoutMeetingIsReported() throws IOException {
    Path missing = dir.resolve("nichts.json");
    Run run = run("render", "--from", "oparl", "--locale", "en", missing.toString());
    assertEquals(2, run.exit());
    assertEquals(missing + ": no such file" + NL, run.err());
    Run bodyOnly = run("render", "--from", "oparl", "--locale", "en", "--out", dir.toString(),
        COUNCIL.resolve("body.json").toString());
    assertEquals(2, bodyOnly.exit());
    assertEquals(COUNCIL.resolve("body.json") + ": no OParl meeting found" + NL, bodyOnly.err());
  }

  @Test
  void severalMeetingsGoIntoADirectoryEach() throws IOException {
    Path council = councilWith("\"start\": \"2026-06-11T17:00:00+02:00\"",
        "\"start\": \"2026-06-11T17:00:00+02:00\"");
    String second = Files.readString(council.resolve("meeting.json"))
        .replace("meeting/281", "meeting/282")
        .replace("agendaitem/28", "agendaitem/38")
        .replace("2026-06-11T", "2026-07-02T");
    Files.writeString(council.resolve("meeting-282.json"), second);
    Path out = dir.resolve("out");
    Run run = run("render", "--from", "oparl", "--format", "html", "--locale", "en", "--out",
        out.toString(), council.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals(List.of("2026-06-11_Rat_1700", "2026-07-02_Rat_1700"), files(out));
    assertEquals(10, files(out.resolve("2026-07-02_Rat_1700")).size());
  }

  @Test
  void oneMeetingIntoAZip() throws IOException {
    Path zip = dir.resolve("auszuege.zip");
    Run run = run("render", "--from", "oparl", "--format", "html", "--locale", "en", "--zip",
        zip.toString(), COUNCIL.toString());
    assertEquals(0, run.exit(), run::toString);
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertEquals(10, names.size());
    assertEquals("2026-06-11_Oe-1.html", names.get(0));
  }
}
