package org.ratsinfo.oparl;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Labels;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Visibility;

/**
 * What reading the writer's OParl gives of a meeting, worked out from the model by the rules the
 * writer's and the reader's documentation state, for the round trip to compare with: the public items,
 * their public papers, files and links; each paper's path through the bodies as written (a step at an
 * exported item is that item's consultation; a consultation at an item without a step there is read
 * back as one; non-public steps without status and result); without the model's ids.
 */
final class PublicPart {

  private PublicPart() {}

  /** A consultation of a public paper at a public item, with the item's result as written. */
  private record Link(AgendaItem item, Consultation consultation, @Nullable String result) {}

  /** What OParl carries of a meeting, as the reader gives it back. */
  static MeetingExcerpts of(MeetingExcerpts excerpts) {
    Meeting m = excerpts.meeting();
    // every public paper consulted at a public item, in the order the export meets them
    Map<Paper, List<Link>> links = new LinkedHashMap<>();
    for (AgendaItem item : m.agenda()) {
      if (!item.visibility().isPublic()) {
        continue;
      }
      boolean main = true;
      for (Consultation c : item.consultations()) {
        if (c.paper().visibility().isPublic()) {
          List<Link> ofPaper = links.computeIfAbsent(c.paper(), k -> new ArrayList<>());
          if (ofPaper.stream().noneMatch(l -> l.item() == item)) {
            // the item's result is its main paper's; a further paper's is its own
            ofPaper.add(new Link(item, c, main ? result(item.decision()) : null));
            main = false;
          }
        }
      }
    }
    LocalDate date = writable(m.start()).toLocalDate();
    Map<Paper, Paper> read = new LinkedHashMap<>();
    links.forEach((paper, ofPaper) -> read.put(paper, paper(paper, ofPaper, m, date)));
    List<Paper> order = new ArrayList<>(links.keySet());
    // the files of a meeting that is non-public as a whole are not written
    boolean meetingFiles = m.publicity() != MeetingPublicity.NON_PUBLIC;
    List<AgendaItem> agenda = m.agenda().stream()
        .filter(i -> i.visibility().isPublic())
        .map(i -> i.toBuilder()
            .chair(null)   // the minutes' data is beyond OParl, and not exported
            .consultations(consultations(i, read, order))
            .auxiliaryFiles(files(i.auxiliaryFiles(), Visibility.PUBLIC))
            .resolutionFile(file(i.resolutionFile(), Visibility.PUBLIC))
            .build())
        .toList();
    List<AgendaHeading> headings = m.headings().stream()
        .filter(h -> h.opens() != Visibility.NON_PUBLIC)
        .toList();
    return normalise(new MeetingExcerpts(excerpts.body(), m.toBuilder()
        .agenda(agenda)
        .headings(headings)
        // The minutes' data (times held, invitation, participants, signatures) is not exported.
        .openedAt((java.time.ZonedDateTime) null)
        .closedAt((java.time.ZonedDateTime) null)
        .invitationDate(null)
        .invitationText((org.ratsinfo.model.Text) null)
        .participants(List.of())
        .signatures(List.of())
        .invitation(meetingFiles ? file(m.invitation(), Visibility.PUBLIC) : null)
        .resultsProtocol(meetingFiles ? file(m.resultsProtocol(), Visibility.PUBLIC) : null)
        .auxiliaryFiles(meetingFiles ? files(m.auxiliaryFiles(), Visibility.PUBLIC) : List.of())
        .build(), Audience.PUBLIC));
  }

  /**
   * An item's consultations as read back: those of public papers, each paper once; the main one
   * first, the further ones in the order their papers stand in the export.
   */
  private static List<Consultation> consultations(AgendaItem item, Map<Paper, Paper> read,
      List<Paper> order) {
    List<Consultation> shown = new ArrayList<>();
    for (Consultation c : item.consultations()) {
      if (c.paper().visibility().isPublic()
          && shown.stream().noneMatch(s -> s.paper().equals(c.paper()))) {
        shown.add(c);
      }
    }
    if (shown.size() > 2) {
      List<Consultation> further = new ArrayList<>(shown.subList(1, shown.size()));
      further.sort(Comparator.comparingInt(c -> order.indexOf(c.paper())));
      shown = new ArrayList<>(List.of(shown.get(0)));
      shown.addAll(further);
    }
    return shown.stream()
        .map(c -> new Consultation(read.get(c.paper()), c.role(), c.authoritative()))
        .toList();
  }

