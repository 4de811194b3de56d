package org.ratsinfo.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
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

/** The facts of a laid-out {@link ExcerptDocument}: what a reader must find in any rendering of it. */
public final class DocumentFacts {

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u202F]+");

  private DocumentFacts() {}

  /**
   * The facts of the document that a text does not hold.
   *
   * @param document the document
   * @param text the text of an output of it
   * @param comparable how a fact and the text are made comparable, e.g. {@link #spaced(String)}
   * @return the missing facts, in document order; empty if the text holds every fact
   */
  public static List<String> missing(ExcerptDocument document, String text, UnaryOperator<String> comparable) {
    String haystack = comparable.apply(text);
    List<String> missing = new ArrayList<>();
    for (String fact : of(document)) {
      if (!haystack.contains(comparable.apply(fact))) {
        missing.add(fact);
      }
    }
    return missing;
  }

  /**
   * A text with every run of white space (no-break spaces included) as one space, stripped, and
   * without invisible format characters (Unicode category Cf: zero-width spaces and joiners, soft
   * hyphens, bidi controls): a renderer may wrap lines and indent, and may write a format character
   * as its format's own means (a line-break opportunity, an isolating element).
   *
   * @param text the text
   * @return the text so
   */
  public static String spaced(String text) {
    StringBuilder visible = new StringBuilder(text.length());
    text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(visible::appendCodePoint);
    return SPACE.matcher(visible).replaceAll(" ").strip();
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
  public static List<String> of(ExcerptDocument document) {
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
