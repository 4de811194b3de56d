package org.ratsinfo.testkit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.testkit.internal.MarkedMeetings;

/**
 * A seeded generator of valid meetings whose every string carries a unique marker that says what the
 * string is: public content, non-public content (of a non-public agenda item or paper), a field the
 * integrator withholds from the public, or a value no excerpt ever shows (identifiers, short names,
 * the meeting's name …). Tests render the meeting for the public and look for the markers that must
 * not be there, and render it for the internal audience and find the markers that must be.
 *
 * <p>A marker is {@link Kind#prefix() two letters} for its kind, four letters or digits for the
 * case and three for its number, e.g. {@code NPK7Q200A}: nine upper-case letters and digits that no
 * renderer hyphenates, breaks into ligatures or changes, and that no other text of the case contains.
 * Extracted PDF text may break a line inside one: look for markers in {@link #squeezed(String) text
 * without white space}.
 *
 * <p>Every meeting has at least one public item; about half of them consult a non-public paper, and
 * the withheld fields are a random set of {@link #WITHHOLDABLE} (sometimes none, sometimes all). The
 * texts are small (a few words per paragraph) so that thousands of cases render quickly in every
 * format. To reproduce a failure, take the seed from the test's message: {@code
 * MarkedModels.of(seed).meeting()}. Not thread-safe; one instance per seed.
 */
public final class MarkedModels {

  /**
   * The fields a case may withhold from the public: every field that can carry a marker (the TOP
   * through the agenda number, which also names the batch's files unless withheld).
   */
  public static final Set<FieldKey> WITHHOLDABLE = Collections.unmodifiableSet(EnumSet.of(
      FieldKey.AGENDA_ITEM, FieldKey.ORGANIZATION, FieldKey.DECISION, FieldKey.OCCASION, FieldKey.ROOM,
      FieldKey.LOCATION, FieldKey.PAPER_TYPE, FieldKey.ORIGINATORS, FieldKey.LEAD_DEPARTMENT, FieldKey.CLERK,
      FieldKey.CONSULTATION_ROLE, FieldKey.MOVERS, FieldKey.BALLOTS, FieldKey.EXCLUDED_FOR_BIAS,
      FieldKey.CHAIR, FieldKey.MINUTE_TAKER, FieldKey.ATTENDANCE));

  /** What a marked string is. */
  public enum Kind {
    /** Public content: shown to everyone. */
    PUBLIC("OE"),
    /** Content of a non-public agenda item or paper: shown to the internal audience only. */
    NON_PUBLIC("NP"),
    /** A field withheld from the public: shown to the internal audience only. */
    WITHHELD("WH"),
    /** A value no excerpt shows, for any audience: identifiers, short names, the meeting's name. */
    NEVER_SHOWN("ZZ");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** The two letters every marker of this kind starts with. */
    public String prefix() {
      return prefix;
    }
  }

  /** Every marker of any kind and case, in text from which white space has been removed. */
  public static final Pattern MARKER = Pattern.compile("(?:OE|NP|WH|ZZ)[0-9A-Z]{7}");

  private final long seed;
  private final MarkedMeetings meetings;

  private MarkedModels(long seed) {
    this.seed = seed;
    this.meetings = new MarkedMeetings(seed);
  }

  /** A generator for the given seed. */
  public static MarkedModels of(long seed) {
    return new MarkedModels(seed);
  }

  /**
   * {@code count} seeds, the same on every run unless the system property {@code ratsinfo.seed} names
   * one seed to start from (e.g. a seed from a failure); {@code ratsinfo.cases} overrides the count.
   *
   * @param count the number of seeds by default
   * @return the seeds
   */
  public static LongStream seeds(int count) {
    int n = Integer.getInteger("ratsinfo.cases", count);
    String seed = System.getProperty("ratsinfo.seed");
    if (seed != null && !seed.isBlank()) {
      long first = Long.parseLong(seed.strip());
      return LongStream.concat(LongStream.of(first),
          new SplittableRandom(first).longs(Math.max(0, n - 1), 0, Long.MAX_VALUE));
    }
    return new SplittableRandom(RandomModels.MASTER_SEED ^ 0x7EDAC7L).longs(n, 0, Long.MAX_VALUE);
  }

  /**
   * The markers of one value: all of them, and those the layout always shows (for its audience).
   *
   * @param all every marker of the value
   * @param shown the markers an excerpt of the value shows for an audience that may see them: every
   *     marker that is not {@link Kind#NEVER_SHOWN} and that the layout is sure to show (a person's
   *     family name, a title, a paragraph …), whatever the other values are
   */
  public record Marks(Set<String> all, Set<String> shown) {

