package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.LinkList;

/**
 * The default markup of a {@link LinkList}: a {@code ul} with an {@code li} per entry, each its prefix,
 * its text and its detail on one line; the text is an {@code a} where the entry has a target and a
 * {@code span} where it has only a language of its own.
 *
 * <pre>{@code
 * <ul class="ratsinfo-links">
 *   <li>Vorlage: <a class="ratsinfo-link" href="https://ris.example/d/17">Sachstand …</a> (PDF, 1,2 MB)</li>
 *   <li><span lang="de" xml:lang="de">Lageplan</span> (PDF, 850 KB)</li>
 * </ul>
 * }</pre>
 *
 * <p>The {@code href} is the target as {@link URI#toASCIIString()} gives it, escaped as every attribute
 * is; a target is always an absolute {@code https} or {@code http} URI (the {@link LinkList.Entry}
 * checks it), so no link can run script or reach the reader's files. No {@code target} and no {@code
 * rel}: the link opens where the reader is, as any link of the page does (so {@code noopener} has
 * nothing to guard), and the page decides by its own referrer policy what it tells the site it links
 * to. Stateless.
 */
final class Links {

  private static final Tag UL = Tag.of("ul", "class", ClassNames.LINKS);
  private static final Tag LI = Tag.of("li");
  private static final Tag A = Tag.of("a", "class", ClassNames.LINK);
  private static final Tag SPAN = Tag.of("span");

  private Links() {}

  static void linkList(Markup m, LinkList list) throws IOException {
    m.open(UL);
    for (LinkList.Entry entry : list.entries()) {
      m.startLine(LI);
      m.text(entry.prefix());
      URI target = entry.target();
      @Nullable String[] language = m.language(entry.textLanguage());
      if (target != null) {
        m.startTag(A, href(target, language));
        m.text(entry.text());
        m.endTag(A);
      } else if (language.length > 0) {
        m.startTag(SPAN, language);
        m.text(entry.text());
        m.endTag(SPAN);
      } else {
        m.text(entry.text());
      }
      m.text(entry.detail());
      m.endLine(LI);
    }
    m.close(UL);
  }

  /** {@code href} and the language attributes, names and values alternating. */
  private static @Nullable String[] href(URI target, @Nullable String[] language) {
    @Nullable String[] attributes = new @Nullable String[2 + language.length];
    attributes[0] = "href";
    // ASCII: what every reader of the markup (and a PDF's URI action, which must be 7-bit) takes.
    attributes[1] = target.toASCIIString();
    System.arraycopy(language, 0, attributes, 2, language.length);
    return attributes;
  }
}
