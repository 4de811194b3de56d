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
import org.ratsinfo.testing.LocaleSensitive;

/** {@code ratsinfo render --from oparl}: every agenda item of every OParl meeting, through the batch. */
// Runs the command line in this JVM, some runs without --locale, whose messages follow the machine.
@LocaleSensitive
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
    // Named by what the excerpts show: the date, the committee as its Gremium reads, the time.
    assertEquals(List.of("2026-06-11_Rat-der-Stadt-Beispielstadt_1700",
        "2026-07-02_Rat-der-Stadt-Beispielstadt_1700"), files(out));
    assertEquals(10, files(out.resolve("2026-07-02_Rat-der-Stadt-Beispielstadt_1700")).size());
    assertTrue(run.out().endsWith(council + ": 2 meetings: 20 items, 20 rendered, 0 failed" + NL),
        run::toString);

    // Without what is withheld, and still a directory each.
    Path hidden = dir.resolve("hidden");
    Run withheld = run("render", "--from", "oparl", "--format", "html", "--locale", "en", "--withhold",
        "date,organization,time,agenda-item", "--out", hidden.toString(), council.toString());
    assertEquals(0, withheld.exit(), withheld::toString);
    assertEquals(List.of("Sitzung", "Sitzung_2"), files(hidden));
    assertEquals("Auszug-01.html", files(hidden.resolve("Sitzung_2")).get(0));
    assertEquals(10, files(hidden.resolve("Sitzung_2")).size());
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

  /** A second meeting of the council, on 2 July, without agenda items (valid OParl). */
  private static String emptyMeeting() {
    return "{\"id\": \"https://ris.beispielstadt.de/oparl/v1/meeting/282\", \"type\":"
        + " \"https://schema.oparl.org/1.1/Meeting\", \"name\": \"29. Sitzung\", \"start\":"
        + " \"2026-07-02T17:00:00+02:00\", \"organization\":"
        + " [\"https://ris.beispielstadt.de/oparl/v1/organization/rat\"], \"created\":"
        + " \"2026-05-02T09:00:00+02:00\", \"modified\": \"2026-05-20T14:30:00+02:00\"}";
  }

  /** Issue 15: a meeting without agenda items is a note in the summary, and the run exits 0. */
  @Test
  void aMeetingWithoutAgendaItemsIsANoteNotAFailure() throws IOException {
    Path council = councilWith("\"order\": 3,", "\"order\": 3,");
    Files.writeString(council.resolve("meeting-282.json"), emptyMeeting(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run run = run("render", "--from", "oparl", "--format", "html", "--locale", "en", "--out",
        out.toString(), council.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    assertTrue(run.out().endsWith(council + ": 2 meetings: 10 items, 10 rendered, 0 failed" + NL
        + council + ": note: 1 meeting(s) with nothing to render (no agenda item, or no public one):"
        + " 2026-07-02 17:00 Rat der Stadt Beispielstadt (…/meeting/282)" + NL), run::toString);
    assertEquals(List.of("2026-06-11_Rat-der-Stadt-Beispielstadt_1700"), files(out));

    // Alone, it is the note of its own.
    Path alone = Files.createDirectories(dir.resolve("alone"));
    for (String file : List.of("body.json", "organizations.json", "persons.json")) {
      Files.copy(COUNCIL.resolve(file), alone.resolve(file));
    }
    Files.writeString(alone.resolve("meeting.json"), emptyMeeting(), StandardCharsets.UTF_8);
    Run single = run("render", "--from", "oparl", "--format", "html", "--locale", "de", "--out",
        dir.resolve("out2").toString(), alone.toString());
    assertEquals(0, single.exit(), single::toString);
    assertEquals(alone + ": nichts darzustellen: die Sitzung hat keinen Tagesordnungspunkt" + NL,
        single.out());
  }

  /**
   * Issue 15: many warnings are one line per kind, with the count, the first warning's message and
   * a few more objects, their ids cut to the end that tells them apart; --verbose prints each.
   */
  @Test
  void manyWarningsAreOneLinePerKindAndVerboseGivesEachOne() throws IOException {
    Path council = councilWith("\"order\": 3,", "\"order\": 3,");
    Path meeting = council.resolve("meeting.json");
    String json = Files.readString(meeting, StandardCharsets.UTF_8)
        .replaceAll("\"order\": [0-9]+,", "\"rang\": 1,");
    Files.writeString(meeting, json, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run run = run("render", "--from", "oparl", "--format", "html", "--locale", "en", "--out",
        out.toString(), council.toString());
    assertEquals(0, run.exit(), run::toString);
    List<String> lines = run.err().lines().toList();
    assertEquals(3, lines.size(), run::toString);
    assertEquals(council + ": 24 warnings of 2 kind(s), repaired as said; one line per kind with its count"
        + " and examples (--verbose prints every one):", lines.get(0));
    assertTrue(lines.get(1).startsWith("  ") && lines.get(2).startsWith("  "), run::toString);
    String missingOrder = lines.stream().filter(l -> l.startsWith("  missing-order (12×): ")).findFirst()
        .orElseThrow(() -> new AssertionError(run.toString()));
    assertEquals("  missing-order (12×): …/agendaitem/2801, order: the required property \"order\" is"
        + " missing; used the item's position in the meeting, 0; also …/agendaitem/2802, order;"
        + " …/agendaitem/2803, order …", missingOrder);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  unknown-property (12×): …/agendaitem/2801,"
        + " rang: ")), run::toString);
    assertEquals(10, files(out).size());

    Run verbose = run("render", "--from", "oparl", "--verbose", "--format", "html", "--locale", "en",
        "--out", out.toString(), council.toString());
    assertEquals(0, verbose.exit(), verbose::toString);
    assertEquals(24, verbose.err().lines().count(), verbose::toString);
    assertTrue(verbose.err().contains(council + ": https://ris.beispielstadt.de/oparl/v1/agendaitem/2812,"
        + " order: "), verbose::toString);
  }

  @Test
  void idsAreCutToTheEndThatTellsThemApart() {
    assertEquals(List.of("…/agendaitem/2801", "…/agendaitem/2802"), WarningSummary.shortened(List.of(
        "https://ris.example.org/oparl/v1/agendaitem/2801", "https://ris.example.org/oparl/v1/agendaitem/2802")));
    assertEquals(List.of("…/agendaitem/7"), WarningSummary.shortened(List.of(
        "https://ris.example.org/oparl/v1/agendaitem/7")));
    // They differ only further up: as much is kept as tells them apart.
    assertEquals(List.of("…/1/meeting/5", "…/2/meeting/5"), WarningSummary.shortened(List.of(
        "https://ris.example.org/body/1/meeting/5", "https://ris.example.org/body/2/meeting/5")));
    assertEquals(List.of("…/meeting/5", "…/meeting/5"), WarningSummary.shortened(List.of(
        "https://ris.example.org/body/1/meeting/5", "https://ris.example.org/body/1/meeting/5")),
        "the same id stays the same");
    assertEquals(List.of("meeting.json $.agendaItem[3]", "a/b"),
        WarningSummary.shortened(List.of("meeting.json $.agendaItem[3]", "a/b")), "short ids stay whole");
    assertEquals(List.of("…/x.org/a", "…/y.org/a"),
        WarningSummary.shortened(List.of("https://x.org/a", "https://y.org/a")), "the host tells them apart");
  }

  /** Issue 15: progress on a terminal for an OParl import as for a meeting file, over all meetings. */
  @Test
  void aTerminalShowsProgressOverEveryMeeting() throws IOException {
    Path council = councilWith("\"order\": 3,", "\"order\": 3,");
    String second = Files.readString(council.resolve("meeting.json"))
        .replace("meeting/281", "meeting/282").replace("agendaitem/28", "agendaitem/38")
        .replace("2026-06-11T", "2026-07-02T");
    Files.writeString(council.resolve("meeting-282.json"), second);
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = new OParlFiles(Language.en, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
        false, false, true).render(List.of(council), null, java.util.Set.of(),
        List.of(org.ratsinfo.render.html.HtmlRenderer.builder().build()), dir.resolve("out"), null);
    assertEquals(0, exit, () -> out + "\n" + err);
    assertTrue(err.toString().contains("\rreading " + council + " …"), err::toString);
    assertTrue(err.toString().contains("\r[#...................] 1/20 Oe-1"), err::toString);
    assertTrue(err.toString().contains("\r[####################] 20/20 Oe-"), err::toString);
    assertFalse(err.toString().contains("10/10"), "one bar over both meetings");
    assertFalse(out.toString().contains("rendered 1/10"), "no progress lines on a terminal");
    assertEquals(council + ": 2 meetings: 20 items, 20 rendered, 0 failed" + NL, out.toString());
  }

  @Test
  void aDirectoryOfOParlFilesNamedTwiceIsReadOnce() throws IOException {
    Path out = dir.resolve("out");
    Run run = run("render", "--from", "oparl", "--format", "html", "--locale", "en", "--out",
        out.toString(), COUNCIL.toString(), COUNCIL.resolve(".").toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    assertEquals(10, files(out).size());
  }
}
