package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
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
 *
 * <p>Elements whose attributes are constants are written as {@link Tag}s made once, when this class is
 * initialised.
 */
public final class ExcerptWriter {

  private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
  private static final String GENERATOR = "ratsinfo";
  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  private static final Tag HEAD = Tag.of("head");
  private static final Tag TITLE = Tag.of("title");
  private static final Tag STYLE = Tag.of("style");
  private static final Tag BODY = Tag.of("body", "class", ClassNames.PAGE);
  private static final Tag HEADER = Tag.of("header", "class", ClassNames.HEADER);
  private static final Tag BODY_NAME = Tag.of("p", "class", ClassNames.BODY_NAME);
  private static final Tag H1_TITLE = Tag.of("h1", "class", ClassNames.TITLE);
  private static final Tag DT = Tag.of("dt");
  private static final Tag DD = Tag.of("dd");
  private static final Tag P = Tag.of("p");
  private static final Tag P_LEAD = Tag.of("p", "class", ClassNames.LEAD);
  private static final Tag P_NOTE = Tag.of("p", "class", ClassNames.NOTE);
  private static final Tag P_QA_QUESTION_CONTINUED = Tag.of("p", "class", ClassNames.QA_QUESTION_CONTINUED);
  private static final Tag P_TABLE_NOTE = Tag.of("p", "class", ClassNames.TABLE_NOTE);
  private static final Tag OL = Tag.of("ol", "class", ClassNames.LIST);
  private static final Tag OL_LABELLED = Tag.of("ol", "class", ClassNames.LIST_LABELLED);
  private static final Tag LI = Tag.of("li");
  private static final Tag SPAN_LIST_NUMBER = Tag.of("span", "class", ClassNames.LIST_NUMBER);
  private static final Tag SPAN_QA_LABEL = Tag.of("span", "class", ClassNames.QA_LABEL);
  private static final Tag DIV_QA_ANSWER = Tag.of("div", "class", ClassNames.QA_ANSWER);
  private static final Tag DIV_TABLE_SCROLL = Tag.of("div", "class", ClassNames.TABLE_SCROLL);
  private static final Tag TABLE = Tag.of("table", "class", ClassNames.TABLE);
  private static final Tag CAPTION = Tag.of("caption", "class", ClassNames.CAPTION);
  private static final Tag CAPTION_REPEATED = Tag.of("caption", "class", ClassNames.CAPTION_REPEATED);
  private static final Tag THEAD = Tag.of("thead");
  private static final Tag TBODY = Tag.of("tbody");
  private static final Tag TR = Tag.of("tr");
  private static final Tag TD = Tag.of("td");
  private static final Tag TH_COL = Tag.of("th", "scope", "col");
  private static final Tag TH_ROW = Tag.of("th", "scope", "row");
  /** Headings of sections and of questions, by level (index 0 for h1). */
  private static final Tag[] SECTION_HEADINGS = headings(ClassNames.HEADING);
  private static final Tag[] QA_HEADINGS = headings(ClassNames.QA_HEADING);
  private static final Map<SectionKind, Tag> SECTIONS =
      tags(SectionKind.class, kind -> Tag.of("section", "class", ClassNames.section(kind)));
  private static final Map<FieldList.Kind, Tag> FIELD_LISTS =
      tags(FieldList.Kind.class, kind -> Tag.of("dl", "class", ClassNames.fieldList(kind)));
  private static final Map<FieldKey, Tag> FIELDS =
      tags(FieldKey.class, key -> Tag.of("div", "class", ClassNames.field(key)));
  private static final Map<QuestionAnswer.Kind, Tag> QUESTION_ANSWERS =
      tags(QuestionAnswer.Kind.class, kind -> Tag.of("div", "class", ClassNames.questionAnswer(kind)));

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
    StringBuilder target = Buffers.take(styleContent.length() + 16 * 1024);
    try {
      write(new Markup(target, syntax), document);
      return target.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string builder does not fail
    } finally {
      Buffers.give(target);
    }
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
    m.open(HEAD);
    m.voidLine("meta", "charset", "utf-8");
    m.voidLine("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    m.line(TITLE, info.title());
    metaIfPresent(m, "author", info.author());
    metaIfPresent(m, "description", info.subject());
    metaIfPresent(m, "keywords", String.join(", ", info.keywords()));
    m.voidLine("meta", "name", "generator", "content", GENERATOR);
    m.startLine(STYLE);
    m.rawText(styleContent);
    m.endLine(STYLE);
    m.close(HEAD);
    m.open(BODY);
    article(m, document);
    m.close(BODY);
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
    m.open(HEADER);
    if (!document.bodyName().isEmpty()) {
      m.line(BODY_NAME, document.bodyName());
    }
    m.line(H1_TITLE, document.title());
    m.close(HEADER);
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
    Tag tag = SECTIONS.get(section.kind());
    m.open(tag);
    startHeading(m, level, SECTION_HEADINGS, ClassNames.HEADING, section.headingLanguage());
    m.text(section.heading());
    endHeading(m, level);
    blocks(m, document, section.blocks(), level + 1, section.heading());
    m.close(tag);
  }

  private static void startHeading(Markup m, int level, Tag[] tags, String cssClass)
      throws IOException {
    startHeading(m, level, tags, cssClass, null);
  }

