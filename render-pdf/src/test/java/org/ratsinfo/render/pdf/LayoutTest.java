package org.ratsinfo.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.pdf.Pages.Run;

/**
 * The pages as a reader sees them, from PDFBox's text positions: the running header at the top of
 * every page, the footer "Seite i von n" at the bottom, all other text inside the margins, and a tally
 * that spans pages repeats its header row on each. The PDFs are kept in {@code target/pdf/}.
 */
class LayoutTest {

  /** How far text may stray beyond a margin, in millimetres (glyph boxes are approximate). */
  private static final double TOLERANCE = 1.5;

  @Test
  void referenceHasTwoPagesOfWellPlacedText() {
    byte[] pdf = Samples.render(Samples.reference(), Locale.GERMANY);
    Samples.keep("reference-de.pdf", pdf);
    Pages pages = Pages.of(pdf);
    assertEquals(2, pages.count());
    assertWellPlaced(pages, "Seite", "von", "Stadt Herne");
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-DE", "en"})
  void longInquiryIsPaginatedWithHeaderAndFooterOnEveryPage(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    byte[] pdf = Samples.render(Samples.longInquiry(), locale);
    Samples.keep("long-" + locale.getLanguage() + ".pdf", pdf);
    Pages pages = Pages.of(pdf);
    assertTrue(pages.count() >= 2, "pages: " + pages.count());
    boolean german = tag.startsWith("de");
    assertWellPlaced(pages, german ? "Seite" : "Page", german ? "von" : "of", "Stadt Herne");
    String first = footer(pages, 0);
    assertEquals((german ? "Seite 1 von " : "Page 1 of ") + pages.count(), first);
    assertTallyHeaderOnEveryPageOfTheTally(pages, locale);
    assertNoPageEndsWithAHeading(pages);
  }

  /** The check above can fail: without "avoid" a heading may end a page. */
  @Test
  void theHeadingCheckCatchesAnOrphanedHeading() {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .additionalStylesheet("h1, h2, h3, .ratsinfo-qa-heading { page-break-after: auto; }")
        .build();
    Pages pages = Pages.of(renderer.renderToBytes(renderer.options().layout(Samples.longInquiry())));
    AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> assertNoPageEndsWithAHeading(pages));
    assertTrue(error.getMessage().contains("ends with a heading"), error.getMessage());
  }

  /**
   * No page but the last ends with a heading: the last line inside the margins is not in a heading's
   * font (bold, 10.5 pt or larger).
   */
  private static void assertNoPageEndsWithAHeading(Pages pages) {
    for (int i = 0; i < pages.count() - 1; i++) {
      Run last = pages.runs(i).stream()
          .filter(run -> run.top() > Pages.TOP && run.bottom() < Pages.HEIGHT - Pages.BOTTOM)
          .max(java.util.Comparator.comparingDouble(Run::bottom))
          .orElseThrow();
      assertTrue(!(last.bold() && last.size() >= 10.4),
          "page " + (i + 1) + " ends with a heading: " + last);
    }
  }

  /** A tally taller than a page (rows 80 mm high) is split, with its header row on every page. */
  @Test
  void aTallyThatSpansPagesRepeatsItsHeaderRow() {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .additionalStylesheet(".ratsinfo-table tbody th, .ratsinfo-table tbody td { height: 80mm; }")
        .build();
    byte[] pdf = renderer.renderToBytes(renderer.options().layout(Samples.longInquiry()));
    Samples.keep("long-de-tall-tally.pdf", pdf);
    Pages pages = Pages.of(pdf);
    List<Integer> tallyPages = assertTallyHeaderOnEveryPageOfTheTally(pages, Locale.GERMANY);
    assertTrue(tallyPages.size() >= 2, "the tally spans pages: " + tallyPages);
    assertWellPlaced(pages, "Seite", "von", "Stadt Herne");
  }

