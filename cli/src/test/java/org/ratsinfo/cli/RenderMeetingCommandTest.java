package org.ratsinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.testing.LocaleSensitive;

// Runs the command line in this JVM, some runs without --locale, whose messages follow the machine.
@LocaleSensitive
class RenderMeetingCommandTest {

  static final Path MEETING =
      Path.of(System.getProperty("ratsinfo.samples"), "rat-musterstadt-2026-09-15.json");
  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private static Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  private List<String> files(Path directory) throws IOException {
    try (Stream<Path> s = Files.list(directory)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> entries(Path zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  /** The sample with the title of N 3 blanked: valid JSON, an invalid item. */
  private Path withInvalidItem() throws IOException {
    String json = Files.readString(MEETING, StandardCharsets.UTF_8);
    String title = "\"title\": \"Grundstücksangelegenheit: Verkauf einer Teilfläche des Grundstücks"
        + " Gemarkung Musterstadt, Flur 12, Flurstück 345\"";
    assertTrue(json.contains(title));
    Path broken = dir.resolve("rat-kaputt.json");
    Files.writeString(broken, json.replace(title, "\"title\": \" \""), StandardCharsets.UTF_8);
    return broken;
  }

  @Test
  void twoMeetingsOnOneDayIntoOneDirectoryDoNotOverwriteEachOther() throws IOException {
    // The Hauptausschuss meets the same day as the council: its items have the same file names.
    String json = Files.readString(MEETING, StandardCharsets.UTF_8);
    String council = "\"name\": \"Rat der Stadt Musterstadt\"";
    assertTrue(json.contains(council));
    Path committee = dir.resolve("hauptausschuss.json");
    Files.writeString(committee, json.replace(council, "\"name\": \"Hauptausschuss\""),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run run = run("render", "--format", "html", "--locale", "en", "--out", out.toString(),
        MEETING.toString(), committee.toString());
    assertEquals(4, run.exit(), run::toString);
    assertTrue(run.err().startsWith(committee + ": not written: its files ("
        + out.toAbsolutePath().resolve("2026-09-15_Oe-1") + ".*) would overwrite those of " + MEETING
        + ", written in this run"), run::toString);
    List<String> written = files(out);
    assertEquals(26, written.size(), written::toString); // the council's items only
    for (String name : written) {
      assertFalse(Files.readString(out.resolve(name), StandardCharsets.UTF_8).contains("Hauptausschuss"),
          name);
    }
  }

  @Test
  void aMeetingFileGivesOneFilePerItemWithPlainProgressLines() throws IOException {
    Path out = dir.resolve("out");
    Run run = run("render", "--format", "html", "--locale", "en", "--out", out.toString(), MEETING.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(27, lines.size(), run::toString);
    assertEquals("rendered 1/26: 2026-09-15_Oe-1.html", lines.get(0));
    assertEquals("rendered 9/26: 2026-09-15_Oe-8.1.html", lines.get(8));
    assertEquals("rendered 26/26: 2026-09-15_N-7.html", lines.get(25));
    assertEquals("26 items, 26 rendered, 0 failed", lines.get(26));
    List<String> written = files(out);
    assertEquals(26, written.size(), written::toString);
    assertTrue(written.contains("2026-09-15_N-3.html"));
    assertTrue(Files.readString(out.resolve("2026-09-15_N-3.html")).contains("Flurstück 345"));
  }

  @Test
  void forThePublicTheNonPublicItemsAreLeftOut() throws IOException {
    Path out = dir.resolve("out");
    Run run = run("render", "--format", "html", "--audience", "public", "--locale", "de", "--out",
        out.toString(), MEETING.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().endsWith("19 Tagesordnungspunkte, 19 dargestellt, 0 fehlgeschlagen" + NL), run::toString);
    assertTrue(run.out().contains("19/19 dargestellt: 2026-09-15_Oe-18.html"), run::toString);
    List<String> written = files(out);
    assertEquals(19, written.size());
    assertTrue(written.stream().allMatch(n -> n.startsWith("2026-09-15_Oe-")), written::toString);
    for (String name : written) {
      String page = Files.readString(out.resolve(name));
      assertFalse(page.contains("Flurstück 345"), name);
      assertFalse(page.contains("Personalangelegenheit"), name);
    }
  }

  @Test
  void aZipOfEveryItemInAgendaOrder() throws IOException {
    Path zip = dir.resolve("archiv/auszuege.zip");
    Run run = run("render", "--format", "html", "--locale", "en", "--zip", zip.toString(), MEETING.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("wrote " + zip + NL), run::toString);
    assertTrue(run.out().endsWith("26 items, 26 rendered, 0 failed" + NL), run::toString);
    List<String> names = entries(zip);
    assertEquals(26, names.size());
    assertEquals("2026-09-15_Oe-1.html", names.get(0));
    assertEquals("2026-09-15_Oe-8.html", names.get(7));
    assertEquals("2026-09-15_Oe-8.1.html", names.get(8));
    assertEquals("2026-09-15_N-1.html", names.get(19));
    assertEquals(List.of("auszuege.zip"), files(zip.getParent()), "no temporary file");
    assertFalse(Files.exists(dir.resolve("out")), "nothing in the directory");

    Path publicZip = dir.resolve("public.zip");
    Run forPublic = run("render", "--format", "html", "--audience", "public", "--zip", publicZip.toString(),
        MEETING.toString());
    assertEquals(0, forPublic.exit(), forPublic::toString);
    List<String> publicNames = entries(publicZip);
    assertEquals(19, publicNames.size());
    assertTrue(publicNames.stream().noneMatch(n -> n.contains("_N-")), publicNames::toString);
  }

  @Test
  void anInvalidItemIsReportedAndTheOthersAreRendered() throws IOException {
    Path broken = withInvalidItem();
    Path out = dir.resolve("out");
    Run run = run("render", "--format", "html", "--locale", "de", "--out", out.toString(), broken.toString());
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.out().contains(broken + ": N 3: agendaItem.title: darf nicht leer sein" + NL), run::toString);
    assertTrue(run.out().endsWith("26 Tagesordnungspunkte, 25 dargestellt, 1 fehlgeschlagen: N 3:"
        + " agendaItem.title: darf nicht leer sein" + NL), run::toString);
    List<String> written = files(out);
    assertEquals(25, written.size());
    assertFalse(written.contains("2026-09-15_N-3.html"));
    assertTrue(written.contains("2026-09-15_N-4.html"));
  }

  /** The sample with only its non-public items, for the given audience. */
  private Path onlyNonPublic(org.ratsinfo.model.Audience audience) throws IOException {
    MeetingExcerpts sample = RatsinfoJson.standard().readMeetingExcerpts(MEETING);
    MeetingExcerpts onlyNonPublic = sample.withMeeting(sample.meeting().withAgenda(
        sample.meeting().agenda().stream().filter(i -> !i.visibility().isPublic()).toList()))
        .withAudience(audience);
    Path file = dir.resolve(audience + ".json");
    Files.writeString(file, RatsinfoJson.standard().writeString(onlyNonPublic), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aMeetingWithNothingForThePublicIsANoteNotAFailure() throws IOException {
    // The file is valid (for the internal audience); rendered for the public, nothing is left.
    Path file = onlyNonPublic(org.ratsinfo.model.Audience.INTERNAL);
    Run run = run("render", "--format", "html", "--audience", "public", "--locale", "en", "--out",
        dir.resolve("out").toString(), file.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals(file + ": nothing to render: the meeting has no public agenda item, and the excerpts"
        + " are for the public" + NL, run.out());
    assertEquals("", run.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void aPublicMeetingFileWithoutAPublicItemIsInvalidAsValidateSays() throws IOException {
    Path file = onlyNonPublic(org.ratsinfo.model.Audience.PUBLIC);
    Run validate = run("validate", "--locale", "en", file.toString());
    assertEquals(1, validate.exit(), validate::toString);
    Run run = run("render", "--format", "html", "--locale", "en", "--out", dir.resolve("out").toString(),
        file.toString());
    assertEquals(1, run.exit(), run::toString);
    assertEquals(validate.out(), run.out(), "the same violations as validate");
    assertTrue(run.out().contains(file + ": meeting.agenda: has no public agenda item: there is no"
        + " excerpt to make for the public" + NL), run::toString);
    assertFalse(Files.exists(dir.resolve("out")));
  }

  /**
   * Two public items numbered "7": validate rejects the file, and render does the same instead of
   * writing Oe-7 and Oe-7_2 with exit 0.
   */
  @Test
  void twoPublicItemsOfOneNumberAreRefusedAsValidateRefusesThem() throws IOException {
    String json = Files.readString(MEETING, StandardCharsets.UTF_8);
    String eight = "\"number\": \"8\",";
    assertTrue(json.contains(eight));
    Path twice = dir.resolve("zweimal-7.json");
    Files.writeString(twice, json.replace(eight, "\"number\": \"7\","), StandardCharsets.UTF_8);
    Run validate = run("validate", "--locale", "en", twice.toString());
    assertEquals(1, validate.exit(), validate::toString);
    assertTrue(validate.out().contains("number: "), validate::toString);

    for (String target : List.of("--out", "--zip")) {
      Path where = dir.resolve(target.equals("--out") ? "out" : "a.zip");
      Run run = run("render", "--format", "html", "--locale", "en", target, where.toString(),
          twice.toString());
      assertEquals(1, run.exit(), run::toString);
      assertEquals(validate.out(), run.out(), "every violation validate prints, nothing else");
      assertEquals(twice + ": not rendered: the meeting breaks a rule of the model (as validate"
          + " reports it)" + NL, run.err());
      assertFalse(Files.exists(where), "nothing written");
    }
  }

  @Test
  void aRenderFailureExitsThreeAndTheBarShowsOnATerminal() throws IOException {
    MeetingExcerpts sample = RatsinfoJson.standard().readMeetingExcerpts(MEETING);
    RenderOptions options = RenderOptions.builder().build();
    HtmlRenderer html = HtmlRenderer.builder().options(options).build();
    ExcerptRenderer failing = new ExcerptRenderer() {
      @Override
      public org.ratsinfo.render.RenderFormat format() {
        return new org.ratsinfo.render.RenderFormat("txt", "text/plain", "txt");
      }

      @Override
      public RenderOptions options() {
        return options;
      }

      @Override
      public void render(org.ratsinfo.document.ExcerptDocument document, OutputStream out) {
        throw new RenderException("kaputt");
      }

      @Override
      public void render(Excerpt excerpt, OutputStream out) throws IOException {
        if (excerpt.agendaItem().number().equals("3") && !excerpt.agendaItem().visibility().isPublic()) {
          throw new RenderException("die Tabelle passt nicht auf die Seite");
        }
        out.write('x');
      }
    };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    MeetingFiles meetingFiles = new MeetingFiles(Language.en, new PrintWriter(out, true),
        new PrintWriter(err, true), true);
    Path outDir = dir.resolve("out");
    int exit = meetingFiles.render(MEETING, sample, null, List.of(html, failing), outDir, null);
    assertEquals(3, exit, () -> out + "\n" + err);
    assertTrue(err.toString().contains(MEETING + ": NP 3: cannot render as txt: die Tabelle passt nicht auf"
        + " die Seite"), err::toString);
    assertTrue(err.toString().contains("\r[....................] 1/26 Oe-1"), err::toString);
    assertTrue(err.toString().contains("\r[####################] 26/26 N-7"), err::toString);
    assertTrue(err.toString().endsWith(NL), "the bar ends its line");
    assertFalse(out.toString().contains("rendered 1/26"), "no progress lines on a terminal");
    assertEquals("26 items, 25 rendered, 1 failed: NP 3: txt: die Tabelle passt nicht auf die Seite" + NL,
        out.toString());
    assertEquals(51, files(outDir).size(), "every other file, the HTML of NP 3 too");
  }

  @Test
  void theProgressBar() {
    assertEquals("[" + ".".repeat(20) + "] 0/25 Oe-1", MeetingFiles.bar(0, 25, "2026-09-15_Oe-1"));
    assertEquals("[##########..........] 12/24 Oe-7.2", MeetingFiles.bar(12, 24, "2017-02-28_Oe-7.2"));
    assertEquals("[####################] 3/3 N-3", MeetingFiles.bar(3, 3, "2017-02-28_N-3"));
  }

  @Test
  void zipIsForOneMeetingFile() throws IOException {
    Path copy = Files.copy(MEETING, dir.resolve("kopie.json"));
    Run two = run("render", "--format", "html", "--zip", dir.resolve("a.zip").toString(), MEETING.toString(),
        copy.toString());
    assertEquals(2, two.exit(), two::toString);
    assertTrue(two.err().contains("--zip"), two::toString);
    Run excerpt = run("render", "--format", "html", "--locale", "en", "--zip", dir.resolve("a.zip").toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(2, excerpt.exit(), excerpt::toString);
    assertTrue(excerpt.err().contains("--zip is for meeting files"), excerpt::toString);
    assertFalse(Files.exists(dir.resolve("a.zip")));
    // One file named twice is one file.
    Run same = run("render", "--format", "html", "--zip", dir.resolve("a.zip").toString(), copy.toString(),
        dir.resolve(".").resolve("kopie.json").toString());
    assertEquals(0, same.exit(), same::toString);
    assertEquals(26, entries(dir.resolve("a.zip")).size());
  }

  @Test
  void anUnwritableZipExitsFour() throws IOException {
    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    Run run = run("render", "--format", "html", "--zip", file.resolve("a.zip").toString(), MEETING.toString());
    assertEquals(4, run.exit(), run::toString);
  }

  @Test
  void validateChecksAMeetingFileAsAWhole() throws IOException {
    Run valid = run("validate", "--locale", "en", MEETING.toString());
    assertEquals(0, valid.exit(), valid::toString);
    assertEquals(MEETING + ": valid" + NL, valid.out());
    Path broken = withInvalidItem();
    Run invalid = run("validate", "--locale", "en", broken.toString());
    assertEquals(1, invalid.exit(), invalid::toString);
    assertTrue(invalid.out().contains(broken + ": meeting.agenda[21].title: must not be blank"), invalid::toString);
  }
}
