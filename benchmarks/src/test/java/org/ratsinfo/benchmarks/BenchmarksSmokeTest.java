package org.ratsinfo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.VotingMethod;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.testkit.DocumentFacts;

/**
 * Each benchmark method runs once per input and its output holds every fact of the excerpt: ratsinfo
 * and the baselines make the same content, which is what makes the comparison fair. The build runs
 * this test, never the benchmarks.
 */
class BenchmarksSmokeTest {

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void html(Inputs input) {
    HtmlBenchmark b = new HtmlBenchmark();
    b.input = input;
    b.setUp();
    List<String> facts = facts(input);
    assertHas("ratsinfo", b.ratsinfo(new Cursor()), facts, BenchmarksSmokeTest::htmlText);
    assertHas("freemarker", b.freemarker(new Cursor()), facts, BenchmarksSmokeTest::htmlText);
    assertHas("stringBuilder", b.stringBuilder(new Cursor()), facts, BenchmarksSmokeTest::htmlText);
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void json(Inputs input) throws IOException {
    JsonBenchmark b = new JsonBenchmark();
    b.input = input;
    b.setUp();
    Record read = b.readString();
    assertEquals(read, b.readBytes());
    assertEquals(read, RatsinfoJson.standard().read(b.writeString(), read.getClass()));
    assertEquals(b.writeString(), new String(b.writeBytes(), StandardCharsets.UTF_8));
    assertEquals(input.excerpts().get(0).body(),
        read instanceof Excerpt e ? e.body() : ((MeetingExcerpts) read).body());
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void pdf(Inputs input) {
    PdfBenchmark b = new PdfBenchmark();
    b.input = input;
    b.setUp();
    List<String> facts = facts(input);
    Function<byte[], String> text = pdfFacts(input);
    byte[] pdfA = b.openhtmltopdfPdfA(new Cursor());
    assertHas("ratsinfo", b.ratsinfo(new Cursor()), facts, text);
    assertHas("openhtmltopdfPdfA", pdfA, facts, text);
    assertHas("openhtmltopdfPlain", b.openhtmltopdfPlain(new Cursor()), facts, text);
    String raw = new String(pdfA, StandardCharsets.ISO_8859_1);
    assertTrue(raw.contains("pdfaid:part") && raw.contains("pdfuaid:part"),
        "the PDF/A baseline claims PDF/A and PDF/UA");
  }

  @ParameterizedTest
  @EnumSource(value = Inputs.class, names = {"REFERENCE", "LONG"})
  void frontDoor(Inputs input) throws IOException {
    for (boolean textWidths : new boolean[] {true, false}) {
      FrontDoorBenchmark b = new FrontDoorBenchmark();
      b.input = input;
      b.textWidths = textWidths;
      b.setUp();
      assertHas("frontDoor, textWidths " + textWidths, b.render(new Cursor()), facts(input),
          pdfFacts(input));
    }
  }

  /**
   * The text of a PDF of the input's first excerpt, squeezed: the running header and footer of a page
   * interrupt a paragraph that goes on on the next page, so a fact is in the text as it is, or in the
   * text without them.
   */
  private static Function<byte[], String> pdfFacts(Inputs input) {
    ExcerptDocument document = input.documents().get(0);
    return pdf -> {
      String all = squeezed(pdfText(pdf));
      return all + "\u0000" + all.replace(squeezed(document.bodyName() + document.title()), "")
          .replaceAll("Seite\\d*von\\d+|Seite\\d+", ""); // PDFBox reads "Seite  von 1 23"
    };
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void docx(Inputs input) throws IOException {
    DocxBenchmark b = new DocxBenchmark();
    b.input = input;
    b.setUp();
    List<String> facts = facts(input);
    assertHas("ratsinfo", b.ratsinfo(new Cursor()), facts, BenchmarksSmokeTest::docxText);
    assertHas("ratsinfoFromDocument", b.ratsinfoFromDocument(new Cursor()), facts,
        BenchmarksSmokeTest::docxText);
    assertHas("poi", b.poi(new Cursor()), facts, BenchmarksSmokeTest::docxText);
  }

  @Test
  void theSchemaCheckFindsNothingInTheValidPageAndEveryDateTimeOfTheDeviatingOne() {
    OParlSchemaBenchmark valid = new OParlSchemaBenchmark();
    valid.input = "valid";
    valid.setUp();
    assertEquals(valid.objects(), valid.parse().get("data").size());
    assertTrue(valid.objects() > 5);
    assertEquals(0, valid.checkDeep());
    assertEquals(0, valid.checkShallow());
    OParlSchemaBenchmark deviating = new OParlSchemaBenchmark();
    deviating.input = "deviating";
    deviating.setUp();
    // every date-time of OParl; Popolo's start_date is inside the extension ratsinfo:voteEvents
    Matcher dateTimes = Pattern.compile("\"([^\"]+)\":\"[^\"]+T\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d::\\d\\d\"")
        .matcher(deviating.parse().toString());
    int count = 0;
    int extensions = 0;
    while (dateTimes.find()) {
      if (dateTimes.group(1).equals("start_date")) {
        extensions++;
      } else {
        count++;
      }
    }
    assertTrue(extensions > 0, "the vote events' date-times");
    assertTrue(count > 20, "date-times: " + count);
    assertEquals(count, deviating.checkDeep());
    assertTrue(deviating.checkShallow() < count);
  }

  @ParameterizedTest
  @EnumSource(Inputs.class)
  void theCursorVisitsEveryExcerptOfTheInput(Inputs input) {
    int size = input.excerpts().size();
    Cursor cursor = new Cursor();
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < size + 1; i++) {
      seen.add(cursor.next(size));
    }
    assertEquals(0, (int) seen.get(size));
    assertEquals(size, seen.stream().distinct().count());
    assertTrue(input != Inputs.MEETING || size >= 25, "the meeting has 25 items or more: " + size);
  }

  @Test
  void theVoteScaleRendersEveryBallotOfEveryVote() throws IOException {
    VoteScaleBenchmark b = new VoteScaleBenchmark();
    b.votes = 3;
    b.members = 10;
    b.setUp();
    String html = htmlText(b.html());
    for (int v = 1; v <= 3; v++) {
      assertTrue(html.contains(v + ". Abstimmung: Änderungsantrag P" + v), html);
    }
    assertTrue(html.contains("Mitglied9, Vorname9"), html);
    assertTrue(b.pdf().length > 10_000);
    assertTrue(b.docx().length > 5_000);
  }

  @Test
  void theMinutesScaleMeetingIsValidWithRollCallsAndRendersInEveryFormat() {
    MinutesScaleBenchmark b = new MinutesScaleBenchmark();
    b.items = 30;
    b.setUp();
    MeetingExcerpts meeting = b.meeting();
    assertEquals(30, meeting.meeting().agenda().size());
    assertEquals(List.of(), ModelValidator.standard().validate(meeting, Inputs.LOCALE));
    assertTrue(meeting.meeting().agenda().stream().flatMap(i -> i.votes().stream())
        .filter(v -> v.method() == VotingMethod.ROLL_CALL).allMatch(v -> v.ballots().size() > 10));
    String html = htmlText(b.html());
    assertTrue(html.contains("(Runde 2)"), "the second round of items");
    assertTrue(html.contains("Brettschneider"), "a ballot's member");
    assertTrue(b.pdf().length > 50_000);
    assertTrue(b.docx().length > 10_000);
  }

  @Test
  void theMinutesCostBenchmarkRendersOneMinutesOrAnExcerptPerItem() {
    int items = Inputs.musterstadt().items().size();
    assertTrue(items >= 26, "items: " + items);
    for (String kind : new String[] {"minutes", "excerpts"}) {
      MinutesCostBenchmark b = new MinutesCostBenchmark();
      b.kind = kind;
      b.format = "html";
      b.setUp();
      List<Object> outputs = b.outputs();
      assertEquals(kind.equals("minutes") ? 1 : items, outputs.size(), kind);
      String last = htmlText((String) outputs.get(outputs.size() - 1));
      assertTrue(last.contains(Inputs.musterstadt().items().get(items - 1).title()), kind);
    }
  }

  private static <T> void assertHas(String what, T output, List<String> facts,
      Function<T, String> text) {
    String squeezed = squeezed(text.apply(output));
    List<String> missing = facts.stream().filter(f -> !squeezed.contains(squeezed(f))).toList();
    assertEquals(List.of(), missing, what + ": facts missing from the output");
  }

  /** Every text of the first excerpt of the input, laid out in German. */
  private static List<String> facts(Inputs input) {
    List<String> facts = DocumentFacts.of(input.documents().get(0));
    assertTrue(facts.size() > 10, "facts: " + facts);
    return facts;
  }

  private static String htmlText(String html) {
    int body = html.indexOf("<body");
    return html.substring(body).replaceAll("<[^>]*>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#34;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new AssertionError("not a PDF", e);
    }
  }

  private static String docxText(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new AssertionError("not a DOCX", e);
    }
  }

  private static String squeezed(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u00AD')
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
