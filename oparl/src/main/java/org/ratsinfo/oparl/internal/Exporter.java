package org.ratsinfo.oparl.internal;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
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
  private final boolean voteEvents;

  /** Values already given an id, by kind and value (without its source id). */
  private final Map<String, String> ids = new HashMap<>();
  /** Ids already used. */
  private final Map<String, Object> used = new HashMap<>();
  private final Map<String, ObjectNode> organizations = new LinkedHashMap<>();
  private final Map<String, ObjectNode> persons = new LinkedHashMap<>();
  private final Map<String, ObjectNode> papers = new LinkedHashMap<>();

  private String bodyId = "";
  private String created = "";

  /**
   * An export.
   *
   * @param mapper the mapper that makes the nodes, with {@code RatsinfoModule} for the values that
   *     ratsinfo's extension properties hold in the native format
   * @param base the base URL, ending with {@code /}
   * @param timestamp the {@code created} and {@code modified} of every object, or {@code null} for the
   *     meeting's end (or start)
   * @param voteEvents whether to write Popolo vote events
   */
  public Exporter(JsonMapper mapper, String base, @Nullable OffsetDateTime timestamp, boolean voteEvents) {
    this.mapper = mapper;
    this.base = base;
    this.timestamp = timestamp;
    this.voteEvents = voteEvents;
  }

  /** The list page of a meeting. */
  public ObjectNode export(MeetingExcerpts excerpts) {
    Meeting meeting = excerpts.meeting();
    ZonedDateTime when = meeting.end() != null ? meeting.end() : meeting.start();
    created = dateTime(timestamp != null ? timestamp : when.toOffsetDateTime());
    ObjectNode body = body(excerpts.body());
    String meetingSlug = meeting.start().toLocalDate() + "-"
        + slug(meeting.organization().shortName() != null
            ? meeting.organization().shortName() : meeting.organization().name());
    String meetingId = id("meeting", meetingSlug, meeting.withAgenda(List.of()));
    ObjectNode m = object("Meeting", meetingId);
    put(m, "name", meeting.name());
    if (meeting.state() != null) {
      m.put("meetingState", Vocabulary.meetingState(meeting.state()));
    }
    m.put("cancelled", meeting.cancelled());
    m.put("start", dateTime(meeting.start().toOffsetDateTime()));
    if (meeting.end() != null) {
      m.put("end", dateTime(meeting.end().toOffsetDateTime()));
    }
    Location place = meeting.location();
    if (place != null && (place.description() != null || place.room() != null
        || place.streetAddress() != null || place.postalCode() != null || place.locality() != null)) {
      m.set("location", location(place, meetingSlug));
    }
    String organizationId = organization(meeting.organization());
    m.putArray("organization").add(organizationId);
    ArrayNode items = m.putArray("agendaItem");
    for (AgendaItem item : meeting.agenda()) {
      if (item.visibility().isPublic()) {
        items.add(agendaItem(item, meeting, meetingId, meetingSlug, organizationId));
      }
    }
    put(m, Vocabulary.EXT_OCCASION, meeting.occasion());
    m.put(Vocabulary.EXT_PUBLICITY, Importer.camel(meeting.publicity().name()));
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
    String slug = slug(body.shortName() != null ? body.shortName() : body.name());
    bodyId = id("body", slug, new Body(null, body.name(), body.shortName()));
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

  private ObjectNode location(Location location, String meetingSlug) {
    ObjectNode l = object("Location", id("location", meetingSlug, location));
    put(l, "description", location.description());
    put(l, "room", location.room());
    put(l, "streetAddress", location.streetAddress());
    put(l, "postalCode", location.postalCode());
    put(l, "locality", location.locality());
    stamp(l);
    return l;
  }

  private ObjectNode agendaItem(AgendaItem item, Meeting meeting, String meetingId, String meetingSlug,
      String organizationId) {
    String slug = meetingSlug + "-" + slug(item.number());
    ObjectNode a = object("AgendaItem", id("agendaitem", slug, item.withVisibility(item.visibility())));
    a.put("number", item.number());
    a.put("order", item.order());
    a.put("name", item.title());
    a.put("public", true);
    Consultation consultation = item.consultation();
    if (consultation != null && consultation.paper().visibility().isPublic()) {
      String consultationId = id("consultation", slug, slug);
      a.put("consultation", consultationId);
      paper(consultation, consultationId, a.get("id").stringValue(), meetingId, organizationId);
    }
    Decision decision = item.decision();
    if (decision != null) {
      a.put("result", decision.text() != null ? decision.text() : Vocabulary.result(decision.kind()));
    }
    if (item.resolutionText() != null) {
      a.put("resolutionText", item.resolutionText().asString());
    }
    if (decision != null) {
      a.put(Vocabulary.EXT_DECISION_KIND, Importer.camel(decision.kind().name()));
    }
    VoteTally tally = item.voteTally();
    if (tally != null) {
      a.set(Vocabulary.EXT_VOTE_TALLY, nativeJson(tally));
      if (voteEvents && tally.voteTaken()) {
        a.set(Vocabulary.EXT_VOTE_EVENT, voteEvent(tally, item, meeting));
      }
    }
    if (item.content() instanceof Inquiry inquiry) {
      a.set(Vocabulary.EXT_INQUIRY, nativeJson(inquiry));
    } else if (item.content() instanceof TextContent text) {
      a.set(Vocabulary.EXT_TEXT_CONTENT, nativeJson(text));
    }
    stamp(a);
    return a;
  }

  private void paper(Consultation consultation, String consultationId, String agendaItemId,
      String meetingId, String organizationId) {
    Paper paper = consultation.paper();
    String paperId = id("paper", slug(paper.reference()), paper.withClerk(paper.clerk()));
    ObjectNode p = papers.get(paperId);
    if (p == null) {
      p = object("Paper", paperId);
      p.put("body", bodyId);
      p.put("name", paper.title());
      p.put("reference", paper.reference());
      if (paper.date() != null) {
        p.put("date", paper.date().toString());
      }
      p.put("paperType", paper.paperType().name());
      if (!paper.originatorPersons().isEmpty()) {
        ArrayNode persons = p.putArray("originatorPerson");
        paper.originatorPersons().forEach(x -> persons.add(person(x)));
      }
      if (paper.leadDepartment() != null) {
        p.putArray("underDirectionOf").add(organization(paper.leadDepartment()));
      }
      if (!paper.originatorOrganizations().isEmpty()) {
        ArrayNode organizations = p.putArray("originatorOrganization");
        paper.originatorOrganizations().forEach(x -> organizations.add(organization(x)));
      }
      p.putArray("consultation");
      if (paper.clerk() != null) {
        p.put(Vocabulary.EXT_CLERK, person(paper.clerk()));
      }
      stamp(p);
      papers.put(paperId, p);
    }
    ObjectNode c = object("Consultation", consultationId);
    c.put("agendaItem", agendaItemId);
    c.put("meeting", meetingId);
    c.putArray("organization").add(organizationId);
    c.put("authoritative", consultation.authoritative());
    put(c, "role", consultation.role());
    stamp(c);
    ((ArrayNode) p.get("consultation")).add(c);
  }

  private String organization(Organization organization) {
    Organization value = new Organization(null, organization.name(), organization.shortName(),
        organization.type());
    String id = id("organization", slug(organization.shortName() != null
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
    String id = id("person", slug(person.givenName() == null
        ? person.familyName() : person.givenName() + " " + person.familyName()), value);
    if (!persons.containsKey(id)) {
      ObjectNode p = object("Person", id);
      p.put("body", bodyId);
      p.put("name", person.givenName() == null
          ? person.familyName() : person.givenName() + " " + person.familyName());
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

  /** A Popolo VoteEvent: counts per option, and per group. */
  private ObjectNode voteEvent(VoteTally tally, AgendaItem item, Meeting meeting) {
    ObjectNode e = mapper.createObjectNode();
    e.put("identifier", item.number());
    e.putObject("motion").put("text", item.title());
    e.put("start_date", dateTime(meeting.start().toOffsetDateTime()));
    tally.outcome().ifPresent(o -> e.put("result", o == VoteOutcome.ADOPTED ? "pass" : "fail"));
    tally.total().ifPresent(total -> e.set("counts", counts(total)));
    ArrayNode groups = e.putArray("group_results");
    for (VotingGroup group : tally.groups()) {
      if (group.counts() != null) {
        ObjectNode g = groups.addObject();
        g.putObject("group").put("name", group.name());
        g.set("counts", counts(group.counts()));
      }
    }
    return e;
  }

  private ArrayNode counts(VoteCounts counts) {
    ArrayNode array = mapper.createArrayNode();
    count(array, "yes", counts.yes());
    count(array, "no", counts.no());
    count(array, "abstain", counts.abstentions());
    if (counts.absent() != null) {
      count(array, "absent", counts.absent());
    }
    if (counts.biased() != null) {
      count(array, "not voting", counts.biased());
    }
    return array;
  }

  private static void count(ArrayNode array, String option, int value) {
    ObjectNode c = array.addObject();
    c.put("option", option);
    c.put("value", value);
  }

  /** A model value in the native format, as a tree: straight from the data binding. */
  private JsonNode nativeJson(Object modelValue) {
    return mapper.valueToTree(modelValue);
  }

  private ObjectNode object(String type, String id) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.put("type", Vocabulary.TYPE_PREFIX + type);
    return o;
  }

  private void stamp(ObjectNode o) {
    o.put("created", created);
    o.put("modified", created);
  }

  private static void put(ObjectNode o, String name, @Nullable String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  private static String dateTime(OffsetDateTime dateTime) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
  }

  /**
   * The id of a value of a kind: the same value always gets the same id; a different value whose slug
   * is taken gets the slug with {@code -2}, {@code -3} … appended.
   */
  private String id(String kind, String slug, Object value) {
    String key = kind + "\n" + value;
    String known = ids.get(key);
    if (known != null) {
      return known;
    }
    String candidate = base + kind + "/" + slug;
    for (int n = 2; used.containsKey(candidate); n++) {
      candidate = base + kind + "/" + slug + "-" + n;
    }
    used.put(candidate, value);
    ids.put(key, candidate);
    return candidate;
  }

  /** A path segment of letters, digits, dots and hyphens: "Rat der Stadt" is "rat-der-stadt". */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("[-.]+$", "");
    }
    return s.isEmpty() ? "x" : s;
  }
}
