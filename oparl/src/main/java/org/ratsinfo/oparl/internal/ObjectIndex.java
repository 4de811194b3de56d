package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;
import static org.ratsinfo.oparl.internal.Warnings.kind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.OParlObjectSource;
import org.ratsinfo.oparl.internal.Locations.Element;
import org.ratsinfo.oparl.internal.Locations.Place;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every object of one import by its {@code id}: the objects of the documents, the objects embedded in
 * them, and what the object source provides on demand. Resolves references. It reads each document
 * once, element by element, checks every object as it goes, and keeps only where each object stands
 * ({@link Locations}): the objects are parsed again when the mapping needs them, so that the memory of
 * an import grows with the number of ids, not with the size of the input. Not thread-safe; one per
 * import.
 */
final class ObjectIndex {

  private final Warnings warnings;
  private final Values values;
  private final OParlObjectSource source;
  private final ElementStream stream;
  private final Locations locations;
  private final ListPages pages;
  private final SchemaCheck schema;

  private final Registry registry;
  private final Set<String> asked = new HashSet<>();
  private final Backrefs backrefs = new Backrefs();
  /** Whether meetings found now are imported, rather than found through a reference. */
  private boolean collectMeetings = true;

  ObjectIndex(Warnings warnings, Values values, SchemaCheck schema, OParlObjectSource source,
      Documents documents) {
    this.schema = schema;
    this.warnings = warnings;
    this.values = values;
    this.source = source;
    this.stream = new ElementStream(documents);
    this.locations = new Locations(documents);
    this.registry = new Registry(warnings, locations);
    this.pages = new ListPages(warnings);
  }

  /** Indexes a document, then the pages that follow it, as far as the object source provides them. */
  void add(Input input) throws IOException {
    read(input, true);
    followNextPages();
  }

  /** Warns about list pages whose next page was not read; call once every document is added. */
  void checkPages() {
    pages.checkComplete();
  }

  /** The meetings of the documents, in the order found (not those found through references). */
  List<Place> meetings() {
    return registry.meetings();
  }

  /** The bodies of the documents. */
  List<Place> bodies() {
    return registry.bodies();
  }

  /** The ids of the objects marked deleted, or where they are if they have none. */
  List<String> deleted() {
    return registry.deleted();
  }

  /** The object at a place, with the object it is embedded in. */
  Node node(Place place) throws IOException {
    JsonNode json = locations.json(place);
    JsonNode element = locations.element(place.element());
    String parentPointer = Locations.parentPointer(place.pointer(), element);
    Node parent = parentPointer == null ? null : node(new Place(place.element(), parentPointer));
    String typeValue = json.path("type").isString() ? json.get("type").stringValue() : "";
    String version = Vocabulary.version(typeValue);
    return new Node(json, version == null ? "" : Vocabulary.shortType(typeValue),
        version == null ? "" : version, locations.where(place), parentPointer != null, id(json),
        parent);
  }

  /** Whether the object of the id is marked deleted. */
  boolean isDeleted(String id) {
    return registry.isDeleted(id);
  }

  /**
   * The indexed object of an id, if it is the fuller copy of the given one (the object as it stands
   * in a list, of which another object embeds a shorter copy); {@code null} otherwise.
   */
  @Nullable Node fullerCopy(String id, JsonNode copy) throws IOException {
    Place indexed = registry.place(id);
    return indexed != null && Registry.isPartOf(copy, locations.json(indexed)) ? node(indexed) : null;
  }

  /** The consultations that name the agenda item of the id, in the order found. */
  List<Node> consultationsOfItem(String agendaItemId) throws IOException {
    return nodes(backrefs.ofItem(agendaItemId));
  }

  /** The agenda item that names the consultation of the id as its own, or {@code null}. */
  @Nullable String itemOwning(String consultationId) {
    return backrefs.owner(consultationId);
  }

  /** Whether a consultation names the agenda item of the id. */
  boolean isConsulted(String agendaItemId) {
    return !backrefs.ofItem(agendaItemId).isEmpty();
  }

  /** The consultations that name the paper of the id or are embedded in it, in the order found. */
  List<Node> consultationsOfPaper(String paperId) throws IOException {
    return nodes(backrefs.ofPaper(paperId));
  }

  private List<Node> nodes(List<Backrefs.Ref> refs) throws IOException {
    List<Node> nodes = new ArrayList<>(refs.size());
    for (Backrefs.Ref ref : refs) {
      if (ref.id() == null) {
        nodes.add(node(ref.place()));
      } else if (!registry.isDeleted(ref.id())) {
        Place fullest = registry.place(ref.id());
        nodes.add(node(fullest != null ? fullest : ref.place()));
      }
    }
    return nodes;
  }

