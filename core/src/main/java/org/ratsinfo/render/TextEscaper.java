package org.ratsinfo.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Escapes the plain text of the document tree for a text format that a renderer of one's own writes:
 * Markdown, plain text, CSV, LaTeX… Text in the tree is never markup, so every character a format
 * gives a meaning must be written so that it shows as itself.
 *
 * <p>Two presets: {@link #plainText()} takes out what is dangerous in any text output, {@link
 * #markdown()} adds Markdown's escapes. Anything else is built, from scratch or from a preset:
 *
 * <pre>{@code
 * TextEscaper latex = TextEscaper.plainText().toBuilder()
 *     .replace('\\', "\\textbackslash{}")
 *     .replace('{', "\\{").replace('}', "\\}")
 *     .replace('$', "\\$").replace('&', "\\&").replace('#', "\\#").replace('%', "\\%").replace('_', "\\_")
 *     .replace('^', "\\textasciicircum{}").replace('~', "\\textasciitilde{}")
 *     .build();
 * }</pre>
 *
 * <p>An escaper applies its rules in two steps, each once over the text (what a rule writes is never
 * escaped again by the same step):
 *
 * <ol>
 *   <li><b>Replacements</b>, from left to right: at each place the longest {@link
 *       Builder#replace(String, String) sequence} that starts there is replaced; a {@link
 *       Builder#replaceLoneSurrogates lone surrogate} (half of a character, which no encoding can
 *       write) is replaced if the escaper says so; everything else is kept.
 *   <li><b>Line starts</b>, on the result: at the start of each line (the start of the text, and after
 *       each {@code \n}) the first {@link Builder#replaceAtLineStart line-start rule} whose pattern
 *       matches there is applied; where that writes nothing (such as dropping indentation), the rules
 *       are tried again at the new place. Because this step sees the replacements' result, a marker
 *       cannot hide behind a control character that the first step removes. The start of the text
 *       counts as a line start, since the escaper cannot know what precedes it: a Markdown escape too
 *       many is harmless, one too few is not.
 * </ol>
 *
 * <p>Immutable and thread-safe, and so is its use as long as the functions given to {@link
 * Builder#replaceAtLineStart} are (the presets' are).
 */
public final class TextEscaper {

  private static final TextEscaper PLAIN_TEXT = EscaperPresets.plainText(builder()).build();
  private static final TextEscaper MARKDOWN = EscaperPresets.markdown(PLAIN_TEXT.toBuilder()).build();

  /** The replacements by their target's first character, longest target first. */
  private final Map<Character, Replacement[]> replacements;
  private final @Nullable String loneSurrogate;
  private final List<LineStartRule> lineStartRules;
  /** The rules as given, for {@link #toBuilder()}. */
  private final Map<String, String> sequences;

  private record Replacement(String target, String replacement) {}

  private record LineStartRule(Pattern pattern, Function<MatchResult, String> replacement) {}

  private TextEscaper(Builder builder) {
    sequences = Map.copyOf(builder.sequences);
    Map<Character, List<Replacement>> byFirst = new HashMap<>();
    builder.sequences.forEach((target, replacement) -> byFirst
        .computeIfAbsent(target.charAt(0), c -> new ArrayList<>()).add(new Replacement(target, replacement)));
    Map<Character, Replacement[]> sorted = new HashMap<>();
    byFirst.forEach((first, list) -> {
      list.sort(Comparator.comparingInt((Replacement r) -> r.target().length()).reversed());
      sorted.put(first, list.toArray(Replacement[]::new));
    });
    replacements = Map.copyOf(sorted);
    loneSurrogate = builder.loneSurrogate;
    lineStartRules = List.copyOf(builder.lineStartRules);
  }

  /**
   * Plain text made safe for any text output; what every text format needs first. It keeps every
   * character that is text, tab and line feed included, and:
   *
   * <ul>
   *   <li>makes each line break a line feed ({@code \n}): CR LF, CR, vertical tab, form feed, NEL
   *       (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), which some programs
   *       show as a break and others do not, so that a line cannot start unseen;
   *   <li>removes the other control characters: C0 (U+0000–U+001F but tab and line feed), DEL
   *       (U+007F) and C1 (U+0080–U+009F): NUL, which ends a string in C; ESC and CSI, which start a
   *       terminal's escape sequences; backspace, which hides what precedes it;
   *   <li>removes the bidirectional embedding, override and isolate controls (U+202A–U+202E,
   *       U+2066–U+2069), which reorder text as shown so that it reads otherwise than it is stored
   *       ("Trojan Source", CVE-2021-42574); the text shows in the order it is stored. The marks
   *       LRM, RLM and ALM (U+200E, U+200F, U+061C) stay: they reorder nothing beyond themselves;
   *   <li>replaces each lone surrogate with U+FFFD REPLACEMENT CHARACTER, since no encoding can write
   *       it (UTF-8 writers fail or write {@code ?}).
   * </ul>
   *
   * <p>Other invisible characters (zero-width spaces and joiners, the byte order mark, tag
   * characters) stay: scripts and emoji need them. A builder can remove them.
   *
   * @return the escaper
   */
  public static TextEscaper plainText() {
    return PLAIN_TEXT;
  }

  /**
   * Text for Markdown (CommonMark, and GitHub's flavour), shown literally wherever inline text may go:
   * {@link #plainText()}, and then
   *
   * <ul>
   *   <li>a backslash before each of {@code \ ` * _ [ ] < > # | ~ & $} anywhere (emphasis, code, links
   *       and images, HTML and autolinks, headings and their closing {@code #}, table cells,
   *       strikethrough, entities, GitHub's math);
   *   <li>at the start of a line: its spaces and tabs are dropped (Markdown ignores up to three and
   *       makes four a code block), and a backslash goes before a {@code -}, {@code +} or {@code =}
   *       (bullets, thematic breaks, setext underlines) and before the {@code .} or {@code )} of a
   *       number of up to nine digits followed by a space, a tab or the line's end ({@code "1\. "}:
   *       ordered lists).
   * </ul>
   *
   * <p>Line feeds stay line feeds: what a break means where the text goes (a hard break in a
   * paragraph, a space in a heading or a table cell) is the renderer's choice. Bare web addresses
   * ({@code www.example.org}) may still become links in GitHub's flavour; no escape prevents that.
   *
   * @return the escaper
   */
  public static TextEscaper markdown() {
    return MARKDOWN;
  }

  /**
   * An empty builder: an escaper from it replaces nothing until told.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this escaper's rules, to add or change some.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.sequences.putAll(sequences);
    builder.loneSurrogate = loneSurrogate;
    builder.lineStartRules.addAll(lineStartRules);
    return builder;
  }

  /**
   * Escapes a text.
   *
   * @param text the text, as in the tree
   * @return the text to write
   */
  public String escape(String text) {
    String replaced = replace(text);
    return lineStartRules.isEmpty() ? replaced : atLineStarts(replaced);
  }

  private String replace(String text) {
    @Nullable StringBuilder out = null;
    int copied = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      @Nullable String replacement = null;
      int matched = 0;
      Replacement @Nullable [] candidates = replacements.get(c);
      if (candidates != null) {
        for (Replacement candidate : candidates) {
          if (text.startsWith(candidate.target(), i)) {
            replacement = candidate.replacement();
            matched = candidate.target().length();
            break;
          }
        }
      }
      boolean pair = Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (replacement == null && loneSurrogate != null && Character.isSurrogate(c) && !pair
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
        replacement = loneSurrogate;
        matched = 1;
      }
      if (replacement == null) {
        i += pair ? 2 : 1;   // a pair is one character: a rule never starts at its second half
        continue;
      }
      if (out == null) {
        out = new StringBuilder(length + 16);
      }
      out.append(text, copied, i).append(replacement);
      i += matched;
      copied = i;
    }
    return out == null ? text : out.append(text, copied, length).toString();
  }

  private String atLineStarts(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    List<Matcher> matchers = new ArrayList<>(lineStartRules.size());   // per call: a Matcher is not shared
    for (LineStartRule rule : lineStartRules) {
      matchers.add(rule.pattern().matcher(text));
    }
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      int lineEnd = end < 0 ? text.length() : end;
      int at = start;
      boolean again = true;
      while (again && at < lineEnd) {
        again = false;
        for (int r = 0; r < matchers.size(); r++) {
          Matcher matcher = matchers.get(r).region(at, lineEnd);
          if (matcher.lookingAt() && matcher.end() > at) {
            String replacement = Objects.requireNonNull(lineStartRules.get(r).replacement().apply(matcher),
                "a line-start rule's replacement");
            out.append(replacement);
            at = matcher.end();
            again = replacement.isEmpty();   // still at the line's start
            break;
          }
        }
      }
      out.append(text, at, lineEnd);
      if (end < 0) {
        return out.toString();
      }
      out.append('\n');
      start = end + 1;
    }
  }

  /**
   * Makes a {@link TextEscaper}: the characters and strings it replaces, what it does with lone
   * surrogates, and what it changes at the start of a line. A later rule for the same target replaces
   * the earlier one. Not thread-safe; the escaper it builds is.
   */
  public static final class Builder {

    private final Map<String, String> sequences = new LinkedHashMap<>();
    private @Nullable String loneSurrogate;
    private final List<LineStartRule> lineStartRules = new ArrayList<>();

    private Builder() {}

    /**
     * Replaces a character wherever it occurs.
     *
     * @param codePoint the character, e.g. {@code '&'} or {@code 0x1F600}; not a surrogate (see
     *     {@link #replaceLoneSurrogates})
     * @param replacement what is written instead; empty to remove it
     * @return this builder
     * @throws IllegalArgumentException if the code point is not a character
     */
    public Builder replace(int codePoint, String replacement) {
      if (!Character.isValidCodePoint(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
        throw new IllegalArgumentException("not a character: U+" + Integer.toHexString(codePoint));
      }
      return replace(Character.toString(codePoint), replacement);
    }

    /**
     * Replaces a string wherever it occurs; where several targets start at one place, the longest
     * wins (so {@code "\r\n"} can become one line break and a lone {@code "\r"} another).
     *
     * @param target the string, not empty, without lone surrogates
     * @param replacement what is written instead; empty to remove it
     * @return this builder
     * @throws IllegalArgumentException if the target is empty or holds a lone surrogate
     */
    public Builder replace(String target, String replacement) {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(replacement, "replacement");
      if (target.isEmpty()) {
        throw new IllegalArgumentException("the target of a replacement is empty");
      }
      for (int i = 0; i < target.length(); i++) {
        char c = target.charAt(i);
        boolean paired = Character.isHighSurrogate(c) && i + 1 < target.length()
            && Character.isLowSurrogate(target.charAt(i + 1));
        if (paired) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new IllegalArgumentException("a target holds a lone surrogate at " + i);
        }
      }
      sequences.put(target, replacement);
      return this;
    }

    /**
     * Replaces each lone surrogate: a high surrogate not followed by a low one, or a low surrogate
     * not preceded by a high one. Java strings can hold them; no encoding can write them.
     *
     * @param replacement what is written instead, e.g. {@code "\uFFFD"}; {@code null} to keep them
     * @return this builder
     */
    public Builder replaceLoneSurrogates(@Nullable String replacement) {
      loneSurrogate = replacement;
      return this;
    }

    /**
     * Changes what a line starts with, after the replacements (see {@link TextEscaper}). The rules
     * are tried in the order added; the first whose pattern matches at the line's start, within the
     * line, and matches something, is applied.
     *
     * @param pattern what to look for at the start of a line; {@code $} matches at the line's end
     * @param replacement makes what is written instead of the match from it, e.g. {@code m -> "\\" +
     *     m.group()}; called on the escaping thread, so it must be thread-safe; empty to remove it
     * @return this builder
     */
    public Builder replaceAtLineStart(Pattern pattern, Function<MatchResult, String> replacement) {
      lineStartRules.add(new LineStartRule(Objects.requireNonNull(pattern, "pattern"),
          Objects.requireNonNull(replacement, "replacement")));
      return this;
    }

    /**
     * Builds the escaper.
     *
     * @return an immutable, thread-safe escaper with these rules
     */
    public TextEscaper build() {
      return new TextEscaper(this);
    }
  }
}
