package org.ratsinfo.oparl.internal;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Visibility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the OParl 1.1 list page of one meeting: the body, the meeting with its public agenda items
 * and location embedded, the public papers with their consultations embedded, and the organizations
 * and persons they name. Ids are derived from the base URL and the values, deterministically. Not
 * thread-safe; one per export.
 */
public final class Exporter {

  private final JsonMapper mapper;
  private final @Nullable OffsetDateTime timestamp;
  private final Set<FieldKey> withheld;
  private final ExportIds ids;
  private final ItemExtensionWriter extensions;
  private final ExportNodes nodes;
  private final ExportFiles files;
  private final ExportPapers papers;

  /**
   * An export.
   *
   * @param mapper the mapper that makes the nodes, with {@code RatsinfoModule} for the values that
   *     ratsinfo's extension properties hold in the native format
   * @param base the base URL, ending with {@code /}
   * @param timestamp the {@code created} and {@code modified} of every object, or {@code null} for the
   *     meeting's end (or start)
   * @param voteEvents whether to write Popolo vote events
   * @param withheld the fields withheld from the public, left out of every object and id
   */
  public Exporter(JsonMapper mapper, String base, @Nullable OffsetDateTime timestamp, boolean voteEvents,
      Set<FieldKey> withheld) {
    this.mapper = mapper;
    this.timestamp = timestamp;
    this.withheld = withheld.isEmpty() ? EnumSet.noneOf(FieldKey.class) : EnumSet.copyOf(withheld);
    this.ids = new ExportIds(base);
    this.extensions = new ItemExtensionWriter(mapper, this.withheld, voteEvents);
    this.nodes = new ExportNodes(mapper, ids, this.withheld);
    this.files = new ExportFiles(nodes);
    this.papers = new ExportPapers(nodes, files);
  }

  private boolean shows(FieldKey field) {
    return !withheld.contains(field);
  }

