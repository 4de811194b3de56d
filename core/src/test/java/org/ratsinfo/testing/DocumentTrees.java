package org.ratsinfo.testing;

import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;

/**
 * Finding things in a laid-out {@link ExcerptDocument}, for ratsinfo's own tests (the facts of a
 * document are the test kit's {@code DocumentFacts}).
 */
public final class DocumentTrees {

  private DocumentTrees() {}

  /**
   * The vote tally: the first table in a section of the document.
   *
   * @throws IllegalStateException if the document has no table in a section
   */
  public static Table tally(ExcerptDocument document) {
    for (Block block : document.blocks()) {
      if (block instanceof Section section) {
        for (Block inner : section.blocks()) {
          if (inner instanceof Table table) {
            return table;
          }
        }
      }
    }
    throw new IllegalStateException("no tally");
  }

}
