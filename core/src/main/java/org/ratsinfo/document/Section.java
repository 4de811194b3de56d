package org.ratsinfo.document;

import java.util.List;
import java.util.Objects;

/**
 * A heading and the blocks under it. The document's title is the only level-1 heading; a section at
 * the top of {@link ExcerptDocument#blocks()} has a level-2 heading, a section inside it level 3, and so
 * on.
 *
 * @param kind what the section holds
 * @param heading the heading text
 * @param blocks the blocks under the heading, in order
 */
public record Section(SectionKind kind, String heading, List<Block> blocks) implements Block {

  /** Checks that every value is present and copies the blocks. */
  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heading, "heading");
    blocks = List.copyOf(blocks);
  }
}