  private static Paper paper(Paper paper, List<Link> links, Meeting meeting, LocalDate date) {
    List<Link> open = new ArrayList<>(links);
    List<PaperConsultation> model = paper.consultations();
    Link[] matched = new Link[model.size()];
    for (boolean byId : new boolean[] {true, false}) { // steps that name an item take theirs first
      for (int i = 0; i < model.size(); i++) {
        PaperConsultation step = model.get(i);
        if (matched[i] == null && (!byId || step.agendaItemId() != null)) {
          matched[i] = open.stream().filter(l -> isAt(step, meeting, l.item())).findFirst().orElse(null);
          open.remove(matched[i]);
        }
      }
    }
    List<PaperConsultation> steps = new ArrayList<>();
    for (int i = 0; i < model.size(); i++) {
      PaperConsultation step = model.get(i);
      Link link = matched[i];
      if (link != null) {
        boolean isPublic = step.visibility().isPublic();
        steps.add(new PaperConsultation(step.date() != null ? step.date() : date, step.organization(),
            link.consultation().role(), link.consultation().authoritative(),
            isPublic ? step.status() : null,
            isPublic && step.result() != null ? step.result() : link.result(), null, null,
            step.visibility()));
      } else {
        steps.add(elsewhere(step, links, meeting, date));
      }
    }
    for (Link link : open) {
      steps.add(new PaperConsultation(date, meeting.organization(), link.consultation().role(),
          link.consultation().authoritative(), null, link.result(), null, null, Visibility.PUBLIC));
    }
    steps.sort(Comparator.comparing(PaperConsultation::date,
        Comparator.nullsLast(Comparator.naturalOrder())));
    // read back by kind: relatedPaper (ratsinfo's finer kinds first), superordinated, subordinated
    List<PaperLink.Kind> order = List.of(PaperLink.Kind.AMENDS, PaperLink.Kind.AMENDED_BY,
        PaperLink.Kind.SUPPLEMENTS, PaperLink.Kind.SUPPLEMENTED_BY, PaperLink.Kind.RELATED,
        PaperLink.Kind.SUPERORDINATED, PaperLink.Kind.SUBORDINATED);
    List<PaperLink> linked = paper.links().stream()
        .filter(l -> l.visibility().isPublic())
        .sorted(Comparator.comparingInt(l -> order.indexOf(l.kind())))
        .toList();
    return paper.toBuilder()
        .consultations(steps)
        .links(linked)
        .mainFile(file(paper.mainFile(), Visibility.PUBLIC))
        .auxiliaryFiles(files(paper.auxiliaryFiles(), Visibility.PUBLIC))
        .build();
  }

  /** A step that is no item's consultation: it names this meeting, and an item of it, or neither. */
  private static PaperConsultation elsewhere(PaperConsultation step, List<Link> links, Meeting meeting,
      LocalDate date) {
    boolean isPublic = step.visibility().isPublic();
    Link at = null;
    for (Link l : links) {
      if (isPublic && step.agendaItemId() != null && step.agendaItemId().equals(l.item().id())) {
        at = l;
      }
    }
    boolean here = at != null || meeting.id() != null && meeting.id().equals(step.meetingId());
    // no item's result speaks for a consultation that is not the item's own
    String result = isPublic ? step.result() : null;
    return new PaperConsultation(step.date() != null ? step.date() : here ? date : null,
        step.organization(), step.role(), step.authoritative(), isPublic ? step.status() : null, result,
        null, null, step.visibility());
  }

  /** As the writer and the excerpt tell the step at an item. */
  private static boolean isAt(PaperConsultation step, Meeting meeting, AgendaItem item) {
    if (step.agendaItemId() != null && item.id() != null) {
      return step.agendaItemId().equals(item.id());
    }
    if (step.meetingId() != null && meeting.id() != null) {
      return step.meetingId().equals(meeting.id());
    }
    return meeting.start().toLocalDate().equals(step.date())
        && step.organization().name().equals(meeting.organization().name());
  }

