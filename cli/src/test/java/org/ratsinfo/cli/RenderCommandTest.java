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
import org.ratsinfo.testing.LocaleSensitive;

// Runs the command line in this JVM, some runs without --locale, whose messages follow the machine.
@LocaleSensitive
class RenderCommandTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return ValidateCommandTest.run(args);
  }

  private List<String> written() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void rendersTheSampleInEveryFormat() throws IOException {
    Path out = dir.resolve("out");
    Run run = run("render", "--locale", "en", "--out", out.toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    Path html = out.resolve("herne-rat-2017-02-28-top-19.1.html");
    Path pdf = out.resolve("herne-rat-2017-02-28-top-19.1.pdf");
    Path docx = out.resolve("herne-rat-2017-02-28-top-19.1.docx");
    assertEquals(String.join(System.lineSeparator(), "wrote " + html, "wrote " + pdf, "wrote " + docx, ""),
        run.out());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    assertTrue(page.contains("Voting result"), "English labels");
    assertTrue(new String(Files.readAllBytes(pdf), 0, 8, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    byte[] zip = Files.readAllBytes(docx);
    assertTrue(zip.length > 1000 && zip[0] == 'P' && zip[1] == 'K', "a DOCX is a ZIP package");
    assertEquals(List.of("out/herne-rat-2017-02-28-top-19.1.docx", "out/herne-rat-2017-02-28-top-19.1.html",
        "out/herne-rat-2017-02-28-top-19.1.pdf"), written());
  }

  @Test
  void aFragmentInGerman() throws IOException {
    Run run = run("render", "--format", "html", "--fragment", "--locale", "de", "--out",
        dir.toString(), ValidateCommandTest.SAMPLE.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    String fragment = Files.readString(dir.resolve("herne-rat-2017-02-28-top-19.1.html"));
    assertTrue(fragment.startsWith("<article class=\"ratsinfo-excerpt\""), fragment);
    assertFalse(fragment.contains("<html"));
    assertTrue(fragment.contains("Abstimmungsergebnis"));
  }

  @Test
  void anInvalidFileIsReportedAndNothingIsWritten() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(ValidateCommandTest.SAMPLE, StandardCharsets.UTF_8)
        .replace("\"number\": \"19.1\"", "\"number\": \"19..1\""), StandardCharsets.UTF_8);
    Run run = run("render", "--format", "html", "--locale", "en", "--out", dir.resolve("out").toString(),
        broken.toString());
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.out().startsWith(broken + ": agendaItem.number: "), run::toString);
    assertEquals(List.of("broken.json"), written());
  }

  @Test
  void aPublicRenderingOfANonPublicItemIsInvalid() throws IOException {
    Path nonPublic = dir.resolve("n3.json");
    Files.writeString(nonPublic, Files.readString(ValidateCommandTest.SAMPLE, StandardCharsets.UTF_8)
        .replace("\"visibility\": \"public\",\n    \"order\"", "\"visibility\": \"nonPublic\",\n    \"order\"")
        .replace("\"audience\": \"public\"", "\"audience\": \"internal\""), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Run internal = run("render", "--format", "html", "--locale", "de", "--out", out.toString(),
        nonPublic.toString());
    assertEquals(0, internal.exit(), internal::toString);
    assertTrue(Files.readString(out.resolve("n3.html")).contains("N 19.1"));

    Files.delete(out.resolve("n3.html"));
    Run forPublic = run("render", "--format", "html", "--audience", "public", "--locale", "en",
        "--out", out.toString(), nonPublic.toString());
    assertEquals(1, forPublic.exit(), forPublic::toString);
    assertTrue(forPublic.out().contains("agendaItem.visibility: a public excerpt cannot show a"
        + " non-public agenda item"), forPublic::toString);
    assertFalse(Files.exists(out.resolve("n3.html")));
  }

  @Test
  void withheldFieldsAreLeftOutOfPublicExcerptsOnly() throws IOException {
    Path out = dir.resolve("out");
    Path html = out.resolve("herne-rat-2017-02-28-top-19.1.html");
    Run forPublic = run("render", "--format", "html", "--withhold", "clerk,Lead_Department",
        "--withhold", "originators", "--locale", "de", "--out", out.toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(0, forPublic.exit(), forPublic::toString);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("Rat der Stadt") && page.contains("2017/0137"), page);
    for (String withheld : List.of("Gresch", "Bearbeiter", "Prennig", "Verfasser", "FB 11", "Federführend")) {
      assertFalse(page.contains(withheld), withheld);
    }

    Run internal = run("render", "--format", "html", "--withhold", "clerk", "--audience", "internal",
        "--out", out.toString(), ValidateCommandTest.SAMPLE.toString());
    assertEquals(0, internal.exit(), internal::toString);
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("Gresch, Norbert"));
  }

  @Test
  void theTallyLayoutCanBeChosen() throws IOException {
    Path out = dir.resolve("out");
    Path html = out.resolve("herne-rat-2017-02-28-top-19.1.html");
    String groupAsColumn = "<th scope=\"col\">Piraten/AL</th>";
    String groupAsRow = "<th scope=\"row\">Piraten/AL</th>";
    Run auto = run("render", "--format", "html", "--locale", "de", "--out", out.toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(0, auto.exit(), auto::toString);
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains(groupAsColumn));
    Run rows = run("render", "--format", "html", "--tally-layout", "rows", "--locale", "de",
        "--out", out.toString(), ValidateCommandTest.SAMPLE.toString());
    assertEquals(0, rows.exit(), rows::toString);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains(groupAsRow) && !page.contains(groupAsColumn), page);
    Run wrong = run("render", "--tally-layout", "diagonal", "--out", out.toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(2, wrong.exit(), wrong::toString);
    assertTrue(wrong.err().contains("auto, columns, rows"), wrong::toString);
  }

  @Test
  void theContentLanguageMarksTheDataOfAnEnglishPage() throws IOException {
    Path out = dir.resolve("out");
    Path html = out.resolve("herne-rat-2017-02-28-top-19.1.html");
    Run english = run("render", "--format", "html", "--locale", "en", "--out", out.toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(0, english.exit(), english::toString);
    assertTrue(Files.readString(html, StandardCharsets.UTF_8)
        .contains("<dd lang=\"de-DE\" xml:lang=\"de-DE\">Rat der Stadt</dd>"));
    Run austrian = run("render", "--format", "html", "--locale", "en", "--content-language", "de-AT",
        "--out", out.toString(), ValidateCommandTest.SAMPLE.toString());
    assertEquals(0, austrian.exit(), austrian::toString);
    assertTrue(Files.readString(html, StandardCharsets.UTF_8)
        .contains("<dd lang=\"de-AT\" xml:lang=\"de-AT\">Rat der Stadt</dd>"));
    Run wrong = run("render", "--content-language", "de_DE", "--out", out.toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(2, wrong.exit(), wrong::toString);
    assertTrue(wrong.err().contains("'de_DE' is no language tag such as de-DE"), wrong::toString);
  }

  @Test
  void anUnknownWithheldFieldIsAUsageErrorThatNamesTheFields() throws IOException {
    Run run = run("render", "--withhold", "clerk,salary", "--out", dir.toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().contains("'salary'") && run.err().contains("clerk, consultation-role"), run::toString);
    assertEquals(List.of(), written());
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatNamesTheFormatsThereAre() {
    Run run = run("render", "--format", "rtf", "--out", dir.toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().contains("html, pdf, docx, all"), run::toString);
  }

  @Test
  void malformedAndMissingFilesExitTwoAndTheOthersAreStillRendered() throws IOException {
    Path malformed = dir.resolve("m.json");
    Files.writeString(malformed, "{\"body\": ");
    Run run = run("render", "--format", "html", "--out", dir.resolve("out").toString(),
        malformed.toString(), dir.resolve("missing.json").toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(2, run.exit(), run::toString);
    assertTrue(Files.exists(dir.resolve("out/herne-rat-2017-02-28-top-19.1.html")));
    assertFalse(run.err().contains("Exception"), run::toString);
  }

  @Test
  void anUnwritableOutputExitsFour() throws IOException {
    Path notADirectory = dir.resolve("file");
    Files.writeString(notADirectory, "x");
    Run run = run("render", "--format", "html", "--out", notADirectory.toString(),
        ValidateCommandTest.SAMPLE.toString());
    assertEquals(4, run.exit(), run::toString);
  }

  @Test
  void twoExcerptFilesOfOneNameDoNotOverwriteEachOther() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a")).resolve("top.json");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("TOP.json");
    Files.copy(ValidateCommandTest.SAMPLE, a);
    String other = Files.readString(ValidateCommandTest.SAMPLE, StandardCharsets.UTF_8)
        .replace("\"name\": \"Stadt Herne\"", "\"name\": \"Stadt Herne aus b\"");
    org.junit.jupiter.api.Assertions.assertNotEquals(Files.readString(a, StandardCharsets.UTF_8), other);
    Files.writeString(b, other, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run run = run("render", "--format", "html", "--locale", "en", "--out", out.toString(),
        a.toString(), b.toString());
    assertEquals(4, run.exit(), run::toString);
    assertEquals(b + ": not written: its files (" + out.toAbsolutePath().resolve("TOP") + ".*) would "
        + "overwrite those of " + a + ", written in this run; render it into another --out directory",
        run.err().strip());
    assertEquals(List.of("a/top.json", "b/TOP.json", "out/top.html"), written());
    assertFalse(Files.readString(out.resolve("top.html"), StandardCharsets.UTF_8).contains("Stadt Herne aus b"));

    Run german = run("render", "--format", "html", "--locale", "de", "--out", out.toString(),
        a.toString(), b.toString());
    assertEquals(4, german.exit(), german::toString);
    assertTrue(german.err().contains("würden die von " + a + " aus diesem Lauf überschreiben"), german::toString);
  }

  @Test
  void oneFileTwiceIsRenderedOnce() throws IOException {
    Run run = run("render", "--format", "html", "--out", dir.resolve("out").toString(),
        ValidateCommandTest.SAMPLE.toString(), ValidateCommandTest.SAMPLE.toString());
    assertEquals(0, run.exit(), run::toString);
    assertEquals(List.of("out/herne-rat-2017-02-28-top-19.1.html"), written());
  }

  @Test
  void outputNamesDropTheJsonExtension() {
    assertEquals("a", RenderCommand.baseName(Path.of("x/a.json")));
    assertEquals("a.JSON.txt", RenderCommand.baseName(Path.of("a.JSON.txt")));
    assertEquals("b", RenderCommand.baseName(Path.of("b.JSON")));
    assertEquals(".json", RenderCommand.baseName(Path.of(".json")));
  }
}
