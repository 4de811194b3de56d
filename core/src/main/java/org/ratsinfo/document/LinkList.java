package org.ratsinfo.document;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.WebAddresses;

/**
 * A list of references, each a line that may link to an address: the attachments (Anlagen) of an
 * item, the papers linked to a paper. A renderer shows the entries as a list in order, each as {@link
 * Entry#prefix()}, then {@link Entry#text()} (a link where {@link Entry#target()} is given), then {@link
 * Entry#detail()}.
 *
 * @param entries the entries, in order; at least one
 */
public record LinkList(List<Entry> entries) implements Block {

  /**
   * One entry of a {@link LinkList}.
   *
   * @param prefix text before the linked text, in the document's language, e.g. "Änderungsantrag zu:
   *     "; may be empty
   * @param text the text, from the data, e.g. a file's name or a paper's reference and title; the
   *     link's text where there is a link
   * @param target where the text links to: an absolute {@code https} or {@code http} URI with a host,
   *     never any other scheme; {@code null} for no link
   * @param detail text after it, in the document's language, e.g. " (PDF, 1,2 MB)"; may be empty
   * @param textLanguage the language of {@code text} as a BCP 47 tag where it is not the document's,
   *     else {@code null}
   */
  public record Entry(String prefix, String text, @Nullable URI target, String detail,
      @Nullable String textLanguage) {

    /**
     * Checks that every value is present and that the target may be linked.
     *
     * @throws IllegalArgumentException if the target is not an absolute https or http URI with a host
     */
    public Entry {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(detail, "detail");
      if (target != null && !WebAddresses.isAllowed(target)) {
        throw new IllegalArgumentException(
            "a link target must be an absolute https or http URI with a host, not " + target.getScheme()
                + ':');
      }
      LanguageTags.check(textLanguage, "textLanguage");
    }

    /**
     * The entry as one line of plain text, without its target: prefix, text and detail.
     *
     * @return the line
     */
    public String plainText() {
      return prefix + text + detail;
    }
  }

  /** Copies the entries and checks that there is one. */
  public LinkList {
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a link list needs at least one entry");
    }
  }
}