  private static @Nullable String result(@Nullable Decision decision) {
    return decision == null ? null
        : decision.text() != null ? decision.text() : Labels.GERMAN.decision(decision.kind());
  }

  private static @Nullable File file(@Nullable File file, Visibility visibility) {
    return file == null || !file.visibility().isPublic() || file.accessUrl() == null
        ? null : file.withVisibility(visibility);
  }

  private static List<File> files(List<File> files, Visibility visibility) {
    return files.stream().map(f -> file(f, visibility)).filter(Objects::nonNull).toList();
  }

  private static OffsetDateTime writable(ZonedDateTime t) {
    OffsetDateTime o = t.toOffsetDateTime();
    return o.getOffset().getTotalSeconds() % 60 == 0 ? o : o.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /**
   * Without ids, date-times in UTC, an empty location as none, a decision's standard text as none;
   * organizations and persons without ids wherever they stand.
   */
  static MeetingExcerpts normalise(MeetingExcerpts excerpts) {
    Meeting m = excerpts.meeting();
    Location l = m.location();
    if (l != null && l.description() == null && l.room() == null && l.streetAddress() == null
        && l.postalCode() == null && l.locality() == null) {
      l = null;
    }
    Meeting meeting = m.toBuilder()
        .id(null)
        .organization(org(m.organization()))
        .start(utc(m.start()))
        .end(m.end() == null ? null : utc(m.end()))
        .location(l)
        .agenda(m.agenda().stream().map(PublicPart::item).toList())
        .headings(m.headings().stream()
            .map(h -> new AgendaHeading(null, h.number(), h.order(), h.title(), h.opens()))
            .sorted(Comparator.comparingInt(AgendaHeading::order))
            .toList())
        .invitation(file(m.invitation()))
        .resultsProtocol(file(m.resultsProtocol()))
        .auxiliaryFiles(m.auxiliaryFiles().stream().map(PublicPart::file).toList())
        .build();
    Body b = excerpts.body();
    return new MeetingExcerpts(new Body(null, b.name(), b.shortName()), meeting, excerpts.audience());
  }

  private static AgendaItem item(AgendaItem i) {
    Decision d = i.decision();
    if (d != null && d.text() != null && d.text().equals(Labels.GERMAN.decision(d.kind()))) {
      d = Decision.of(d.kind());
    }
    return i.toBuilder()
        .id(null)
        .decision(d)
        .consultations(i.consultations().stream()
            .map(c -> new Consultation(paper(c.paper()), c.role(), c.authoritative()))
            .toList())
        .auxiliaryFiles(i.auxiliaryFiles().stream().map(PublicPart::file).toList())
        .resolutionFile(file(i.resolutionFile()))
        .build();
  }

  private static Paper paper(Paper p) {
    return p.toBuilder()
        .id(null)
        .originatorPersons(p.originatorPersons().stream().map(PublicPart::person).toList())
        .originatorOrganizations(p.originatorOrganizations().stream().map(PublicPart::org).toList())
        .leadDepartment(p.leadDepartment() == null ? null : org(p.leadDepartment()))
        .clerk(p.clerk() == null ? null : person(p.clerk()))
        .consultations(p.consultations().stream()
            .map(s -> new PaperConsultation(s.date(), org(s.organization()), s.role(), s.authoritative(),
                s.status(), s.result(), null, null, s.visibility()))
            .toList())
        .links(p.links().stream().map(k -> k.withId(null)).toList())
        .mainFile(file(p.mainFile()))
        .auxiliaryFiles(p.auxiliaryFiles().stream().map(PublicPart::file).toList())
        .build();
  }

  private static @Nullable File file(@Nullable File f) {
    return f == null ? null : f.withId(null);
  }

  private static Person person(Person p) {
    return p.toBuilder().id(null).build();
  }

  private static Organization org(Organization o) {
    return o.withId(null);
  }

  private static ZonedDateTime utc(ZonedDateTime t) {
    return t.withZoneSameInstant(ZoneOffset.UTC);
  }
}
