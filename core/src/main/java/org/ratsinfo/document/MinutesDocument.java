package org.ratsinfo.document;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Signature;

/**
 * Lays out the minutes (Niederschrift): the meeting's fields (the times held where given, the chair
 * and the minute-taker), the attendance list, every item in agenda order as an {@link SectionKind#ITEM
 * item} section with everything its excerpt shows (its decision and a change of chair as fields, its
 * papers with their Beratungsfolge, texts, votes and attachments), the closing time, and the
 * signatures. For the public, the non-public items are left out, content and titles, and a note says
 * so; the attendance list can be withheld ({@link FieldKey#ATTENDANCE}).
 */
final class MinutesDocument {

  private MinutesDocument() {}

  static ExcerptDocument layout(LayoutContext context, Redaction redaction, MeetingExcerpts input) {
    Meeting meeting = input.meeting();
    Labels labels = context.labels;
    String title = MeetingHeader.title(context, redaction, meeting, "minutes");
    List<Block> blocks = new ArrayList<>();
    LayoutContext.Fields fields = context.fields(redaction);
    fields.addData(FieldKey.ORGANIZATION, meeting.organization().name());
    ZonedDateTime opened = meeting.openedAt() != null ? meeting.openedAt() : meeting.start();
    ZonedDateTime closed = meeting.closedAt() != null ? meeting.closedAt() : meeting.end();
    MeetingHeader.addMeeting(context, fields, meeting, opened, closed);
    fields.addData(FieldKey.CHAIR, names(meeting, ParticipantRole.CHAIR));
    fields.addData(FieldKey.MINUTE_TAKER, names(meeting, ParticipantRole.MINUTE_TAKER));
    if (!fields.list().isEmpty()) {
      blocks.add(new FieldList(FieldList.Kind.MEETING, fields.list()));
    }
    Section attendance = AttendanceSection.section(context, redaction, meeting);
    if (attendance != null) {
      blocks.add(attendance);
    }
    boolean withheld = false;
    for (AgendaItem item : meeting.agenda()) {
      if (redaction.showsContent(item)) {
        blocks.add(item(context, redaction, meeting, item));
      } else {
        withheld = true;
      }
    }
    if (withheld) {
      blocks.add(new Paragraph(Paragraph.Style.NOTE, labels.get("minutes.nonPublicWithheld")));
    }
    if (meeting.closedAt() != null) {
      blocks.add(new Paragraph(Paragraph.Style.NOTE, labels.format("minutes.closing",
          context.dates.time(meeting.closedAt().withZoneSameInstant(opened.getZone()).toLocalTime()))));
    }
    Section signatures = signatures(context, meeting);
    if (signatures != null) {
      blocks.add(signatures);
    }
    return MeetingHeader.document(DocumentKind.MINUTES, context, redaction, input, title, blocks);
  }

  /** The names of the participants in a role, or {@code null} where there is none. */
  private static @Nullable String names(Meeting meeting, ParticipantRole role) {
    List<String> names = new ArrayList<>();
    for (Participant participant : meeting.participants()) {
      if (participant.role() == role) {
        names.add(participant.person().listName());
      }
    }
    return names.isEmpty() ? null : String.join("; ", names);
  }

  /** One item with everything its excerpt shows, under its number and title. */
  private static Section item(LayoutContext context, Redaction redaction, Meeting meeting,
      AgendaItem item) {
    Labels labels = context.labels;
    List<Block> blocks = new ArrayList<>();
    LayoutContext.Fields fields = context.fields(redaction);
    MeetingHeader.addDecision(context, fields, item);
    Person chair = item.chair();
    if (chair != null) {
      fields.addData(FieldKey.CHAIR, chair.listName());
    }
    if (!fields.list().isEmpty()) {
      blocks.add(new FieldList(FieldList.Kind.ITEM, fields.list()));
    }
    for (Consultation consultation : redaction.consultations(item)) {
      blocks.add(PaperSection.section(context, redaction, consultation, meeting, item));
    }
    ItemTexts.add(context, item, blocks);
    VoteSections.add(context, redaction, item, blocks);
    References.addItemFiles(context, redaction, item, blocks);
    String heading = redaction.shows(FieldKey.AGENDA_ITEM)
        ? labels.format("minutes.item", context.itemNumber(item.visibility(), item.number()), item.title())
        : item.title();
    return new Section(SectionKind.ITEM, heading, blocks);
  }

  /** The signatures as a table: a row per signatory, with function, place and date. */
  private static @Nullable Section signatures(LayoutContext context, Meeting meeting) {
    if (meeting.signatures().isEmpty()) {
      return null;
    }
    Labels labels = context.labels;
    List<Table.Row> rows = new ArrayList<>();
    for (Signature signature : meeting.signatures()) {
      Person person = signature.person();
      String name = person != null ? person.listName() : signature.name() == null ? "" : signature.name();
      String function = signature.function() == null ? "" : signature.function();
      String place = signature.place() == null ? "" : signature.place();
      String date = signature.date() == null ? "" : context.dates.date(signature.date());
      String placeAndDate = place.isEmpty() || date.isEmpty() ? place + date : place + ", " + date;
      rows.add(new Table.Row(name, List.of(function, placeAndDate)));
    }
    Table table = new Table(labels.get("signatures.caption"), labels.get("signatures.name"),
        List.of(labels.get("attendance.role"), labels.get("signatures.placeAndDate")), rows, null);
    return context.section(SectionKind.SIGNATURES, List.of(table));
  }
}
