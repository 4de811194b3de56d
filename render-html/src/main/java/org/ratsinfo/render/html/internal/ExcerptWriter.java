package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;

/**
 * Maps an {@link ExcerptDocument} to markup, as a complete page or as a fragment: one {@code article}
 * element. Immutable and thread-safe: each call of {@link #write(ExcerptDocument, Writer)} makes its
 * own {@link Markup}.
 *
 * <p>The article:
 *
 * <pre>{@code
 * <article class="ratsinfo-excerpt" lang="de-DE" xml:lang="de-DE">
 *   <header class="ratsinfo-header">
 *     <p class="ratsinfo-body-name">Stadt Herne</p>
 *     <h1 class="ratsinfo-title">Auszug - …</h1>
 *   </header>
 *   <dl class="ratsinfo-fields ratsinfo-fields-meeting">
 *     <div class="ratsinfo-field ratsinfo-field-agenda-item"><dt>TOP</dt><dd>Ö 19.1</dd></div> …
 *   </dl>
 *   <section class="ratsinfo-section ratsinfo-section-paper">
 *     <h2 class="ratsinfo-heading">2017/0137 …</h2> …
 *   </section> …
 * </article>
 * }</pre>
 *
 * <p>Sections at the top have {@code h2} headings, sections inside them {@code h3} and so on; the
 * heading of a question and answer is one level below its section's. Beyond {@code h6} a heading is a
 * {@code p} with {@code role="heading"} and {@code aria-level}.
 */
public final class ExcerptWriter {

  private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
  private static final String GENERATOR = "ratsinfo";
  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  private final Syntax syntax;
  private final boolean fragment;
  private final String styleContent;
  private final Map<Class<? extends Block>, BlockOverride> overrides;

  /**
   * A writer of pages or fragments that renders every block the default way.
   *
   * @param syntax the markup syntax
   * @param fragment whether to write only the article
   * @param styleContent the content of the page's {@code style} element, {@link
   *     Stylesheets#prepare(String, Syntax) prepared}; unused for fragments
   */
  public ExcerptWriter(Syntax syntax, boolean fragment, String styleContent) {
    this(syntax, fragment, styleContent, Map.of());
  }