    /** Copies the sets, keeping their order. */
    public Marks {
      all = Collections.unmodifiableSet(new LinkedHashSet<>(all));
      shown = Collections.unmodifiableSet(new LinkedHashSet<>(shown));
    }
  }

  /**
   * One agenda item of a case with its markers (those of its consultation and paper included).
   *
   * @param item the agenda item
   * @param marks its markers
   */
  public record Item(AgendaItem item, Marks marks) {}

  /**
   * A marked meeting.
   *
   * @param seed the seed it was made from
   * @param excerpts the meeting with its whole agenda, for the public
   * @param withheld the fields withheld from the public in this case
   * @param meetingMarks the markers of the body and the meeting (not of its items), shown in every
   *     excerpt
   * @param items the agenda items in agenda order, public and non-public
   * @param participantMarks the markers of the participants (the chair, the minute-taker, the
   *     attendees), shown in the minutes only
   * @param kinds the kind of every marker of the case
   */
  public record Case(long seed, MeetingExcerpts excerpts, Set<FieldKey> withheld, Marks meetingMarks,
      List<Item> items, Marks participantMarks, Map<String, Kind> kinds) {

    /** Checks that every value is present and copies the collections, keeping their order. */
    public Case {
      Objects.requireNonNull(excerpts, "excerpts");
      Objects.requireNonNull(meetingMarks, "meetingMarks");
      Objects.requireNonNull(participantMarks, "participantMarks");
      withheld = Collections.unmodifiableSet(new LinkedHashSet<>(withheld));
      items = List.copyOf(items);
      kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    /** The public items, in agenda order. */
    public List<Item> publicItems() {
      return items.stream().filter(i -> i.item().visibility().isPublic()).toList();
    }

    /**
     * The excerpt of one item, for an audience, with the meeting carrying its whole agenda (which no
     * excerpt shows).
     */
    public Excerpt excerpt(Item item, Audience audience) {
      return new Excerpt(excerpts.body(), excerpts.meeting(), item.item(), audience);
    }

    /** The markers of every kind but {@link Kind#PUBLIC}: none of them may reach the public. */
    public Set<String> notForThePublic() {
      Set<String> out = new LinkedHashSet<>();
      kinds.forEach((marker, kind) -> {
        if (kind != Kind.PUBLIC) {
          out.add(marker);
        }
      });
      return out;
    }

    /**
     * The markers that must not be in any excerpt of the item, for any audience: those of every other
     * item, and those never shown.
     */
    public Set<String> neverIn(Item item) {
      Set<String> out = new LinkedHashSet<>();
      for (Item other : items) {
        if (!other.equals(item)) {
          out.addAll(other.marks().all());
        }
      }
      kinds.forEach((marker, kind) -> {
        if (kind == Kind.NEVER_SHOWN) {
          out.add(marker);
        }
      });
      return out;
    }

    /** The markers an internal excerpt of the item must show. */
    public Set<String> shownInternally(Item item) {
      Set<String> out = new LinkedHashSet<>(meetingMarks.shown());
      out.addAll(item.marks().shown());
      return out;
    }

    /** The markers a public excerpt of a public item must show: those of public content. */
    public Set<String> shownPublicly(Item item) {
      Set<String> out = new LinkedHashSet<>();
      for (String marker : shownInternally(item)) {
        if (kinds.get(marker) == Kind.PUBLIC) {
          out.add(marker);
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return "MarkedModels case seed " + seed;
    }
  }

  /**
   * A valid meeting of one to five agenda items, at least one of them public, with its markers.
   *
   * @return the case
   */
  public Case meeting() {
    return meetings.meeting();
  }

  /** The text without any white space, so that line and page breaks inside a marker do not matter. */
  public static String squeezed(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** The markers of the given set that the text holds, white space inside them ignored. */
  public static Set<String> found(String text, Set<String> markers) {
    String squeezed = squeezed(text);
    Set<String> out = new LinkedHashSet<>();
    for (String marker : markers) {
      if (squeezed.contains(marker)) {
        out.add(marker);
      }
    }
    return out;
  }

  /** Every marker in the text (white space ignored). */
  public static Set<String> markers(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = MARKER.matcher(squeezed(text));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Override
  public String toString() {
    return "MarkedModels[seed=" + seed + "]";
  }
}
