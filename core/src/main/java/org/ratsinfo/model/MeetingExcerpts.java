package org.ratsinfo.model;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The excerpts (Auszüge) of a whole meeting: a meeting (Sitzung) with its whole agenda
 * (Tagesordnung), public and non-public items, made for an audience. This is the input of rendering
 * every agenda item in one call, as the clerk's office (Sitzungsdienst) does after a session to send
 * each department its excerpts. Beyond OParl.
 *
 * <p>{@link #excerpts()} makes one {@link Excerpt} per agenda item, in agenda order; for {@link
 * Audience#PUBLIC} the non-public items (nichtöffentliche TOPs) are left out entirely, for {@link
 * Audience#INTERNAL} every item is included.
 *
 * @param body the body (Körperschaft), e.g. "Stadt Musterstadt"
 * @param meeting the meeting with its agenda, in order
 * @param audience who the excerpts are for
 */
public record MeetingExcerpts(@Valid Body body, @Valid Meeting meeting, Audience audience) {

  /** Checks that every value is present. */
  public MeetingExcerpts {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(audience, "audience");
  }

  /** A new builder; the audience defaults to {@link Audience#PUBLIC}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy for the given audience. */
  public MeetingExcerpts withAudience(Audience audience) {
    return new MeetingExcerpts(body, meeting, audience);
  }

  /** A copy with the given meeting. */
  public MeetingExcerpts withMeeting(Meeting meeting) {
    return new MeetingExcerpts(body, meeting, audience);
  }

  /**
   * The agenda items the excerpts are made of, in agenda order: every item for {@link
   * Audience#INTERNAL}, only the public ones for {@link Audience#PUBLIC}.
   */
  public List<AgendaItem> items() {
    if (audience == Audience.INTERNAL) {
      return meeting.agenda();
    }
    return meeting.agenda().stream().filter(i -> i.visibility().isPublic()).toList();
  }

  /**
   * One excerpt per agenda item, in agenda order, each with the meeting {@link
   * Meeting#withoutAgenda() without its agenda} and this audience. For {@link Audience#PUBLIC}
   * non-public items are left out entirely: no excerpt of them, nothing of them in any other.
   *
   * @return the excerpts; empty if the meeting has no agenda item for this audience
   */
  public List<Excerpt> excerpts() {
    Meeting withoutAgenda = meeting.withoutAgenda();
    List<AgendaItem> items = items();
    List<Excerpt> excerpts = new ArrayList<>(items.size());
    for (AgendaItem item : items) {
      excerpts.add(new Excerpt(body, withoutAgenda, item, audience));
    }
    return List.copyOf(excerpts);
  }

  /** Builds {@link MeetingExcerpts}; not thread-safe. */
  public static final class Builder {
    private @Nullable Body body;
    private @Nullable Meeting meeting;
    private Audience audience = Audience.PUBLIC;

    private Builder() {}

    /** See {@link MeetingExcerpts#body()}; required. */
    public Builder body(Body body) {
      this.body = body;
      return this;
    }

    /** See {@link MeetingExcerpts#meeting()}; required. */
    public Builder meeting(Meeting meeting) {
      this.meeting = meeting;
      return this;
    }

    /** See {@link MeetingExcerpts#audience()}; default {@link Audience#PUBLIC}. */
    public Builder audience(Audience audience) {
      this.audience = Objects.requireNonNull(audience, "audience");
      return this;
    }

    /**
     * The excerpts of the meeting.
     *
     * @throws NullPointerException if body or meeting is missing
     */
    public MeetingExcerpts build() {
      return new MeetingExcerpts(Objects.requireNonNull(body, "body"),
          Objects.requireNonNull(meeting, "meeting"), audience);
    }
  }
}
