package org.ratsinfo.benchmarks.baseline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;

/**
 * Baseline: the DOCX as a plain Apache POI {@link XWPFDocument}, built for every call: a bold, larger
 * run for the title and each heading, "label: value" lines for the fields, "1. …" paragraphs for the
 * questions, and a table for the tally. No styles, numbering or template, which ratsinfo adds; it
 * starts from the laid-out {@link ExcerptDocument}. Thread-safe.
 */
public final class PoiDocx {

  /**
   * Makes the DOCX of one document.
   *
   * @param doc the laid-out excerpt
   * @return the DOCX
   */
  public byte[] render(ExcerptDocument doc) {
    try (XWPFDocument docx = new XWPFDocument()) {
      docx.getProperties().getCoreProperties().setTitle(doc.info().title());
      docx.getProperties().getCoreProperties().setCreator(doc.info().author());
      text(docx, doc.bodyName(), false, 0);
      text(docx, doc.title(), true, 16);
      blocks(docx, doc.blocks(), 14);
      ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void blocks(XWPFDocument docx, List<Block> blocks, int size) {
    for (Block block : blocks) {
      if (block instanceof Section s) {
        text(docx, s.heading(), true, size);
        blocks(docx, s.blocks(), size - 2);
      } else if (block instanceof FieldList list) {
        for (Field f : list.fields()) {
          XWPFParagraph p = docx.createParagraph();
          XWPFRun label = p.createRun();
          label.setBold(true);
          label.setText(f.label() + ": ");
          p.createRun().setText(f.value());
        }
      } else if (block instanceof Paragraph p) {
        XWPFRun run = docx.createParagraph().createRun();
        run.setBold(p.style() == Paragraph.Style.LEAD);
        run.setItalic(p.style() == Paragraph.Style.NOTE);
        run.setText(p.text());
      } else if (block instanceof NumberedList list) {
        for (NumberedList.Item item : list.items()) {
          text(docx, item.number() + ". " + String.join("\n", item.paragraphs()), false, 0);
        }
      } else if (block instanceof QuestionAnswer qa) {
        text(docx, qa.heading(), true, 0);
        for (int i = 1; i < qa.question().size(); i++) {
          text(docx, qa.question().get(i), true, 0);
        }
        for (String answer : qa.answer()) {
          text(docx, answer, false, 0);
        }
      } else if (block instanceof Table t) {
        text(docx, t.caption(), true, 0);
        XWPFTable table = docx.createTable(t.rows().size() + 1, t.columnHeaders().size() + 1);
        XWPFTableRow head = table.getRow(0);
        head.getCell(0).setText(t.cornerHeader());
        for (int c = 0; c < t.columnHeaders().size(); c++) {
          head.getCell(c + 1).setText(t.columnHeaders().get(c));
        }
        for (int r = 0; r < t.rows().size(); r++) {
          Table.Row row = t.rows().get(r);
          XWPFTableRow tr = table.getRow(r + 1);
          tr.getCell(0).setText(row.header());
          for (int c = 0; c < row.cells().size(); c++) {
            tr.getCell(c + 1).setText(row.cells().get(c));
          }
        }
        if (t.note() != null) {
          text(docx, t.note(), false, 0);
        }
      } else if (block instanceof LinkList list) {
        for (LinkList.Entry entry : list.entries()) {
          text(docx, entry.plainText(), false, 0);
        }
      }
    }
  }

  private static void text(XWPFDocument docx, String text, boolean bold, int size) {
    XWPFRun run = docx.createParagraph().createRun();
    run.setBold(bold);
    if (size > 0) {
      run.setFontSize(size);
    }
    run.setText(text);
  }
}