  /** The list page of a meeting. */
  public ObjectNode export(MeetingExcerpts excerpts) {
    Meeting meeting = excerpts.meeting();
    ZonedDateTime when = meeting.end() != null ? meeting.end() : meeting.start();
    boolean showsWhen = shows(FieldKey.DATE) && shows(FieldKey.TIME);
    // without a timestamp of its own, an export that withholds the date has no created or modified
    nodes.created(timestamp != null ? dateTime(timestamp)
        : showsWhen ? dateTime(when.toOffsetDateTime()) : null);
    ObjectNode body = body(excerpts.body());
    List<String> slugParts = new ArrayList<>();
    if (shows(FieldKey.DATE)) {
      slugParts.add(writable(meeting.start().toOffsetDateTime()).toLocalDate().toString());
    }
    if (shows(FieldKey.ORGANIZATION)) {
      slugParts.add(ExportIds.slug(meeting.organization().shortName() != null
          ? meeting.organization().shortName() : meeting.organization().name()));
    }
    String meetingSlug = slugParts.isEmpty() ? "meeting" : String.join("-", slugParts);
    String meetingId = ids.of("meeting", meetingSlug, meeting.withAgenda(List.of()));
    ObjectNode m = object("Meeting", meetingId);
    put(m, "name", meeting.name());
    if (meeting.state() != null && shows(FieldKey.MEETING_STATUS)) {
      m.put("meetingState", Vocabulary.meetingState(meeting.state()));
    }
    if (shows(FieldKey.MEETING_STATUS)) {
      m.put("cancelled", meeting.cancelled());
    }
    if (showsWhen) {
      m.put("start", dateTime(meeting.start().toOffsetDateTime()));
      if (meeting.end() != null) {
        m.put("end", dateTime(meeting.end().toOffsetDateTime()));
      }
    }
    Location place = shownLocation(meeting.location());
    if (place != null) {
      m.set("location", location(place, meetingSlug));
    }
    String organizationId = null;
    if (shows(FieldKey.ORGANIZATION)) {
      organizationId = papers.organization(meeting.organization());
      m.putArray("organization").add(organizationId);
    }
    if (meeting.publicity() != MeetingPublicity.NON_PUBLIC) {
      // the files of a meeting that is non-public as a whole are not published (nor read as public)
      files.one(m, "invitation", meeting.invitation());
      files.one(m, "resultsProtocol", meeting.resultsProtocol());
      files.list(m, "auxiliaryFile", meeting.auxiliaryFiles());
    }
    papers.meeting(meeting, meetingId, organizationId,
        showsWhen ? writable(meeting.start().toOffsetDateTime()).toLocalDate() : null);
    ArrayNode items = m.putArray("agendaItem");
    // headings stand among the items by their order, each before the items of its order and later
    List<AgendaHeading> headings = meeting.headings().stream()
        .filter(h -> h.opens() != Visibility.NON_PUBLIC) // the non-public part is not published
        .sorted(Comparator.comparingInt(AgendaHeading::order))
        .toList();
    int next = 0;
    int position = 0;
    for (AgendaItem item : meeting.agenda()) {
      position++;
      while (next < headings.size() && headings.get(next).order() <= item.order()) {
        items.add(heading(headings.get(next), next, meetingSlug));
        next++;
      }
      if (item.visibility().isPublic()) {
        String itemSlug = meetingSlug + "-"
            + (shows(FieldKey.AGENDA_ITEM) ? ExportIds.slug(item.number()) : "item-" + position);
        items.add(agendaItem(item, meeting, itemSlug));
      }
    }
    for (; next < headings.size(); next++) {
      items.add(heading(headings.get(next), next, meetingSlug));
    }
    if (shows(FieldKey.OCCASION)) {
      put(m, Vocabulary.EXT_OCCASION, meeting.occasion());
    }
    if (shows(FieldKey.MEETING_STATUS)) {
      m.put(Vocabulary.EXT_PUBLICITY, Importer.camel(meeting.publicity().name()));
    }
    stamp(m);

    List<JsonNode> data = new ArrayList<>();
    data.add(body);
    data.add(m);
    data.addAll(papers.objects());
    ObjectNode page = mapper.createObjectNode();
    ArrayNode array = page.putArray("data");
    data.forEach(array::add);
    ObjectNode pagination = page.putObject("pagination");
    pagination.put("totalElements", data.size());
    pagination.put("elementsPerPage", data.size());
    pagination.put("currentPage", 1);
    pagination.put("totalPages", 1);
    page.putObject("links");
    return page;
  }

  private ObjectNode body(Body body) {
    String slug = ExportIds.slug(body.shortName() != null ? body.shortName() : body.name());
    String bodyId = ids.of("body", slug, new Body(null, body.name(), body.shortName()));
    papers.body(bodyId);
    ObjectNode b = object("Body", bodyId);
    b.put("name", body.name());
    put(b, "shortName", body.shortName());
    for (String list : List.of("organization", "person", "meeting", "paper")) {
      b.put(list, bodyId + "/" + list);
    }
    b.putArray("legislativeTerm");
    stamp(b);
    return b;
  }

  /** The parts of the meeting's location that are not withheld; {@code null} if none is left. */
  private @Nullable Location shownLocation(@Nullable Location location) {
    if (location == null) {
      return null;
    }
    Location shown = shows(FieldKey.LOCATION)
        ? location
        : new Location(null, location.room(), null, null, null);
    if (!shows(FieldKey.ROOM)) {
      shown = new Location(shown.description(), null, shown.streetAddress(), shown.postalCode(),
          shown.locality());
    }
    return shown.description() != null || shown.room() != null || shown.streetAddress() != null
        || shown.postalCode() != null || shown.locality() != null ? shown : null;
  }

  private ObjectNode location(Location location, String meetingSlug) {
    ObjectNode l = object("Location", ids.of("location", meetingSlug, location));
    put(l, "description", location.description());
    put(l, "room", location.room());
    put(l, "streetAddress", location.streetAddress());
    put(l, "postalCode", location.postalCode());
    put(l, "locality", location.locality());
    stamp(l);
    return l;
  }

