package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.SchemaCheck.path;

import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.internal.SchemaCheck.Frame;
import org.ratsinfo.oparl.internal.SchemaCheck.Sink;
import tools.jackson.databind.JsonNode;

/**
 * The checks of {@link SchemaCheck} for values of a string format (date, date-time, URL, OParl
 * version), and the message arguments that name kinds of values. Each takes where the value is
 * ({@code at}, {@code name}, {@code index}, as {@link SchemaCheck#path} joins them) and makes the path
 * only for a deviation. Stateless.
 */
final class SchemaValues {

  static final Message.Argument KIND_OBJECT = key("kind.object");
  static final Message.Argument KIND_ARRAY = key("kind.array");
  static final Message.Argument KIND_STRING = key("kind.string");
  static final Message.Argument KIND_INTEGER = key("kind.integer");
  static final Message.Argument KIND_DECIMAL = key("kind.decimal");
  static final Message.Argument KIND_BOOLEAN = key("kind.boolean");
  static final Message.Argument KIND_NULL = key("kind.null");
  static final Message.Argument KIND_URL = key("kind.url");
  static final Message.Argument KIND_DATE = key("kind.date");
  static final Message.Argument KIND_DATE_TIME = key("kind.dateTime");

  private static final SchemaVersion[] VERSIONS = SchemaVersion.values();

  private SchemaValues() {}

  private static Message.Argument key(String key) {
    return Warnings.key(key);
  }

  /** A date, {@code yyyy-mm-dd}; a date-time where a date belongs is the wrong type. */
  static void date(JsonNode v, @Nullable Frame at, String name, int index, Sink sink) {
    if (!v.isString()) {
      sink.deviation(path(at, name, index), OParlIssue.WRONG_TYPE, KIND_DATE, found(v));
      return;
    }
    String s = v.stringValue();
    if (Formats.isDate(s)) {
      return;
    }
    if (Formats.dateTime(s) != Formats.INVALID) {
      sink.deviation(path(at, name, index), OParlIssue.WRONG_TYPE, KIND_DATE, KIND_DATE_TIME);
    } else {
      sink.deviation(path(at, name, index), OParlIssue.INVALID_VALUE, Warnings.value(Messages.quote(s)),
          KIND_DATE);
    }
  }

  /** A date-time with offset; one without is reported with the time zone it is read in. */
  static void dateTime(JsonNode v, String zone, @Nullable Frame at, String name, int index,
      Sink sink) {
    if (!v.isString()) {
      sink.deviation(path(at, name, index), OParlIssue.WRONG_TYPE, KIND_DATE_TIME, found(v));
      return;
    }
    String s = v.stringValue();
    int form = Formats.dateTime(s);
    if (form == Formats.WITHOUT_OFFSET) {
      sink.deviation(path(at, name, index), OParlIssue.DATE_TIME_WITHOUT_OFFSET, Messages.quote(s), zone);
    } else if (form == Formats.INVALID) {
      sink.deviation(path(at, name, index), OParlIssue.INVALID_VALUE, Warnings.value(Messages.quote(s)),
          KIND_DATE_TIME);
    }
  }

  /** An absolute http or https URL; the empty string is a URL left empty. */
  static void url(JsonNode v, @Nullable Frame at, String name, int index, Sink sink) {
    if (!v.isString()) {
      sink.deviation(path(at, name, index), OParlIssue.WRONG_TYPE, KIND_URL, found(v));
      return;
    }
    String s = v.stringValue();
    if (s.isEmpty()) {
      sink.deviation(path(at, name, index), OParlIssue.EMPTY_URL);
    } else if (!Formats.isUrl(s)) {
      sink.deviation(path(at, name, index), OParlIssue.INVALID_URL, Messages.quote(s));
    }
  }

  /** A {@code System.oparlVersion}: the URL of the object's version or an earlier one. */
  static void oparlVersion(JsonNode v, SchemaVersion version, @Nullable Frame at, String name,
      int index, Sink sink) {
    if (!v.isString()) {
      sink.deviation(path(at, name, index), OParlIssue.WRONG_TYPE, KIND_URL, found(v));
      return;
    }
    String s = v.stringValue();
    for (SchemaVersion candidate : VERSIONS) {
      if (candidate.ordinal() <= version.ordinal() && candidate.prefix().equals(s)) {
        return;
      }
    }
    sink.deviation(path(at, name, index), OParlIssue.INVALID_VALUE, Warnings.value(Messages.quote(s)),
        key("kind.oparlVersion." + version.label()));
  }

  /** The JSON type of a value, as a message argument. */
  static Message.Argument found(JsonNode value) {
    return Warnings.kind(value);
  }

}
