package org.ratsinfo.render.docx.internal;

import java.util.Arrays;

/**
 * XML written straight into a growing UTF-8 byte array: markup as it is given, text and attribute values
 * escaped, every character XML 1.0 cannot carry (control characters other than tab, line feed and
 * carriage return; lone surrogates; U+FFFE and U+FFFF) replaced by U+FFFD. Not thread-safe: one per
 * part being written.
 */
final class XmlOutput {

  private byte[] bytes;
  private int size;

  XmlOutput(int capacity) {
    bytes = new byte[Math.max(capacity, 64)];
  }

  /** The bytes written so far; valid up to {@link #size()}. */
  byte[] array() {
    return bytes;
  }

  int size() {
    return size;
  }

  /**
   * Markup, copied as it is.
   *
   * @param markup ASCII only: element and attribute names, punctuation, numbers
   * @return this
   */
  XmlOutput raw(String markup) {
    int length = markup.length();
    ensure(length);
    byte[] b = bytes;
    int at = size;
    for (int i = 0; i < length; i++) {
      b[at++] = (byte) markup.charAt(i);
    }
    size = at;
    return this;
  }

  /**
   * Bytes copied as they are.
   *
   * @param source the bytes
   * @return this
   */
  XmlOutput raw(byte[] source) {
    ensure(source.length);
    System.arraycopy(source, 0, bytes, size, source.length);
    size += source.length;
    return this;
  }

  /**
   * A number in decimal.
   *
   * @param value the number
   * @return this
   */
  XmlOutput number(int value) {
    if (value < 0) {
      if (value == Integer.MIN_VALUE) {
        return raw(Integer.toString(value));
      }
      ensure(1);
      bytes[size++] = '-';
      value = -value;
    }
    int digits = 1;
    for (int rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    ensure(digits);
    for (int at = size + digits - 1; at >= size; at--) {
      bytes[at] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += digits;
    return this;
  }

  /**
   * Character data: {@code &}, {@code <} and {@code >} escaped, carriage returns as a character
   * reference (a parser would turn a literal one into a line feed).
   *
   * @param text the text
   * @return this
   */
  XmlOutput text(String text) {
    return escaped(text, 0, text.length(), false);
  }

  /**
   * Part of a text as character data; see {@link #text(String)}.
   *
   * @param text the text
   * @param from the first index
   * @param to the index after the last
   * @return this
   */
  XmlOutput text(String text, int from, int to) {
    return escaped(text, from, to, false);
  }

  /**
   * An attribute value, without the quotes: also {@code "} escaped, and tab, line feed and carriage
   * return as character references (a parser would turn literal ones into spaces).
   *
   * @param value the value
   * @return this
   */
  XmlOutput attribute(String value) {
    return escaped(value, 0, value.length(), true);
  }

  private XmlOutput escaped(String s, int from, int to, boolean attribute) {
    ensure((to - from) * 6); // the longest escape, "&quot;", takes 6 bytes for one character
    byte[] b = bytes;
    int at = size;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20) {
          switch (c) {
            case '&' -> at = put(b, at, "&amp;");
            case '<' -> at = put(b, at, "&lt;");
            case '>' -> at = put(b, at, "&gt;");
            case '"' -> {
              if (attribute) {
                at = put(b, at, "&quot;");
              } else {
                b[at++] = '"';
              }
            }
            default -> b[at++] = (byte) c;
          }
        } else if (c == '\t' || c == '\n') {
          if (attribute) {
            at = put(b, at, c == '\t' ? "&#9;" : "&#10;");
          } else {
            b[at++] = (byte) c;
          }
        } else if (c == '\r') {
          at = put(b, at, "&#13;");
        } else {
          at = replacement(b, at);
        }
        continue;
      }
      if (c < 0x800) {
        b[at++] = (byte) (0xC0 | c >> 6);
        b[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        char low;
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(low = s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, low);
          b[at++] = (byte) (0xF0 | cp >> 18);
          b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
          b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
          b[at++] = (byte) (0x80 | cp & 0x3F);
          i++;
        } else {
          at = replacement(b, at);
        }
      } else if (c == 0xFFFE || c == 0xFFFF) {
        at = replacement(b, at);
      } else {
        b[at++] = (byte) (0xE0 | c >> 12);
        b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    size = at;
    return this;
  }

  private static int put(byte[] b, int at, String escape) {
    for (int i = 0; i < escape.length(); i++) {
      b[at++] = (byte) escape.charAt(i);
    }
    return at;
  }

  /** U+FFFD in UTF-8. */
  private static int replacement(byte[] b, int at) {
    b[at++] = (byte) 0xEF;
    b[at++] = (byte) 0xBF;
    b[at++] = (byte) 0xBD;
    return at;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
