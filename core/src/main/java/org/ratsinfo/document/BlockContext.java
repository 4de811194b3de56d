package org.ratsinfo.document;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a block stands in its document, as a {@link BlockVisitor} is told at each call: what a renderer
 * would otherwise work out again while it walks the tree. Made by {@link ExcerptDocument#walk} only;
 * immutable. (A class, not a record: what it tells may grow without breaking a visitor.)
 */
public final class BlockContext {

  private final ExcerptDocument document;
  private final int headingLevel;
  private final String language;
  private final @Nullable Section section;

  BlockContext(ExcerptDocument document, int headingLevel, String language, @Nullable Section section) {
    this.document = Objects.requireNonNull(document, "document");
    this.language = Objects.requireNonNull(language, "language");
    if (headingLevel < 2) {
      throw new IllegalArgumentException("a block's heading level is 2 or more, not " + headingLevel);
    }
    this.headingLevel = headingLevel;
    this.section = section;
  }

  /**
   * The document being walked: its locale, audience, metadata and title.
   *
   * @return the document
   */
  public ExcerptDocument document() {
    return document;
  }

  /**
   * The heading level at the block's place: a section's heading's level, for other blocks the level a
   * section in their place would have (that of a question and answer's heading-like line, of a table's
   * caption). The title is the only level 1; a block of {@link ExcerptDocument#blocks()} is at level 2,
   * a block of a level-2 section at level 3, and so on without a limit (HTML, for one, has no element
   * beyond {@code h6}: a renderer decides what deeper levels become).
   *
   * @return the level, 2 or more
   */
  public int headingLevel() {
    return headingLevel;
  }

  /**
   * The language of the block's own texts as a BCP 47 tag: the block's tag where it has one ({@link
   * Section#headingLanguage()}, {@link Paragraph#language()}, {@link NumberedList#language()}, {@link
   * QuestionAnswer#language()}), else the document's ({@link DocumentInfo#language()}). A {@link
   * FieldList}'s labels, a {@link LinkList}'s prefixes and details and a {@link Table} are in the
   * document's language; a field's value and a link's text may have a language of their own, see
   * {@link #languageOf(String)}.
   *
   * @return the tag
   */
  public String language() {
    return language;
  }

  /**
   * The section the block is in: for a section, the section around it.
   *
   * @return the enclosing section, or {@code null} for a block of {@link ExcerptDocument#blocks()}
   */
  public @Nullable Section section() {
    return section;
  }

  /**
   * How many sections the block is in: 0 for a block of {@link ExcerptDocument#blocks()}, 1 for a
   * block of a section there, and so on ({@link #headingLevel()} minus 2); for indentation.
   *
   * @return the depth, 0 or more
   */
  public int depth() {
    return headingLevel - 2;
  }

  /**
   * The document's language ({@link DocumentInfo#language()}): that of labels, prefixes, details and
   * everything the tree does not tag.
   *
   * @return the BCP 47 tag, e.g. "de-DE" or "en"
   */
  public String documentLanguage() {
    return document.info().language();
  }

  /**
   * The language of a text that may carry a tag of its own, such as {@link Field#valueLanguage()} or
   * {@link LinkList.Entry#textLanguage()}.
   *
   * @param tag the text's tag, or {@code null} where the text is in the document's language
   * @return the tag, else {@link #documentLanguage()}
   */
  public String languageOf(@Nullable String tag) {
    return tag != null ? tag : documentLanguage();
  }

  /**
   * Whether {@link #language()} differs from the document's, so that a format which can say so marks
   * it (HTML's {@code lang}, DOCX's {@code w:lang}), for screen readers and hyphenation. Tags are
   * compared ignoring case, as BCP 47 says.
   *
   * @return {@code true} if the block's texts are in another language than the document
   */
  public boolean languageDiffers() {
    return !language.equalsIgnoreCase(documentLanguage());
  }

  @Override
  public String toString() {
    return "BlockContext[level=" + headingLevel + ", language=" + language + ", section="
        + (section == null ? "none" : section.kind()) + "]";
  }
}
