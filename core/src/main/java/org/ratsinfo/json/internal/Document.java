package org.ratsinfo.json.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * A document of either kind, read in one pass: its components are those of {@link Excerpt} and {@link
 * MeetingExcerpts} together, in their order, and the top-level property {@code agendaItem} tells which
 * of the two it is.
 *
 * @param body the body
 * @param meeting the meeting
 * @param agendaItem the agenda item of an excerpt; absent in a meeting's excerpts
 * @param audience the audience
 */
public record Document(Body body, Meeting meeting, @Nullable AgendaItem agendaItem, Audience audience) {

  /** Checks that the values both kinds need are present. */
  public Document {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(audience, "audience");
  }

  /** The excerpt if there is an agenda item, else the excerpts of the meeting. */
  public Record value() {
    return agendaItem != null
        ? new Excerpt(body, meeting, agendaItem, audience)
        : new MeetingExcerpts(body, meeting, audience);
  }
}
