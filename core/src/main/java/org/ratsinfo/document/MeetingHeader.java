package org.ratsinfo.document;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;

/** Lays out the meeting's field list at the head of an item's document: TOP, Gremium, Beschlussart … */
final class MeetingHeader {

  private MeetingHeader() {}

  static FieldList fields(LayoutContext context, Redaction redaction, Meeting meeting, AgendaItem item) {
    Labels labels = context.labels;
    LayoutContext.Fields fields = context.fields(redaction);
    String prefix = labels.get("visibility.prefix." + item.visibility().name());
    fields.add(FieldKey.AGENDA_ITEM, labels.format("agendaItem.number", prefix, item.number()));
    fields.addData(FieldKey.ORGANIZATION, meeting.organization().name());
    Decision decision = item.decision();
    if (decision != null) {
      String text = decision.text();
      if (text != null) {
        fields.addData(FieldKey.DECISION, text);
      } else {
        fields.add(FieldKey.DECISION, labels.decision(decision.kind()));
      }
    }
    ZonedDateTime start = meeting.start();
    fields.add(FieldKey.DATE, context.dates.date(start.toLocalDate()));
    String publicity = labels.get("publicity." + meeting.publicity().name());
    fields.add(FieldKey.MEETING_STATUS,
        meeting.cancelled() ? labels.format("meeting.status.cancelled", publicity) : publicity);
    ZonedDateTime end = meeting.end();
    fields.add(FieldKey.TIME, end == null
        ? context.dates.time(start.toLocalTime())
        : context.dates.timeRange(start.toLocalTime(),
            end.withZoneSameInstant(start.getZone()).toLocalTime()));
    fields.addData(FieldKey.OCCASION, meeting.occasion());
    Location location = meeting.location();
    if (location != null) {
      fields.addData(FieldKey.ROOM, location.room());
      fields.addData(FieldKey.LOCATION, location.description());
    }
    return new FieldList(FieldList.Kind.MEETING, fields.list());
  }

  /**
   * The document's keywords: the main paper's reference and type, the body's name and the date, each
   * where the redaction shows it.
   */
  static List<String> keywords(Redaction redaction, @Nullable Consultation consultation, Meeting meeting) {
    List<String> keywords = new ArrayList<>();
    if (consultation != null) {
      keywords.add(consultation.paper().reference());
      if (redaction.shows(FieldKey.PAPER_TYPE)) {
        keywords.add(consultation.paper().paperType().name());
      }
    }
    if (redaction.shows(FieldKey.ORGANIZATION)) {
      keywords.add(meeting.organization().name());
    }
    if (redaction.shows(FieldKey.DATE)) {
      keywords.add(meeting.start().toLocalDate().toString());
    }
    return keywords;
  }
}
