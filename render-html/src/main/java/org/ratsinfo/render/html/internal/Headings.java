package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Headings by level: {@code h1} … {@code h6}, and beyond {@code h6} a {@code p} with {@code
 * role="heading"} and {@code aria-level}, which HTML has no element for. Apart from the blocks because
 * sections, questions and the headings of block renderers all need the same rule for levels.
 */
final class Headings {

  private static final String[] NAMES = {"h1", "h2", "h3", "h4", "h5", "h6"};
  private static final Tag P = Tag.of("p");
  /** The heading elements without attributes, by level (index 0 for h1). */
  private static final Tag[] PLAIN = tags(null);

  private Headings() {}

  /**
   * The heading elements with a class, by level (index 0 for h1).
   *
   * @param cssClass the class, or null for none
   * @return the tags
   */
  static Tag[] tags(@Nullable String cssClass) {
    Tag[] tags = new Tag[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      tags[i] = Tag.of(NAMES[i], "class", cssClass);
    }
    return tags;
  }

  /**
   * Starts a heading of a class on a line; end it with {@link #end(Markup, int)}.
   *
   * @param level the level, 1 or more
   * @param tags the elements of the levels up to 6, with the class (see {@link #tags(String)})
   * @param cssClass the class
   * @param language the heading's language, or {@code null} for the document's
   */
  static void start(Markup m, int level, Tag[] tags, String cssClass, @Nullable String language) {
    if (level <= tags.length) {
      m.startLine(tags[level - 1], m.language(language));
    } else {
      @Nullable String[] lang = m.language(language);
      @Nullable String[] attributes = Arrays.copyOf(new @Nullable String[] {"class", cssClass}, 2 + lang.length);
      System.arraycopy(lang, 0, attributes, 2, lang.length);
      start(m, level, attributes);
    }
  }

  /**
   * Starts a heading on a line; end it with {@link #end(Markup, int)}.
   *
   * @param level the level, 1 or more
   * @param attributes names and values, alternating
   */
  static void start(Markup m, int level, @Nullable String[] attributes) {
    if (level <= PLAIN.length) {
      m.startLine(PLAIN[level - 1], attributes);
    } else {
      @Nullable String[] all = Arrays.copyOf(attributes, attributes.length + 4);
      all[attributes.length] = "role";
      all[attributes.length + 1] = "heading";
      all[attributes.length + 2] = "aria-level";
      all[attributes.length + 3] = Integer.toString(level);
      m.startLine(P, all);
    }
  }

  /**
   * Ends a heading and its line.
   *
   * @param level its level
   * @throws IOException if writing fails
   */
  static void end(Markup m, int level) throws IOException {
    m.endLine(level <= PLAIN.length ? PLAIN[level - 1] : P);
  }
}
