package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Test-only: prints a document tree in a simple indented text form (one line per value, two spaces
 * per level, line breaks inside texts written as {@code \n} and no-break spaces (U+00A0) as a backslash-u escape),
 * and collects every string of a tree.
 */
final class TreePrinter {

  private TreePrinter() {}

  /** The whole tree, ending with a line break. */
  static String print(ExcerptDocument document) {
    StringBuilder out = new StringBuilder();
    line(out, 0, "ExcerptDocument locale=" + document.locale().toLanguageTag()
        + " audience=" + document.audience());
    DocumentInfo info = document.info();
    line(out, 1, "info.title: " + info.title());
    line(out, 1, "info.subject: " + info.subject());
    line(out, 1, "info.author: " + info.author());
    line(out, 1, "info.keywords: " + String.join(" | ", info.keywords()));
    line(out, 1, "info.language: " + info.language());
    line(out, 1, "bodyName: " + document.bodyName());
    line(out, 1, "title: " + document.title());
    for (Block block : document.blocks()) {
      block(out, 1, block);
    }
    return out.toString();
  }

  private static void block(StringBuilder out, int depth, Block block) {
    if (block instanceof Section section) {
      line(out, depth, "Section " + section.kind() + lang(section.headingLanguage()) + ": "
          + section.heading());
      for (Block child : section.blocks()) {
        block(out, depth + 1, child);
      }
    } else if (block instanceof FieldList list) {
      line(out, depth, "FieldList " + list.kind());
      for (Field field : list.fields()) {
        line(out, depth + 1, field.key() + " | " + field.label() + " | " + field.value()
            + lang(field.valueLanguage()));
      }
    } else if (block instanceof Paragraph paragraph) {
      line(out, depth, "Paragraph " + paragraph.style() + lang(paragraph.language()) + ": "
          + paragraph.text());
    } else if (block instanceof NumberedList list) {
      line(out, depth, "NumberedList" + lang(list.language()));
      for (NumberedList.Item item : list.items()) {
        line(out, depth + 1, item.number() + ". " + String.join(" ¶ ", item.paragraphs()));
      }
    } else if (block instanceof QuestionAnswer qa) {
      line(out, depth, "QuestionAnswer " + qa.kind() + lang(qa.language()) + ": " + qa.label());
      for (String q : qa.question()) {
        line(out, depth + 1, "Q: " + q);
      }
      for (String a : qa.answer()) {
        line(out, depth + 1, "A: " + a);
      }
    } else if (block instanceof Table table) {
      line(out, depth, "Table: " + table.caption());
      line(out, depth + 1, "corner: \"" + table.cornerHeader() + "\"");
      line(out, depth + 1, "columns: " + String.join(" | ", table.columnHeaders()));
      for (Table.Row row : table.rows()) {
        line(out, depth + 1, "row " + row.header() + ": " + cells(row.cells()));
      }
      if (table.note() != null) {
        line(out, depth + 1, "note: " + table.note());
      }
    } else if (block instanceof LinkList list) {
      line(out, depth, "LinkList");
      for (LinkList.Entry entry : list.entries()) {
        line(out, depth + 1, entry.prefix() + "[" + entry.text() + lang(entry.textLanguage()) + "]"
            + (entry.target() == null ? "" : "(" + entry.target() + ")") + entry.detail());
      }
    } else {
      throw new AssertionError("unknown block " + block);
    }
  }

  /** A node's language, where it has one: " [de-DE]". */
  private static String lang(@Nullable String language) {
    return language == null ? "" : " [" + language + "]";
  }

  private static String cells(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String cell : cells) {
      quoted.add("\"" + cell + "\"");
    }
    return String.join(" ", quoted);
  }

  private static void line(StringBuilder out, int depth, String text) {
    out.append("  ".repeat(depth))
        .append(text.replace("\n", "\\n").replace("\u00A0", "\\u00A0"))
        .append('\n');
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
