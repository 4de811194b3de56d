package org.ratsinfo.oparl.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * How an agenda entry reads: its number, whether it looks like a heading, and which part of the
 * meeting a heading opens. Shared by the reader of a meeting's agenda and by the visibility of the
 * items that a paper's consultations name in other meetings. Stateless.
 */
final class AgendaEntries {

  private static final Pattern AGENDA_NUMBER = Pattern.compile(AgendaItem.NUMBER_PATTERN);
  private static final Pattern NUMBER_PREFIX =
      Pattern.compile("^(?:TOP|Top|top|Ö|N|ö|n)\\s*(?=[\\p{IsAlphabetic}\\p{IsDigit}])");
  /** The number of a heading: a letter or a roman numeral, "A", "B", "II". */
  private static final Pattern HEADING_NUMBER = Pattern.compile("\\p{IsAlphabetic}{1,4}");
  /** A heading that opens the non-public part: "Nichtöffentliche Sitzung", "nicht öffentlicher Teil". */
  private static final Pattern NON_PUBLIC_PART =
      Pattern.compile("(?iu)nicht[\\s-]*(?:ö|oe)ffentlich");
  /** A number that marks its item non-public, as RIS print them: "N 3", "NÖ 2.1". */
  private static final Pattern NON_PUBLIC_NUMBER = Pattern.compile("^(?:N|NÖ|NOE|nö)\\s*\\d.*");
  /** A heading that opens the public part: "Öffentliche Sitzung", "Sitzungsteil öffentlich". */
  private static final Pattern PUBLIC_PART = Pattern.compile("(?iu)(?:ö|oe)ffentlich");

  private AgendaEntries() {}

  /**
   * The item's number as the model writes numbers, or {@code null} if it has none that can be read:
   * "1." is read as "1" (reported in strict mode only), "TOP 3 a)" cleaned to "3.a" with a warning.
   */
  static @Nullable String number(Node ai, Values values, Warnings warnings, boolean strict) {
    String raw = values.string(ai, "number");
    if (raw == null) {
      return null;
    }
    String number = raw.strip();
    if (number.length() > 1 && number.endsWith(".")) {
      // "1.", "2.": a common way of writing numbers, not a deviation
      number = number.replaceAll("\\.+$", "");
      if (strict) {
        warnings.warn(ai.name(), "number", OParlIssue.AGENDA_NUMBER_NORMALISED, Messages.quote(raw),
            number);
      }
    }
    if (AGENDA_NUMBER.matcher(number).matches() && number.length() <= 20) {
      return number;
    }
    String cleaned = clean(number);
    if (cleaned == null) {
      return null;
    }
    warnings.warn(ai.name(), "number", OParlIssue.AGENDA_NUMBER_CLEANED, Messages.quote(raw), cleaned);
    return cleaned;
  }

  /** The number as {@link #number} reads it, without warnings; {@code null} for none. */
  static @Nullable String quietNumber(JsonNode ai) {
    JsonNode value = ai.get("number");
    if (value == null || !value.isString() || value.stringValue().isBlank()) {
      return null;
    }
    String number = value.stringValue().strip().replaceAll("(?<=.)\\.+$", "");
    return AGENDA_NUMBER.matcher(number).matches() && number.length() <= 20 ? number : clean(number);
  }

  private static @Nullable String clean(String number) {
    String cleaned = NUMBER_PREFIX.matcher(number).replaceFirst("")
        .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", ".")
        .replaceAll("^\\.+|\\.+$", "");
    return cleaned.isEmpty() || cleaned.length() > 20 ? null : cleaned;
  }

  /** Whether a number may be a heading's: none, or a letter or roman numeral ("A", "II"). */
  static boolean isHeadingNumber(@Nullable String number) {
    return number == null || HEADING_NUMBER.matcher(number).matches();
  }

  /** Whether the entry has nothing an item has: no result, resolution or extension of an item's. */
  static boolean isBare(JsonNode ai) {
    return isAbsent(ai.get("result")) && isAbsent(ai.get("resolutionText")) && !ItemExtensions.any(ai);
  }

  /** Whether a value is absent, {@code null} or a blank string. */
  static boolean isAbsent(@Nullable JsonNode value) {
    return value == null || value.isNull() || value.isString() && value.stringValue().isBlank();
  }

  /** Whether the number as written marks its item non-public ("N 3", "NÖ 2.1"). */
  static boolean marksNonPublic(@Nullable String rawNumber) {
    return rawNumber != null && NON_PUBLIC_NUMBER.matcher(rawNumber.strip()).matches();
  }

  /** The part of the meeting a heading's text opens, or {@code null} for a heading that only groups. */
  static @Nullable Visibility opensByText(String text) {
    if (NON_PUBLIC_PART.matcher(text).find()) {
      return Visibility.NON_PUBLIC;
    }
    return PUBLIC_PART.matcher(text).find() ? Visibility.PUBLIC : null;
  }
}
