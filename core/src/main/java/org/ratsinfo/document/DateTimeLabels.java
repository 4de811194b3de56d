package org.ratsinfo.document;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.EnumMap;
import java.util.Map;

/**
 * Formats dates and times with the patterns and abbreviations of a {@link Labels} bundle, never with
 * the JDK's locale data (which differs between JDK versions). Built once per layout; immutable.
 */
final class DateTimeLabels {

  private final Labels labels;
  private final Map<DayOfWeek, String> weekdays = new EnumMap<>(DayOfWeek.class);
  private final Map<Month, String> months = new EnumMap<>(Month.class);

  DateTimeLabels(Labels labels) {
    this.labels = labels;
    for (DayOfWeek day : DayOfWeek.values()) {
      weekdays.put(day, labels.get("weekday." + day.name()));
    }
    for (Month month : Month.values()) {
      months.put(month, labels.get("month." + month.name()));
    }
    // Fails here, when the layout is built, rather than on the first document.
    labels.get("format.date");
    labels.get("format.time");
    labels.get("format.timeRange");
  }

  /** "Di, 28.02.2017" or "Tue, 28 Feb 2017". */
  String date(LocalDate date) {
    return labels.format("format.date",
        weekdays.get(date.getDayOfWeek()),
        twoDigits(date.getDayOfMonth()),
        Integer.toString(date.getDayOfMonth()),
        twoDigits(date.getMonthValue()),
        months.get(date.getMonth()),
        Integer.toString(date.getYear()));
  }

  /** "16:00". */
  String time(LocalTime time) {
    return labels.format("format.time", twoDigits(time.getHour()), twoDigits(time.getMinute()));
  }

  /** "16:00 - 17:55". */
  String timeRange(LocalTime start, LocalTime end) {
    return labels.format("format.timeRange", time(start), time(end));
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