  /** The check above can fail: a header row that is an ordinary row is not repeated. */
  @Test
  void theHeaderRowCheckCatchesATallyWithoutRepeatedHeader() {
    PdfRenderer renderer = PdfRenderer.builder().options(Samples.options(Locale.GERMANY))
        .additionalStylesheet(".ratsinfo-table tbody th, .ratsinfo-table tbody td { height: 80mm; }"
            + " .ratsinfo-table thead { display: table-row-group; }")
        .build();
    Pages pages = Pages.of(renderer.renderToBytes(renderer.options().layout(Samples.longInquiry())));
    AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> assertTallyHeaderOnEveryPageOfTheTally(pages, Locale.GERMANY));
    assertTrue(error.getMessage().contains("without the header row"), error.getMessage());
  }

  /**
   * On every page, the running header in the top margin, the footer in the bottom margin, and every
   * other run of text inside the margins.
   */
  private static void assertWellPlaced(Pages pages, String page, String of, String bodyName) {
    for (int i = 0; i < pages.count(); i++) {
      String footer = footer(pages, i);
      assertEquals(page + " " + (i + 1) + " " + of + " " + pages.count(), footer, "page " + (i + 1));
      boolean header = false;
      for (Run run : pages.runs(i)) {
        if (run.bottom() < Pages.TOP) {
          header |= run.text().contains(bodyName);
          assertTrue(run.top() > 8, () -> "header too high: " + run);
        } else if (run.top() > Pages.HEIGHT - Pages.BOTTOM) {
          assertTrue(run.bottom() < Pages.HEIGHT - 8, () -> "footer too low: " + run);
        } else {
          assertTrue(run.left() >= Pages.LEFT - TOLERANCE
                  && run.right() <= Pages.WIDTH - Pages.RIGHT + TOLERANCE
                  && run.bottom() <= Pages.HEIGHT - Pages.BOTTOM + TOLERANCE,
              () -> "outside the margins: " + run);
        }
      }
      assertTrue(header, "running header on page " + (i + 1));
    }
  }

  /** The text in the bottom margin of a page. */
  private static String footer(Pages pages, int page) {
    return String.join(" ", pages.runs(page).stream()
        .filter(run -> run.top() > Pages.HEIGHT - Pages.BOTTOM)
        .map(Run::text)
        .toList()).trim();
  }

  /**
   * Every page that shows a row header of the tally ("dafür", "dagegen" …) shows its column headers
   * too; returns those pages.
   */
  private static List<Integer> assertTallyHeaderOnEveryPageOfTheTally(Pages pages, Locale locale) {
    ExcerptDocument document = Samples.shared(locale).options().layout(Samples.longInquiry());
    org.ratsinfo.document.Table tally = tally(document.blocks());
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < pages.count(); i++) {
      List<String> lines = pages.content(i).lines().map(String::strip).toList();
      boolean hasRow = tally.rows().stream().anyMatch(row -> lines.stream().anyMatch(
          line -> line.startsWith(row.header() + " ") || line.equals(row.header())));
      if (!hasRow) {
        continue;
      }
      found.add(i + 1);
      String squeezed = Pages.squeezed(pages.content(i));
      String header = Pages.squeezed(String.join("", tally.columnHeaders()));
      assertTrue(squeezed.contains(header),
          "page " + (i + 1) + " shows tally rows without the header row");
    }
    assertTrue(!found.isEmpty(), "the tally is on some page");
    return found;
  }

  private static org.ratsinfo.document.Table tally(List<org.ratsinfo.document.Block> blocks) {
    for (org.ratsinfo.document.Block block : blocks) {
      if (block instanceof org.ratsinfo.document.Table table) {
        return table;
      }
      if (block instanceof org.ratsinfo.document.Section section) {
        try {
          return tally(section.blocks());
        } catch (IllegalStateException e) {
          // not in this section
        }
      }
    }
    throw new IllegalStateException("no table");
  }
}