  // -----------------------------------------------------------------------------------------------
  // Indexing

  /** Reads a document element by element and indexes the objects of each. */
  private void read(Input input, boolean followPages) throws IOException {
    int number = locations.add(input);
    String name = input.name();
    stream.read(input, new ElementStream.Handler() {
      @Override
      public void element(JsonNode value, String path, long start, long end) {
        String where = name + " " + path;
        if (value.isObject()) {
          Element element = new Element(number, start, Math.toIntExact(end - start), path);
          locations.keep(element, value);
          walk(value, where, element, "", null, null);
        } else if (value.isString() && value.stringValue().isEmpty()) {
          warnings.warn(where, "", OParlIssue.EMPTY_URL);
        } else {
          warnings.warn(where, "", OParlIssue.NOT_OPARL);
        }
      }

      @Override
      public void page(ObjectNode page) {
        pages.add(page, name, followPages);
      }

      @Override
      public void document(JsonNode root, long start, long end) {
        String where = name + " $";
        Element element = new Element(number, start, Math.toIntExact(end - start), "$");
        if (root.isObject() && !root.has("type") && root.has("data")) {
          pages.add(root, name, followPages);
          JsonNode data = root.get("data");
          if (data.isObject()) {
            warnings.warn(where, "data", OParlIssue.SINGLE_VALUE_FOR_LIST);
            locations.keep(element, root);
            walk(data, name + " $.data", element, "/data", null, null);
          } else {
            warnings.warn(where, "data", OParlIssue.WRONG_TYPE, key("kind.array"), kind(data));
          }
        } else if (root.isObject() && (root.has("type") || isDeletionMarker(root))) {
          locations.keep(element, root);
          walk(root, where, element, "", null, null);
        } else {
          warnings.warn(where, "", OParlIssue.NOT_OPARL);
        }
      }
    });
  }

  /** Whether the object says it is deleted: {@code "deleted": true}, with or without a type. */
  static boolean isDeletionMarker(JsonNode json) {
    JsonNode deletedNode = json.get("deleted");
    return deletedNode != null && deletedNode.isBoolean() && deletedNode.booleanValue();
  }

  /** The id of an object, or {@code null} if it has none (or a blank one, or one that is no string). */
  static @Nullable String id(JsonNode json) {
    JsonNode idNode = json.get("id");
    return idNode != null && idNode.isString() && !idNode.stringValue().isBlank()
        ? idNode.stringValue() : null;
  }

