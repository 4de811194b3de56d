package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;

/**
 * Lays out a paper's path through the bodies (Beratungsfolge) as a table: a row per consultation,
 * headed by its date; columns Gremium, Rolle, Ergebnis. The row of the consultation the document is
 * about says so in its header ("28.02.2017 (diese Sitzung)"), in words, so that every format and every
 * screen reader shows it. A non-public consultation shows its date, body and role to the public, as a
 * public paper's printed Beratungsfolge does; its result reads "nichtöffentlich" (see {@link
 * Redaction#showsOutcome}).
 */
final class ConsultationTable {

  private ConsultationTable() {}

  /** The Beratungsfolge section of a paper, or {@code null} where the paper records none. */
  static @Nullable Section section(LayoutContext context, Redaction redaction, Paper paper,
      Meeting meeting, AgendaItem item) {
    List<PaperConsultation> steps = paper.consultations();
    if (steps.isEmpty()) {
      return null;
    }
    int current = current(steps, meeting, item);
    List<Table.Row> rows = new ArrayList<>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      PaperConsultation step = steps.get(i);
      String date = step.date() == null
          ? context.labels.get("consultations.undated")
          : context.dates.date(step.date());
      String header = i == current ? context.labels.format("consultations.current", date) : date;
      String role = step.role() != null
          ? step.role()
          : step.authoritative() ? context.labels.get("consultations.authoritative") : "";
      rows.add(new Table.Row(header, List.of(step.organization().name(), role, outcome(context,
          redaction, step))));
    }
    Table table = new Table(context.labels.get("consultations.caption"),
        context.labels.get("consultations.date"),
        List.of(context.labels.get("consultations.organization"),
            context.labels.get("consultations.role"), context.labels.get("consultations.result")),
        rows, null);
    return context.section(SectionKind.CONSULTATIONS, List.of(table));
  }

  private static String outcome(LayoutContext context, Redaction redaction, PaperConsultation step) {
    if (!redaction.showsOutcome(step)) {
      return context.labels.get("visibility.NON_PUBLIC");
    }
    if (step.result() != null) {
      return step.result();
    }
    return step.status() == null ? "" : step.status();
  }

  /**
   * The index of the consultation at this meeting's item, or -1: by the agenda item's identifier
   * where both have one, else by the meeting's, else by the date and the body's name.
   */
  static int current(List<PaperConsultation> steps, Meeting meeting, AgendaItem item) {
    for (int i = 0; i < steps.size(); i++) {
      PaperConsultation step = steps.get(i);
      if (step.agendaItemId() != null && item.id() != null) {
        if (step.agendaItemId().equals(item.id())) {
          return i;
        }
      } else if (step.meetingId() != null && meeting.id() != null) {
        if (step.meetingId().equals(meeting.id())) {
          return i;
        }
      } else if (meeting.start().toLocalDate().equals(step.date())
          && Objects.equals(step.organization().name(), meeting.organization().name())) {
        return i;
      }
    }
    return -1;
  }
}