  /**
   * A writer of pages or fragments.
   *
   * @param syntax the markup syntax
   * @param fragment whether to write only the article
   * @param styleContent the content of the page's {@code style} element, {@link
   *     Stylesheets#prepare(String, Syntax) prepared}; unused for fragments
   * @param overrides how blocks of some kinds are rendered instead of the default way, by the block's
   *     class; copied
   */
  public ExcerptWriter(Syntax syntax, boolean fragment, String styleContent,
      Map<Class<? extends Block>, BlockOverride> overrides) {
    this.syntax = syntax;
    this.fragment = fragment;
    this.styleContent = styleContent;
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * Writes a document and flushes the writer.
   *
   * @param document the document
   * @param out where the characters go; flushed, not closed
   * @throws IOException if writing fails
   */
  public void write(ExcerptDocument document, Writer out) throws IOException {
    Markup m = new Markup(out, syntax);
    write(m, document);
    m.flush();
  }

  /**
   * Writes a document into a string.
   *
   * @param document the document
   * @return the markup
   */
  public String write(ExcerptDocument document) {
    StringBuilder target = new StringBuilder(styleContent.length() + 16 * 1024);
    try {
      write(new Markup(target, syntax), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string builder does not fail
    }
    return target.toString();
  }

  private void write(Markup m, ExcerptDocument document) throws IOException {
    if (fragment) {
      article(m, document);
    } else {
      page(m, document);
    }
  }

  private void page(Markup m, ExcerptDocument document) throws IOException {
    DocumentInfo info = document.info();
    String language = info.language();
    m.raw("<!DOCTYPE html>\n");
    if (syntax == Syntax.POLYGLOT) {
      m.open("html", "xmlns", XHTML_NAMESPACE, "lang", language, "xml:lang", language);
    } else {
      m.open("html", "lang", language);
    }
    m.open("head");
    m.voidLine("meta", "charset", "utf-8");
    m.voidLine("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    m.line("title", info.title());
    metaIfPresent(m, "author", info.author());
    metaIfPresent(m, "description", info.subject());
    metaIfPresent(m, "keywords", String.join(", ", info.keywords()));
    m.voidLine("meta", "name", "generator", "content", GENERATOR);
    m.startLine("style");
    m.rawText(styleContent);
    m.endLine("style");
    m.close("head");
    m.open("body", "class", ClassNames.PAGE);
    article(m, document);
    m.close("body");
    m.close("html");
  }

  private static void metaIfPresent(Markup m, String name, String content) throws IOException {
    if (!content.isBlank()) {
      m.voidLine("meta", "name", name, "content", content);
    }
  }

  private void article(Markup m, ExcerptDocument document) throws IOException {
    String language = document.info().language();
    m.open("article", "class", ClassNames.EXCERPT, "lang", language,
        "xml:lang", syntax == Syntax.POLYGLOT ? language : null);
    m.open("header", "class", ClassNames.HEADER);
    if (!document.bodyName().isEmpty()) {
      m.line("p", document.bodyName(), "class", ClassNames.BODY_NAME);
    }
    m.line("h1", document.title(), "class", ClassNames.TITLE);
    m.close("header");
    blocks(m, document, document.blocks(), 2, null);
    m.close("article");
  }

  /**
   * Writes blocks, each with its override if there is one, else the default way.
   *
   * @param level the heading level of a section among these blocks
   * @param sectionHeading the heading of the section the blocks are in, if any
   */
  void blocks(Markup m, ExcerptDocument document, List<? extends Block> blocks, int level,
      @Nullable String sectionHeading) throws IOException {
    for (Block block : blocks) {
      BlockOverride override = overrides.get(block.getClass());
      if (override == null) {
        defaultBlock(m, document, block, level, sectionHeading);
      } else {
        BlockWriter writer = new BlockWriter(this, m, document, block, level, sectionHeading);
        override.render(block, writer);
        writer.finish();
      }
    }
  }

  /**
   * Writes a block the default way; its child blocks go through {@link #blocks} again.
   *
   * @param level the heading level of a section at this place
   * @param sectionHeading the heading of the section the block is in, if any
   */
  void defaultBlock(Markup m, ExcerptDocument document, Block block, int level,
      @Nullable String sectionHeading) throws IOException {
    if (block instanceof Section section) {
      section(m, document, section, level);
    } else if (block instanceof FieldList fieldList) {
      fieldList(m, fieldList);
    } else if (block instanceof Paragraph paragraph) {
      paragraph(m, paragraph);
    } else if (block instanceof NumberedList list) {
      numberedList(m, list);
    } else if (block instanceof QuestionAnswer qa) {
      questionAnswer(m, qa, level);
    } else if (block instanceof Table table) {
      table(m, table, sectionHeading);
    } else {
      throw new IllegalStateException("unknown block " + block.getClass().getName());
    }
  }

  private void section(Markup m, ExcerptDocument document, Section section, int level)
      throws IOException {
    m.open("section", "class", ClassNames.section(section.kind()));
    startHeading(m, level, ClassNames.HEADING);
    m.text(section.heading());
    endHeading(m, level);
    blocks(m, document, section.blocks(), level + 1, section.heading());
    m.close("section");
  }

  private static void startHeading(Markup m, int level, @Nullable String cssClass) throws IOException {
    startHeading(m, level, new @Nullable String[] {"class", cssClass});
  }

  /** Starts a heading of the level on a line: {@code h1} … {@code h6}, beyond a {@code p} with a role. */
  static void startHeading(Markup m, int level, @Nullable String[] attributes) throws IOException {
    if (level <= HEADINGS.length) {
      m.startLine(HEADINGS[level - 1], attributes);
    } else {
      @Nullable String[] all = Arrays.copyOf(attributes, attributes.length + 4);
      all[attributes.length] = "role";
      all[attributes.length + 1] = "heading";
      all[attributes.length + 2] = "aria-level";
      all[attributes.length + 3] = Integer.toString(level);
      m.startLine("p", all);
    }
  }

  /** Ends a heading started with {@link #startHeading(Markup, int, String[])}. */
  static void endHeading(Markup m, int level) throws IOException {
    m.endLine(level <= HEADINGS.length ? HEADINGS[level - 1] : "p");
  }

  private static void fieldList(Markup m, FieldList list) throws IOException {
    if (list.fields().isEmpty()) {
      return;
    }
    m.open("dl", "class", ClassNames.fieldList(list.kind()));
    for (Field field : list.fields()) {
      m.startLine("div", "class", ClassNames.field(field.key()));
      m.startTag("dt");
      m.text(field.label());
      m.endTag("dt");
      m.startTag("dd");
      m.textWithBreaks(field.value());
      m.endTag("dd");
      m.endLine("div");
    }
    m.close("dl");
  }

  private static void paragraph(Markup m, Paragraph paragraph) throws IOException {
    String cssClass = switch (paragraph.style()) {
      case NORMAL -> null;
      case LEAD -> ClassNames.LEAD;
      case NOTE -> ClassNames.NOTE;
    };
    paragraph(m, paragraph.text(), cssClass);
  }

  private static void paragraph(Markup m, String text, @Nullable String cssClass) throws IOException {
    m.startLine("p", "class", cssClass);
    m.textWithBreaks(text);
    m.endLine("p");
  }

  private static void numberedList(Markup m, NumberedList list) throws IOException {
    if (list.items().isEmpty()) {
      return;
    }
    boolean numeric = list.items().stream().allMatch(item -> isListValue(item.number()));
    m.open("ol", "class", numeric ? ClassNames.LIST : ClassNames.LIST_LABELLED);
    for (NumberedList.Item item : list.items()) {
      boolean inline = item.paragraphs().size() <= 1;
      if (inline) {
        m.startLine("li", "value", numeric ? normalisedNumber(item.number()) : null);
      } else {
        m.open("li", "value", numeric ? normalisedNumber(item.number()) : null);
      }
      if (!numeric) {
        if (!inline) {
          m.startLine("span", "class", ClassNames.LIST_NUMBER);
        } else {
          m.startTag("span", "class", ClassNames.LIST_NUMBER);
        }
        m.text(item.number());
        m.endTag("span");
        m.text(" ");
        if (!inline) {
          m.raw("\n");
        }
      }
      if (inline) {
        if (!item.paragraphs().isEmpty()) {
          m.textWithBreaks(item.paragraphs().get(0));
        }
        m.endLine("li");
      } else {
        for (String text : item.paragraphs()) {
          paragraph(m, text, null);
        }
        m.close("li");
      }
    }
    m.close("ol");
  }

  /** Whether a list number can be an {@code li}'s {@code value}: a small integer, as digits only. */
  private static boolean isListValue(String number) {
    if (number.isEmpty() || number.length() > 9) {
      return false;
    }
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** "07" gives "7": what the list shows for it anyway. */
  private static String normalisedNumber(String number) {
    return Integer.toString(Integer.parseInt(number));
  }

  private static void questionAnswer(Markup m, QuestionAnswer qa, int level) throws IOException {
    m.open("div", "class", ClassNames.questionAnswer(qa.kind()));
    startHeading(m, level, ClassNames.QA_HEADING);
    m.startTag("span", "class", ClassNames.QA_LABEL);
    m.text(qa.label());
    m.endTag("span");
    List<String> question = qa.question();
    if (!question.isEmpty()) {
      m.text(": ");
      m.textWithBreaks(question.get(0));
    }
    endHeading(m, level);
    for (int i = 1; i < question.size(); i++) {
      paragraph(m, question.get(i), ClassNames.QA_QUESTION_CONTINUED);
    }
    if (!qa.answer().isEmpty()) {
      m.open("div", "class", ClassNames.QA_ANSWER);
      for (String text : qa.answer()) {
        paragraph(m, text, null);
      }
      m.close("div");
    }
    m.close("div");
  }

  private static void table(Markup m, Table table, @Nullable String sectionHeading) throws IOException {
    // A region that scrolls sideways on narrow screens; focusable, so that keyboards can scroll it.
    if (table.caption().isBlank()) {
      m.open("div", "class", ClassNames.TABLE_SCROLL);
    } else {
      m.open("div", "class", ClassNames.TABLE_SCROLL, "role", "region", "aria-label", table.caption(),
          "tabindex", "0");
    }
    m.open("table", "class", ClassNames.TABLE);
    if (!table.caption().isEmpty()) {
      boolean repeatsHeading = table.caption().equals(sectionHeading);
      m.line("caption", table.caption(),
          "class", repeatsHeading ? ClassNames.CAPTION_REPEATED : ClassNames.CAPTION);
    }
    if (!table.columnHeaders().isEmpty()) {
      m.open("thead");
      m.startLine("tr");
      m.startTag("td");
      m.text(table.cornerHeader());
      m.endTag("td");
      for (String header : table.columnHeaders()) {
        m.startTag("th", "scope", "col");
        m.text(header);
        m.endTag("th");
      }
      m.endLine("tr");
      m.close("thead");
    }
    m.open("tbody");
    for (Table.Row row : table.rows()) {
      m.startLine("tr");
      m.startTag("th", "scope", "row");
      m.text(row.header());
      m.endTag("th");
      for (String cell : row.cells()) {
        m.startTag("td");
        m.textWithBreaks(cell);
        m.endTag("td");
      }
      m.endLine("tr");
    }
    m.close("tbody");
    m.close("table");
    m.close("div");
    String note = table.note();
    if (note != null && !note.isEmpty()) {
      paragraph(m, note, ClassNames.TABLE_NOTE);
    }
  }
}
