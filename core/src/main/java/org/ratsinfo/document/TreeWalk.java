package org.ratsinfo.document;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Walks a document tree depth-first in document order, calling a {@link BlockVisitor}: the one place
 * that tells the kinds of {@link Block} apart for visitors. Stateless.
 */
final class TreeWalk {

  private TreeWalk() {}

  /** Visits the document's blocks at level 2. */
  static void walk(ExcerptDocument document, BlockVisitor visitor) throws IOException {
    blocks(document, document.blocks(), 2, null, visitor);
  }

  /**
   * Visits blocks at a heading level.
   *
   * @param section the section they are in, or {@code null} at the top
   */
  private static void blocks(ExcerptDocument document, List<Block> blocks, int level,
      @Nullable Section section, BlockVisitor visitor) throws IOException {
    for (Block block : blocks) {
      // Block is sealed, but Java 17 cannot switch over it: BlockVisitorTest checks that this chain and
      // the visitor know every kind the interface permits.
      if (block instanceof Section inner) {
        BlockContext context = context(document, level, inner.headingLanguage(), section);
        visitor.enterSection(inner, context);
        blocks(document, inner.blocks(), level + 1, inner, visitor);
        visitor.leaveSection(inner, context);
      } else if (block instanceof FieldList fields) {
        visitor.visitFieldList(fields, context(document, level, null, section));
      } else if (block instanceof Paragraph paragraph) {
        visitor.visitParagraph(paragraph, context(document, level, paragraph.language(), section));
      } else if (block instanceof NumberedList list) {
        visitor.visitNumberedList(list, context(document, level, list.language(), section));
      } else if (block instanceof QuestionAnswer qa) {
        visitor.visitQuestionAnswer(qa, context(document, level, qa.language(), section));
      } else if (block instanceof Table table) {
        visitor.visitTable(table, context(document, level, null, section));
      } else if (block instanceof LinkList links) {
        visitor.visitLinkList(links, context(document, level, null, section));
      } else {
        throw new IllegalStateException("a kind of block the walk does not know: " + block.getClass());
      }
    }
  }

  /** The context of a block whose own texts carry tag, or the document's language where it is null. */
  private static BlockContext context(ExcerptDocument document, int level, @Nullable String tag,
      @Nullable Section section) {
    return new BlockContext(document, level, tag != null ? tag : document.info().language(), section);
  }
}
