package org.ratsinfo.oparl.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Person;
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
  private final String base;
  private final @Nullable OffsetDateTime timestamp;
  private final Set<FieldKey> withheld;
  private final ExportIds ids;
  private final ItemExtensionWriter extensions;

  private final Map<String, ObjectNode> organizations = new LinkedHashMap<>();
  private final Map<String, ObjectNode> persons = new LinkedHashMap<>();
  private final Map<String, ObjectNode> papers = new LinkedHashMap<>();

  private String bodyId = "";
  private @Nullable String created;

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
    this.base = base;
    this.timestamp = timestamp;
    this.withheld = withheld.isEmpty() ? EnumSet.noneOf(FieldKey.class) : EnumSet.copyOf(withheld);
    this.ids = new ExportIds(base);
    this.extensions = new ItemExtensionWriter(mapper, this.withheld, voteEvents);
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
    created = timestamp != null ? dateTime(timestamp)
        : showsWhen ? dateTime(when.toOffsetDateTime()) : null;
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
      organizationId = organization(meeting.organization());
      m.putArray("organization").add(organizationId);
    }
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
        items.add(agendaItem(item, meeting, meetingId, itemSlug, organizationId));
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
    data.addAll(papers.values());
    data.addAll(organizations.values());
    data.addAll(persons.values());
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
    bodyId = ids.of("body", slug, new Body(null, body.name(), body.shortName()));
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

  private ObjectNode agendaItem(AgendaItem item, Meeting meeting, String meetingId, String slug,
      @Nullable String organizationId) {
    ObjectNode a = object("AgendaItem", ids.of("agendaitem", slug, item.withVisibility(item.visibility())));
    if (shows(FieldKey.AGENDA_ITEM)) {
      a.put("number", item.number());
    }
    a.put("order", item.order());
    a.put("name", item.title());
    a.put("public", true);
    Consultation consultation = item.consultation();
    if (consultation != null && consultation.paper().visibility().isPublic()) {
      String consultationId = ids.of("consultation", slug, slug);
      a.put("consultation", consultationId);
      paper(consultation, consultationId, a.get("id").stringValue(), meetingId, organizationId);
    }
    Decision decision = shows(FieldKey.DECISION) ? item.decision() : null;
    if (decision != null) {
      a.put("result", decision.text() != null ? decision.text() : Decisions.result(decision.kind()));
    }
    if (item.resolutionText() != null) {
      a.put("resolutionText", item.resolutionText().asString());
    }
    if (decision != null) {
      a.put(Vocabulary.EXT_DECISION_KIND, Importer.camel(decision.kind().name()));
    }
    extensions.write(a, item, shows(FieldKey.DATE) && shows(FieldKey.TIME)
        ? dateTime(meeting.start().toOffsetDateTime()) : null);
    stamp(a);
    return a;
  }

  private void paper(Consultation consultation, String consultationId, String agendaItemId,
      String meetingId, @Nullable String organizationId) {
    Paper paper = consultation.paper();
    String paperId = ids.of("paper", ExportIds.slug(paper.reference()), paper.withClerk(paper.clerk()));
    ObjectNode p = papers.get(paperId);
    if (p == null) {
      p = object("Paper", paperId);
      p.put("body", bodyId);
      p.put("name", paper.title());
      p.put("reference", paper.reference());
      if (paper.date() != null && shows(FieldKey.PAPER_DATE)) {
        p.put("date", paper.date().toString());
      }
      if (shows(FieldKey.PAPER_TYPE)) {
        p.put("paperType", paper.paperType().name());
      }
      boolean originators = shows(FieldKey.ORIGINATORS);
      if (originators && !paper.originatorPersons().isEmpty()) {
        ArrayNode persons = p.putArray("originatorPerson");
        paper.originatorPersons().forEach(x -> persons.add(person(x)));
      }
      if (paper.leadDepartment() != null && shows(FieldKey.LEAD_DEPARTMENT)) {
        p.putArray("underDirectionOf").add(organization(paper.leadDepartment()));
      }
      if (originators && !paper.originatorOrganizations().isEmpty()) {
        ArrayNode organizations = p.putArray("originatorOrganization");
        paper.originatorOrganizations().forEach(x -> organizations.add(organization(x)));
      }
      p.putArray("consultation");
      if (paper.clerk() != null && shows(FieldKey.CLERK)) {
        p.put(Vocabulary.EXT_CLERK, person(paper.clerk()));
      }
      stamp(p);
      papers.put(paperId, p);
    }
    ObjectNode c = object("Consultation", consultationId);
    c.put("agendaItem", agendaItemId);
    c.put("meeting", meetingId);
    if (organizationId != null) {
      c.putArray("organization").add(organizationId);
    }
    c.put("authoritative", consultation.authoritative());
    if (shows(FieldKey.CONSULTATION_ROLE)) {
      put(c, "role", consultation.role());
    }
    stamp(c);
    ((ArrayNode) p.get("consultation")).add(c);
  }

  private String organization(Organization organization) {
    Organization value = new Organization(null, organization.name(), organization.shortName(),
        organization.type());
    String id = ids.of("organization", ExportIds.slug(organization.shortName() != null
        ? organization.shortName() : organization.name()), value);
    if (!organizations.containsKey(id)) {
      ObjectNode o = object("Organization", id);
      o.put("body", bodyId);
      o.put("name", organization.name());
      put(o, "shortName", organization.shortName());
      o.put("organizationType", Vocabulary.organizationType(organization.type()));
      stamp(o);
      organizations.put(id, o);
    }
    return id;
  }

  private String person(Person person) {
    Person value = new Person(null, person.formOfAddress(), person.title(), person.givenName(),
        person.familyName(), person.function());
    String id = ids.of("person", ExportIds.slug(name(person)), value);
    if (!persons.containsKey(id)) {
      ObjectNode p = object("Person", id);
      p.put("body", bodyId);
      p.put("name", name(person));
      p.put("familyName", person.familyName());
      put(p, "givenName", person.givenName());
      put(p, "formOfAddress", person.formOfAddress());
      if (person.title() != null) {
        p.putArray("title").add(person.title());
      }
      put(p, Vocabulary.EXT_FUNCTION, person.function());
      stamp(p);
      persons.put(id, p);
    }
    return id;
  }

  /** A person's {@code name} as the export writes it: the given name, if any, and the family name. */
  static String name(Person person) {
    return person.givenName() == null ? person.familyName() : person.givenName() + " " + person.familyName();
  }

  private ObjectNode object(String type, String id) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.put("type", Vocabulary.TYPE_PREFIX + type);
    return o;
  }

  private void stamp(ObjectNode o) {
    if (created != null) {
      o.put("created", created);
      o.put("modified", created);
    }
  }

  private static void put(ObjectNode o, String name, @Nullable String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  /** A date-time as OParl writes it, {@code yyyy-mm-ddThh:mm:ss±hh:mm}. */
  private static String dateTime(OffsetDateTime dateTime) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(writable(dateTime));
  }

  /**
   * The date-time itself, or, if its offset has seconds (local mean time, as zones had before about
   * 1900), which OParl's form cannot write, the same instant in UTC.
   */
  private static OffsetDateTime writable(OffsetDateTime dateTime) {
    return dateTime.getOffset().getTotalSeconds() % 60 == 0
        ? dateTime : dateTime.withOffsetSameInstant(ZoneOffset.UTC);
  }

}
