package org.ratsinfo.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ratsinfo.document.Labels;
import org.ratsinfo.document.Table;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.batch.AtomicFiles;
import org.ratsinfo.render.html.HtmlBlockContext;
import org.ratsinfo.render.html.HtmlBlockRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfRenderer;

/**
 * Changes how one kind of block renders in the built-in HTML renderer, and with the same block renderer
 * in the PDF renderer, which makes its PDF from the HTML renderer's page: the vote tally ({@link
 * Table}) keeps ratsinfo's accessible table, wrapped in an element with the city's class and followed
 * by a sentence that sums the vote up ("In Zahlen: dafür 9, dagegen 6, Enthaltung 2."). Everything
 * else is rendered as before.
 *
 * <p>The {@link HtmlBlockRenderer} writes only through its {@link HtmlBlockContext}: text is escaped,
 * only safe elements and attributes are allowed, and {@link HtmlBlockContext#renderDefault()} writes
 * the table as ratsinfo does.
 *
 * <pre>
 * java org.ratsinfo.examples.CustomTallyExample [PAGE.html]     (default: out/tally.html, and out/tally.pdf)
 * </pre>
 */
public final class CustomTallyExample {

  /** The tally: the default table in a box of the city's, with a summary sentence after it. */
  public static final HtmlBlockRenderer<Table> TALLY = CustomTallyExample::tally;

  private static final String CITY_STYLESHEET = """
      .ratsinfo-excerpt .musterstadt-tally { border-left: 4px solid #00556e; padding-left: 0.75rem; }
      .ratsinfo-excerpt .musterstadt-tally-summary { font-weight: 600; }
      """;

  /** The same look in print: the PDF renderer's additional stylesheet. */
  private static final String CITY_PRINT_STYLESHEET = """
      .ratsinfo-excerpt .musterstadt-tally { border-left: 1.5mm solid #00556e; padding-left: 3mm; }
      .ratsinfo-excerpt .musterstadt-tally-summary { font-weight: bold; }
      """;

  private CustomTallyExample() {}

  private static void tally(Table table, HtmlBlockContext context) throws IOException {
    if (table.isEmpty()) {          // no vote was taken: nothing to sum up
      context.renderDefault();
      return;
    }
    context.startBlock("div", "class", "musterstadt-tally");
    context.renderDefault();        // ratsinfo's table: caption, column and row headers
    boolean german = context.document().locale().getLanguage().equals(Locale.GERMAN.getLanguage());
    // The total is the first column ("gesamt"), or the first row where the layout has turned a
    // tally of many groups into rows (TallyLayout): then the columns are the vote options.
    String total = Labels.forLocale(context.document().locale()).get("vote.total");
    List<String> counts = new ArrayList<>();
    if (table.columnHeaders().get(0).equals(total)) {
      for (Table.Row row : table.rows()) {
        counts.add(row.header() + " " + row.cells().get(0));
      }
    } else {
      for (int i = 0; i < table.columnHeaders().size(); i++) {
        counts.add(table.columnHeaders().get(i) + " " + table.rows().get(0).cells().get(i));
      }
    }
    context.line("p", (german ? "In Zahlen: " : "In figures: ") + String.join(", ", counts) + ".",
        "class", "musterstadt-tally-summary");               // escaped, like every text
    context.end();
  }

  /**
   * A renderer of pages whose tallies are rendered by {@link #TALLY}.
   *
   * @return the renderer; immutable, share it
   */
  public static HtmlRenderer renderer() {
    return HtmlRenderer.builder()
        .blockRenderer(Table.class, TALLY)
        .additionalStylesheet(CITY_STYLESHEET)
        .build();
  }

  /**
   * A renderer of PDFs whose tallies are rendered by {@link #TALLY}, as in {@link #renderer()}.
   *
   * @return the renderer; immutable, share it
   */
  public static PdfRenderer pdfRenderer() {
    return PdfRenderer.builder()
        .blockRenderer(Table.class, TALLY)
        .additionalStylesheet(CITY_PRINT_STYLESHEET)
        .build();
  }

  /**
   * Renders the split vote of {@link BuildValidateRenderExample} into {@code out/tally.html}, or the
   * given file, and into a PDF next to it.
   *
   * @param args optionally the page to write
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "out/tally.html");
    Excerpt excerpt = BuildValidateRenderExample.build();
    HtmlRenderer html = renderer();
    AtomicFiles.write(target, out -> html.render(excerpt, out));
    System.out.println("geschrieben: " + target);
    String name = target.getFileName().toString();
    Path pdfTarget = target.resolveSibling(
        (name.endsWith(".html") ? name.substring(0, name.length() - 5) : name) + ".pdf");
    PdfRenderer pdf = pdfRenderer();
    AtomicFiles.write(pdfTarget, out -> pdf.render(excerpt, out));
    System.out.println("geschrieben: " + pdfTarget);
  }
}
