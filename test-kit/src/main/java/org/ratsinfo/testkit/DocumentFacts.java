package org.ratsinfo.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.ratsinfo.document.BlockContext;
import org.ratsinfo.document.BlockVisitor;
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
   * A text with every run of white space (no-break spaces included) as one space, stripped: a renderer
   * may wrap lines and indent.
   *
   * @param text the text
   * @return the text so
   */
  public static String spaced(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Every fact a reader must find in an output of the document: the body's name, the title, and
   * every heading, label, value, paragraph, question, answer, table caption, header, cell, note and
   * list entry (its prefix, text and detail each), in document order; empty texts are left out. The
   * tree is walked with a {@link BlockVisitor}, so a new kind of block cannot slip past the facts.
   *
   * @param document the document
   * @return the facts
   */
  public static List<String> of(ExcerptDocument document) {
    List<String> facts = new ArrayList<>();
    facts.add(document.bodyName());
    facts.add(document.title());
    try {
      document.walk(new Collector(facts));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the collector writes nothing
    }
    facts.removeIf(String::isEmpty);
    return List.copyOf(facts);
  }

  /** Adds the texts of each block to the facts. */
  private record Collector(List<String> facts) implements BlockVisitor {

    @Override
    public void enterSection(Section section, BlockContext context) {
      facts.add(section.heading());
    }

    @Override
    public void visitFieldList(FieldList list, BlockContext context) {
      for (Field field : list.fields()) {
        facts.add(field.label());
        facts.add(field.value());
      }
    }

    @Override
    public void visitParagraph(Paragraph paragraph, BlockContext context) {
      facts.add(paragraph.text());
    }

    @Override
    public void visitNumberedList(NumberedList list, BlockContext context) {
      for (NumberedList.Item item : list.items()) {
        facts.addAll(item.paragraphs());
      }
    }

    @Override
    public void visitQuestionAnswer(QuestionAnswer qa, BlockContext context) {
      facts.add(qa.label());
      facts.addAll(qa.question());
      facts.addAll(qa.answer());
    }

    @Override
    public void visitTable(Table table, BlockContext context) {
      facts.add(table.caption());
      facts.addAll(table.columnHeaders());
      for (Table.Row row : table.rows()) {
        facts.add(row.header());
        facts.addAll(row.cells());
      }
      if (table.note() != null) {
        facts.add(table.note());
      }
    }

    @Override
    public void visitLinkList(LinkList list, BlockContext context) {
      for (LinkList.Entry entry : list.entries()) {
        facts.add(entry.prefix().strip());
        facts.add(entry.text());
        facts.add(entry.detail().strip());
      }
    }
  }
}
