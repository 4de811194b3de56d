package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.SchemaValues.KIND_ARRAY;
import static org.ratsinfo.oparl.internal.SchemaValues.KIND_BOOLEAN;
import static org.ratsinfo.oparl.internal.SchemaValues.KIND_DATE;
import static org.ratsinfo.oparl.internal.SchemaValues.KIND_DATE_TIME;
import static org.ratsinfo.oparl.internal.SchemaValues.KIND_INTEGER;
import static org.ratsinfo.oparl.internal.SchemaValues.KIND_NULL;
import static org.ratsinfo.oparl.internal.SchemaValues.KIND_OBJECT;
import static org.ratsinfo.oparl.internal.SchemaValues.KIND_STRING;
import static org.ratsinfo.oparl.internal.SchemaValues.KIND_URL;
import static org.ratsinfo.oparl.internal.SchemaValues.found;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Message;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.internal.SchemaTable.Kind;
import org.ratsinfo.oparl.internal.SchemaTable.ObjectType;
import org.ratsinfo.oparl.internal.SchemaTable.Presence;
import org.ratsinfo.oparl.internal.SchemaTable.Property;
import tools.jackson.databind.JsonNode;

/**
 * Checks an OParl object against the schema of its version ({@link SchemaTable}) and reports every
 * deviation to a {@link Sink}: a property of the wrong JSON type, a date, date-time or URL of the wrong
 * form, a number out of range, a required property missing, a property the version does not define.
 * Properties with a namespace prefix ({@code ratsinfo:votes}, any name with a colon) are extensions
 * and not checked. A deleted object ({@code "deleted": true}) needs only the properties a deleted
 * object keeps (chapter 2.8: {@code id}, {@code type}, {@code created}, {@code modified}).
 *
 * <p>{@link #check} checks the objects embedded in the object too, each against its own type, and
 * names their properties by their path in the object ({@code "consultation[0].role"}); {@link
 * #checkShallow} checks of an embedded object only its {@code type}, for a caller that checks every
 * embedded object on its own.
 *
 * <p>For a valid object, allocates at most an iterator over its properties and, in {@link #check},
 * one small record per embedded object; paths and message arguments are made only for a deviation.
 * Immutable and thread-safe.
 */
public final class SchemaCheck {

  /** Receives the deviations of a check. */
  @FunctionalInterface
  public interface Sink {

    /**
     * One deviation.
     *
     * @param path the property: its name in the object checked ({@code "start"}), or its path in it
     *     ({@code "agendaItem[2].order"}, {@code "title[1]"}); names from the input are quoted with
     *     {@link Messages#quote}
     * @param issue what was wrong
     * @param arguments the message's arguments, as a {@link Warning} takes them
     */
    void deviation(String path, OParlIssue issue, Message.Argument... arguments);

    /**
     * One deviation whose message has no arguments.
     *
     * @param path the property
     * @param issue what was wrong
     */
    default void deviation(String path, OParlIssue issue) {
      deviation(path, issue, new Message.Argument[0]);
    }

    /**
     * One deviation whose message's arguments are shown as they are.
     *
     * @param path the property
     * @param issue what was wrong
     * @param values the message's arguments
     */
    default void deviation(String path, OParlIssue issue, String... values) {
      Message.Argument[] arguments = new Message.Argument[values.length];
      for (int i = 0; i < values.length; i++) {
        arguments[i] = Message.value(values[i]);
      }
      deviation(path, issue, arguments);
    }
  }

  private final SchemaTable table;
  private final String zone;

  private SchemaCheck(SchemaTable table, ZoneId zone) {
    this.table = table;
    this.zone = zone.getId();
  }

