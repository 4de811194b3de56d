package org.ratsinfo.render;

import java.util.regex.Pattern;

/**
 * The rules of {@link TextEscaper#plainText()} and {@link TextEscaper#markdown()}, written once with
 * the public builder (which proves the builder can say them). The reasons are in those methods'
 * javadoc.
 */
final class EscaperPresets {

  /** Spaces and tabs at a line's start. */
  private static final Pattern INDENTATION = Pattern.compile("[ \\t]+");
  /** Bullets, thematic breaks, setext underlines. */
  private static final Pattern BLOCK_MARKER = Pattern.compile("[-+=]");
  /** An ordered list's marker, as CommonMark reads it: up to nine digits, {@code .} or {@code )}, a blank. */
  private static final Pattern ORDERED_LIST_MARKER = Pattern.compile("([0-9]{1,9})([.)])(?=[ \\t]|$)");

  private EscaperPresets() {}

  static TextEscaper.Builder plainText(TextEscaper.Builder builder) {
    // Every line break a line feed: CR LF first (the longer target wins), then the single ones.
    builder.replace("\r\n", "\n");
    for (int c : new int[] {'\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029}) {
      builder.replace(c, "\n");
    }
    // The other C0 controls, DEL and the other C1 controls go.
    for (int c = 0; c <= 0x9F; c++) {
      boolean control = c < 0x20 || c >= 0x7F;
      // Tab stays; the line breaks are line feeds (above).
      boolean tabOrBreak = c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85;
      if (control && !tabOrBreak) {
        builder.replace(c, "");
      }
    }
    // Bidirectional embeddings, overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI).
    for (int c = 0x202A; c <= 0x202E; c++) {
      builder.replace(c, "");
    }
    for (int c = 0x2066; c <= 0x2069; c++) {
      builder.replace(c, "");
    }
    return builder.replaceLoneSurrogates("\uFFFD");
  }

  static TextEscaper.Builder markdown(TextEscaper.Builder builder) {
    for (char c : "\\`*_[]<>#|~&$".toCharArray()) {
      builder.replace(c, "\\" + c);
    }
    return builder
        .replaceAtLineStart(INDENTATION, m -> "")
        .replaceAtLineStart(BLOCK_MARKER, m -> "\\" + m.group())
        .replaceAtLineStart(ORDERED_LIST_MARKER, m -> m.group(1) + "\\" + m.group(2));
  }
}
