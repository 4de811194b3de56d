package org.ratsinfo.testkit.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Visibility;

/**
 * Random valid meetings and excerpts: the meeting's time, place, publicity, agenda, headings, files
 * and minutes, and an excerpt of one of its items for an audience. Not thread-safe, like its {@link
 * Draws}.
 */
public final class RandomMeetings {

  private final Draws random;
  private final RandomTexts texts;
  private final RandomPeople people;
  private final RandomPapers papers;
  private final RandomItems items;
  private final RandomTimes times;
  private final RandomMinutes minutes;

  /** The generator drawing from {@code random}. */
  public RandomMeetings(Draws random) {
    this.random = random;
    this.texts = new RandomTexts(random);
    this.people = new RandomPeople(random);
    this.papers = new RandomPapers(random);
    this.items = new RandomItems(random);
    this.times = new RandomTimes(random);
    this.minutes = new RandomMinutes(random);
  }

  /**
   * A valid excerpt for a random audience: a public excerpt shows a public item of a meeting that has
   * public parts; its meeting sometimes carries an agenda.
   */
  public Excerpt excerpt() {
    Audience audience = random.nextBoolean() ? Audience.PUBLIC : Audience.INTERNAL;
    MeetingPublicity publicity = audience == Audience.PUBLIC
        ? random.pick(MeetingPublicity.PUBLIC, MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        : random.pick(MeetingPublicity.values());
    Meeting meeting = meeting(publicity, random.chance(0.3));
    Visibility visibility = audience == Audience.PUBLIC ? Visibility.PUBLIC : items.visibilityFor(publicity);
    AgendaItem item;
    List<AgendaItem> candidates = meeting.agenda().stream()
        .filter(i -> i.visibility() == visibility).toList();
    if (!candidates.isEmpty() && random.chance(0.5)) {
      item = random.pick(candidates);
    } else {
      item = items.agendaItem(visibility, items.agendaNumber(), random.nextInt(200));
    }
    return Excerpt.builder()
        .body(people.body())
        .meeting(meeting)
        .agendaItem(item)
        .audience(audience)
        .build();
  }

  /** A valid meeting of random publicity with an agenda of up to 8 items (possibly none). */
  public Meeting meeting() {
    return meeting(random.pick(MeetingPublicity.values()), true);
  }

  private Meeting meeting(MeetingPublicity publicity, boolean withAgenda) {
    ZonedDateTime start = times.dateTime();
    ZonedDateTime end = null;
    if (random.chance(0.7)) {
      end = start.plusSeconds(random.nextInt(12 * 3600));
      if (random.chance(0.2)) {
        end = end.withZoneSameInstant(times.zone());
      }
    }
    List<AgendaItem> agenda = new ArrayList<>();
    if (withAgenda) {
      int n = random.nextInt(9);
      Set<String> used = new LinkedHashSet<>();
      for (int i = 0; i < n; i++) {
        Visibility visibility = items.visibilityFor(publicity);
        String number = items.agendaNumber();
        if (!used.add(visibility + " " + number)) {
          continue; // numbers are unique per visibility
        }
        agenda.add(items.agendaItem(visibility, number, i));
      }
    }
    Meeting.Builder builder = Meeting.builder()
        .id(random.optional(texts::id))
        .name(random.optional(() -> texts.phrase(1, 6, 300)))
        .organization(people.organization(OrganizationType.COMMITTEE))
        .occasion(random.optional(() -> random.pick("Sitzung", "Sondersitzung", "konstituierende Sitzung",
            texts.phrase(1, 3, 100))))
        .location(random.optional(this::location))
        .state(random.chance(0.5) ? random.pick(MeetingState.values()) : null)
        .cancelled(random.chance(0.15))
        .publicity(publicity)
        .agenda(agenda);
    // Local date-times only where they keep the order: in the hour repeated when summer time ends,
    // an end after the start may read earlier than the start on the clock.
    if (random.chance(0.2) && start.getZone().equals(Meeting.DEFAULT_TIME_ZONE) && (end == null
        || !end.withZoneSameInstant(Meeting.DEFAULT_TIME_ZONE).toLocalDateTime()
            .isBefore(start.toLocalDateTime()))) {
      // The builder's local date-times, read in Europe/Berlin (a gap shifts forward, like of()).
      builder.start(start.toLocalDateTime());
      builder.end(end == null ? null : end.withZoneSameInstant(Meeting.DEFAULT_TIME_ZONE).toLocalDateTime());
    } else {
      builder.start(start).end(end);
    }
    if (random.chance(0.2)) {
      builder.invitation(papers.file()).resultsProtocol(random.chance(0.5) ? papers.file() : null)
          .auxiliaryFiles(random.chance(0.5) ? papers.files() : List.of());
    }
    if (withAgenda && random.chance(0.3)) {
      // drawn last, so that the models of the draws before stay as they were
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        builder.heading(new AgendaHeading(random.optional(texts::id),
            random.optional(() -> random.pick("A", "B", "II")), random.nextInt(10), texts.phrase(1, 4, 1000),
            random.chance(0.5) ? random.pick(Visibility.values()) : null));
      }
    }
    if (random.chance(0.4)) {
      minutes.record(builder, start, agenda); // drawn last as well, after everything a meeting had before
    }
    return builder.build();
  }

  private Location location() {
    return new Location(
        random.optional(() -> random.pick("Rathaus Herne", "Bürgerhaus Süd", texts.phrase(1, 4, 300))),
        random.optional(() -> random.pick("großer Sitzungssaal (Raum 312)", "Raum 1.03", texts.phrase(1, 4, 300))),
        random.optional(() -> random.pick("Friedrich-Ebert-Platz 2", "Hauptstraße 1a", texts.phrase(1, 4, 300))),
        random.optional(() -> random.pick("44623", "D-50667", "01067")),
        random.optional(() -> random.pick("Herne", "Köln", "Görlitz", texts.phrase(1, 2, 200))));
  }
}