  /**
   * A heading as OParl servers publish one: an agenda item without paper and result; which part of
   * the meeting it opens in ratsinfo's extension.
   */
  private ObjectNode heading(AgendaHeading heading, int index, String meetingSlug) {
    ObjectNode a = object("AgendaItem",
        ids.of("agendaitem", meetingSlug + "-heading-" + (index + 1), heading));
    put(a, "number", heading.number());
    a.put("order", heading.order());
    a.put("name", heading.title());
    a.put(Vocabulary.EXT_OPENS, heading.opens() == null
        ? Vocabulary.OPENS_NONE : Importer.camel(heading.opens().name()));
    stamp(a);
    return a;
  }

  private ObjectNode agendaItem(AgendaItem item, Meeting meeting, String slug) {
    ObjectNode a = object("AgendaItem", ids.of("agendaitem", slug, item.withVisibility(item.visibility())));
    if (shows(FieldKey.AGENDA_ITEM)) {
      a.put("number", item.number());
    }
    a.put("order", item.order());
    a.put("name", item.title());
    a.put("public", true);
    Decision decision = shows(FieldKey.DECISION) ? item.decision() : null;
    String result = decision == null ? null
        : decision.text() != null ? decision.text() : Decisions.result(decision.kind());
    // the main paper is the item's own consultation; further papers' consultations name the item
    List<Consultation> shown = new ArrayList<>();
    for (Consultation consultation : item.consultations()) {
      if (consultation.paper().visibility().isPublic()
          && shown.stream().noneMatch(c -> c.paper().equals(consultation.paper()))) {
        shown.add(consultation); // a paper is consulted once at an item
      }
    }
    if (shown.size() > 2) {
      // the further papers in the order the reader finds their consultations: by their papers'
      // places in the export, those written already first
      List<Consultation> further = new ArrayList<>(shown.subList(1, shown.size()));
      further.sort(Comparator.comparingInt(c -> papers.position(c.paper())));
      shown.subList(1, shown.size()).clear();
      shown.addAll(further);
    }
    int k = 0;
    for (Consultation consultation : shown) {
      String consultationId = k == 0 ? ids.of("consultation", slug, slug)
          : ids.of("consultation", slug + "-" + (k + 1), slug + "\n" + k);
      if (k == 0) {
        a.put("consultation", consultationId);
      }
      // the item's result is its main paper's: a further paper's result is its own
      papers.consulted(new ExportPapers.ItemLink(item, a.get("id").stringValue(), consultationId,
          consultation, k == 0 ? result : null));
      k++;
    }
    if (result != null) {
      a.put("result", result);
    }
    if (item.resolutionText() != null) {
      a.put("resolutionText", item.resolutionText().asString());
    }
    files.one(a, "resolutionFile", item.resolutionFile());
    files.list(a, "auxiliaryFile", item.auxiliaryFiles());
    if (decision != null) {
      a.put(Vocabulary.EXT_DECISION_KIND, Importer.camel(decision.kind().name()));
    }
    extensions.write(a, item, shows(FieldKey.DATE) && shows(FieldKey.TIME)
        ? dateTime(meeting.start().toOffsetDateTime()) : null);
    stamp(a);
    return a;
  }

  private ObjectNode object(String type, String id) {
    return nodes.object(type, id);
  }

  private void stamp(ObjectNode o) {
    nodes.stamp(o);
  }

  private static void put(ObjectNode o, String name, @Nullable String value) {
    ExportNodes.put(o, name, value);
  }

  private static String dateTime(OffsetDateTime dateTime) {
    return ExportNodes.dateTime(dateTime);
  }

  private static OffsetDateTime writable(OffsetDateTime dateTime) {
    return ExportNodes.writable(dateTime);
  }
}
