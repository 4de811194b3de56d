package org.ratsinfo.document;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A heading and the blocks under it. The document's title is the only level-1 heading; a section at
 * the top of {@link ExcerptDocument#blocks()} has a level-2 heading, a section inside it level 3, and so
 * on.
 *
 * @param kind what the section holds
 * @param heading the heading text
 * @param blocks the blocks under the heading, in order
 * @param headingLanguage the language of the heading as a BCP 47 tag, e.g. "de-DE", where it is not the
 *     document's ({@link DocumentInfo#language()}): German data in an English document; {@code null}
 *     where it is the document's language
 */
public record Section(SectionKind kind, String heading, List<Block> blocks,
    @Nullable String headingLanguage) implements Block {

  /** Checks that every value is present and copies the blocks. */
  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heading, "heading");
    blocks = List.copyOf(blocks);
    LanguageTags.check(headingLanguage, "headingLanguage");
  }

  /**
   * A section whose heading is in the document's language.
   *
   * @param kind what the section holds
   * @param heading the heading text
   * @param blocks the blocks under the heading, in order
   */
  public Section(SectionKind kind, String heading, List<Block> blocks) {
    this(kind, heading, blocks, null);
  }
}