  /**
   * Checks an object and indexes it and the objects embedded in it.
   *
   * @param json the object
   * @param where where it is, for messages
   * @param element the top-level element it is in
   * @param pointer its JSON pointer in the element, empty for the element itself
   * @param parent the object it is embedded in, or {@code null}
   * @param expected the type the specification embeds where the object stands, or {@code null}
   */
  private void walk(JsonNode json, String where, Element element, String pointer,
      @Nullable Node parent, @Nullable String expected) {
    boolean embedded = !pointer.isEmpty();
    JsonNode typeNode = json.get("type");
    String typeValue = typeNode != null && typeNode.isString() ? typeNode.stringValue() : null;
    String id = id(json);
    String name = id != null ? id : where;
    if (typeValue == null) {
      if (isDeletionMarker(json)) {
        // servers mark deleted objects with or without their type: either way a note, not a warning
        registry.markDeleted(name);
      } else if (!embedded) {
        warnings.warn(name, "type", OParlIssue.NOT_OPARL);
      } else if (expected != null && parent != null) {
        // an object the specification embeds here, written without its type
        schema.check(json, expected, parent.isVersion10() ? SchemaVersion.V1_0 : SchemaVersion.V1_1,
            (field, issue, arguments) -> deviation(name, expected, field, issue, arguments));
      } // else a value object such as geojson: not an OParl object
      return;
    }
    String version = Vocabulary.version(typeValue);
    String type = version == null ? "" : Vocabulary.shortType(typeValue);
    if (version == null || !Vocabulary.isType(type)) {
      if (!embedded || typeValue.startsWith("https://schema.oparl.org/")) {
        warnings.warn(name, "type", OParlIssue.UNKNOWN_TYPE, Messages.quote(typeValue));
      } // else a value object of another vocabulary, e.g. GeoJSON
      return;
    }
    // every property of every object against its version's schema: what strict mode rejects
    boolean unlinkable = type.equals("File") && Files.unlinkable(json) != null;
    schema.checkShallow(json, type, Node.V1_0.equals(version) ? SchemaVersion.V1_0 : SchemaVersion.V1_1,
        (field, issue, arguments) -> {
          // an access URL that is never linked is reported once, by the file's check, as what it is
          if (!(unlinkable && field.equals("accessUrl") && issue == OParlIssue.INVALID_URL)) {
            deviation(name, type, field, issue, arguments);
          }
        });
    if (isDeletionMarker(json)) {
      registry.markDeleted(name);
      return;
    }
    Node node = new Node(json, type, version, where, embedded, id, parent);
    Set<String> known = Vocabulary.properties(type);
    Place place = new Place(element, pointer);
    if (id != null) {
      registry.register(id, place, json, type, collectMeetings);
    } else if (type.equals("Meeting") && collectMeetings) {
      registry.addMeeting(place);
    }
    if (type.equals("Body") && !embedded) {
      registry.addBody(place);
    } else if (type.equals("File")) {
      Files.check(node, values, warnings);
    }
    for (Map.Entry<String, JsonNode> property : json.properties()) {
      String key = property.getKey();
      if (key.startsWith(Vocabulary.EXTENSION_PREFIX) || !known.contains(key) || key.equals("geojson")) {
        continue;
      }
      JsonNode value = property.getValue();
      String path = where + Documents.segment(key);
      String inner = pointer + "/" + Locations.token(key);
      String embeds = SchemaCheck.embeddedType(type, key);
      if (value.isObject()) {
        walk(value, path, element, inner, node, embeds);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            walk(value.get(i), path + "[" + i + "]", element, inner + "/" + i, node, embeds);
          }
        }
      }
    }
    if (type.equals("Consultation")) {
      backrefs.add(json, id, place, parent);
    } else if (type.equals("AgendaItem")) {
      backrefs.addItem(json, id);
    }
  }

  /** The kind of a JSON {@code null}, as a message argument. */
  private static final Message.Argument KIND_NULL = key("kind.null");

  /**
   * Reports a deviation the schema check found. A missing (or {@code null}) {@code order} of an agenda
   * item is reported by the agenda's reader, which says what it used instead.
   */
  private void deviation(String name, String type, String field, OParlIssue issue,
      Message.Argument... arguments) {
    if (type.equals("AgendaItem") && field.equals("order") && (issue == OParlIssue.MISSING_PROPERTY
        || issue == OParlIssue.WRONG_TYPE && arguments.length > 1 && arguments[1].equals(KIND_NULL))) {
      return;
    }
    warnings.warn(name, field, issue, arguments);
  }

  /**
   * Reads the pages that list pages name as {@code links.next}, through the object source: a list of
   * many pages is read from its first.
   */
  private void followNextPages() throws IOException {
    String url;
    while ((url = pages.nextToFetch()) != null) {
      if (!asked.add(url)) {
        continue;
      }
      String json = source.find(url);
      if (json != null) {
        pages.fetched(url);
        read(Input.of(url, json.getBytes(StandardCharsets.UTF_8)), true);
      }
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Resolving

  /**
   * The object of an id: from the index, or from the object source; {@code null} with a warning if
   * neither has it.
   */
  @Nullable Node resolve(String id, String from, String field) throws IOException {
    Node node = find(id);
    if (node == null && !registry.isDeleted(id)) {
      warnings.warn(from, field, OParlIssue.UNRESOLVED_REFERENCE, Messages.quote(id));
    }
    return node;
  }

  /**
   * The object of an id, from the index or the object source, without a warning where neither has it:
   * for the meetings and agenda items a paper's consultations name, which lie beyond an export of one
   * meeting as a matter of course.
   */
  @Nullable Node resolveQuietly(String id) throws IOException {
    return find(id);
  }

  private @Nullable Node find(String id) throws IOException {
    Place place = registry.place(id);
    if (place != null) {
      return node(place);
    }
    if (registry.isDeleted(id) || !asked.add(id)) {
      return null;
    }
    String json = source.find(id);
    if (json == null) {
      return null;
    }
    // meetings found through references are not imported on their own, nor are next pages read
    collectMeetings = false;
    try {
      read(Input.of(id, json.getBytes(StandardCharsets.UTF_8)), false);
    } finally {
      collectMeetings = true;
    }
    place = registry.place(id);
    return place == null ? null : node(place);
  }

  /** The object of an id if the index holds it; never asks the object source, never warns. */
  @Nullable Node lookup(String id) throws IOException {
    Place place = registry.place(id);
    return place == null ? null : node(place);
  }

  /** A single reference's URL, without warnings (for the reverse index while indexing). */
  static @Nullable String refQuiet(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value != null && value.isArray() && value.size() == 1) {
      value = value.get(0);
    }
    if (value != null && value.isString() && !value.stringValue().isBlank()) {
      return value.stringValue();
    }
    if (value != null && value.isObject()) {
      return id(value);
    }
    return null;
  }
}
