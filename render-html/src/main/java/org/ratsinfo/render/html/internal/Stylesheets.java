package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The default stylesheets, read once from this module's resources, and the preparation of a
 * stylesheet for a {@code style} element.
 *
 * <ul>
 *   <li>{@code org/ratsinfo/render/html/ratsinfo.css}: the default stylesheet; every rule is scoped
 *       under {@code .ratsinfo-excerpt}, so that integrators can include it in their own pages;
 *   <li>{@code org/ratsinfo/render/html/ratsinfo-page.css}: the page-level rules ({@code @page}, the
 *       {@code body} of a page), written only in page mode and only with the default stylesheet.
 * </ul>
 */
public final class Stylesheets {

  private static final String DEFAULT = load("ratsinfo.css");
  private static final String PAGE = load("ratsinfo-page.css");

  private Stylesheets() {}

  /** The default stylesheet, every rule scoped under {@code .ratsinfo-excerpt}. */
  public static String defaultStylesheet() {
    return DEFAULT;
  }

  /** The page-level rules of the default stylesheet: {@code @page} and the page's {@code body}. */
  public static String pageStylesheet() {
    return PAGE;
  }

  /**
   * Checks a stylesheet given by an integrator.
   *
   * @param css the stylesheet
   * @return the stylesheet
   * @throws IllegalArgumentException if it contains {@code </style} (which would end the element) or
   *     {@code ]]>} (which XML does not allow in text)
   */
  public static String check(String css) {
    if (containsIgnoreCase(css, "</style")) {
      throw new IllegalArgumentException("a stylesheet must not contain '</style'");
    }
    if (css.contains("]]>")) {
      throw new IllegalArgumentException("a stylesheet must not contain ']]>'");
    }
    return css;
  }

  /**
   * The content of the {@code style} element for a stylesheet: the stylesheet with characters that
   * cannot be written replaced (see {@link Escaping#sanitize(String)}); in {@link Syntax#POLYGLOT}, if it
   * contains {@code <} or {@code &}, wrapped in {@code /*<![CDATA[*}{@code /} … {@code /*]]>*}{@code /}
   * so that an XML parser reads it as text and an HTML parser as CSS comments.
   *
   * @param css the stylesheet, {@link #check(String) checked}
   * @param syntax the syntax the page is written in
   * @return the element's content, starting and ending with a line feed
   */
  public static String prepare(String css, Syntax syntax) {
    String text = Escaping.sanitize(css);
    StringBuilder sb = new StringBuilder(text.length() + 32);
    boolean cdata = syntax == Syntax.POLYGLOT && (text.indexOf('<') >= 0 || text.indexOf('&') >= 0);
    sb.append('\n');
    if (cdata) {
      sb.append("/*<![CDATA[*/\n");
    }
    sb.append(text);
    if (!text.endsWith("\n")) {
      sb.append('\n');
    }
    if (cdata) {
      sb.append("/*]]>*/\n");
    }
    return sb.toString();
  }

  /**
   * Whether the text contains the part, ignoring case; the part starts with a character that has no
   * other case ({@code <}), so only the places where that character stands are compared: a scan with
   * {@link String#indexOf(int, int)} instead of a comparison at every index, which at start-up, before
   * the JIT compiles it, took some 20 ms for the print stylesheet.
   */
  private static boolean containsIgnoreCase(String text, String part) {
    char first = part.charAt(0);
    for (int i = text.indexOf(first); i >= 0 && i + part.length() <= text.length();
        i = text.indexOf(first, i + 1)) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  private static String load(String name) {
    String path = "/org/ratsinfo/render/html/" + name;
    try (@Nullable InputStream in = Stylesheets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
