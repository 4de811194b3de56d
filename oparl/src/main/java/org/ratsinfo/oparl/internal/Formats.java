package org.ratsinfo.oparl.internal;

/**
 * The string formats of OParl (chapter 2.4 of the specification), checked character by character:
 * no regular expression, no parsing into objects, nothing allocated. Stateless.
 */
final class Formats {

  /** A date-time in the right form. */
  static final int VALID = 0;
  /** A date-time in the right form but without an offset from UTC. */
  static final int WITHOUT_OFFSET = 1;
  /** Not a date-time. */
  static final int INVALID = 2;

  /** The characters RFC 3986 allows unencoded in a path, query or fragment, besides letters and digits. */
  private static final String PATH_CHARACTERS = "-._~!$&'()*+,;=:@/?";
  /** The characters RFC 3986 allows in a host name (reg-name), besides letters and digits. */
  private static final String HOST_CHARACTERS = "-._~!$&'()*+,;=";

  private static final boolean[] PATH = table(PATH_CHARACTERS);
  private static final boolean[] HOST = table(HOST_CHARACTERS);

  private Formats() {}

  private static boolean[] table(String extra) {
    boolean[] table = new boolean[128];
    for (char c = 'a'; c <= 'z'; c++) {
      table[c] = true;
      table[Character.toUpperCase(c)] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      table[c] = true;
    }
    for (int i = 0; i < extra.length(); i++) {
      table[extra.charAt(i)] = true;
    }
    return table;
  }

  /**
   * Whether a string is a date of the form {@code yyyy-mm-dd} that exists in the calendar.
   *
   * @param s the string
   * @return whether it is a date
   */
  static boolean isDate(String s) {
    return s.length() == 10 && date(s);
  }

  /** Whether the string starts with a date of the calendar, {@code yyyy-mm-dd}. */
  private static boolean date(String s) {
    if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysOf(year, month);
  }

  private static int daysOf(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /**
   * How a string reads as a date-time: {@code yyyy-mm-ddThh:mm:ss±hh:mm} as the specification writes
   * it, or another form of RFC 3339, which its schema names ({@code Z} for UTC, a fraction of the
   * second).
   *
   * @param s the string
   * @return {@link #VALID}, {@link #WITHOUT_OFFSET} for a date-time of that form without offset, or
   *     {@link #INVALID}
   */
  static int dateTime(String s) {
    int n = s.length();
    if (n < 19 || !date(s) || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return INVALID;
    }
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return INVALID;
    }
    int i = 19;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start || i - start > 9) {
        return INVALID;
      }
    }
    if (i == n) {
      return WITHOUT_OFFSET;
    }
    char sign = s.charAt(i);
    if (sign == 'Z') {
      return i + 1 == n ? VALID : INVALID;
    }
    if ((sign != '+' && sign != '-') || n != i + 6 || s.charAt(i + 3) != ':') {
      return INVALID;
    }
    int offsetHours = digits(s, i + 1, 2);
    int offsetMinutes = digits(s, i + 4, 2);
    boolean inRange = offsetHours >= 0 && offsetMinutes >= 0 && offsetMinutes <= 59
        && (offsetHours < 18 || (offsetHours == 18 && offsetMinutes == 0));
    return inRange ? VALID : INVALID;
  }

  /**
   * Whether a string is an absolute {@code http} or {@code https} URL of RFC 3986: the scheme, a host,
   * an optional port, and a path, query and fragment of the characters RFC 3986 allows, other
   * characters percent-encoded. Relative URLs, spaces and unencoded umlauts are not.
   *
   * @param s the string
   * @return whether it is such a URL
   */
  static boolean isUrl(String s) {
    int n = s.length();
    int i;
    if (s.regionMatches(true, 0, "https://", 0, 8)) {
      i = 8;
    } else if (s.regionMatches(true, 0, "http://", 0, 7)) {
      i = 7;
    } else {
      return false;
    }
    int authorityEnd = i;
    while (authorityEnd < n && "/?#".indexOf(s.charAt(authorityEnd)) < 0) {
      authorityEnd++;
    }
    if (!authority(s, i, authorityEnd)) {
      return false;
    }
    boolean fragment = false;
    for (i = authorityEnd; i < n; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (!percentEncoded(s, i)) {
          return false;
        }
        i += 2;
      } else if (c == '#' && !fragment) {
        fragment = true;
      } else if (c >= 128 || !PATH[c]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s[start, end)} is {@code [userinfo@]host[:port]} with a host that is not empty. */
  private static boolean authority(String s, int start, int end) {
    int hostStart = start;
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == '@') {
        hostStart = i + 1;
      }
    }
    for (int i = start; i < hostStart - 1; i++) { // userinfo
      char c = s.charAt(i);
      if (c == '%') {
        if (!percentEncoded(s, i)) {
          return false;
        }
        i += 2;
      } else if (c >= 128 || (!HOST[c] && c != ':')) {
        return false;
      }
    }
    int hostEnd = end;
    if (hostStart < end && s.charAt(hostStart) == '[') { // an IP literal
      hostEnd = s.indexOf(']', hostStart);
      if (hostEnd < 0 || hostEnd >= end || hostEnd == hostStart + 1) {
        return false;
      }
      for (int i = hostStart + 1; i < hostEnd; i++) {
        char c = s.charAt(i);
        if (!isHexDigit(c) && c != ':' && c != '.') {
          return false;
        }
      }
      hostEnd++;
    } else {
      for (int i = hostStart; i < end; i++) {
        if (s.charAt(i) == ':') {
          hostEnd = i;
          break;
        }
      }
      if (hostEnd == hostStart) {
        return false;
      }
      for (int i = hostStart; i < hostEnd; i++) {
        char c = s.charAt(i);
        if (c == '%') {
          if (!percentEncoded(s, i)) {
            return false;
          }
          i += 2;
        } else if (c >= 128 || !HOST[c]) {
          return false;
        }
      }
    }
    if (hostEnd < end) { // the port
      if (s.charAt(hostEnd) != ':') {
        return false;
      }
      for (int i = hostEnd + 1; i < end; i++) {
        if (!isDigit(s.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean percentEncoded(String s, int at) {
    return at + 2 < s.length() && isHexDigit(s.charAt(at + 1)) && isHexDigit(s.charAt(at + 2));
  }

  /** The number of {@code count} digits at {@code start}; -1 if any is no digit. */
  private static int digits(String s, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
