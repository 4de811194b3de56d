package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.json.JsonFormatException;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.oparl.OParlImportException;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.OParlObjectSource;
import org.ratsinfo.oparl.OParlWarning;
import tools.jackson.databind.JsonNode;

/**
 * One import: indexes every object of the documents by its {@code id}, then maps each meeting to the
 * model, resolving references in the index (and, for what is missing, through the object source).
 * Every deviation is a warning; a strict import throws them at the end. Not thread-safe; one per read.
 */
public final class Importer {

  /** What an import gives. */
  public record Result(List<MeetingExcerpts> meetings, List<OParlWarning> warnings, List<String> deleted) {}

  /** A parsed document and its name. */
  public record Document(String source, JsonNode root) {}

  /** An indexed object: its JSON, its short type, where it was found, and the paper it is part of. */
  private record Node(JsonNode json, String type, String where, boolean embedded, @Nullable String id,
      @Nullable Node parent) {

    /** The id, or where the object is if it has none: what warnings name. */
    String name() {
      return id != null ? id : where;
    }
  }

  private static final Pattern AGENDA_NUMBER = Pattern.compile(AgendaItem.NUMBER_PATTERN);
  private static final Pattern NUMBER_PREFIX =
      Pattern.compile("^(?:TOP|Top|top|Ö|N|ö|n)\\s*(?=[\\p{IsAlphabetic}\\p{IsDigit}])");
  private static final String PAPER_TYPE_STAND_IN = "Drucksache";

  private final boolean strict;
  private final ZoneId zone;
  private final OParlObjectSource source;
  private final @Nullable Body fallbackBody;
  private final Documents documents;

  private final Map<String, Node> index = new LinkedHashMap<>();
  private final List<Node> meetings = new ArrayList<>();
  private final Set<String> deleted = new LinkedHashSet<>();
  private final List<OParlWarning> warnings = new ArrayList<>();
  private final Set<String> warned = new HashSet<>();
  private final Set<String> asked = new HashSet<>();
  private final List<JsonNode> nextPages = new ArrayList<>();
  private final Map<String, Node> consultationByItem = new HashMap<>();
  private final Map<String, Paper> papers = new HashMap<>();
  private final Map<String, Person> persons = new HashMap<>();
  private final Map<String, Organization> organizations = new HashMap<>();

  /**
   * An import with the given settings.
   *
   * @param strict whether deviations reject the input
   * @param zone the time zone of date-times without offset
   * @param source where to look for objects the documents do not contain
   * @param fallbackBody the body of meetings whose body is not found, or {@code null}
   * @param documents the parser, for documents from the source
   */
  public Importer(boolean strict, ZoneId zone, OParlObjectSource source, @Nullable Body fallbackBody,
      Documents documents) {
    this.strict = strict;
    this.zone = zone;
    this.source = source;
    this.fallbackBody = fallbackBody;
    this.documents = documents;
  }

