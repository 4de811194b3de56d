package org.ratsinfo.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: prints a document tree in the golden files' form ({@link TreePrinter#print}) by {@link
 * ExcerptDocument#walk(BlockVisitor) walking} it: the indentation from {@link BlockContext#depth()}, a
 * language wherever the context says it differs from the document's. Where this equals the golden
 * file, the walk visited every block, in order, at the right depth, with the right languages.
 */
final class VisitingTreePrinter implements BlockVisitor {

  private final StringBuilder out = new StringBuilder();

  private VisitingTreePrinter() {}

  static String print(ExcerptDocument document) {
    VisitingTreePrinter printer = new VisitingTreePrinter();
    StringBuilder out = printer.out;
    DocumentInfo info = document.info();
    line(out, 0, "ExcerptDocument locale=" + document.locale().toLanguageTag()
        + " audience=" + document.audience());
    line(out, 1, "info.title: " + info.title());
    line(out, 1, "info.subject: " + info.subject());
    line(out, 1, "info.author: " + info.author());
    line(out, 1, "info.keywords: " + String.join(" | ", info.keywords()));
    line(out, 1, "info.language: " + info.language());
    line(out, 1, "bodyName: " + document.bodyName());
    line(out, 1, "title: " + document.title());
    try {
      document.walk(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a StringBuilder does not fail
    }
    return out.toString();
  }

  @Override
  public void enterSection(Section section, BlockContext at) {
    line(at, "Section " + section.kind() + lang(at) + ": " + section.heading());
  }

  @Override
  public void visitFieldList(FieldList fields, BlockContext at) {
    line(at, "FieldList " + fields.kind());
    for (Field field : fields.fields()) {
      line(out, at.depth() + 2, field.key() + " | " + field.label() + " | " + field.value()
          + lang(at, at.languageOf(field.valueLanguage())));
    }
  }

  @Override
  public void visitParagraph(Paragraph paragraph, BlockContext at) {
    line(at, "Paragraph " + paragraph.style() + lang(at) + ": " + paragraph.text());
  }

  @Override
  public void visitNumberedList(NumberedList list, BlockContext at) {
    line(at, "NumberedList" + lang(at));
    for (NumberedList.Item item : list.items()) {
      line(out, at.depth() + 2, item.number() + ". " + String.join(" ¶ ", item.paragraphs()));
    }
  }

  @Override
  public void visitQuestionAnswer(QuestionAnswer qa, BlockContext at) {
    line(at, "QuestionAnswer " + qa.kind() + lang(at) + ": " + qa.label());
    qa.question().forEach(q -> line(out, at.depth() + 2, "Q: " + q));
    qa.answer().forEach(a -> line(out, at.depth() + 2, "A: " + a));
  }

  @Override
  public void visitTable(Table table, BlockContext at) {
    line(at, "Table: " + table.caption());
    line(out, at.depth() + 2, "corner: \"" + table.cornerHeader() + "\"");
    line(out, at.depth() + 2, "columns: " + String.join(" | ", table.columnHeaders()));
    for (Table.Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      row.cells().forEach(cell -> cells.add("\"" + cell + "\""));
      line(out, at.depth() + 2, "row " + row.header() + ": " + String.join(" ", cells));
    }
    if (table.note() != null) {
      line(out, at.depth() + 2, "note: " + table.note());
    }
  }

  @Override
  public void visitLinkList(LinkList links, BlockContext at) {
    line(at, "LinkList");
    for (LinkList.Entry entry : links.entries()) {
      line(out, at.depth() + 2, entry.prefix() + "[" + entry.text()
          + lang(at, at.languageOf(entry.textLanguage())) + "]"
          + (entry.target() == null ? "" : "(" + entry.target() + ")") + entry.detail());
    }
  }

  /** The block's language as TreePrinter shows a tag, where it differs from the document's. */
  private static String lang(BlockContext at) {
    return at.languageDiffers() ? " [" + at.language() + "]" : "";
  }

  private static String lang(BlockContext at, String language) {
    return language.equalsIgnoreCase(at.documentLanguage()) ? "" : " [" + language + "]";
  }

  private void line(BlockContext at, String text) {
    line(out, at.depth() + 1, text);
  }

  private static void line(StringBuilder out, int depth, String text) {
    out.append("  ".repeat(depth))
        .append(text.replace("\n", "\\n").replace("\u00A0", "\\u00A0"))
        .append('\n');
  }
}