  /** Starts a heading whose text is in a language, or in the document's for {@code null}. */
  private static void startHeading(Markup m, int level, Tag[] tags, String cssClass,
      @Nullable String language) throws IOException {
    if (level <= tags.length) {
      m.startLine(tags[level - 1], language);
    } else if (language == null) {
      startHeading(m, level, new @Nullable String[] {"class", cssClass});
    } else {
      @Nullable String[] lang = m.languageAttributes(language);
      startHeading(m, level, new @Nullable String[] {"class", cssClass, lang[0], lang[1], lang[2], lang[3]});
    }
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
    Tag tag = FIELD_LISTS.get(list.kind());
    m.open(tag);
    for (Field field : list.fields()) {
      Tag div = FIELDS.get(field.key());
      m.startLine(div);
      m.startTag(DT);
      m.text(field.label());
      m.endTag(DT);
      m.startTag(DD, field.valueLanguage());
      m.textWithBreaks(field.value());
      m.endTag(DD);
      m.endLine(div);
    }
    m.close(tag);
  }

  private static void paragraph(Markup m, Paragraph paragraph) throws IOException {
    Tag tag = switch (paragraph.style()) {
      case NORMAL -> P;
      case LEAD -> P_LEAD;
      case NOTE -> P_NOTE;
    };
    paragraph(m, paragraph.text(), tag, paragraph.language());
  }

  private static void paragraph(Markup m, String text, Tag tag, @Nullable String language)
      throws IOException {
    m.startLine(tag, language);
    m.textWithBreaks(text);
    m.endLine(tag);
  }

  private static void numberedList(Markup m, NumberedList list) throws IOException {
    if (list.items().isEmpty()) {
      return;
    }
    boolean numeric = list.items().stream().allMatch(item -> isListValue(item.number()));
    Tag ol = numeric ? OL : OL_LABELLED;
    m.open(ol, list.language());
    for (NumberedList.Item item : list.items()) {
      boolean inline = item.paragraphs().size() <= 1;
      if (!numeric) {
        if (inline) {
          m.startLine(LI);
        } else {
          m.open(LI);
        }
      } else if (inline) {
        m.startLine("li", "value", normalisedNumber(item.number()));
      } else {
        m.open("li", "value", normalisedNumber(item.number()));
      }
      if (!numeric) {
        if (!inline) {
          m.startLine(SPAN_LIST_NUMBER);
        } else {
          m.startTag(SPAN_LIST_NUMBER);
        }
        m.text(item.number());
        m.endTag(SPAN_LIST_NUMBER);
        m.text(" ");
        if (!inline) {
          m.raw("\n");
        }
      }
      if (inline) {
        if (!item.paragraphs().isEmpty()) {
          m.textWithBreaks(item.paragraphs().get(0));
        }
        m.endLine(LI);
      } else {
        for (String text : item.paragraphs()) {
          paragraph(m, text, P, null);
        }
        m.close(LI);
      }
    }
    m.close(ol);
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
    Tag tag = QUESTION_ANSWERS.get(qa.kind());
    m.open(tag);
    startHeading(m, level, QA_HEADINGS, ClassNames.QA_HEADING);
    m.startTag(SPAN_QA_LABEL);
    m.text(qa.label());
    m.endTag(SPAN_QA_LABEL);
    List<String> question = qa.question();
    if (!question.isEmpty()) {
      m.text(": ");
      m.startLanguage(qa.language());
      m.textWithBreaks(question.get(0));
      m.endLanguage(qa.language());
    }
    endHeading(m, level);
    for (int i = 1; i < question.size(); i++) {
      paragraph(m, question.get(i), P_QA_QUESTION_CONTINUED, qa.language());
    }
    if (!qa.answer().isEmpty()) {
      m.open(DIV_QA_ANSWER, qa.language());
      for (String text : qa.answer()) {
        paragraph(m, text, P, null);
      }
      m.close(DIV_QA_ANSWER);
    }
    m.close(tag);
  }

  private static void table(Markup m, Table table, @Nullable String sectionHeading) throws IOException {
    // A region that scrolls sideways on narrow screens; focusable, so that keyboards can scroll it.
    if (table.caption().isBlank()) {
      m.open(DIV_TABLE_SCROLL);
    } else {
      m.open("div", "class", ClassNames.TABLE_SCROLL, "role", "region", "aria-label", table.caption(),
          "tabindex", "0");
    }
    m.open(TABLE);
    if (!table.caption().isEmpty()) {
      boolean repeatsHeading = table.caption().equals(sectionHeading);
      m.line(repeatsHeading ? CAPTION_REPEATED : CAPTION, table.caption());
    }
    if (!table.columnHeaders().isEmpty()) {
      m.open(THEAD);
      m.startLine(TR);
      m.startTag(TD);
      m.text(table.cornerHeader());
      m.endTag(TD);
      for (String header : table.columnHeaders()) {
        m.startTag(TH_COL);
        m.text(header);
        m.endTag(TH_COL);
      }
      m.endLine(TR);
      m.close(THEAD);
    }
    m.open(TBODY);
    for (Table.Row row : table.rows()) {
      m.startLine(TR);
      m.startTag(TH_ROW);
      m.text(row.header());
      m.endTag(TH_ROW);
      for (String cell : row.cells()) {
        m.startTag(TD);
        m.textWithBreaks(cell);
        m.endTag(TD);
      }
      m.endLine(TR);
    }
    m.close(TBODY);
    m.close(TABLE);
    m.close(DIV_TABLE_SCROLL);
    String note = table.note();
    if (note != null && !note.isEmpty()) {
      paragraph(m, note, P_TABLE_NOTE, null);
    }
  }

  private static Tag[] headings(String cssClass) {
    Tag[] tags = new Tag[HEADINGS.length];
    for (int i = 0; i < HEADINGS.length; i++) {
      tags[i] = Tag.of(HEADINGS[i], "class", cssClass);
    }
    return tags;
  }

  private static <E extends Enum<E>> Map<E, Tag> tags(Class<E> type, Function<E, Tag> tag) {
    Map<E, Tag> tags = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      tags.put(constant, tag.apply(constant));
    }
    return tags;
  }
}
