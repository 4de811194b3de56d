package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;
import static org.ratsinfo.oparl.internal.Warnings.kind;
import static org.ratsinfo.oparl.internal.Warnings.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Characters;
import org.ratsinfo.json.internal.ReadFailure;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * Reads the values of an object's properties tolerantly: what has the wrong JSON type is converted
 * where that is unambiguous, or left out, and either way reported. Not thread-safe (its warnings are
 * not).
 */
final class Values {

  private final Warnings warnings;
  private final ZoneId zone;
  private final Documents documents;

  Values(Warnings warnings, ZoneId zone, Documents documents) {
    this.warnings = warnings;
    this.zone = zone;
    this.documents = documents;
  }

  /**
   * A string property; a number or boolean is converted with a warning; blank is absent. Characters
   * that no document can carry (control characters from word processors) become spaces, and a text
   * longer than the model keeps is shortened, each with a warning.
   */
  @Nullable String string(Node owner, String field) {
    return clean(owner, field, rawString(owner, field));
  }

  /**
   * A string extension property of ratsinfo's, repaired and shortened as {@link #string} does; anything
   * but a string is invalid.
   */
  @Nullable String extensionText(Node owner, String field) {
    return clean(owner, field, extensionString(owner, field));
  }

  private @Nullable String clean(Node owner, String field, @Nullable String text) {
    String s = text;
    if (s == null) {
      return null;
    }
    if (Characters.firstNonXml(s) >= 0) {
      s = replaceIllegal(s);
      warnings.warn(owner.name(), field, OParlIssue.TEXT_REPAIRED);
      if (!Characters.hasVisible(s)) {
        return null;
      }
    }
    int limit = Limits.of(owner.type(), field);
    if (limit > 0 && s.length() > limit) {
      warnings.warn(owner.name(), field, OParlIssue.TEXT_SHORTENED, Integer.toString(s.length()),
          Integer.toString(limit));
      int end = limit - 1;
      if (Character.isHighSurrogate(s.charAt(end - 1))) {
        end--;
      }
      s = s.substring(0, end) + '…';
    }
    return s;
  }

  private static String replaceIllegal(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int index;
    String rest = s;
    while ((index = Characters.firstNonXml(rest)) >= 0) {
      out.append(rest, 0, index).append(' ');
      rest = rest.substring(index + 1);
    }
    return out.append(rest).toString();
  }


