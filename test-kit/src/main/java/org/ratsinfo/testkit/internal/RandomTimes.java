package org.ratsinfo.testkit.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.ratsinfo.model.Meeting;

/**
 * Random date-times and zones: Europe/Berlin most often, other regions with odd offsets, fixed
 * offsets, and the hours around the switches of daylight-saving time. Not thread-safe, like its
 * {@link Draws}.
 */
public final class RandomTimes {

  private static final String[] REGIONS = {
    "Europe/Berlin", "Europe/London", "Europe/Dublin", "America/New_York", "America/St_Johns",
    "America/Sao_Paulo", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham",
    "Pacific/Kiritimati", "Africa/Casablanca", "Africa/Monrovia", "UTC", "Etc/GMT-14", "Asia/Tokyo",
  };

  private static final ZoneOffset[] OFFSETS = {
    ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5),
    ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHoursMinutes(-3, -30), ZoneOffset.ofHours(14),
    ZoneOffset.ofHours(-12), ZoneOffset.ofTotalSeconds(-(44 * 60 + 30)), ZoneOffset.ofHoursMinutesSeconds(1, 2, 3),
  };

  private final Draws random;

  /** The generator drawing from {@code random}. */
  public RandomTimes(Draws random) {
    this.random = random;
  }

  /**
   * A date-time in Europe/Berlin (most often), another region, or a fixed offset, always made with
   * {@link ZonedDateTime#of}: a local time in a daylight-saving gap is shifted forward, one in an
   * overlap gets the earlier offset (or, sometimes, the later one).
   */
  ZonedDateTime dateTime() {
    ZoneId zone = zone();
    LocalDateTime local;
    if (random.chance(0.15)) {
      // Near the daylight-saving switches of the EU: last Sunday of March or October, 01:00 – 03:59.
      int year = 1996 + random.nextInt(40);
      LocalDate day = LocalDate.of(year, random.chance(0.5) ? 3 : 10, 31);
      while (day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
        day = day.minusDays(1);
      }
      local = day.atTime(1 + random.nextInt(3), random.nextInt(60), random.nextInt(4) * 15);
    } else {
      int year = zone.getId().equals("Africa/Monrovia") ? 1950 + random.nextInt(40) : 1990 + random.nextInt(50);
      local = LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
          random.nextInt(60), random.chance(0.2) ? random.nextInt(60) : 0,
          random.chance(0.05) ? random.nextInt(1_000_000_000) : 0);
    }
    ZonedDateTime dateTime = ZonedDateTime.of(local, zone);
    return random.chance(0.5) ? dateTime.withLaterOffsetAtOverlap() : dateTime;
  }

  /** Europe/Berlin most often, another region, or a fixed offset. */
  ZoneId zone() {
    int kind = random.nextInt(10);
    if (kind < 6) {
      return Meeting.DEFAULT_TIME_ZONE;
    }
    return kind < 8 ? ZoneId.of(random.pick(REGIONS)) : random.pick(OFFSETS);
  }
}
