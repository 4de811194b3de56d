package org.ratsinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * The command line in a child process, stopped by SIGINT or SIGTERM half-way through a batch: no
 * temporary file is left, and every file that was finished is complete; and given an input too large
 * for its memory: exit code 3 and a message, never an uncaught OutOfMemoryError.
 */
class InterruptAndMemoryTest {

  private static final Duration START = Duration.ofSeconds(120);
  private static final Duration END = Duration.ofSeconds(60);

  @TempDir Path dir;

  /** The Musterstadt meeting's public items, again and again, numbered 1 … count. */
  private Path bigMeeting(int count) throws IOException {
    MeetingExcerpts sample = RatsinfoJson.standard().readMeetingExcerpts(RenderMeetingCommandTest.MEETING);
    List<AgendaItem> publicItems = sample.meeting().agenda().stream()
        .filter(i -> i.visibility().isPublic()).toList();
    List<AgendaItem> agenda = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      agenda.add(publicItems.get(i % publicItems.size()).toBuilder()
          .number(Integer.toString(i + 1)).order(i).build());
    }
    Path file = dir.resolve("gross.json");
    Files.writeString(file, RatsinfoJson.standard().writeString(
        sample.withMeeting(sample.meeting().withAgenda(agenda))), StandardCharsets.UTF_8);
    return file;
  }

  private static List<Path> files(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(directory)) {
      return s.sorted().toList();
    }
  }

  private static long finished(Path directory) {
    try {
      return files(directory).stream().filter(p -> !p.getFileName().toString().startsWith(".")).count();
    } catch (IOException e) {
      return 0;
    }
  }

  /** No temporary file, and every file complete: a page to its end, a PDF to %%EOF, a DOCX readable. */
  private static void assertCompleteAndNoTemporaryFile(Path directory) throws IOException {
    for (Path file : files(directory)) {
      String name = file.getFileName().toString();
      assertFalse(name.startsWith(".") || name.endsWith(".tmp"), "a temporary file is left: " + name);
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.ISO_8859_1).strip();
      if (name.endsWith(".html")) {
        assertTrue(text.endsWith("</html>"), name);
      } else if (name.endsWith(".pdf")) {
        assertTrue(text.endsWith("%%EOF"), name);
      } else {
        assertTrue(name.endsWith(".docx"), name);
        try (ZipFile docx = new ZipFile(file.toFile())) {
          assertTrue(docx.getEntry("word/document.xml") != null, name);
        }
      }
    }
  }

  private static int exitOf(String signal) {
    return 128 + (signal.equals("INT") ? 2 : 15);
  }

  /**
   * Excerpt files are rendered while their temporary file is open (the render writes into it), so a
   * signal nearly always finds some: none may be left.
   */
  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"INT", "TERM"})
  void excerptFilesStoppedLeaveNoTemporaryFile(String signal) throws Exception {
    List<String> args = new ArrayList<>(List.of("render", "--format", "all", "--out", "out"));
    for (int i = 0; i < 100; i++) {
      Path copy = dir.resolve("top-" + i + ".json");
      Files.copy(ValidateCommandTest.SAMPLE, copy);
      args.add(copy.getFileName().toString());
    }
    Path out = dir.resolve("out");
    ChildCli child = ChildCli.start(dir, List.of(), args.toArray(String[]::new));
    try {
      assertTrue(child.awaitWhileAlive(() -> finished(out) >= 4, START), child::toString);
      child.signal(signal);
      assertEquals(exitOf(signal), child.waitFor(END), "stopped by the signal, not finished: " + child);
    } finally {
      child.kill();
    }
    assertCompleteAndNoTemporaryFile(out);
    assertTrue(finished(out) < 300, "stopped half-way");
    assertTrue(child.err().contains("ratsinfo: stopped; the files written so far are complete, no"
        + " partial file is left"), child::toString);
    assertFalse(child.err().contains("Exception"), child::toString);
  }

  /** A ZIP archive is written to a temporary file from the first item on: stopped, neither is left. */
  @ParameterizedTest(name = "SIG{0}")
  @ValueSource(strings = {"INT", "TERM"})
  void aMeetingIntoAZipStoppedLeavesNoArchiveAndNoTemporaryFile(String signal) throws Exception {
    Path meeting = bigMeeting(300);
    Path archive = dir.resolve("archiv");
    Files.createDirectories(archive);
    ChildCli child = ChildCli.start(dir, List.of(), "render", "--format", "all", "--zip",
        "archiv/auszuege.zip", meeting.getFileName().toString());
    try {
      assertTrue(child.awaitWhileAlive(() -> {
        try {
          return files(archive).stream().anyMatch(p -> p.toFile().length() > 100_000);
        } catch (IOException e) {
          return false;
        }
      }, START), child::toString);
      child.signal(signal);
      assertEquals(exitOf(signal), child.waitFor(END), child::toString);
    } finally {
      child.kill();
    }
    assertEquals(List.of(), files(archive), "no archive, no partial archive");
  }

  @Test
  void aMeetingIntoADirectoryStoppedKeepsItsFinishedFilesComplete() throws Exception {
    Path meeting = bigMeeting(300);
    Path out = dir.resolve("out");
    ChildCli child = ChildCli.start(dir, List.of(), "render", "--format", "all", "--out", "out",
        meeting.getFileName().toString());
    try {
      assertTrue(child.awaitWhileAlive(() -> finished(out) >= 6, START), child::toString);
      child.signal("TERM");
      assertEquals(exitOf("TERM"), child.waitFor(END), child::toString);
    } finally {
      child.kill();
    }
    assertCompleteAndNoTemporaryFile(out);
    assertTrue(finished(out) >= 6 && finished(out) < 900, "stopped half-way");
  }

  /** Ten questions of four million characters: 40 MB of JSON, more than 32 MB of heap can hold. */
  @Test
  void anInputTooLargeForTheMemoryIsExitThreeWithAMessage() throws Exception {
    Path big = dir.resolve("gross.json");
    String sample = Files.readString(ValidateCommandTest.SAMPLE, StandardCharsets.UTF_8);
    int questions = sample.indexOf("\"questions\": [");
    int answer = sample.indexOf("\"answer\":", questions);
    assertTrue(questions > 0 && answer > questions);
    try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write(sample, 0, questions);
      out.write("\"questions\": [");
      for (int i = 1; i <= 10; i++) {
        out.write((i > 1 ? ", " : "") + "{\"number\": " + i + ", \"text\": \"");
        out.write("Wort ".repeat(800_000));
        out.write("\"}");
      }
      out.write("],\n      ");
      out.write(sample, answer, sample.length() - answer);
    }
    ChildCli child = ChildCli.start(dir, List.of("-Xmx32m"), "render", "--format", "html", "--out", "out",
        big.getFileName().toString());
    int exit = child.waitFor(END);
    assertEquals(3, exit, child::toString);
    assertTrue(child.err().contains("gross.json: out of memory while reading it: the input is too large"
        + " for the memory Java was given"), child::toString);
    assertTrue(child.err().contains("RATSINFO_JAVA_OPTS=-Xmx2g"), child::toString);
    assertFalse(child.err().contains("OutOfMemoryError") || child.err().contains("\tat "), child::toString);
  }

  /** The same for OParl: an agenda of names of four million characters each. */
  @Test
  void anOParlInputTooLargeForTheMemoryIsExitThreeWithAMessage() throws Exception {
    Path big = dir.resolve("oparl.json");
    try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write("{\"id\": \"https://ris.example.org/oparl/meeting/1\", \"type\":"
          + " \"https://schema.oparl.org/1.1/Meeting\", \"start\": \"2026-06-11T17:00:00+02:00\","
          + " \"agendaItem\": [");
      for (int i = 1; i <= 10; i++) {
        out.write((i > 1 ? ", " : "") + "{\"id\": \"https://ris.example.org/oparl/ai/" + i + "\", \"type\":"
            + " \"https://schema.oparl.org/1.1/AgendaItem\", \"number\": \"" + i + "\", \"order\": " + i
            + ", \"public\": true, \"name\": \"");
        out.write("Wort ".repeat(800_000));
        out.write("\"}");
      }
      out.write("]}");
    }
    ChildCli child = ChildCli.start(dir, List.of("-Xmx32m"), "render", "--from", "oparl", "--format",
        "html", "--out", "out", big.getFileName().toString());
    int exit = child.waitFor(END);
    assertEquals(3, exit, child::toString);
    assertTrue(child.err().contains("oparl.json: out of memory while reading it"), child::toString);
    assertFalse(child.err().contains("OutOfMemoryError") || child.err().contains("\tat "), child::toString);
  }
}
