package org.ratsinfo.testing;

import java.util.ArrayList;
import java.util.List;
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

/** Finding things in a laid-out {@link ExcerptDocument}, for the renderers' tests. */
public final class DocumentTrees {

  private DocumentTrees() {}

  /**
   * The vote tally: the first table in a section of the document.
   *
   * @throws IllegalStateException if the document has no table in a section
   */
  public static Table tally(ExcerptDocument document) {
    for (Block block : document.blocks()) {
      if (block instanceof Section section) {
        for (Block inner : section.blocks()) {
          if (inner instanceof Table table) {
            return table;
          }
        }
      }
    }
    throw new IllegalStateException("no tally");
  }

  /**
   * Every fact a reader must find in an output of the document: the body's name, the title, and
   * every heading, label, value, paragraph, question, answer, table caption, header, cell, note and
   * list entry (its prefix, text and detail each),
   * in document order; empty texts are left out.
   *
   * @throws IllegalStateException if the tree holds a kind of block this walk does not know, so that
   *     a new kind cannot slip past the renderers' "every fact" tests
   */
  public static List<String> facts(ExcerptDocument document) {
    List<String> facts = new ArrayList<>();
    facts.add(document.bodyName());
    facts.add(document.title());
    collect(document.blocks(), facts);
    facts.removeIf(String::isEmpty);
    return List.copyOf(facts);
  }

  private static void collect(List<Block> blocks, List<String> facts) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        facts.add(section.heading());
        collect(section.blocks(), facts);
      } else if (block instanceof FieldList list) {
        for (Field field : list.fields()) {
          facts.add(field.label());
          facts.add(field.value());
        }
      } else if (block instanceof Paragraph paragraph) {
        facts.add(paragraph.text());
      } else if (block instanceof NumberedList list) {
        for (NumberedList.Item item : list.items()) {
          facts.addAll(item.paragraphs());
        }
      } else if (block instanceof QuestionAnswer qa) {
        facts.add(qa.label());
        facts.addAll(qa.question());
        facts.addAll(qa.answer());
      } else if (block instanceof Table table) {
        facts.add(table.caption());
        facts.addAll(table.columnHeaders());
        for (Table.Row row : table.rows()) {
          facts.add(row.header());
          facts.addAll(row.cells());
        }
        if (table.note() != null) {
          facts.add(table.note());
        }
      } else if (block instanceof LinkList list) {
        for (LinkList.Entry entry : list.entries()) {
          facts.add(entry.prefix().strip());
          facts.add(entry.text());
          facts.add(entry.detail().strip());
        }
      } else {
        throw new IllegalStateException("a kind of block the facts walk does not know: "
            + block.getClass().getName());
      }
    }
  }
}