  /**
   * A check against the OParl schema.
   *
   * @param zone the time zone in which the reader reads a date-time without offset, which {@link
   *     OParlIssue#DATE_TIME_WITHOUT_OFFSET} names
   * @return the check
   */
  public static SchemaCheck of(ZoneId zone) {
    return new SchemaCheck(SchemaTable.standard(), Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Whether a short type name is one of the OParl object types the check knows.
   *
   * @param type e.g. {@code "Meeting"}
   * @return whether it is an OParl type
   */
  public static boolean isType(String type) {
    return SchemaTable.standard().type(type) != null;
  }

  /**
   * The type of the objects the schema embeds in a property, e.g. {@code "AgendaItem"} for a
   * meeting's {@code agendaItem}: the type to check an embedded object as when it has no {@code type}.
   *
   * @param type the short type name of the object that holds the property, e.g. {@code "Meeting"}
   * @param property the property
   * @return the embedded objects' type, or {@code null} if the property holds no embedded objects (in
   *     any version) or the type is no OParl type
   */
  public static @Nullable String embeddedType(String type, String property) {
    ObjectType t = SchemaTable.standard().type(type);
    Property p = t == null ? null : t.property(property);
    return p == null ? null : p.embeddedType();
  }

  /**
   * Checks an object and the objects embedded in it, each against its own type: the type its {@code
   * type} names where that is an OParl type, else the type the schema wants there.
   *
   * @param object a JSON object
   * @param type the object's short type name, e.g. {@code "Meeting"}, which the caller took from its
   *     {@code type} or, where that is missing, from where the object was found
   * @param version the OParl version to check against, from the prefix of its {@code type}
   * @param sink receives each deviation
   * @throws IllegalArgumentException if {@code object} is no JSON object or {@code type} no OParl type
   */
  public void check(JsonNode object, String type, SchemaVersion version, Sink sink) {
    object(object, objectType(object, type), version, null, true, sink);
  }

  /**
   * Checks an object, but of the objects embedded in it only their {@code type}: for a caller that
   * checks each embedded object on its own, under its own id.
   *
   * @param object a JSON object
   * @param type the object's short type name, e.g. {@code "Meeting"}
   * @param version the OParl version to check against
   * @param sink receives each deviation
   * @throws IllegalArgumentException if {@code object} is no JSON object or {@code type} no OParl type
   */
  public void checkShallow(JsonNode object, String type, SchemaVersion version, Sink sink) {
    object(object, objectType(object, type), version, null, false, sink);
  }

  private ObjectType objectType(JsonNode object, String type) {
    ObjectType t = table.type(type);
    if (t == null) {
      throw new IllegalArgumentException("no OParl type: " + type);
    }
    if (!object.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return t;
  }

  /** Where an embedded object is: the property (and index) in its parent. */
  record Frame(@Nullable Frame parent, String name, int index) {}

  private void object(JsonNode json, ObjectType type, SchemaVersion version, @Nullable Frame at,
      boolean deep, Sink sink) {
    for (Map.Entry<String, JsonNode> entry : json.properties()) {
      String name = entry.getKey();
      if (name.indexOf(':') >= 0) {
        continue; // an extension with a namespace prefix
      }
      Property property = type.property(name);
      if (property == null) {
        String quoted = Messages.quote(name);
        sink.deviation(path(at, quoted, -1), OParlIssue.UNKNOWN_PROPERTY, quoted);
        continue;
      }
      Presence presence = property.in(version);
      if (presence == Presence.ABSENT) {
        sink.deviation(path(at, name, -1), OParlIssue.NOT_IN_VERSION, name, version.label(),
            property.versions());
      }
      value(entry.getValue(), property, presence == Presence.REQUIRED, type, version, at, deep, sink);
    }
    JsonNode deleted = json.get("deleted");
    boolean isDeleted = deleted != null && deleted.isBoolean() && deleted.booleanValue();
    for (Property required : type.required(version, isDeleted)) {
      if (json.get(required.name()) == null) {
        if (required.name().equals("id")) {
          sink.deviation(path(at, "id", -1), OParlIssue.MISSING_ID);
        } else {
          sink.deviation(path(at, required.name(), -1), OParlIssue.MISSING_PROPERTY, required.name());
        }
      }
    }
  }

  private void value(JsonNode v, Property p, boolean required, ObjectType owner, SchemaVersion version,
      @Nullable Frame at, boolean deep, Sink sink) {
    String name = p.name();
    if (v.isNull()) {
      // the specification allows null for what is optional (2.4), and forbids it for what is required
      if (required) {
        sink.deviation(path(at, name, -1), OParlIssue.WRONG_TYPE, expected(p), KIND_NULL);
      }
      return;
    }
    if (p.list()) {
      if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          element(v.get(i), p, owner, version, at, i, deep, sink);
        }
      } else if (fits(v, p.kind())) {
        sink.deviation(path(at, name, -1), OParlIssue.SINGLE_VALUE_FOR_LIST);
        element(v, p, owner, version, at, -1, deep, sink);
      } else {
        sink.deviation(path(at, name, -1), OParlIssue.WRONG_TYPE, KIND_ARRAY, found(v));
      }
    } else if (v.isArray()) {
      if (v.size() == 1 && fits(v.get(0), p.kind())) {
        sink.deviation(path(at, name, -1), OParlIssue.LIST_FOR_SINGLE_VALUE);
        element(v.get(0), p, owner, version, at, 0, deep, sink);
      } else {
        sink.deviation(path(at, name, -1), OParlIssue.WRONG_TYPE, expected(p), KIND_ARRAY);
      }
    } else {
      element(v, p, owner, version, at, -1, deep, sink);
    }
  }

  /** Whether a value is of the JSON type a kind of value needs, whatever its form. */
  private static boolean fits(JsonNode v, Kind kind) {
    return switch (kind) {
      case BOOLEAN -> v.isBoolean();
      case INTEGER -> v.isNumber();
      case OBJECT, EMBEDDED -> v.isObject();
      default -> v.isString();
    };
  }

  /** Checks one value of a property: the whole value, or an element of a list ({@code index >= 0}). */
  private void element(JsonNode v, Property p, ObjectType owner, SchemaVersion version, @Nullable Frame at,
      int index, boolean deep, Sink sink) {
    switch (p.kind()) {
      case STRING -> {
        if (!v.isString()) {
          sink.deviation(path(at, p.name(), index), OParlIssue.WRONG_TYPE, KIND_STRING, found(v));
        }
      }
      case BOOLEAN -> {
        if (!v.isBoolean()) {
          sink.deviation(path(at, p.name(), index), OParlIssue.WRONG_TYPE, KIND_BOOLEAN, found(v));
        }
      }
      case INTEGER -> integer(v, p, at, index, sink);
      case DATE -> SchemaValues.date(v, at, p.name(), index, sink);
      case DATE_TIME -> SchemaValues.dateTime(v, zone, at, p.name(), index, sink);
      case URL -> SchemaValues.url(v, at, p.name(), index, sink);
      case OBJECT -> {
        if (!v.isObject()) {
          sink.deviation(path(at, p.name(), index), OParlIssue.WRONG_TYPE, KIND_OBJECT, found(v));
        }
      }
      case TYPE -> typeValue(v, owner.name(), version, at, p.name(), index, sink);
      case OPARL_VERSION -> SchemaValues.oparlVersion(v, version, at, p.name(), index, sink);
      case EMBEDDED -> {
        if (v.isObject()) {
          embedded(v, Objects.requireNonNull(p.embeddedType()), version, at, p.name(), index, deep, sink);
        } else {
          sink.deviation(path(at, p.name(), index), OParlIssue.WRONG_TYPE, KIND_OBJECT, found(v));
        }
      }
    }
  }

  private static void integer(JsonNode v, Property p, @Nullable Frame at, int index, Sink sink) {
    if (!v.isIntegralNumber()) {
      sink.deviation(path(at, p.name(), index), OParlIssue.WRONG_TYPE, KIND_INTEGER, found(v));
    } else if (!v.canConvertToLong() || v.longValue() < p.min() || v.longValue() > p.max()) {
      sink.deviation(path(at, p.name(), index), OParlIssue.OUT_OF_RANGE, Messages.quote(v.asString()),
          Long.toString(p.min()), Long.toString(p.max()));
    }
  }

  /** An object's {@code type}: the URL of its type in its version. */
  private static void typeValue(JsonNode v, String type, SchemaVersion version, @Nullable Frame at,
      String name, int index, Sink sink) {
    if (!v.isString()) {
      sink.deviation(path(at, name, index), OParlIssue.WRONG_TYPE, KIND_STRING, found(v));
    } else if (!isTypeUrl(v.stringValue(), version, type)) {
      sink.deviation(path(at, name, index), OParlIssue.WRONG_OBJECT_TYPE, Messages.quote(v.stringValue()),
          version.typeUrl(type));
    }
  }

  private static boolean isTypeUrl(String s, SchemaVersion version, String type) {
    return s.length() == version.prefix().length() + type.length() && s.startsWith(version.prefix())
        && s.endsWith(type);
  }

  /**
   * An embedded object: deep, it is checked against the type its {@code type} names where that is an
   * OParl type (with a deviation if that is not the expected one), else against the expected type;
   * shallow, only its {@code type} is checked.
   */
  private void embedded(JsonNode json, String expected, SchemaVersion version, @Nullable Frame parent,
      String name, int index, boolean deep, Sink sink) {
    JsonNode typeNode = json.get("type");
    String url = typeNode != null && typeNode.isString() ? typeNode.stringValue() : null;
    if (url != null && isTypeUrl(url, version, expected)) {
      if (deep) {
        object(json, Objects.requireNonNull(table.type(expected)), version, new Frame(parent, name, index),
            true, sink);
      }
      return;
    }
    Frame at = new Frame(parent, name, index); // an embedded object that is not as expected: rare
    SchemaVersion declaredVersion = url == null ? null : SchemaVersion.ofTypeUrl(url);
    ObjectType declared = url == null || declaredVersion == null
        ? null : table.type(url.substring(declaredVersion.prefix().length()));
    if (url != null && declared != null && declaredVersion != null) {
      // an object of another OParl type or version than the schema wants here
      sink.deviation(path(at, "type", -1), OParlIssue.WRONG_OBJECT_TYPE, Messages.quote(url),
          version.typeUrl(expected));
      if (deep) {
        object(json, declared, declaredVersion, at, true, sink);
      }
    } else if (deep) {
      object(json, Objects.requireNonNull(table.type(expected)), version, at, true, sink);
    } else if (typeNode == null) {
      sink.deviation(path(at, "type", -1), OParlIssue.MISSING_PROPERTY, "type");
    } else if (typeNode.isNull()) {
      sink.deviation(path(at, "type", -1), OParlIssue.WRONG_TYPE, KIND_STRING, KIND_NULL);
    } else {
      typeValue(typeNode, expected, version, at, "type", -1, sink);
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Messages

  /** A property's path: {@code name}, {@code name[2]}, {@code parent[0].name}. */
  static String path(@Nullable Frame at, String name, int index) {
    if (at == null && index < 0) {
      return name;
    }
    StringBuilder out = new StringBuilder(64);
    prefix(out, at);
    out.append(name);
    if (index >= 0) {
      out.append('[').append(index).append(']');
    }
    return out.toString();
  }

  private static void prefix(StringBuilder out, @Nullable Frame at) {
    if (at != null) {
      prefix(out, at.parent());
      out.append(at.name());
      if (at.index() >= 0) {
        out.append('[').append(at.index()).append(']');
      }
      out.append('.');
    }
  }

  /** The kind of value a property wants, as a message argument. */
  private static Message.Argument expected(Property p) {
    return switch (p.kind()) {
      case STRING, TYPE -> KIND_STRING;
      case BOOLEAN -> KIND_BOOLEAN;
      case INTEGER -> KIND_INTEGER;
      case DATE -> KIND_DATE;
      case DATE_TIME -> KIND_DATE_TIME;
      case URL, OPARL_VERSION -> KIND_URL;
      case OBJECT, EMBEDDED -> KIND_OBJECT;
    };
  }
}
