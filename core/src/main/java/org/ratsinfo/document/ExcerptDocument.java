package org.ratsinfo.document;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ratsinfo.model.Audience;

/**
 * A document of a meeting laid out, of any {@link DocumentKind kind} (an excerpt, the agenda, the
 * minutes): what every renderer shows, in order, with labels and values formatted for the locale,
 * after redaction for the audience. Made by {@link ExcerptLayout}. A renderer renders every kind alike.
 *
 * @param kind which document it is
 * @param locale the locale labels and values are formatted in
 * @param audience the audience the document was redacted for
 * @param info the document's metadata
 * @param bodyName the body the document is from, e.g. "Stadt Herne", shown above the title
 * @param title the title, e.g. "Auszug - Anfrage: Sachstand Erneuerung des städtischen
 *     Internetauftritts" or "Niederschrift - Rat der Stadt": the only level-1 heading
 * @param blocks the blocks below the title, in order
 */
public record ExcerptDocument(
    DocumentKind kind,
    Locale locale,
    Audience audience,
    DocumentInfo info,
    String bodyName,
    String title,
    List<Block> blocks) {

  /** Checks that every value is present and copies the blocks. */
  public ExcerptDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(bodyName, "bodyName");
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
  }

  /**
   * An excerpt's document.
   *
   * @param locale the locale labels and values are formatted in
   * @param audience the audience the document was redacted for
   * @param info the document's metadata
   * @param bodyName the body the excerpt is from
   * @param title the title
   * @param blocks the blocks below the title, in order
   */
  public ExcerptDocument(Locale locale, Audience audience, DocumentInfo info, String bodyName, String title,
      List<Block> blocks) {
    this(DocumentKind.EXCERPT, locale, audience, info, bodyName, title, blocks);
  }

  /**
   * Walks the blocks below the title in document order, depth-first: each block is visited with its
   * {@link BlockContext}; a section is entered, its blocks are walked, and it is left. The title and
   * the body's name are not blocks: a renderer writes them before the walk.
   *
   * @param visitor what is called for each block, on this thread
   * @throws IOException if the visitor fails to write
   */
  public void walk(BlockVisitor visitor) throws IOException {
    TreeWalk.walk(this, Objects.requireNonNull(visitor, "visitor"));
  }
}