  private @Nullable String rawString(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isString()) {
      String s = value.stringValue();
      return Characters.hasVisible(s) ? s : null;
    }
    if (value.isNumber() || value.isBoolean()) {
      warnings.warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.string"), kind(value));
      return value.asString();
    }
    if (value.isArray() && value.size() == 1 && value.get(0).isString()) {
      warnings.warn(owner.name(), field, OParlIssue.LIST_FOR_SINGLE_VALUE);
      String s = value.get(0).stringValue();
      return Characters.hasVisible(s) ? s : null;
    }
    warnings.warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.string"), kind(value));
    return null;
  }

  /** A list of strings; a single string is a list of one, with a warning. */
  List<String> strings(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isString()) {
      warnings.warn(owner.name(), field, OParlIssue.SINGLE_VALUE_FOR_LIST);
      return value.stringValue().isBlank() ? List.of() : List.of(value.stringValue().strip());
    }
    if (!value.isArray()) {
      warnings.warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.array"), kind(value));
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode element : value) {
      if (element.isString()) {
        if (!element.stringValue().isBlank()) {
          strings.add(element.stringValue().strip());
        }
      } else {
        warnings.warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.string"), kind(element));
      }
    }
    return strings;
  }

  /** A boolean; the strings "true", "false", "1" and "0" are converted with a warning. */
  @Nullable Boolean bool(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    warnings.warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.boolean"), kind(value));
    if (value.isString()) {
      String s = value.stringValue().strip().toLowerCase(java.util.Locale.ROOT);
      if (s.equals("true") || s.equals("1")) {
        return true;
      }
      if (s.equals("false") || s.equals("0")) {
        return false;
      }
    }
    return null;
  }

  /** An integer of 0 or more; out of range, negative or not a number is reported and absent. */
  @Nullable Integer order(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      if (value.canConvertToInt() && value.intValue() >= 0) {
        return value.intValue();
      }
      warnings.warn(owner.name(), field, OParlIssue.OUT_OF_RANGE, Messages.quote(value.asString()), "0",
          Integer.toString(Integer.MAX_VALUE));
      return null;
    }
    warnings.warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.integer"), kind(value));
    if (value.isString()) {
      try {
        int i = Integer.parseInt(value.stringValue().strip());
        return i < 0 ? null : i;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A date-time; without offset it is read in the time zone, with a warning. */
  @Nullable ZonedDateTime dateTime(Node owner, String field) {
    String text = string(owner, field);
    if (text == null) {
      return null;
    }
    try {
      OffsetDateTime odt = OffsetDateTime.parse(text.strip());
      ZoneOffset offset = zone.getRules().getOffset(odt.toInstant());
      return offset.equals(odt.getOffset()) ? odt.atZoneSameInstant(zone) : odt.toZonedDateTime();
    } catch (DateTimeException e) {
      // try without offset
    }
    try {
      LocalDateTime local = LocalDateTime.parse(text.strip());
      warnings.warn(owner.name(), field, OParlIssue.DATE_TIME_WITHOUT_OFFSET, Messages.quote(text),
          zone.getId());
      return local.atZone(zone);
    } catch (DateTimeException e) {
      warnings.warn(owner.name(), field, OParlIssue.INVALID_VALUE, value(Messages.quote(text)),
          key("kind.dateTime"));
      return null;
    }
  }

  /** A date; a date-time is read as its date, with a warning. */
  @Nullable LocalDate date(Node owner, String field) {
    String text = string(owner, field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      ZonedDateTime dateTime = dateTime(owner, field);
      if (dateTime != null) {
        warnings.warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.date"), key("kind.dateTime"));
        return dateTime.toLocalDate();
      }
      return null;
    }
  }

  /** A string extension property of ratsinfo's; anything but a string is invalid. */
  @Nullable String extensionString(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      warnings.warn(owner.name(), field, OParlIssue.INVALID_EXTENSION,
          key("reason.wrongType", key("kind.string"), kind(value)));
      return null;
    }
    return value.stringValue().isBlank() ? null : value.stringValue();
  }

  /**
   * One of ratsinfo's extension properties, in the native JSON form of the model type, read as
   * strictly as the native format; a value that is not of the form is reported, naming the property
   * and the path within its value, and left out.
   */
  <T extends Record> @Nullable T extension(Node owner, String field, Class<T> type) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return model(owner, field, value, type);
  }

  /**
   * One of ratsinfo's extension properties that holds a list, each element in the native JSON form of
   * the model type. An element that is not of the form is reported, naming the property, its index
   * and the path within it, and left out; a value that is no array is reported and read as none.
   */
  <T extends Record> List<T> extensionList(Node owner, String field, Class<T> type) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      warnings.warn(owner.name(), field, OParlIssue.INVALID_EXTENSION,
          key("reason.wrongType", key("kind.array"), kind(value)));
      return List.of();
    }
    List<T> list = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      T element = model(owner, field + "[" + i + "]", value.get(i), type);
      if (element != null) {
        list.add(element);
      }
    }
    return list;
  }

  private <T extends Record> @Nullable T model(Node owner, String field, JsonNode value, Class<T> type) {
    try {
      return documents.model(value, type);
    } catch (ReadFailure e) {
      // the path within the value, "$.tally.groups[0].counts.no", after the property's name
      warnings.warn(owner.name(), field + e.path().substring(1), OParlIssue.INVALID_EXTENSION,
          Warnings.reason(e));
      return null;
    }
  }

  /** The last segment of an id URL, quoted for a message: a stand-in for a missing name. */
  static String lastSegment(String id) {
    String s = id.strip();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    int slash = s.lastIndexOf('/');
    String last = slash >= 0 ? s.substring(slash + 1) : s;
    return Messages.quote(last.isBlank() ? id : last);
  }
}