  /**
   * Imports the documents.
   *
   * @param input the parsed documents
   * @return the meetings, warnings and deleted objects
   * @throws IOException if the object source fails
   * @throws OParlImportException in strict mode, if the input deviates from the specification
   */
  public Result run(List<Document> input) throws IOException {
    for (Document document : input) {
      top(document.root(), document.source());
      followNextPages();
    }
    List<MeetingExcerpts> result = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      MeetingExcerpts meeting = meeting(meetings.get(i));
      if (meeting != null) {
        result.add(meeting);
      }
    }
    for (Node node : List.copyOf(index.values())) {
      if (node.type().equals("File")) {
        checkFile(node);
      }
    }
    if (strict) {
      List<OParlWarning> deviations = warnings.stream().filter(w -> w.issue().deviation()).toList();
      if (!deviations.isEmpty()) {
        throw new OParlImportException(deviations);
      }
    }
    return new Result(List.copyOf(result), List.copyOf(warnings), List.copyOf(deleted));
  }

  // -----------------------------------------------------------------------------------------------
  // Indexing

  private void top(JsonNode root, String source) {
    String where = source + " $";
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        element(root.get(i), source + " $[" + i + "]");
      }
    } else if (root.isObject() && !root.has("type") && root.has("data")) {
      nextPages.add(root.path("links").path("next"));
      JsonNode data = root.get("data");
      if (data.isArray()) {
        for (int i = 0; i < data.size(); i++) {
          element(data.get(i), source + " $.data[" + i + "]");
        }
      } else if (data.isObject()) {
        warn(where, "data", OParlIssue.SINGLE_VALUE_FOR_LIST);
        element(data, source + " $.data");
      } else {
        warn(where, "data", OParlIssue.WRONG_TYPE, key("kind.array"), kind(data));
      }
    } else if (root.isObject() && root.has("type")) {
      walk(root, where, false, null);
    } else {
      warn(where, "", OParlIssue.NOT_OPARL);
    }
  }

  private void element(JsonNode element, String where) {
    if (element.isObject()) {
      walk(element, where, false, null);
    } else if (element.isString() && element.stringValue().isEmpty()) {
      warn(where, "", OParlIssue.EMPTY_URL);
    } else {
      warn(where, "", OParlIssue.NOT_OPARL);
    }
  }

  /** Indexes an object and the objects embedded in it. */
  private void walk(JsonNode json, String where, boolean embedded, @Nullable Node parent) {
    JsonNode typeNode = json.get("type");
    String typeValue = typeNode != null && typeNode.isString() ? typeNode.stringValue() : null;
    JsonNode idNode = json.get("id");
    String id = idNode != null && idNode.isString() && !idNode.stringValue().isBlank()
        ? idNode.stringValue() : null;
    String name = id != null ? id : where;
    if (typeValue == null) {
      if (embedded) {
        return; // a value object such as geojson: not an OParl object
      }
      warn(name, "type", OParlIssue.NOT_OPARL);
      return;
    }
    String type;
    if (typeValue.startsWith(Vocabulary.TYPE_PREFIX)) {
      type = typeValue.substring(Vocabulary.TYPE_PREFIX.length());
    } else if (typeValue.startsWith(Vocabulary.TYPE_PREFIX_1_0)) {
      type = typeValue.substring(Vocabulary.TYPE_PREFIX_1_0.length());
      warn(name, "type", OParlIssue.OPARL_1_0, Messages.quote(typeValue));
    } else {
      type = "";
    }
    if (!Vocabulary.isType(type)) {
      if (!embedded || typeValue.startsWith("https://schema.oparl.org/")) {
        warn(name, "type", OParlIssue.UNKNOWN_TYPE, Messages.quote(typeValue));
      } // else a value object of another vocabulary, e.g. GeoJSON
      return;
    }
    JsonNode deletedNode = json.get("deleted");
    if (deletedNode != null && deletedNode.isBoolean() && deletedNode.booleanValue()) {
      deleted.add(name);
      return;
    }
    if (id == null) {
      warn(name, "id", OParlIssue.MISSING_ID);
    }
    Node node = new Node(json, type, where, embedded, id, parent);
    Set<String> known = Vocabulary.properties(type);
    for (Map.Entry<String, JsonNode> property : json.properties()) {
      String key = property.getKey();
      if (!known.contains(key) && key.indexOf(':') < 0) {
        warn(name, key, OParlIssue.UNKNOWN_PROPERTY, Messages.quote(key));
      }
    }
    if (id != null) {
      Node existing = index.get(id);
      if (existing == null) {
        index.put(id, node);
        if (type.equals("Meeting")) {
          meetings.add(node);
        }
      } else if (!existing.json().equals(json)) {
        if (!existing.embedded() && !embedded) {
          warn(id, "", OParlIssue.DUPLICATE_ID, existing.where(), where);
        } else if (json.size() > existing.json().size()) {
          // the fuller form of an object that is also embedded somewhere
          index.put(id, node);
          int at = meetings.indexOf(existing);
          if (at >= 0) {
            meetings.set(at, node);
          }
        }
      }
    } else if (type.equals("Meeting")) {
      meetings.add(node);
    }
    for (Map.Entry<String, JsonNode> property : json.properties()) {
      String key = property.getKey();
      if (key.startsWith(Vocabulary.EXTENSION_PREFIX) || !known.contains(key) || key.equals("geojson")) {
        continue;
      }
      JsonNode value = property.getValue();
      String path = where + Documents.segment(key);
      if (value.isObject()) {
        walk(value, path, true, node);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            walk(value.get(i), path + "[" + i + "]", true, node);
          }
        }
      }
    }
    if (type.equals("Consultation")) {
      String item = refQuiet(json, "agendaItem");
      if (item != null) {
        consultationByItem.putIfAbsent(item, node);
      }
    }
  }

  /**
   * Reads the pages that list pages name as {@code links.next}, through the object source: a list of
   * many pages is read from its first.
   */
  private void followNextPages() throws IOException {
    while (!nextPages.isEmpty()) {
      JsonNode next = nextPages.remove(0);
      if (!next.isString() || next.stringValue().isBlank() || !asked.add(next.stringValue())) {
        continue;
      }
      String url = next.stringValue();
      String json = source.find(url);
      if (json != null) {
        top(documents.parse(new StringReader(json), url), url);
      }
    }
  }

  /** The object of an id: from the index, or from the object source; {@code null} if neither has it. */
  private @Nullable Node resolve(String id, String from, String field) throws IOException {
    Node node = index.get(id);
    if (node != null) {
      return node;
    }
    if (deleted.contains(id)) {
      return null;
    }
    if (asked.add(id)) {
      String json = source.find(id);
      if (json != null) {
        JsonNode root = documents.parse(new StringReader(json), id);
        int before = meetings.size();
        top(root, id);
        nextPages.clear();
        // meetings found through references are not imported on their own
        while (meetings.size() > before) {
          meetings.remove(meetings.size() - 1);
        }
        node = index.get(id);
        if (node != null || deleted.contains(id)) {
          return node;
        }
      }
    }
    warn(from, field, OParlIssue.UNRESOLVED_REFERENCE, Messages.quote(id));
    return null;
  }

  /** The object a single reference names: a URL, or an embedded object. */
  private @Nullable Node resolveRef(Node owner, String field) throws IOException {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      if (value.isEmpty()) {
        return null;
      }
      warn(owner.name(), field, OParlIssue.LIST_FOR_SINGLE_VALUE);
      value = value.get(0);
    }
    return resolveValue(owner, field, value);
  }

  /** The objects a list of references names; a single reference is read as a list of one. */
  private List<Node> resolveList(Node owner, String field) throws IOException {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<JsonNode> elements = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(elements::add);
    } else {
      warn(owner.name(), field, OParlIssue.SINGLE_VALUE_FOR_LIST);
      elements.add(value);
    }
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      Node node = resolveValue(owner, value.isArray() ? field + "[" + i + "]" : field, elements.get(i));
      if (node != null) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private @Nullable Node resolveValue(Node owner, String field, JsonNode value) throws IOException {
    if (value.isString()) {
      String url = value.stringValue();
      if (url.isBlank()) {
        warn(owner.name(), field, OParlIssue.EMPTY_URL);
        return null;
      }
      return resolve(url, owner.name(), field);
    }
    if (value.isObject()) {
      JsonNode id = value.get("id");
      if (id != null && id.isString() && !id.stringValue().isBlank()) {
        if (deleted.contains(id.stringValue())) {
          return null;
        }
        Node indexed = index.get(id.stringValue());
        if (indexed != null) {
          return indexed;
        }
      }
      JsonNode deletedNode = value.get("deleted");
      if (deletedNode != null && deletedNode.isBoolean() && deletedNode.booleanValue()) {
        return null;
      }
      JsonNode type = value.get("type");
      String typeName = type != null && type.isString() ? shortType(type.stringValue()) : "";
      if (!Vocabulary.isType(typeName)) {
        return null; // warned while indexing
      }
      return new Node(value, typeName, owner.where() + Documents.segment(field), true, null, owner);
    }
    warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.url"), kind(value));
    return null;
  }

  private static String shortType(String type) {
    if (type.startsWith(Vocabulary.TYPE_PREFIX)) {
      return type.substring(Vocabulary.TYPE_PREFIX.length());
    }
    if (type.startsWith(Vocabulary.TYPE_PREFIX_1_0)) {
      return type.substring(Vocabulary.TYPE_PREFIX_1_0.length());
    }
    return "";
  }

  /** A single reference's URL, without warnings (for the reverse index while indexing). */
  private static @Nullable String refQuiet(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value != null && value.isArray() && value.size() == 1) {
      value = value.get(0);
    }
    if (value != null && value.isString() && !value.stringValue().isBlank()) {
      return value.stringValue();
    }
    if (value != null && value.isObject() && value.get("id") != null && value.get("id").isString()) {
      return value.get("id").stringValue();
    }
    return null;
  }

  // -----------------------------------------------------------------------------------------------
  // Mapping

  private @Nullable MeetingExcerpts meeting(Node m) throws IOException {
    String name = string(m, "name");
    ZonedDateTime start = dateTime(m, "start");
    if (start == null) {
      warn(m.name(), "start", OParlIssue.MEETING_SKIPPED);
      return null;
    }
    ZonedDateTime end = dateTime(m, "end");
    MeetingState state = null;
    String stateValue = string(m, "meetingState");
    if (stateValue != null) {
      state = Vocabulary.meetingState(stateValue);
      if (state == null) {
        warn(m.name(), "meetingState", OParlIssue.INVALID_VALUE, Messages.quote(stateValue),
            "terminiert, eingeladen, durchgeführt");
      }
    }
    Boolean cancelled = bool(m, "cancelled");
    Location location = null;
    Node locationNode = resolveRef(m, "location");
    if (locationNode != null) {
      location = location(locationNode);
    }
    Organization organization = null;
    Node organizationNode = null;
    for (Node o : resolveList(m, "organization")) {
      if (organizationNode == null) {
        organizationNode = o;
        organization = organization(o);
      }
    }
    if (organization == null) {
      String standIn = name != null ? name : Messages.quote(m.name());
      warn(m.name(), "organization", OParlIssue.MISSING_FOR_MODEL, "organization", Messages.quote(standIn));
      organization = new Organization(null, standIn, null, OrganizationType.COMMITTEE);
    }
    List<AgendaItem> agenda = new ArrayList<>();
    int position = 0;
    for (Node item : resolveList(m, "agendaItem")) {
      AgendaItem mapped = agendaItem(item, position, m);
      if (mapped != null) {
        agenda.add(mapped);
      }
      position++;
    }
    MeetingPublicity publicity = publicity(m, agenda);
    Meeting meeting = Meeting.builder()
        .id(m.id())
        .name(name)
        .organization(organization)
        .occasion(extensionString(m, Vocabulary.EXT_OCCASION))
        .start(start)
        .end(end)
        .location(location)
        .state(state)
        .cancelled(cancelled != null && cancelled)
        .publicity(publicity)
        .agenda(agenda)
        .build();
    return new MeetingExcerpts(body(m, organizationNode, organization), meeting, Audience.PUBLIC);
  }

  private MeetingPublicity publicity(Node m, List<AgendaItem> agenda) {
    String value = extensionString(m, Vocabulary.EXT_PUBLICITY);
    if (value != null) {
      for (MeetingPublicity p : MeetingPublicity.values()) {
        if (camel(p.name()).equals(value)) {
          return p;
        }
      }
      warn(m.name(), Vocabulary.EXT_PUBLICITY, OParlIssue.INVALID_EXTENSION);
    }
    boolean anyPublic = agenda.stream().anyMatch(i -> i.visibility().isPublic());
    boolean anyNonPublic = agenda.stream().anyMatch(i -> !i.visibility().isPublic());
    if (anyNonPublic) {
      return anyPublic ? MeetingPublicity.PUBLIC_AND_NON_PUBLIC : MeetingPublicity.NON_PUBLIC;
    }
    return MeetingPublicity.PUBLIC;
  }

  private Body body(Node meeting, @Nullable Node organizationNode, Organization organization)
      throws IOException {
    if (organizationNode != null) {
      Node bodyNode = resolveRef(organizationNode, "body");
      if (bodyNode != null && bodyNode.type().equals("Body")) {
        return body(bodyNode);
      }
    }
    List<Node> bodies = index.values().stream().filter(n -> n.type().equals("Body")).toList();
    if (bodies.size() == 1) {
      return body(bodies.get(0));
    }
    if (fallbackBody != null) {
      return fallbackBody;
    }
    warn(meeting.name(), "organization", OParlIssue.NO_BODY, Messages.quote(organization.name()));
    return Body.of(organization.name());
  }

  private Body body(Node b) {
    String name = string(b, "name");
    String shortName = string(b, "shortName");
    if (name == null) {
      name = shortName != null ? shortName : lastSegment(b.name());
      warn(b.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(name));
    }
    return new Body(b.id(), name, shortName);
  }

  private @Nullable AgendaItem agendaItem(Node ai, int position, Node meeting) throws IOException {
    if (!ai.type().equals("AgendaItem")) {
      warn(ai.name(), "type", OParlIssue.CONTRADICTION, key("contradiction.notAgendaItem"));
      return null;
    }
    String backReference = refQuiet(ai.json(), "meeting");
    if (backReference != null && meeting.id() != null && !backReference.equals(meeting.id())) {
      warn(ai.name(), "meeting", OParlIssue.CONTRADICTION, key("contradiction.meeting"));
    }
    Integer order = integer(ai, "order");
    JsonNode orderNode = ai.json().get("order");
    if (orderNode == null || orderNode.isNull()) {
      warn(ai.name(), "order", OParlIssue.MISSING_ORDER, Integer.toString(position));
      order = position;
    } else if (order == null || order < 0) {
      order = position;
    }
    String number = agendaNumber(ai, position);
    Consultation consultation = consultation(ai);
    String title = string(ai, "name");
    if (title == null) {
      title = consultation != null ? consultation.paper().title() : "TOP " + number;
      warn(ai.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(title));
    }
    Boolean isPublic = bool(ai, "public");
    Visibility visibility = isPublic == null || isPublic ? Visibility.PUBLIC : Visibility.NON_PUBLIC;
    String resolution = string(ai, "resolutionText");
    Text resolutionText = resolution == null || Text.of(resolution).isEmpty() ? null : Text.of(resolution);
    ItemContent content = null;
    Inquiry inquiry = extension(ai, Vocabulary.EXT_INQUIRY, Inquiry.class);
    if (inquiry != null) {
      content = inquiry;
    } else {
      content = extension(ai, Vocabulary.EXT_TEXT_CONTENT, TextContent.class);
    }
    return AgendaItem.builder()
        .id(ai.id())
        .number(number)
        .visibility(visibility)
        .order(order)
        .title(title)
        .consultation(consultation)
        .decision(decision(ai))
        .resolutionText(resolutionText)
        .voteTally(extension(ai, Vocabulary.EXT_VOTE_TALLY, VoteTally.class))
        .content(content)
        .build();
  }

  private String agendaNumber(Node ai, int position) {
    String raw = string(ai, "number");
    String standIn = Integer.toString(position + 1);
    if (raw == null) {
      warn(ai.name(), "number", OParlIssue.MISSING_FOR_MODEL, "number", standIn);
      return standIn;
    }
    String number = raw.strip();
    if (AGENDA_NUMBER.matcher(number).matches() && number.length() <= 20) {
      return number;
    }
    String cleaned = NUMBER_PREFIX.matcher(number).replaceFirst("")
        .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", ".")
        .replaceAll("^\\.+|\\.+$", "");
    if (cleaned.isEmpty() || cleaned.length() > 20) {
      cleaned = standIn;
    }
    warn(ai.name(), "number", OParlIssue.AGENDA_NUMBER_CLEANED, Messages.quote(raw), cleaned);
    return cleaned;
  }

  private @Nullable Decision decision(Node ai) {
    String result = string(ai, "result");
    String kindName = extensionString(ai, Vocabulary.EXT_DECISION_KIND);
    DecisionKind kind = null;
    if (kindName != null) {
      for (DecisionKind k : DecisionKind.values()) {
        if (camel(k.name()).equals(kindName)) {
          kind = k;
        }
      }
      if (kind == null) {
        warn(ai.name(), Vocabulary.EXT_DECISION_KIND, OParlIssue.INVALID_EXTENSION);
      }
    }
    if (kind != null) {
      if (kind == DecisionKind.OTHER) {
        return result == null ? null : Decision.other(result);
      }
      return new Decision(kind, result == null || result.equals(Vocabulary.result(kind)) ? null : result);
    }
    if (result == null) {
      return null;
    }
    DecisionKind named = Vocabulary.decisionKind(result);
    return named != null ? Decision.of(named) : Decision.other(result);
  }

  private @Nullable Consultation consultation(Node ai) throws IOException {
    Node c = resolveRef(ai, "consultation");
    if (c == null && ai.id() != null) {
      c = consultationByItem.get(ai.id());
    }
    if (c == null) {
      return null;
    }
    if (!c.type().equals("Consultation")) {
      warn(ai.name(), "consultation", OParlIssue.CONTRADICTION, key("contradiction.notConsultation"));
      return null;
    }
    String item = refQuiet(c.json(), "agendaItem");
    if (item != null && ai.id() != null && !item.equals(ai.id())) {
      warn(c.name(), "agendaItem", OParlIssue.CONTRADICTION, key("contradiction.agendaItem"));
    }
    Node paperNode = resolveRef(c, "paper");
    if (paperNode == null && c.parent() != null && c.parent().type().equals("Paper")) {
      paperNode = c.parent();
    }
    if (paperNode == null) {
      return null;
    }
    if (!paperNode.type().equals("Paper")) {
      warn(c.name(), "paper", OParlIssue.CONTRADICTION, key("contradiction.notPaper"));
      return null;
    }
    Paper paper = paper(paperNode);
    Boolean authoritative = bool(c, "authoritative");
    return new Consultation(paper, string(c, "role"), authoritative != null && authoritative);
  }

  private Paper paper(Node p) throws IOException {
    Paper cached = p.id() == null ? null : papers.get(p.id());
    if (cached != null) {
      return cached;
    }
    String title = string(p, "name");
    String reference = string(p, "reference");
    if (reference == null) {
      reference = lastSegment(p.name());
      warn(p.name(), "reference", OParlIssue.MISSING_FOR_MODEL, "reference", Messages.quote(reference));
    }
    if (title == null) {
      title = reference;
      warn(p.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(title));
    }
    String type = string(p, "paperType");
    if (type == null) {
      type = PAPER_TYPE_STAND_IN;
      warn(p.name(), "paperType", OParlIssue.MISSING_FOR_MODEL, "paperType", type);
    }
    List<Person> originatorPersons = new ArrayList<>();
    for (Node n : resolveList(p, "originatorPerson")) {
      if (checkType(n, "Person", p, "originatorPerson")) {
        originatorPersons.add(person(n));
      }
    }
    List<Organization> originatorOrganizations = new ArrayList<>();
    for (Node n : resolveList(p, "originatorOrganization")) {
      if (checkType(n, "Organization", p, "originatorOrganization")) {
        originatorOrganizations.add(organization(n));
      }
    }
    Organization lead = null;
    for (Node n : resolveList(p, "underDirectionOf")) {
      if (lead == null && checkType(n, "Organization", p, "underDirectionOf")) {
        lead = organization(n);
      }
    }
    Person clerk = null;
    String clerkId = extensionString(p, Vocabulary.EXT_CLERK);
    if (clerkId != null) {
      Node n = resolve(clerkId, p.name(), Vocabulary.EXT_CLERK);
      if (n != null && checkType(n, "Person", p, Vocabulary.EXT_CLERK)) {
        clerk = person(n);
      }
    }
    Paper paper = Paper.builder()
        .id(p.id())
        .reference(reference)
        .title(title)
        .paperType(PaperType.of(type))
        .visibility(Visibility.PUBLIC)
        .date(date(p, "date"))
        .originatorPersons(originatorPersons)
        .originatorOrganizations(originatorOrganizations)
        .leadDepartment(lead)
        .clerk(clerk)
        .build();
    if (p.id() != null) {
      papers.put(p.id(), paper);
    }
    return paper;
  }

  private boolean checkType(Node n, String type, Node owner, String field) {
    if (n.type().equals(type)) {
      return true;
    }
    warn(owner.name(), field, OParlIssue.CONTRADICTION, key("contradiction.type." + type));
    return false;
  }

  private Person person(Node p) {
    Person cached = p.id() == null ? null : persons.get(p.id());
    if (cached != null) {
      return cached;
    }
    String familyName = string(p, "familyName");
    String givenName = string(p, "givenName");
    String name = string(p, "name");
    if (familyName == null) {
      if (name != null) {
        String[] words = name.strip().split("\\s+");
        familyName = words[words.length - 1];
      } else {
        familyName = lastSegment(p.name());
      }
      warn(p.name(), "familyName", OParlIssue.MISSING_FOR_MODEL, "familyName", Messages.quote(familyName));
    }
    List<String> titles = strings(p, "title");
    Person person = new Person(p.id(), string(p, "formOfAddress"),
        titles.isEmpty() ? null : String.join(" ", titles), givenName, familyName,
        extensionString(p, Vocabulary.EXT_FUNCTION));
    if (p.id() != null) {
      persons.put(p.id(), person);
    }
    return person;
  }

  private Organization organization(Node o) {
    Organization cached = o.id() == null ? null : organizations.get(o.id());
    if (cached != null) {
      return cached;
    }
    if (!o.type().equals("Organization")) {
      warn(o.name(), "type", OParlIssue.CONTRADICTION, key("contradiction.type.Organization"));
    }
    String name = string(o, "name");
    String shortName = string(o, "shortName");
    if (name == null) {
      name = shortName != null ? shortName : lastSegment(o.name());
      warn(o.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(name));
    }
    String typeValue = string(o, "organizationType");
    OrganizationType type = typeValue == null ? null : Vocabulary.organizationType(typeValue);
    if (type == null) {
      String classification = string(o, "classification");
      type = classification == null ? null : Vocabulary.organizationType(classification);
    }
    Organization organization = new Organization(o.id(), name, shortName,
        type == null ? OrganizationType.OTHER : type);
    if (o.id() != null) {
      organizations.put(o.id(), organization);
    }
    return organization;
  }

  private @Nullable Location location(Node l) {
    if (!l.type().equals("Location")) {
      warn(l.name(), "type", OParlIssue.CONTRADICTION, key("contradiction.type.Location"));
      return null;
    }
    Location location = new Location(string(l, "description"), string(l, "room"),
        string(l, "streetAddress"), string(l, "postalCode"), string(l, "locality"));
    if (location.description() == null && location.room() == null && location.streetAddress() == null
        && location.postalCode() == null && location.locality() == null) {
      return null;
    }
    return location;
  }

  /** Files are not part of the model; their quirks are reported all the same. */
  private void checkFile(Node f) {
    String mimeType = string(f, "mimeType");
    if (mimeType != null && mimeType.indexOf('/') < 0) {
      String real = Vocabulary.mimeTypeOfExtension(mimeType);
      if (real != null) {
        warn(f.name(), "mimeType", OParlIssue.MIME_TYPE_AS_EXTENSION, Messages.quote(mimeType), real);
      } else {
        warn(f.name(), "mimeType", OParlIssue.INVALID_VALUE, Messages.quote(mimeType), "type/subtype");
      }
    }
    for (String field : List.of("accessUrl", "downloadUrl", "externalServiceUrl")) {
      JsonNode url = f.json().get(field);
      if (url != null && url.isString() && url.stringValue().isBlank()) {
        warn(f.name(), field, OParlIssue.EMPTY_URL);
      }
    }
    JsonNode access = f.json().get("accessUrl");
    if (access == null || access.isNull()) {
      warn(f.name(), "accessUrl", OParlIssue.MISSING_PROPERTY, "accessUrl");
    }
    date(f, "date");
  }

  // -----------------------------------------------------------------------------------------------
  // Values

  /** A string property; a number or boolean is converted with a warning; blank is absent. */
  private @Nullable String string(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isString()) {
      String s = value.stringValue();
      return s.isBlank() ? null : s;
    }
    if (value.isNumber() || value.isBoolean()) {
      warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.string"), kind(value));
      return value.asString();
    }
    if (value.isArray() && value.size() == 1 && value.get(0).isString()) {
      warn(owner.name(), field, OParlIssue.LIST_FOR_SINGLE_VALUE);
      String s = value.get(0).stringValue();
      return s.isBlank() ? null : s;
    }
    warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.string"), kind(value));
    return null;
  }

  /** A list of strings; a single string is a list of one, with a warning. */
  private List<String> strings(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isString()) {
      warn(owner.name(), field, OParlIssue.SINGLE_VALUE_FOR_LIST);
      return value.stringValue().isBlank() ? List.of() : List.of(value.stringValue().strip());
    }
    if (!value.isArray()) {
      warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.array"), kind(value));
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode element : value) {
      if (element.isString()) {
        if (!element.stringValue().isBlank()) {
          strings.add(element.stringValue().strip());
        }
      } else {
        warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.string"), kind(element));
      }
    }
    return strings;
  }

  private @Nullable Boolean bool(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.boolean"), kind(value));
    if (value.isString()) {
      String s = value.stringValue().strip().toLowerCase(Locale.ROOT);
      if (s.equals("true") || s.equals("1")) {
        return true;
      }
      if (s.equals("false") || s.equals("0")) {
        return false;
      }
    }
    return null;
  }

  private @Nullable Integer integer(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      int i = value.intValue();
      if (i < 0) {
        warn(owner.name(), field, OParlIssue.INVALID_VALUE, Integer.toString(i), key("kind.order"));
        return null;
      }
      return i;
    }
    warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.integer"), kind(value));
    if (value.isString()) {
      try {
        int i = Integer.parseInt(value.stringValue().strip());
        return i < 0 ? null : i;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A date-time; without offset it is read in the time zone, with a warning. */
  private @Nullable ZonedDateTime dateTime(Node owner, String field) {
    String text = string(owner, field);
    if (text == null) {
      return null;
    }
    try {
      OffsetDateTime odt = OffsetDateTime.parse(text.strip());
      ZoneOffset offset = zone.getRules().getOffset(odt.toInstant());
      return offset.equals(odt.getOffset()) ? odt.atZoneSameInstant(zone) : odt.toZonedDateTime();
    } catch (DateTimeException e) {
      // try without offset
    }
    try {
      LocalDateTime local = LocalDateTime.parse(text.strip());
      warn(owner.name(), field, OParlIssue.DATE_TIME_WITHOUT_OFFSET, Messages.quote(text), zone.getId());
      return local.atZone(zone);
    } catch (DateTimeException e) {
      warn(owner.name(), field, OParlIssue.INVALID_VALUE, Messages.quote(text), key("kind.dateTime"));
      return null;
    }
  }

  /** A date; a date-time is read as its date, with a warning. */
  private @Nullable LocalDate date(Node owner, String field) {
    String text = string(owner, field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      ZonedDateTime dateTime = dateTime(owner, field);
      if (dateTime != null) {
        warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.date"), key("kind.dateTime"));
        return dateTime.toLocalDate();
      }
      return null;
    }
  }

  private @Nullable String extensionString(Node owner, String field) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      warn(owner.name(), field, OParlIssue.INVALID_EXTENSION);
      return null;
    }
    return value.stringValue().isBlank() ? null : value.stringValue();
  }

  /** One of ratsinfo's extension properties, in the native JSON form of the model type. */
  private <T extends Record> @Nullable T extension(Node owner, String field, Class<T> type) {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    try {
      return RatsinfoJson.standard().read(value.toString(), type);
    } catch (JsonFormatException e) {
      warn(owner.name(), field, OParlIssue.INVALID_EXTENSION);
      return null;
    }
  }

  private static String lastSegment(String id) {
    String s = id.strip();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    int slash = s.lastIndexOf('/');
    String last = slash >= 0 ? s.substring(slash + 1) : s;
    return Messages.quote(last.isBlank() ? id : last);
  }

  static String camel(String constant) {
    StringBuilder out = new StringBuilder(constant.length());
    boolean upper = false;
    for (char c : constant.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return out.toString();
  }

  // -----------------------------------------------------------------------------------------------
  // Warnings

  /** A message argument that is itself a message key. */
  static String key(String key) {
    return "\0" + key;
  }

  private static String kind(JsonNode value) {
    if (value.isObject()) {
      return key("kind.object");
    }
    if (value.isArray()) {
      return key("kind.array");
    }
    if (value.isString()) {
      return key("kind.string");
    }
    if (value.isIntegralNumber()) {
      return key("kind.integer");
    }
    if (value.isNumber()) {
      return key("kind.decimal");
    }
    if (value.isBoolean()) {
      return key("kind.boolean");
    }
    return key("kind.null");
  }

  private void warn(String objectId, String field, OParlIssue issue, String... arguments) {
    // the same problem of the same object is reported once, however often the object is read
    String identity = objectId + "\n" + field + "\n" + issue + "\n" + String.join("\n", arguments);
    if (warned.add(identity)) {
      warnings.add(new OParlWarning(objectId, field, issue, List.of(arguments)));
    }
  }
}
