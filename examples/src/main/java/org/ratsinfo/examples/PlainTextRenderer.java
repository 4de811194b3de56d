package org.ratsinfo.examples;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ratsinfo.document.Block;
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
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.ExcerptRendererProvider;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.TextEscaper;
import org.ratsinfo.render.TextExcerptRenderer;

/**
 * A renderer of one's own, written only against the public API ({@code org.ratsinfo.render}, {@code
 * org.ratsinfo.document}, {@code org.ratsinfo.model}): the excerpt as plain text for an e-mail
 * notification, wrapped at 72 characters, with the tally as an aligned table.
 *
 * <p>It handles every kind of {@link Block} with a {@link BlockVisitor}, so that a kind added to the
 * tree is a compile error here rather than a block silently left out, and writes every text through
 * {@link TextEscaper#plainText()}. The document tree has already decided what is shown, in which
 * order and with which labels, and what is redacted for the audience, so the renderer only formats.
 * Like every renderer it is immutable and thread-safe.
 *
 * <p>Use it in either of two ways:
 *
 * <pre>{@code
 * // A: registered explicitly
 * Renderers renderers = Renderers.builder().add(new PlainTextRenderer(options)).build();
 * // B: found by ServiceLoader through Provider, declared in
 * //    META-INF/services/org.ratsinfo.render.ExcerptRendererProvider
 * Renderers found = Renderers.builder().addServiceLoaded(options).build();
 * found.get("text").render(excerpt, out);
 * }</pre>
 */
public final class PlainTextRenderer implements TextExcerptRenderer {

  /** The format: {@code text}, {@code text/plain}, {@code .txt}. */
  public static final RenderFormat FORMAT = new RenderFormat("text", "text/plain", "txt");

  private static final int WIDTH = 72;

  /**
   * Every text of the tree is written through it: control characters, bidirectional overrides and
   * other line breaks than {@code \n} are taken out, since a mail client shows them as the data's
   * author, not the council, intended.
   */
  private static final TextEscaper PLAIN = TextEscaper.plainText();

  private final RenderOptions options;

  /**
   * A renderer with the given options.
   *
   * @param options locale, audience and the rest, shared by all renderers
   */
  public PlainTextRenderer(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Makes {@link PlainTextRenderer}s for {@link java.util.ServiceLoader}. */
  public static final class Provider implements ExcerptRendererProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public RenderFormat format() {
      return FORMAT;
    }

    @Override
    public ExcerptRenderer create(RenderOptions options) {
      return new PlainTextRenderer(options);
    }
  }

  @Override
  public RenderFormat format() {
    return FORMAT;
  }

  @Override
  public RenderOptions options() {
    return options;
  }

  @Override
  public void render(ExcerptDocument document, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    if (!document.bodyName().isEmpty()) {
      text.append(PLAIN.escape(document.bodyName())).append('\n');
    }
    underlined(text, document.title(), '=');
    document.walk(new Blocks(text));
    out.write(text.toString().stripTrailing());
    out.write('\n');
    out.flush();
  }

  /**
   * Writes each kind of block as plain text, one method per kind: a kind of block added to the tree
   * makes this class fail to compile rather than leave the block out. One per render.
   */
  private static final class Blocks implements BlockVisitor {

    private final StringBuilder text;

