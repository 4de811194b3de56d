package org.ratsinfo.oparl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.Visibility;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a paper's {@code consultation}: each step of its path through the bodies (Beratungsfolge),
 * in order, then its consultations at exported items that no step is at.
 *
 * <ul>
 *   <li>A step at an exported item that consults the paper (by the item's id, else the meeting's, else
 *       the date and the body, as the excerpt marks its current step) is that item's {@code
 *       Consultation}: {@code agendaItem} and {@code meeting} name the exported objects, the role and
 *       authority are the item's.
 *   <li>Any other step names the exported meeting where it is at it; a meeting or item the export does
 *       not hold is named in {@code ratsinfo:meetingId} and {@code ratsinfo:agendaItemId}, the model's
 *       ids as they are.
 *   <li>{@code ratsinfo:date} where the meeting written does not give the date, {@code
 *       ratsinfo:status}, and {@code ratsinfo:result} where the item written does not give it.
 *   <li>A non-public step ({@code ratsinfo:visibility} {@code "nonPublic"}) keeps its date, body and
 *       role, as a public paper's printed Beratungsfolge lists them, and loses its status, result and
 *       ids: OParl is public data.
 *   <li>Withheld: {@link FieldKey#ORGANIZATION} the bodies, {@link FieldKey#CONSULTATION_ROLE} the
 *       roles, {@link FieldKey#DATE} the dates, {@link FieldKey#DECISION} the results.
 * </ul>
 *
 * Not thread-safe; one per export.
 */
final class ExportSteps {

  private final ExportNodes nodes;
  private final Function<Organization, String> organizations;
  private @Nullable Meeting meeting;
  private String meetingId = "";
  private @Nullable String organizationId;
  private @Nullable LocalDate date;

  ExportSteps(ExportNodes nodes, Function<Organization, String> organizations) {
    this.nodes = nodes;
    this.organizations = organizations;
  }

  /** The meeting exported: see {@link ExportPapers#meeting}. */
  void meeting(Meeting meeting, String meetingId, @Nullable String organizationId,
      @Nullable LocalDate date) {
    this.meeting = meeting;
    this.meetingId = meetingId;
    this.organizationId = organizationId;
    this.date = date;
  }

  /**
   * Writes a paper's consultations.
   *
   * @param paper the paper
   * @param paperId its id in the export
   * @param links its consultations at exported items, in the order of the agenda
   * @param out the paper's {@code consultation}
   */
  void write(Paper paper, String paperId, List<ExportPapers.ItemLink> links, ArrayNode out) {
    Meeting m = Objects.requireNonNull(meeting, "meeting");
    List<ExportPapers.ItemLink> open = new ArrayList<>(links);
    List<PaperConsultation> steps = paper.consultations();
    ExportPapers.ItemLink[] matched = new ExportPapers.ItemLink[steps.size()];
    // the steps that name an item first, then the others by meeting or date: so that a step read
    // back (which then names its item) takes the same item again
    for (boolean byId : new boolean[] {true, false}) {
      for (int i = 0; i < steps.size(); i++) {
        if (matched[i] == null && (!byId || steps.get(i).agendaItemId() != null)) {
          for (ExportPapers.ItemLink l : open) {
            if (isAt(steps.get(i), m, l.item())) {
              matched[i] = l;
              open.remove(l);
              break;
            }
          }
        }
      }
    }
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      PaperConsultation step = steps.get(i);
      ExportPapers.ItemLink link = matched[i];
      if (link != null) {
        planned.add(new Planned(step.date() != null ? step.date() : date, step, link, null));
      } else {
        ExportPapers.ItemLink at = at(step, links);
        boolean here = at != null || m.id() != null && m.id().equals(step.meetingId());
        // an undated step at the meeting written is read back with the meeting's date
        planned.add(new Planned(step.date() == null && here ? date : step.date(), step, null, at));
      }
    }
    for (ExportPapers.ItemLink link : open) {
      planned.add(new Planned(date, null, link, null));
    }
    // written in the order the reader gives them back (by date, undated last, one day's as they
    // stand), and their ids and bodies made in it, so that writing what was read gives the same
    planned.sort(Comparator.comparing(Planned::date, Comparator.nullsLast(Comparator.naturalOrder())));
    String slug = ExportIds.slug(paper.reference());
    int n = 0;
    for (Planned p : planned) {
      if (p.link() != null) {
        out.add(atItem(p.link(), p.step()));
      } else {
        n++;
        out.add(elsewhere(Objects.requireNonNull(p.step()), p.at(), nodes.ids.of("consultation",
            slug + "-" + n, "step\n" + paperId + "\n" + n)));
      }
    }
  }

  /**
   * A consultation to write, with the date it is read back with: a step at an item's consultation
   * ({@code link}), an item's consultation without a step ({@code step} null), or a step elsewhere,
   * which may name an exported item as well ({@code at}).
   */
  private record Planned(@Nullable LocalDate date, @Nullable PaperConsultation step,
      ExportPapers.@Nullable ItemLink link, ExportPapers.@Nullable ItemLink at) {}

  /** The exported item a public step elsewhere names: one that consults the paper as well. */
  private static ExportPapers.@Nullable ItemLink at(PaperConsultation step,
      List<ExportPapers.ItemLink> links) {
    ExportPapers.ItemLink at = null;
    if (step.visibility().isPublic() && step.agendaItemId() != null) {
      for (ExportPapers.ItemLink l : links) {
        if (step.agendaItemId().equals(l.item().id())) {
          at = l; // a second step at an item: it names the item too
        }
      }
    }
    return at;
  }

  /**
   * Whether a step is at an agenda item of a meeting: by the item's id where both have one, else by
   * the meeting's, else by the date and the body's name.
   */
  static boolean isAt(PaperConsultation step, Meeting meeting, AgendaItem item) {
    if (step.agendaItemId() != null && item.id() != null) {
      return step.agendaItemId().equals(item.id());
    }
    if (step.meetingId() != null && meeting.id() != null) {
      return step.meetingId().equals(meeting.id());
    }
    return meeting.start().toLocalDate().equals(step.date())
        && step.organization().name().equals(meeting.organization().name());
  }

  /** An item's consultation of the paper, with its step where the paper has one there. */
  private ObjectNode atItem(ExportPapers.ItemLink link, @Nullable PaperConsultation step) {
    ObjectNode c = nodes.object("Consultation", link.consultationId());
    c.put("agendaItem", link.itemId());
    c.put("meeting", meetingId);
    String organization = step == null ? organizationId : organization(step);
    if (organization != null) {
      c.putArray("organization").add(organization);
    }
    c.put("authoritative", link.consultation().authoritative());
    if (nodes.shows(FieldKey.CONSULTATION_ROLE)) {
      ExportNodes.put(c, "role", link.consultation().role());
    }
    if (step != null) {
      extensions(c, step, true, link, link.result());
    }
    nodes.stamp(c);
    return c;
  }

  /** A step that is no item's consultation of the paper. */
  private ObjectNode elsewhere(PaperConsultation step, ExportPapers.@Nullable ItemLink at, String id) {
    ObjectNode c = nodes.object("Consultation", id);
    if (at != null) {
      c.put("agendaItem", at.itemId());
    }
    boolean here = at != null || meeting != null && meeting.id() != null
        && meeting.id().equals(step.meetingId());
    if (here) {
      c.put("meeting", meetingId);
    }
    String organization = organization(step);
    if (organization != null) {
      c.putArray("organization").add(organization);
    }
    c.put("authoritative", step.authoritative());
    if (nodes.shows(FieldKey.CONSULTATION_ROLE)) {
      ExportNodes.put(c, "role", step.role());
    }
    // no item's result speaks for a consultation that is not the item's own
    extensions(c, step, here, at, null);
    nodes.stamp(c);
    return c;
  }

  private @Nullable String organization(PaperConsultation step) {
    return nodes.shows(FieldKey.ORGANIZATION) ? organizations.apply(step.organization()) : null;
  }

  /**
   * What OParl cannot carry of a step, in ratsinfo's extensions.
   *
   * @param here whether the consultation names the exported meeting
   * @param at the exported item it names, or {@code null}
   * @param itemResult the result the reader takes from that item for it, or {@code null}
   */
  private void extensions(ObjectNode c, PaperConsultation step, boolean here,
      ExportPapers.@Nullable ItemLink at, @Nullable String itemResult) {
    boolean isPublic = step.visibility().isPublic();
    if (nodes.shows(FieldKey.DATE) && step.date() != null && !(here && step.date().equals(date))) {
      c.put(Vocabulary.EXT_DATE, step.date().toString());
    }
    if (isPublic) {
      ExportNodes.put(c, Vocabulary.EXT_STATUS, step.status());
      if (nodes.shows(FieldKey.DECISION) && step.result() != null
          && !step.result().equals(itemResult)) {
        c.put(Vocabulary.EXT_RESULT, step.result());
      }
      if (!here) {
        ExportNodes.put(c, Vocabulary.EXT_MEETING_ID, step.meetingId());
      }
      if (at == null) {
        ExportNodes.put(c, Vocabulary.EXT_AGENDA_ITEM_ID, step.agendaItemId());
      }
    } else {
      c.put(Vocabulary.EXT_VISIBILITY, Importer.camel(Visibility.NON_PUBLIC.name()));
    }
  }
}
