package org.ratsinfo.model;

import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An excerpt (Auszug): one agenda item of a meeting, with its paper, decision and vote, made for an
 * audience. This is what every renderer renders. Beyond OParl.
 *
 * <p>A public excerpt of a non-public agenda item is invalid; for a public excerpt, non-public parts
 * (a non-public paper) are left out when the excerpt is laid out.
 *
 * @param body the body (Körperschaft), e.g. "Stadt Herne"
 * @param meeting the meeting; its agenda, if it carries one, is not shown
 * @param agendaItem the agenda item the excerpt is of
 * @param audience who the excerpt is for
 */
public record Excerpt(
    @Valid Body body, @Valid Meeting meeting, @Valid AgendaItem agendaItem, Audience audience) {

  /** Checks that every value is present. */
  public Excerpt {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(agendaItem, "agendaItem");
    Objects.requireNonNull(audience, "audience");
  }

  /** A new builder; the audience defaults to {@link Audience#PUBLIC}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy for the given audience. */
  public Excerpt withAudience(Audience audience) {
    return new Excerpt(body, meeting, agendaItem, audience);
  }

  /** A copy of the given agenda item. */
  public Excerpt withAgendaItem(AgendaItem agendaItem) {
    return new Excerpt(body, meeting, agendaItem, audience);
  }

  /** A copy with the given meeting. */
  public Excerpt withMeeting(Meeting meeting) {
    return new Excerpt(body, meeting, agendaItem, audience);
  }

  /** Builds an {@link Excerpt}; not thread-safe. */
  public static final class Builder {
    private @Nullable Body body;
    private @Nullable Meeting meeting;
    private @Nullable AgendaItem agendaItem;
    private Audience audience = Audience.PUBLIC;

    private Builder() {}

    /** See {@link Excerpt#body()}; required. */
    public Builder body(Body body) {
      this.body = body;
      return this;
    }

    /** See {@link Excerpt#meeting()}; required. */
    public Builder meeting(Meeting meeting) {
      this.meeting = meeting;
      return this;
    }

    /** See {@link Excerpt#agendaItem()}; required. */
    public Builder agendaItem(AgendaItem agendaItem) {
      this.agendaItem = agendaItem;
      return this;
    }

    /** See {@link Excerpt#audience()}; default {@link Audience#PUBLIC}. */
    public Builder audience(Audience audience) {
      this.audience = Objects.requireNonNull(audience, "audience");
      return this;
    }

    /**
     * The excerpt.
     *
     * @throws NullPointerException if body, meeting or agenda item is missing
     */
    public Excerpt build() {
      return new Excerpt(Objects.requireNonNull(body, "body"),
          Objects.requireNonNull(meeting, "meeting"),
          Objects.requireNonNull(agendaItem, "agendaItem"), audience);
    }
  }
}
