package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Visibility;

/**
 * Lays out the invitation with its agenda (Einladung, Tagesordnung): the meeting's fields with the
 * invitation's date, the invitation's text, then the public part and the non-public part of the
 * agenda, each a table of its items (TOP, Betreff, Vorlage) in agenda order, split into groups where
 * the agenda has headings that group items ("Anträge"). For the public, the non-public part shows no
 * item unless the integrator lists their titles ({@link ExcerptLayout.Builder#nonPublicAgendaTitles}),
 * and then only the number and the title.
 */
final class AgendaDocument {

  private AgendaDocument() {}

  static ExcerptDocument layout(LayoutContext context, Redaction redaction, MeetingExcerpts input) {
    Meeting meeting = input.meeting();
    String title = MeetingHeader.title(context, redaction, meeting, "agenda");
    List<Block> blocks = new ArrayList<>();
    LayoutContext.Fields fields = context.fields(redaction);
    fields.addData(FieldKey.ORGANIZATION, meeting.organization().name());
    MeetingHeader.addMeeting(context, fields, meeting, meeting.start(), meeting.end());
    if (meeting.invitationDate() != null) {
      fields.add(FieldKey.INVITATION_DATE, context.dates.date(meeting.invitationDate()));
    }
    if (!fields.list().isEmpty()) {
      blocks.add(new FieldList(FieldList.Kind.MEETING, fields.list()));
    }
    Text invitation = meeting.invitationText();
    if (invitation != null && !invitation.isEmpty()) {
      blocks.add(context.section(SectionKind.INVITATION,
          context.paragraphs(Paragraph.Style.NORMAL, invitation)));
    }
    for (Visibility part : Visibility.values()) {
      Section section = part(context, redaction, meeting, part);
      if (section != null) {
        blocks.add(section);
      }
    }
    return MeetingHeader.document(DocumentKind.AGENDA, context, redaction, input, title, blocks);
  }

  /** A part of the agenda, or {@code null} where the meeting has no item in it. */
  private static @Nullable Section part(LayoutContext context, Redaction redaction, Meeting meeting,
      Visibility part) {
    List<AgendaItem> items = meeting.agenda().stream().filter(i -> i.visibility() == part).toList();
    if (items.isEmpty()) {
      return null;
    }
    Labels labels = context.labels;
    String name = labels.get("agenda.part." + part.name());
    List<AgendaItem> shown = items.stream().filter(redaction::showsTitle).toList();
    if (shown.isEmpty()) {
      return new Section(SectionKind.AGENDA, name,
          List.of(new Paragraph(Paragraph.Style.NOTE, labels.get("agenda.nonPublicWithheld"))));
    }
    // The headings that group items, in agenda order; those that open a part are the part itself.
    List<AgendaHeading> groups = meeting.headings().stream().filter(h -> h.opens() == null)
        .sorted(Comparator.comparingInt(AgendaHeading::order)).toList();
    List<Block> blocks = new ArrayList<>();
    List<AgendaItem> run = new ArrayList<>();
    @Nullable AgendaHeading group = null;
    for (AgendaItem item : shown) {
      AgendaHeading next = groupOf(groups, item);
      if (next != group && !run.isEmpty()) {
        add(context, redaction, name, group, run, blocks);
        run = new ArrayList<>();
      }
      group = next;
      run.add(item);
    }
    add(context, redaction, name, group, run, blocks);
    return new Section(SectionKind.AGENDA, name, blocks);
  }

  /** The last grouping heading before the item, or {@code null}. */
  private static @Nullable AgendaHeading groupOf(List<AgendaHeading> groups, AgendaItem item) {
    AgendaHeading found = null;
    for (AgendaHeading heading : groups) {
      if (heading.order() <= item.order()) {
        found = heading;
      }
    }
    return found;
  }

  private static void add(LayoutContext context, Redaction redaction, String part,
      @Nullable AgendaHeading group, List<AgendaItem> items, List<Block> blocks) {
    Table table = table(context, redaction, part, items);
    if (group == null) {
      blocks.add(table);
    } else {
      String heading = group.number() == null ? group.title() : group.number() + " " + group.title();
      blocks.add(new Section(SectionKind.AGENDA, heading, List.of(table), context.dataLanguage));
    }
  }

  private static Table table(LayoutContext context, Redaction redaction, String part,
      List<AgendaItem> items) {
    Labels labels = context.labels;
    boolean withPapers = items.stream().anyMatch(redaction::showsContent);
    List<String> columns = withPapers
        ? List.of(labels.get("agenda.subject"), labels.get("agenda.paper"))
        : List.of(labels.get("agenda.subject"));
    List<Table.Row> rows = new ArrayList<>(items.size());
    for (AgendaItem item : items) {
      String number = redaction.shows(FieldKey.AGENDA_ITEM)
          ? context.itemNumber(item.visibility(), item.number()) : "";
      if (!withPapers) {
        rows.add(new Table.Row(number, List.of(item.title())));
        continue;
      }
      StringJoiner papers = new StringJoiner(", ");
      if (redaction.showsContent(item)) {
        for (Consultation consultation : redaction.consultations(item)) {
          papers.add(consultation.paper().reference());
        }
      }
      rows.add(new Table.Row(number, List.of(item.title(), papers.toString())));
    }
    // The caption is the part's name, as the section's heading: renderers show it once.
    return new Table(part, labels.get("agenda.number"), columns, rows, null);
  }
}
