package org.ratsinfo.document;

import java.io.IOException;

/**
 * Visits the blocks of a document tree, one method per kind of {@link Block}, in document order:
 * what a renderer of one's own implements instead of a chain of {@code instanceof} tests. Walk a whole
 * document with {@link ExcerptDocument#walk(BlockVisitor)}; each call gets the block and its {@link
 * BlockContext} (heading level, the language of the block's texts, the section it is in).
 *
 * <p>A {@link Section} is entered ({@link #enterSection}), then the blocks under its heading are visited,
 * then it is left ({@link #leaveSection}), so that a renderer can open and close what nests: an HTML
 * {@code section}, an indentation, a numbering.
 *
 * <pre>{@code
 * TextEscaper md = TextEscaper.markdown();   // org.ratsinfo.render: the tree's text is never markup
 * document.walk(new BlockVisitor() {
 *   public void enterSection(Section section, BlockContext at) throws IOException {
 *     out.write("#".repeat(at.headingLevel()) + " " + md.escape(section.heading()) + "\n\n");
 *   }
 *   public void visitParagraph(Paragraph paragraph, BlockContext at) throws IOException {
 *     out.write(md.escape(paragraph.text()) + "\n\n");
 *   }
 *   // … one method for each of the other kinds: the compiler asks for every one
 * });
 * }</pre>
 *
 * <p><b>A new kind of block</b> is a compile error, not a silent skip. The visit methods have no
 * default: when a release of ratsinfo adds a kind of block, it adds a method here, and a visitor
 * compiled against it does not compile until it says what to do with the new kind (the release notes
 * say so; it is an incompatible change of the API). A visitor compiled against an older release and
 * run with the newer one fails with an {@link AbstractMethodError} at the first block of the new kind,
 * rather than leaving the block out of its output. Only {@link #leaveSection} has a default (it does
 * nothing), since it is not a kind of block: a visitor that does not nest need not implement it.
 *
 * <p>Thread safety is the visitor's: the walk calls it on the caller's thread, one call after another.
 * A visitor that writes is used for one document at a time; a renderer makes one per render.
 */
public interface BlockVisitor {

  /**
   * A section begins: write its heading. The blocks under the heading follow, then {@link
   * #leaveSection}.
   *
   * @param section the section; {@link Section#blocks()} are visited next, one by one
   * @param context its heading level ({@link BlockContext#headingLevel()}, 2 at the top) and the
   *     heading's language
   * @throws IOException if writing fails
   */
  void enterSection(Section section, BlockContext context) throws IOException;

  /**
   * A section ends, after the blocks under its heading. Does nothing unless overridden.
   *
   * @param section the section
   * @param context the same context as {@link #enterSection} was given
   * @throws IOException if writing fails
   */
  default void leaveSection(Section section, BlockContext context) throws IOException {}

  /**
   * Label/value pairs.
   *
   * @param fields the fields
   * @param context the language of the labels ({@link BlockContext#language()}: the document's); each
   *     value's is {@code context.languageOf(field.valueLanguage())}
   * @throws IOException if writing fails
   */
  void visitFieldList(FieldList fields, BlockContext context) throws IOException;

  /**
   * A paragraph.
   *
   * @param paragraph the paragraph
   * @param context the language of its text
   * @throws IOException if writing fails
   */
  void visitParagraph(Paragraph paragraph, BlockContext context) throws IOException;

  /**
   * A numbered list.
   *
   * @param list the list
   * @param context the language of its items' text
   * @throws IOException if writing fails
   */
  void visitNumberedList(NumberedList list, BlockContext context) throws IOException;

  /**
   * A question with its answer.
   *
   * @param questionAnswer the question and answer
   * @param context the level of its heading-like line ({@link QuestionAnswer#heading()}), the language
   *     of the question and the answer; the label is in {@link BlockContext#documentLanguage()}
   * @throws IOException if writing fails
   */
  void visitQuestionAnswer(QuestionAnswer questionAnswer, BlockContext context) throws IOException;

  /**
   * A table. A table carries no language of its own: its caption, headers and note are in the
   * document's language.
   *
   * @param table the table
   * @param context the document's language, and the level a heading of the table would have
   * @throws IOException if writing fails
   */
  void visitTable(Table table, BlockContext context) throws IOException;

  /**
   * A list of references that may be links.
   *
   * @param links the list
   * @param context the language of the entries' prefix and detail (the document's); each entry's text
   *     is in {@code context.languageOf(entry.textLanguage())}
   * @throws IOException if writing fails
   */
  void visitLinkList(LinkList links, BlockContext context) throws IOException;
}
