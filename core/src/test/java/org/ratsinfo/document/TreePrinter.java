package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: prints a document tree in a simple indented text form (one line per value, two spaces
 * per level, line breaks inside texts written as {@code \n} and no-break spaces (U+00A0) as a backslash-u escape),
 * and collects every string of a tree.
 */
final class TreePrinter {

  private TreePrinter() {}

  /**
   * The whole tree, ending with a line break: printed by walking it with a {@link BlockVisitor}
   * ({@link VisitingTreePrinter}), so that every golden tree checks the walk as well.
   */
  static String print(ExcerptDocument document) {
    return VisitingTreePrinter.print(document);
  }

  /**
   * Every string of the tree: title, body name, metadata, field labels and values, headings,
   * paragraphs, list items, question and answer texts and labels, table caption, headers, cells and
   * note.
   */
  static List<String> strings(ExcerptDocument document) {
    List<String> strings = new ArrayList<>();
    strings.add(document.title());
    strings.add(document.bodyName());
    DocumentInfo info = document.info();
    strings.add(info.title());
    strings.add(info.subject());
    strings.add(info.author());
    strings.addAll(info.keywords());
    strings.add(info.language());
    for (Block block : document.blocks()) {
      strings(block, strings);
    }
    return strings;
  }

  private static void strings(Block block, List<String> strings) {
    if (block instanceof Section section) {
      strings.add(section.heading());
      for (Block child : section.blocks()) {
        strings(child, strings);
      }
    } else if (block instanceof FieldList list) {
      for (Field field : list.fields()) {
        strings.add(field.label());
        strings.add(field.value());
      }
    } else if (block instanceof Paragraph paragraph) {
      strings.add(paragraph.text());
    } else if (block instanceof NumberedList list) {
      for (NumberedList.Item item : list.items()) {
        strings.add(item.number());
        strings.addAll(item.paragraphs());
      }
    } else if (block instanceof QuestionAnswer qa) {
      strings.add(qa.label());
      strings.add(qa.heading());
      strings.addAll(qa.question());
      strings.addAll(qa.answer());
    } else if (block instanceof Table table) {
      strings.add(table.caption());
      strings.add(table.cornerHeader());
      strings.addAll(table.columnHeaders());
      for (Table.Row row : table.rows()) {
        strings.add(row.header());
        strings.addAll(row.cells());
      }
      if (table.note() != null) {
        strings.add(table.note());
      }
    } else if (block instanceof LinkList list) {
      for (LinkList.Entry entry : list.entries()) {
        strings.add(entry.prefix());
        strings.add(entry.text());
        strings.add(entry.detail());
        if (entry.target() != null) {
          strings.add(entry.target().toString());
        }
      }
    } else {
      throw new AssertionError("unknown block " + block);
    }
  }
}
