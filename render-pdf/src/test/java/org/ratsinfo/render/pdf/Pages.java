package org.ratsinfo.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * What PDFBox reads back from a PDF: the text of each page's content area (inside the margins, without
 * the running header and footer) and every run of text with its position, in millimetres from the
 * page's top left corner.
 */
final class Pages {

  static final double MM = 72 / 25.4;
  /** The page margins of the print stylesheet, in millimetres. */
  static final double TOP = 24;
  static final double RIGHT = 20;
  static final double BOTTOM = 22;
  static final double LEFT = 25;
  static final double WIDTH = 210;
  static final double HEIGHT = 297;

  /**
   * A run of text on a page: its bounding box in millimetres, y downwards, and its font: the largest
   * size in points, and whether it is bold.
   */
  record Run(int page, String text, double left, double top, double right, double bottom,
      double size, boolean bold) {}

  private final List<String> content = new ArrayList<>();
  private final List<Run> runs = new ArrayList<>();
  private final int count;

  private Pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      count = document.getNumberOfPages();
      PDFTextStripperByArea area = new PDFTextStripperByArea();
      area.setSortByPosition(true);
      area.addRegion("content", new Rectangle2D.Double(LEFT * MM, TOP * MM,
          (WIDTH - LEFT - RIGHT) * MM, (HEIGHT - TOP - BOTTOM) * MM));
      for (PDPage page : document.getPages()) {
        area.extractRegions(page);
        content.add(area.getTextForRegion("content"));
      }
      Collector collector = new Collector();
      collector.setSortByPosition(true);
      collector.getText(document);
    }
  }

  static Pages of(byte[] pdf) {
    try {
      return new Pages(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int count() {
    return count;
  }

  /** The text inside the margins of a page (0-based). */
  String content(int page) {
    return content.get(page);
  }

  /** The text inside the margins of every page, in order. */
  String content() {
    return String.join("\n", content);
  }

  List<Run> runs() {
    return runs;
  }

  List<Run> runs(int page) {
    return runs.stream().filter(r -> r.page() == page).toList();
  }

  /** Text without any white space, so that line breaks and page breaks do not matter. */
  static String squeezed(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private final class Collector extends PDFTextStripper {
    Collector() throws IOException {}

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      double left = Double.MAX_VALUE;
      double top = Double.MAX_VALUE;
      double right = 0;
      double bottom = 0;
      double size = 0;
      boolean bold = false;
      for (TextPosition p : positions) {
        size = Math.max(size, p.getFontSizeInPt());
        bold |= p.getFont().getName() != null && p.getFont().getName().contains("Bold");
        left = Math.min(left, p.getXDirAdj());
        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
        top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
        bottom = Math.max(bottom, p.getYDirAdj());
      }
      runs.add(new Run(getCurrentPageNo() - 1, text, left / MM, top / MM, right / MM, bottom / MM,
          size, bold));
    }
  }
}