    Blocks(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void enterSection(Section section, BlockContext at) {
      text.append('\n');
      underlined(text, section.heading(), at.headingLevel() == 2 ? '-' : '~');   // nesting shows
    }

    @Override
    public void visitFieldList(FieldList fields, BlockContext at) {
      text.append('\n');
      int width = fields.fields().stream().mapToInt(f -> PLAIN.escape(f.label()).length()).max().orElse(0) + 2;
      for (Field field : fields.fields()) {
        wrapped(text, pad(PLAIN.escape(field.label()) + ":", width), field.value(), " ".repeat(width));
      }
    }

    @Override
    public void visitParagraph(Paragraph paragraph, BlockContext at) {
      text.append('\n');
      wrapped(text, "", paragraph.text(), "");   // NORMAL, LEAD and NOTE read the same in plain text
    }

    @Override
    public void visitNumberedList(NumberedList list, BlockContext at) {
      text.append('\n');
      for (NumberedList.Item item : list.items()) {
        String number = PLAIN.escape(item.number()) + ". ";
        String indent = " ".repeat(number.length());
        for (int i = 0; i < item.paragraphs().size(); i++) {
          wrapped(text, i == 0 ? number : indent, item.paragraphs().get(i), indent);
        }
      }
    }

    @Override
    public void visitQuestionAnswer(QuestionAnswer qa, BlockContext at) {
      text.append('\n');
      wrapped(text, "", qa.heading(), "");
      for (String paragraph : qa.question().subList(Math.min(1, qa.question().size()), qa.question().size())) {
        wrapped(text, "", paragraph, "");
      }
      for (String paragraph : qa.answer()) {
        text.append('\n');
        wrapped(text, "    ", paragraph, "    ");
      }
    }

    @Override
    public void visitTable(Table table, BlockContext at) {
      Section section = at.section();
      table(text, table, section == null ? "" : section.heading());
    }

    @Override
    public void visitLinkList(LinkList links, BlockContext at) {
      // Plain text has no links: the address follows the text, where there is one.
      text.append('\n');
      for (LinkList.Entry entry : links.entries()) {
        String target = entry.target() == null ? "" : " <" + entry.target() + ">";
        wrapped(text, "- ", entry.plainText() + target, "  ");
      }
    }
  }

  /** The table with aligned columns: the corner and row headers first, then one column each. */
  private static void table(StringBuilder text, Table table, String heading) {
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    head.add(PLAIN.escape(table.cornerHeader()));
    table.columnHeaders().forEach(header -> head.add(PLAIN.escape(header).replace('\n', ' ')));
    rows.add(head);
    for (Table.Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(PLAIN.escape(row.header()).replace('\n', ' '));
      row.cells().forEach(cell -> cells.add(PLAIN.escape(cell).replace('\n', ' ')));
      rows.add(cells);
    }
    int[] widths = new int[head.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    text.append('\n');
    if (!table.caption().isEmpty() && !table.caption().equals(heading)) {   // no caption repeating the heading
      text.append(PLAIN.escape(table.caption()).replace('\n', ' ')).append(":\n");
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        // Text left-aligned in the first column, counts right-aligned in the others.
        String cell = row.get(i);
        line.append(i == 0 ? pad(cell, widths[i]) : " ".repeat(widths[i] - cell.length()) + cell);
        line.append("  ");
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    String note = table.note();
    if (note != null && !note.isEmpty()) {
      text.append('\n');
      wrapped(text, "", note, "");
    }
  }

  /** A heading, wrapped, underlined as far as its longest line. */
  private static void underlined(StringBuilder text, String heading, char line) {
    StringBuilder wrapped = new StringBuilder();
    wrapped(wrapped, "", PLAIN.escape(heading).replace('\n', ' '), "");
    int width = wrapped.toString().lines().mapToInt(String::length).max().orElse(0);
    text.append(wrapped).append(String.valueOf(line).repeat(width)).append('\n');
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /**
   * Appends a text of the tree made safe ({@link #PLAIN}) and word-wrapped at {@link #WIDTH}; the first
   * line after first, the others after rest.
   */
  private static void wrapped(StringBuilder text, String first, String paragraph, String rest) {
    for (String source : PLAIN.escape(paragraph).split("\n", -1)) {
      StringBuilder line = new StringBuilder(first);
      boolean empty = true;
      for (String word : source.split("[ \u00A0\t]+")) {
        if (word.isEmpty()) {
          continue;
        }
        if (!empty && line.length() + 1 + word.length() > WIDTH) {
          text.append(line).append('\n');
          line = new StringBuilder(rest);
          empty = true;
        }
        if (!empty) {
          line.append(' ');
        }
        line.append(word);
        empty = false;
      }
      text.append(line.toString().stripTrailing()).append('\n');
      first = rest;
    }
  }
}
