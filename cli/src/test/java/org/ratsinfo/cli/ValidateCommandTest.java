package org.ratsinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.testing.LocaleSensitive;

// Runs the command line in this JVM, some runs without --locale, whose messages follow the machine.
@LocaleSensitive
class ValidateCommandTest {

  static final Path SAMPLE =
      Path.of(System.getProperty("ratsinfo.samples"), "herne-rat-2017-02-28-top-19.1.json");

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path brokenCopy() throws IOException {
    String json = Files.readString(SAMPLE, StandardCharsets.UTF_8)
        .replace("\"end\": \"2017-02-28T17:55:00+01:00[Europe/Berlin]\"",
            "\"end\": \"2017-02-28T15:55:00+01:00[Europe/Berlin]\"")
        .replace("\"number\": \"19.1\"", "\"number\": \"19..1\"");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, json, StandardCharsets.UTF_8);
    return broken;
  }

  @Test
  void theSampleIsValid() {
    Run run = run("validate", "--locale", "en", SAMPLE.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals(SAMPLE + ": valid" + System.lineSeparator(), run.out());
    assertEquals("", run.err());
  }

  @Test
  void aBrokenCopyExitsOneWithEveryViolationInTheChosenLanguage() throws IOException {
    Path broken = brokenCopy();

    Run english = run("validate", "--locale", "en", broken.toString());
    assertEquals(1, english.exit(), english::toString);
    assertEquals(String.join(System.lineSeparator(),
            broken + ": agendaItem.number: must be letters or digits in segments separated by dots,"
                + " such as 19.1 or 3a",
            broken + ": meeting.end: must not be before the start", ""),
        english.out());

    Run german = run("validate", "--locale", "de", broken.toString());
    assertEquals(1, german.exit());
    assertTrue(german.out().contains(broken + ": meeting.end: darf nicht vor dem Beginn liegen"),
        german::toString);
  }

  @Test
  void malformedJsonExitsTwoNamingWhereItIs() throws IOException {
    Path malformed = dir.resolve("malformed.json");
    Files.writeString(malformed, "{\n  \"body\": {\"name\": \"Stadt Herne\", \"colour\": 1}\n}\n");
    Run run = run("validate", "--locale", "en", malformed.toString());
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().startsWith(malformed + ": "), run::toString);
    assertTrue(run.err().contains("$.body"), run::toString);
    assertTrue(run.err().contains("colour"), run::toString);
    assertTrue(run.err().contains("line 2"), run::toString);
    assertFalse(run.err().contains("Exception"), run::toString);
    assertFalse(run.err().contains("\tat "), "no stack trace");
  }

  @Test
  void braceInAFileNameIsNotAPlaceholder() throws IOException {
    // Not UTF-8: the message names the file, where the bad byte is and the rule; "{1}" in the name
    // stays as it is.
    Path odd = dir.resolve("a{1}.json");
    Files.write(odd, "{\"body\": {\"name\": \"H\u00e4rne\"}}".getBytes(StandardCharsets.ISO_8859_1));
    Run run = run("validate", "--locale", "en", odd.toString());
    assertEquals(2, run.exit(), run::toString);
    assertEquals(odd + ": $.body.name (line 1, column 21): the text contains bytes that are not valid in its "
        + "character encoding (files are read as UTF-8)", run.err().strip(), run::toString);
  }

  @Test
  void aMissingFileExitsTwo() {
    Run run = run("validate", "--locale", "de", dir.resolve("nope.json").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Datei nicht gefunden"), run::toString);
  }

  @Test
  void theWorstResultDecidesTheExitCode() throws IOException {
    Path malformed = dir.resolve("empty.json");
    Files.writeString(malformed, "");
    Run run = run("validate", SAMPLE.toString(), brokenCopy().toString(), malformed.toString());
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.out().contains("meeting.end"), "later files are still checked");
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("validate"), help::toString);
    Run validateHelp = run("validate", "--help");
    assertTrue(validateHelp.out().contains("--locale"), validateHelp::toString);
    assertTrue(validateHelp.out().contains("Exit codes"), validateHelp::toString);
    Run version = run("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("ratsinfo 0."), version::toString);
  }

  @Test
  void wrongUsageExitsTwo() {
    assertEquals(2, run("validate").exit());
    assertEquals(2, run("validate", "--locale", "fr", SAMPLE.toString()).exit());
    assertEquals(2, run("frobnicate").exit());
    Run none = run();
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("Usage: ratsinfo"), none::toString);
  }
}
