package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.LinkList;
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
 * <p>This class writes the page, the article and its sections, and hands each block to its override
 * or to its default markup: {@link TextBlocks} (field lists, paragraphs, lists, questions and answers),
 * {@link Tables} and {@link Links}; headings by level are {@link Headings}. Elements are written as
 * {@link Tag}s made once, when the classes are initialised.
 */
public final class ExcerptWriter {

  private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
  private static final String GENERATOR = "ratsinfo";

  private static final Tag HTML = Tag.of("html");
  private static final Tag HEAD = Tag.of("head");
  private static final Tag META = Tag.of("meta");
  private static final Tag TITLE = Tag.of("title");
  private static final Tag STYLE = Tag.of("style");
  private static final Tag BODY = Tag.of("body", "class", ClassNames.PAGE);
  private static final Tag ARTICLE = Tag.of("article", "class", ClassNames.EXCERPT);
  private static final Tag HEADER = Tag.of("header", "class", ClassNames.HEADER);
  private static final Tag BODY_NAME = Tag.of("p", "class", ClassNames.BODY_NAME);
  private static final Tag H1_TITLE = Tag.of("h1", "class", ClassNames.TITLE);
  /** Headings of sections, by level (index 0 for h1). */
  private static final Tag[] SECTION_HEADINGS = Headings.tags(ClassNames.HEADING);
  private static final Map<SectionKind, Tag> SECTIONS =
      TextBlocks.tags(SectionKind.class, kind -> Tag.of("section", "class", ClassNames.section(kind)));

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
      m.open(HTML, "xmlns", XHTML_NAMESPACE, "lang", language, "xml:lang", language);
    } else {
      m.open(HTML, "lang", language);
    }
    m.open(HEAD);
    m.voidLine(META, "charset", "utf-8");
    m.voidLine(META, "name", "viewport", "content", "width=device-width, initial-scale=1");
    m.line(TITLE, info.title());
    metaIfPresent(m, "author", info.author());
    metaIfPresent(m, "description", info.subject());
    metaIfPresent(m, "keywords", String.join(", ", info.keywords()));
    m.voidLine(META, "name", "generator", "content", GENERATOR);
    m.startLine(STYLE);
    m.rawText(styleContent);
    m.endLine(STYLE);
    m.close(HEAD);
    m.open(BODY);
    article(m, document);
    m.close(BODY);
    m.close(HTML);
  }

  private static void metaIfPresent(Markup m, String name, String content) throws IOException {
    if (!content.isBlank()) {
      m.voidLine(META, "name", name, "content", content);
    }
  }

  private void article(Markup m, ExcerptDocument document) throws IOException {
    m.open(ARTICLE, m.language(document.info().language()));
    m.open(HEADER);
    if (!document.bodyName().isEmpty()) {
      m.line(BODY_NAME, document.bodyName());
    }
    m.line(H1_TITLE, document.title());
    m.close(HEADER);
    blocks(m, document, document.blocks(), 2, null);
    m.close(ARTICLE);
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
      TextBlocks.fieldList(m, fieldList);
    } else if (block instanceof Paragraph paragraph) {
      TextBlocks.paragraph(m, paragraph);
    } else if (block instanceof NumberedList list) {
      TextBlocks.numberedList(m, list);
    } else if (block instanceof QuestionAnswer qa) {
      TextBlocks.questionAnswer(m, qa, level);
    } else if (block instanceof Table table) {
      Tables.table(m, table, sectionHeading);
    } else if (block instanceof LinkList list) {
      Links.linkList(m, list);
    } else {
      throw new IllegalStateException("unknown block " + block.getClass().getName());
    }
  }

  private void section(Markup m, ExcerptDocument document, Section section, int level)
      throws IOException {
    Tag tag = SECTIONS.get(section.kind());
    m.open(tag);
    Headings.start(m, level, SECTION_HEADINGS, ClassNames.HEADING, section.headingLanguage());
    m.text(section.heading());
    Headings.end(m, level);
    blocks(m, document, section.blocks(), level + 1, section.heading());
    m.close(tag);
  }
}
