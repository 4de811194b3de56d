package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.Renderers;

class ReadmeExamplesTest {

  private static final Path ROOT = Path.of(System.getProperty("ratsinfo.samples")).getParent().getParent();

  /**
   * Each Java snippet of the README is code that compiles and runs: its lines appear, in order, in
   * ReadmeExamples (tested here) or, for the test a plug-in author writes, in the conformance test of
   * the plain-text plug-in.
   */
  @Test
  void everyJavaSnippetOfTheReadmeIsInReadmeExamples() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<List<String>> sources = new ArrayList<>();
    for (String file : List.of("examples/src/main/java/org/ratsinfo/examples/ReadmeExamples.java",
        "examples/src/test/java/org/ratsinfo/examples/PlainTextRendererConformanceTest.java")) {
      sources.add(Files.readAllLines(ROOT.resolve(file), StandardCharsets.UTF_8).stream()
          .map(String::strip).toList());
    }
    List<List<String>> snippets = javaSnippets(readme);
    assertFalse(snippets.isEmpty(), "the README has Java snippets");
    for (List<String> snippet : snippets) {
      assertTrue(sources.stream().anyMatch(source -> containsInOrder(source, snippet)),
          () -> "README snippet not in ReadmeExamples or the conformance test (in order):\n"
              + String.join("\n", snippet));
    }
  }

  private static boolean containsInOrder(List<String> source, List<String> snippet) {
    int at = 0;
    for (String line : snippet) {
      int found = source.subList(at, source.size()).indexOf(line);
      if (found < 0) {
        return false;
      }
      at += found + 1;
    }
    return true;
  }

  @Test
  void theLinkTargetsSnippetLinksPapersToTheIntegratorsPages() throws IOException {
    Excerpt budget = RatsinfoJson.standard().readExcerpt(
        ROOT.resolve("examples/samples/rat-musterstadt-2026-11-24-top-6-haushalt-2027.json"));
    org.ratsinfo.document.ExcerptDocument document = ReadmeExamples.linkTargets().layout(budget);
    java.util.List<java.net.URI> targets = new java.util.ArrayList<>();
    collectTargets(document.blocks(), targets);
    assertTrue(targets.contains(java.net.URI.create("https://ris.example.de/vorlage/2026-0316")), targets.toString());
    assertTrue(targets.stream().allMatch(t -> t.getHost().equals("ris.example.de")), targets.toString());
  }

  private static void collectTargets(List<org.ratsinfo.document.Block> blocks, List<java.net.URI> out) {
    for (org.ratsinfo.document.Block block : blocks) {
      if (block instanceof org.ratsinfo.document.Section section) {
        collectTargets(section.blocks(), out);
      } else if (block instanceof org.ratsinfo.document.LinkList list) {
        list.entries().stream().map(org.ratsinfo.document.LinkList.Entry::target)
            .filter(java.util.Objects::nonNull).forEach(out::add);
      }
    }
  }

  @Test
  void theAgendaAndMinutesSnippetWritesTheMinutesAsPdf() throws IOException {
    org.ratsinfo.render.RenderOptions options = org.ratsinfo.render.RenderOptions.defaults();
    org.ratsinfo.render.Renderers renderers = org.ratsinfo.render.Renderers.builder()
        .add(org.ratsinfo.render.pdf.PdfRenderer.builder().options(options).build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<org.ratsinfo.document.ExcerptDocument> documents = ReadmeExamples.agendaAndMinutes(
        ROOT.resolve("examples/samples/rat-musterstadt-2026-09-15.json"), options, renderers, out);
    assertEquals(List.of(org.ratsinfo.document.DocumentKind.AGENDA, org.ratsinfo.document.DocumentKind.MINUTES),
        documents.stream().map(org.ratsinfo.document.ExcerptDocument::kind).toList());
    assertTrue(out.toString(StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
  }

  @Test
  void theFirstScreenSnippetWritesEveryFormat(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    ReadmeExamples.useIt(HerneReferenceExcerptTest.SAMPLE, dir);
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("auszug.docx", "auszug.html", "auszug.pdf"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void theRendererOfOnesOwnWritesMarkdown() throws IOException {
    Excerpt sample = RatsinfoJson.standard().readExcerpt(HerneReferenceExcerptTest.SAMPLE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReadmeExamples.writingARenderer(org.ratsinfo.render.RenderOptions.defaults(), sample, musterstadt(), out);
    String markdown = out.toString(StandardCharsets.UTF_8);
    assertTrue(markdown.startsWith("Stadt Herne\n\n# Auszug - Anfrage: Sachstand"), markdown);
    assertTrue(markdown.contains("- TOP: Ö 19.1\n"), markdown);
    assertTrue(markdown.contains("\n## Abstimmungsergebnis\n"), markdown);
    assertTrue(markdown.contains("\n1. Wie ist der Sachstand"), "the questions of their section");
    assertTrue(markdown.contains("\n| dafür |"), "the tally of its section");
  }

  /**
   * The README's renderer writes every fact of the tree, the blocks of sections included (the
   * paper's fields, the resolution, questions, answers and the tally): a plug-in author's first
   * renderer must not lose data.
   */
  @Test
  void theRendererOfOnesOwnLosesNoFactOfTheTree() throws IOException {
    org.ratsinfo.model.MeetingExcerpts meeting = musterstadt();
    for (org.ratsinfo.render.RenderOptions options : EveryFact.options()) {
      for (Excerpt excerpt : EveryFact.excerpts()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadmeExamples.writingARenderer(options, excerpt, meeting, out);
        String output = shown(out.toString(StandardCharsets.UTF_8));
        EveryFact.assertIn(options, excerpt, output);
        EveryFact.assertIn(options.layout(org.ratsinfo.document.DocumentKind.MINUTES, meeting).get(0), output);
      }
    }
  }

  /**
   * The README's renderer escapes what Markdown would read as markup: a title, a paragraph, a field
   * and a list that look like Markdown and HTML come out as text, and what the plain-text step takes
   * out (a bidirectional override, NUL) is gone.
   */
  @Test
  void theRendererOfOnesOwnWritesTheTreesTextAsText() throws IOException {
    Excerpt sample = RatsinfoJson.standard().readExcerpt(HerneReferenceExcerptTest.SAMPLE);
    org.ratsinfo.model.AgendaItem item = sample.agendaItem().toBuilder()
        .title("# <script>alert(1)</script> *fett* [Link](https://evil.example)\u202E")
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReadmeExamples.writingARenderer(org.ratsinfo.render.RenderOptions.defaults(), sample.withAgendaItem(item),
        musterstadt(), out);
    String markdown = out.toString(StandardCharsets.UTF_8);
    assertTrue(markdown.contains(
        "\n# Auszug - \\# \\<script\\>alert(1)\\</script\\> \\*fett\\* \\[Link\\](https://evil.example)\n"),
        markdown);
    assertFalse(markdown.contains("\u202E"), "no bidirectional override");
    assertFalse(markdown.contains("<script>"), markdown);
  }

  /** What a reader of the Markdown sees of a text: its backslash escapes resolved. */
  private static String shown(String markdown) {
    return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
  }

  private static org.ratsinfo.model.MeetingExcerpts musterstadt() throws IOException {
    return RatsinfoJson.standard().readMeetingExcerpts(
        ROOT.resolve("examples/samples/rat-musterstadt-2026-09-15.json"));
  }

  @Test
  void theOParlSnippetRendersTheDumpAndWritesTheMeetingWithItsTally(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path dump = ROOT.resolve("examples/samples/oparl-beispielstadt");
    org.ratsinfo.model.MeetingExcerpts imported =
        org.ratsinfo.oparl.OParlReader.standard().read(dump).meetings().get(0);
    org.ratsinfo.model.AgendaItem motion = imported.meeting().agenda().get(4).toBuilder()
        .voteTally(org.ratsinfo.model.VoteTally.of(List.of(org.ratsinfo.model.VotingGroup.of("SPD",
            org.ratsinfo.model.VoteCounts.of(14, 0, 0)))))
        .build();
    org.ratsinfo.model.MeetingExcerpts nativeMeeting =
        imported.withMeeting(imported.meeting().withAgenda(List.of(motion)));
    org.ratsinfo.render.batch.MeetingRenderer batch = org.ratsinfo.render.batch.MeetingRenderer.builder()
        .add(org.ratsinfo.render.html.HtmlRenderer.builder().build()).build();
    String oparl = ReadmeExamples.oparl(dump, batch, dir, nativeMeeting);
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(10, files.count(), "every public item");
    }
    assertTrue(oparl.contains("\"ratsinfo:voteEvents\""), oparl);
    assertTrue(oparl.contains("\"option\": \"yes\""), oparl);
  }

  @Test
  void theModelSnippetValidates() {
    assertEquals(List.of(), ReadmeExamples.modelAndValidation());
  }

  @Test
  void theJsonSnippetRoundTrips() throws IOException {
    Path sample = HerneReferenceExcerptTest.SAMPLE;
    assertEquals(RatsinfoJson.standard().readExcerpt(sample),
        RatsinfoJson.standard().readExcerpt(ReadmeExamples.json(sample)));
  }

  @Test
  void theOwnMapperSnippetWritesWhatRatsinfoJsonWrites() throws IOException {
    Path sample = HerneReferenceExcerptTest.SAMPLE;
    Excerpt excerpt = RatsinfoJson.standard().readExcerpt(sample);
    List<String> written = ReadmeExamples.ownMapper(Files.readAllBytes(sample));
    assertEquals(RatsinfoJson.builder().prettyPrint(false).build().writeString(excerpt), written.get(0));
    assertEquals(RatsinfoJson.standard().writeString(excerpt), written.get(1));
  }

  @Test
  void theRenderingSnippetsWork() throws IOException {
    Excerpt sample = RatsinfoJson.standard().readExcerpt(HerneReferenceExcerptTest.SAMPLE);
    String page = ReadmeExamples.rendering(sample);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    assertTrue(page.contains("Voting result"), "English labels");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Renderers> registries = ReadmeExamples.registries(sample, out);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Abstimmungsergebnis"));
    assertEquals(List.of(RenderFormat.HTML), registries.get(0).formats());
    assertTrue(registries.get(1).formats().contains(RenderFormat.HTML), "found by ServiceLoader");

    List<String> fragment = ReadmeExamples.fragment(sample);
    assertTrue(fragment.get(0).startsWith("<article class=\"ratsinfo-excerpt\""), fragment.get(0));
    assertTrue(fragment.get(1).contains(".ratsinfo-excerpt"));
  }

  @Test
  void theRedactionSnippetWithholdsTheClerkAndTheAuthors() throws IOException {
    Excerpt sample = RatsinfoJson.standard().readExcerpt(HerneReferenceExcerptTest.SAMPLE);
    org.ratsinfo.render.RenderOptions options = ReadmeExamples.withheld();
    String page = org.ratsinfo.render.html.HtmlRenderer.builder().options(options).build().renderToString(sample);
    assertFalse(page.contains("Gresch"), page);
    assertFalse(page.contains("Prennig"), page);
    assertTrue(page.contains("FB 11 - Rat und Bezirksvertretungen"), page);
    String internal = org.ratsinfo.render.html.HtmlRenderer.builder().options(options).build()
        .renderToString(sample.withAudience(org.ratsinfo.model.Audience.INTERNAL));
    assertTrue(internal.contains("Gresch, Norbert"), internal);
  }

  @Test
  void thePdfSnippetWritesAPdf() throws IOException {
    Excerpt sample = RatsinfoJson.standard().readExcerpt(HerneReferenceExcerptTest.SAMPLE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReadmeExamples.pdf(org.ratsinfo.render.RenderOptions.defaults(), sample, out);
    assertTrue(out.toString(StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
  }

  @Test
  void theDocxSnippetFillsATemplate(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Excerpt sample = RatsinfoJson.standard().readExcerpt(HerneReferenceExcerptTest.SAMPLE);
    // Any DOCX with the required styles is a template: here one that ratsinfo made itself.
    Path template = dir.resolve("vorlage.docx");
    Files.write(template, org.ratsinfo.render.docx.DocxRenderer.builder().build().renderToBytes(
        org.ratsinfo.render.RenderOptions.defaults().layout(sample)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReadmeExamples.docx(org.ratsinfo.render.RenderOptions.defaults(), sample, out, template);
    byte[] docx = out.toByteArray();
    assertTrue(docx.length > 1000 && docx[0] == 'P' && docx[1] == 'K');
  }

  @Test
  void theMeetingSnippetRendersEveryItem(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path musterstadt = HerneReferenceExcerptTest.SAMPLE.resolveSibling("rat-musterstadt-2026-09-15.json");
    Path zip = dir.resolve("rat.zip");
    org.ratsinfo.render.batch.BatchResult result = ReadmeExamples.meeting(musterstadt,
        org.ratsinfo.render.html.HtmlRenderer.builder().build(),
        org.ratsinfo.render.docx.DocxRenderer.builder().build(), zip);
    assertTrue(result.ok(), result::toString);
    assertEquals(26, result.total());
    try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
      assertEquals(52, file.size(), "26 items in two formats");
    }
  }

  private static List<List<String>> javaSnippets(String markdown) {
    List<List<String>> snippets = new ArrayList<>();
    List<String> current = null;
    for (String line : markdown.split("\n", -1)) {
      if (current == null && line.strip().equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && line.strip().equals("```")) {
        snippets.add(current);
        current = null;
      } else if (current != null && !line.isBlank()) {
        current.add(line.strip());
      }
    }
    return snippets;
  }
}
