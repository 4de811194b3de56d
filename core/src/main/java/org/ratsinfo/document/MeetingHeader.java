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
import org.ratsinfo.model.MeetingExcerpts;

/** Lays out the meeting's field list at the head of an item's document: TOP, Gremium, Beschlussart … */
final class MeetingHeader {

  private MeetingHeader() {}

  static FieldList fields(LayoutContext context, Redaction redaction, Meeting meeting, AgendaItem item) {
    LayoutContext.Fields fields = context.fields(redaction);
    fields.add(FieldKey.AGENDA_ITEM, context.itemNumber(item.visibility(), item.number()));
    fields.addData(FieldKey.ORGANIZATION, meeting.organization().name());
    addDecision(context, fields, item);
    addMeeting(context, fields, meeting, meeting.start(), meeting.end());
    return new FieldList(FieldList.Kind.MEETING, fields.list());
  }

  /** Beschlussart: the decision's own text, else its kind's label; nothing without a decision. */
  static void addDecision(LayoutContext context, LayoutContext.Fields fields, AgendaItem item) {
    Decision decision = item.decision();
    if (decision != null) {
      String text = decision.text();
      if (text != null) {
        fields.addData(FieldKey.DECISION, text);
      } else {
        fields.add(FieldKey.DECISION, context.labels.decision(decision.kind()));
      }
    }
  }

  /**
   * The title of a document of the whole meeting ({@code agenda.title}, {@code minutes.title}): with
   * the body's name, unless it is withheld ({@code ...TitleWithoutBody}).
   */
  static String title(LayoutContext context, Redaction redaction, Meeting meeting, String key) {
    return redaction.shows(FieldKey.ORGANIZATION)
        ? context.labels.format(key + ".title", meeting.organization().name())
        : context.labels.get(key + ".titleWithoutBody");
  }

  /** A document of the whole meeting: its title also its subject, the body its author. */
  static ExcerptDocument document(DocumentKind kind, LayoutContext context, Redaction redaction,
      MeetingExcerpts input, String title, List<Block> blocks) {
    Labels labels = context.labels;
    DocumentInfo info = new DocumentInfo(title, title, input.body().name(),
        keywords(redaction, null, input.meeting()), labels.languageTag());
    return new ExcerptDocument(kind, labels.locale(), input.audience(), info, input.body().name(), title,
        blocks);
  }

  /**
   * The meeting's fields from the date on: Datum, Status, Zeit (from the start to the end where there
   * is one, in the start's zone), Anlass, Raum, Ort.
   */
  static void addMeeting(LayoutContext context, LayoutContext.Fields fields, Meeting meeting,
      ZonedDateTime start, @Nullable ZonedDateTime end) {
    Labels labels = context.labels;
    fields.add(FieldKey.DATE, context.dates.date(start.toLocalDate()));
    String publicity = labels.get("publicity." + meeting.publicity().name());
    fields.add(FieldKey.MEETING_STATUS,
        meeting.cancelled() ? labels.format("meeting.status.cancelled", publicity) : publicity);
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
