package org.ratsinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.cli.ValidateCommandTest.Run;
import org.ratsinfo.testing.LocaleSensitive;

/**
 * What issue 16 found the command line not telling: the labels' language on a machine that is not
 * German, the same file named two ways, why an input or output cannot be used, a target checked
 * before anything is rendered, and names that carry nothing the excerpts withhold.
 */
// Runs the command line in this JVM, some runs without --locale, whose messages follow the machine.
@LocaleSensitive
class CommandLineTruthTest {

  private static final Path SAMPLE = ValidateCommandTest.SAMPLE;
  private static final Path MEETING = RenderMeetingCommandTest.MEETING;

  @TempDir Path dir;

  private static Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  private static Run runIn(Locale system, String... args) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(system);
      return run(args);
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static List<String> names(Path directory) throws IOException {
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

  private Path fifo(String name) throws IOException, InterruptedException {
    assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"));
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo: " + e.getMessage());
      throw e;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    return fifo;
  }

  // ---------------------------------------------------------------------------------------------
  // Labels and messages

  /**
   * German council data gets German labels on any machine (C.UTF-8 reads as English, as does
   * en_US); the messages follow the machine; --locale sets both.
   */
  @Test
  void labelsAreGermanByDefaultWhateverTheSystemAndMessagesFollowIt() throws IOException {
    Path page = dir.resolve("out/herne-rat-2017-02-28-top-19.1.html");
    for (Locale system : List.of(Locale.US, Locale.ROOT, Locale.ENGLISH, Locale.GERMANY)) {
      Run run = runIn(system, "render", "--format", "html", "--out", dir.resolve("out").toString(),
          SAMPLE.toString());
      assertEquals(0, run.exit(), run::toString);
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertTrue(html.contains("Abstimmungsergebnis") && html.contains(" lang=\"de-DE\""),
          system + ": German labels");
      assertFalse(html.contains("Voting result"), system + ": no English label");
      boolean german = system.getLanguage().equals("de");
      assertEquals((german ? page + " geschrieben" : "wrote " + page) + System.lineSeparator(), run.out(),
          system + ": the messages in the system's language");
    }
    Run english = runIn(Locale.GERMANY, "render", "--format", "html", "--locale", "en", "--out",
        dir.resolve("out").toString(), SAMPLE.toString());
    assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("Voting result"));
    assertTrue(english.out().startsWith("wrote "), english::toString);
    Run german = runIn(Locale.US, "render", "--format", "html", "--locale", "de", "--out",
        dir.resolve("out").toString(), SAMPLE.toString());
    assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("Abstimmungsergebnis"));
    assertTrue(german.out().endsWith(" geschrieben" + System.lineSeparator()), german::toString);
  }

  @Test
  void aMeetingsLabelsAreGermanByDefaultToo() throws IOException {
    Run run = runIn(Locale.US, "render", "--format", "html", "--out", dir.resolve("out").toString(),
        MEETING.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().endsWith("26 items, 26 rendered, 0 failed" + System.lineSeparator()), run::toString);
    String page = Files.readString(dir.resolve("out/2026-09-15_Oe-5.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("Gremium") && page.contains(" lang=\"de-DE\""), page);
  }

  // ---------------------------------------------------------------------------------------------
  // One file, two names

  @Test
  void oneFileNamedTwoWaysIsRenderedOnce() throws IOException {
    Path file = Files.copy(SAMPLE, dir.resolve("herne.json"));
    Path link = Files.createSymbolicLink(dir.resolve("verweis.json"), file);
    Path out = dir.resolve("out");
    Run run = run("render", "--format", "html", "--locale", "en", "--out", out.toString(), file.toString(),
        dir.resolve(".").resolve("herne.json").toString(), dir.resolve("x/../herne.json").toString(),
        link.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    assertEquals(List.of("herne.html"), names(out), "once, under its first name");

    Path meeting = Files.copy(MEETING, dir.resolve("rat.json"));
    Run meetings = run("render", "--format", "html", "--locale", "en", "--out", dir.resolve("m").toString(),
        meeting.toString(), dir.resolve("./rat.json").toString());
    assertEquals(0, meetings.exit(), meetings::toString);
    assertEquals(26, names(dir.resolve("m")).size());
  }

  // ---------------------------------------------------------------------------------------------
  // Inputs that cannot be read, and why

  @Test
  void aDirectoryAsInputIsSaidToBeOne() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("ordner.json"));
    Run render = run("render", "--locale", "en", "--out", dir.resolve("out").toString(), folder.toString());
    assertEquals(2, render.exit(), render::toString);
    assertEquals(folder + ": is a directory, not a file; give the JSON files in it" + System.lineSeparator(),
        render.err());
    Run validate = run("validate", "--locale", "de", folder.toString());
    assertEquals(2, validate.exit(), validate::toString);
    assertTrue(validate.err().contains("ist ein Verzeichnis, keine Datei"), validate::toString);
  }

  @Test
  void aNamedPipeIsRefusedAtOnceNotReadForever() throws Exception {
    Path fifo = fifo("pipe.json");
    for (String[] args : List.of(
        new String[] {"render", "--locale", "en", "--out", dir.resolve("out").toString(), fifo.toString()},
        new String[] {"validate", "--locale", "en", fifo.toString()},
        new String[] {"render", "--from", "oparl", "--locale", "en", "--out", dir.resolve("out").toString(),
            fifo.toString()})) {
      Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(args));
      assertEquals(2, run.exit(), run::toString);
      assertEquals(fifo + ": is not a regular file (a named pipe, device or socket): refused, ratsinfo"
          + " reads files only" + System.lineSeparator(), run.err());
    }
    assertFalse(Files.exists(dir.resolve("out")));
  }

  /** In a child process whose permissions bind, the superuser's too (CI runs as root). */
  @Test
  void anUnreadableFileSaysPermissionDenied() throws Exception {
    Path file = Files.copy(SAMPLE, dir.resolve("geheim.json"));
    assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    ChildCli child = ChildCli.startBoundByPermissions(dir, "render", "--out", "out", "geheim.json");
    assertEquals(2, child.waitFor(Duration.ofSeconds(60)), child::toString);
    assertEquals("geheim.json: cannot read the file: permission denied" + System.lineSeparator(), child.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  /** The reasons, in either language, for what the file system says (also as the superuser). */
  @Test
  void theReasonsOfTheFileSystemInWords() {
    CliMessages english = new CliMessages(Language.en);
    CliMessages german = new CliMessages(Language.de);
    Path target = dir.resolve("out/herne.pdf");
    assertEquals("permission denied",
        IoReasons.of(new AccessDeniedException(target.toString()), target, english));
    assertEquals("Zugriff verweigert",
        IoReasons.of(new AccessDeniedException(target.toString()), target, german));
    assertEquals("permission denied (" + dir.resolve("out") + ")",
        IoReasons.of(new AccessDeniedException(dir.resolve("out").toString()), target, english),
        "the other path is named");
    assertEquals("read-only file system", IoReasons.of(
        new FileSystemException(target.toString(), null, "Read-only file system"), target, english));
    assertEquals("kein Platz mehr auf dem Gerät", IoReasons.of(
        new FileSystemException(target.toString(), null, "No space left on device"), target, german));
    assertEquals("is a directory",
        IoReasons.of(new FileSystemException(target.toString(), null, "Is a directory"), target, english));
    assertEquals("disk on fire", IoReasons.of(new IOException("disk on fire"), target, english));
  }

  // ---------------------------------------------------------------------------------------------
  // Outputs that cannot be written, and why

  @Test
  void aReadOnlyOutputNamesTheUsersPathAndTheReason() throws Exception {
    Path out = Files.createDirectories(dir.resolve("nur-lesen"));
    assumeTrue(Files.getFileStore(out).supportsFileAttributeView("posix"));
    Files.copy(SAMPLE, dir.resolve("herne.json"));
    Files.copy(MEETING, dir.resolve("rat.json"));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      ChildCli excerpt = ChildCli.startBoundByPermissions(dir, "render", "--format", "html", "--out",
          "nur-lesen", "herne.json");
      assertEquals(4, excerpt.waitFor(Duration.ofSeconds(60)), excerpt::toString);
      assertEquals(Path.of("nur-lesen", "herne.html") + ": cannot write the file: permission denied"
          + System.lineSeparator(), excerpt.err(), "the user's file, not a .tmp beside it");
      ChildCli meeting = ChildCli.startBoundByPermissions(dir, "render", "--format", "html", "--out",
          "nur-lesen", "rat.json");
      assertEquals(4, meeting.waitFor(Duration.ofSeconds(60)), meeting::toString);
      assertEquals("nur-lesen: cannot write into the directory: permission denied" + System.lineSeparator(),
          meeting.err());
      assertEquals("", meeting.out(), "checked before anything is rendered");
      ChildCli zip = ChildCli.startBoundByPermissions(dir, "render", "--format", "html", "--zip",
          "nur-lesen/a.zip", "rat.json");
      assertEquals(4, zip.waitFor(Duration.ofSeconds(60)), zip::toString);
      assertEquals(Path.of("nur-lesen", "a.zip") + ": cannot write the file: permission denied"
          + System.lineSeparator(), zip.err());
      assertEquals(List.of(), names(out));
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void anOutputUnderAFileSaysSo() throws IOException {
    Path file = Files.writeString(dir.resolve("datei"), "x");
    Run run = run("render", "--format", "html", "--locale", "en", "--out", file.resolve("out").toString(),
        MEETING.toString());
    assertEquals(4, run.exit(), run::toString);
    assertEquals(file.resolve("out") + ": cannot write into the directory: not a directory (" + file + ")"
        + System.lineSeparator(), run.err());
    assertFalse(run.out().contains("rendered"), run::toString);
  }

  /** --zip onto a directory: said at once, before a single item is rendered. */
  @Test
  void aZipOntoADirectoryIsRefusedBeforeAnythingIsRendered() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("archiv.zip"));
    Run run = run("render", "--format", "html", "--locale", "en", "--zip", folder.toString(),
        MEETING.toString());
    assertEquals(4, run.exit(), run::toString);
    assertEquals("", run.out(), "nothing rendered");
    assertEquals(folder + ": cannot write the file: is a directory" + System.lineSeparator(), run.err());
    assertEquals(List.of(), names(folder));
    assertEquals(List.of("archiv.zip"), names(dir), "no temporary file");
  }

  // ---------------------------------------------------------------------------------------------
  // Names carry nothing withheld

  @Test
  void withADateAndATopWithheldTheNamesShowNeither() throws IOException {
    Path out = dir.resolve("out");
    Run run = run("render", "--format", "html", "--audience", "public", "--withhold", "date,agenda-item",
        "--locale", "en", "--out", out.toString(), MEETING.toString());
    assertEquals(0, run.exit(), run::toString);
    List<String> written = names(out);
    assertEquals(19, written.size(), written::toString);
    assertEquals("Auszug-01.html", written.get(0));
    assertEquals("Auszug-19.html", written.get(18));
    for (String name : written) {
      String page = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
      assertFalse(page.contains("15.09.2026") || page.contains("2026-09-15"), name + ": the date, in the body");
    }
    assertTrue(run.out().contains("rendered 19/19: Auszug-19.html"), run::toString);

    Path zip = dir.resolve("a.zip");
    Run zipped = run("render", "--format", "html", "--audience", "public", "--withhold", "date",
        "--zip", zip.toString(), MEETING.toString());
    assertEquals(0, zipped.exit(), zipped::toString);
    List<String> entries = entries(zip);
    assertEquals("Oe-1.html", entries.get(0));
    assertTrue(entries.stream().noneMatch(n -> n.contains("2026")), entries::toString);

    Path both = dir.resolve("b.zip");
    run("render", "--format", "html", "--audience", "public", "--withhold", "agenda-item", "--zip",
        both.toString(), MEETING.toString());
    assertEquals("2026-09-15_Auszug-07.html", entries(both).get(6));

    // For the internal audience nothing is withheld, so the names are as ever.
    Path internal = dir.resolve("internal");
    Run forInternal = run("render", "--format", "html", "--audience", "internal", "--withhold",
        "date,agenda-item", "--out", internal.toString(), MEETING.toString());
    assertEquals(0, forInternal.exit(), forInternal::toString);
    assertTrue(names(internal).contains("2026-09-15_N-3.html"));
  }
}
