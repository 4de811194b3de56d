package org.ratsinfo.oparl.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The OParl schema of the resource {@code schema.txt} beside this class: per object type, every
 * property of OParl 1.0 and 1.1 with its value and whether each version defines and requires it. The
 * resource's header says where each entry comes from. Immutable and thread-safe.
 */
final class SchemaTable {

  /** The object types, in the order of the specification's chapter 3. */
  static final List<String> TYPES = List.of("System", "Body", "LegislativeTerm", "Organization", "Person",
      "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location");

  /** The properties a deleted object keeps (chapter 2.8); the others may be left out. */
  private static final Set<String> KEPT_WHEN_DELETED = Set.of("id", "type", "created", "modified");

  private static final SchemaVersion[] VERSIONS = SchemaVersion.values();

  /** What a property's value is. */
  enum Kind {
    /** A JSON string. */
    STRING,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A JSON number without fraction, within the property's range. */
    INTEGER,
    /** A date, {@code yyyy-mm-dd}. */
    DATE,
    /** A date-time of RFC 3339 with seconds and offset. */
    DATE_TIME,
    /** An absolute http or https URL. */
    URL,
    /** Any JSON object, e.g. GeoJSON. */
    OBJECT,
    /** An embedded OParl object of the property's {@link Property#embeddedType()}. */
    EMBEDDED,
    /** The object's own type URL. */
    TYPE,
    /** The URL of an OParl version, no later than the object's. */
    OPARL_VERSION
  }

  /** Whether a version defines a property, and whether it requires it. */
  enum Presence {
    /** Not part of the version. */
    ABSENT,
    /** Part of the version; may be left out. */
    OPTIONAL,
    /** Part of the version and required. */
    REQUIRED
  }

  /**
   * A property of an object type.
   *
   * @param name the property's name
   * @param kind what its value is (of each element, for a list)
   * @param list whether the value is a list
   * @param embeddedType the type of an embedded object ({@link Kind#EMBEDDED}), else {@code null}
   * @param min the least value of an {@link Kind#INTEGER}
   * @param max the greatest value of an {@link Kind#INTEGER}
   * @param presence the presence in each version, indexed by {@link SchemaVersion#ordinal()}
   */
  record Property(String name, Kind kind, boolean list, @Nullable String embeddedType, long min, long max,
      List<Presence> presence) {

    Presence in(SchemaVersion version) {
      return presence.get(version.ordinal());
    }

    /** The versions that define the property, e.g. {@code "1.1"}. */
    String versions() {
      StringBuilder out = new StringBuilder();
      for (SchemaVersion v : VERSIONS) {
        if (in(v) != Presence.ABSENT) {
          out.append(out.isEmpty() ? "" : ", ").append(v.label());
        }
      }
      return out.toString();
    }
  }

  /**
   * An object type: its properties by name (of every version), and those each version requires.
   *
   * @param name the type's short name, e.g. {@code "Meeting"}
   * @param properties the properties by name
   * @param required per version ({@link SchemaVersion#ordinal()}), the required properties
   * @param requiredWhenDeleted per version, the required properties a deleted object keeps
   */
  record ObjectType(String name, Map<String, Property> properties, List<Property[]> required,
      List<Property[]> requiredWhenDeleted) {

    /** The property of a name, of any version; {@code null} if no version defines it. */
    @Nullable Property property(String name) {
      return properties.get(name);
    }

    /** The required properties of a version; a deleted object's fewer. The array is shared: read only. */
    Property[] required(SchemaVersion version, boolean deleted) {
      return (deleted ? requiredWhenDeleted : required).get(version.ordinal());
    }
  }

  private static final SchemaTable STANDARD = load("schema.txt");

  private final Map<String, ObjectType> types;

  private SchemaTable(Map<String, ObjectType> types) {
    this.types = types;
  }

  /** The table of the resource. */
  static SchemaTable standard() {
    return STANDARD;
  }

  /** The type of a short name, e.g. {@code "Meeting"}; {@code null} if it is no OParl type. */
  @Nullable ObjectType type(String name) {
    return types.get(name);
  }

  /** The names of the properties a version defines for a type; empty for an unknown type. */
  Set<String> properties(String type, SchemaVersion version) {
    ObjectType t = types.get(type);
    if (t == null) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (Property p : t.properties().values()) {
      if (p.in(version) != Presence.ABSENT) {
        names.add(p.name());
      }
    }
    return Set.copyOf(names);
  }

  // -----------------------------------------------------------------------------------------------
  // Reading the resource

  private static SchemaTable load(String resource) {
    try (InputStream in = SchemaTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList(), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The table of the lines of a resource; throws {@link IllegalStateException} naming a bad line. */
  static SchemaTable parse(List<String> lines, String resource) {
    Map<String, Property> common = new LinkedHashMap<>();
    Map<String, Map<String, Property>> own = new LinkedHashMap<>();
    TYPES.forEach(t -> own.put(t, new LinkedHashMap<>()));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = resource + ", line " + (i + 1) + ": ";
      String[] cells = line.split("\\s+");
      if (cells.length != 3 + VERSIONS.length) {
        throw new IllegalStateException(where + "expected " + (3 + VERSIONS.length) + " columns");
      }
      Property property = property(cells, where);
      Map<String, Property> target = cells[0].equals("*") ? common : own.get(cells[0]);
      if (target == null) {
        throw new IllegalStateException(where + "no OParl type " + cells[0]);
      }
      if (target.put(property.name(), property) != null) {
        throw new IllegalStateException(where + "a second row of " + cells[0] + "." + property.name());
      }
    }
    Map<String, ObjectType> types = new HashMap<>();
    for (String type : TYPES) {
      Map<String, Property> properties = new LinkedHashMap<>(common);
      properties.putAll(own.get(type));
      List<Property[]> required = new ArrayList<>();
      List<Property[]> requiredWhenDeleted = new ArrayList<>();
      for (SchemaVersion version : VERSIONS) {
        Property[] all = properties.values().stream()
            .filter(p -> p.in(version) == Presence.REQUIRED).toArray(Property[]::new);
        required.add(all);
        requiredWhenDeleted.add(Arrays.stream(all)
            .filter(p -> KEPT_WHEN_DELETED.contains(p.name())).toArray(Property[]::new));
      }
      types.put(type, new ObjectType(type, Map.copyOf(properties), List.copyOf(required),
          List.copyOf(requiredWhenDeleted)));
    }
    return new SchemaTable(Map.copyOf(types));
  }

  private static Property property(String[] cells, String where) {
    String name = cells[1];
    String value = cells[2];
    boolean list = value.endsWith("[]");
    if (list) {
      value = value.substring(0, value.length() - 2);
    }
    long min = 0;
    long max = 0;
    String embeddedType = null;
    Kind kind;
    if (value.startsWith("integer:")) {
      kind = Kind.INTEGER;
      String[] range = value.substring("integer:".length()).split("\\.\\.", -1);
      try {
        min = Long.parseLong(range[0]);
        max = Long.parseLong(range[1]);
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalStateException(where + "expected integer:MIN..MAX, found " + value, e);
      }
    } else if (TYPES.contains(value)) {
      kind = Kind.EMBEDDED;
      embeddedType = value;
    } else {
      kind = switch (value) {
        case "string" -> Kind.STRING;
        case "boolean" -> Kind.BOOLEAN;
        case "date" -> Kind.DATE;
        case "date-time" -> Kind.DATE_TIME;
        case "url" -> Kind.URL;
        case "object" -> Kind.OBJECT;
        case "type" -> Kind.TYPE;
        case "oparl-version" -> Kind.OPARL_VERSION;
        default -> throw new IllegalStateException(where + "unknown value " + value);
      };
    }
    List<Presence> presence = new ArrayList<>();
    for (int v = 0; v < VERSIONS.length; v++) {
      presence.add(switch (cells[3 + v]) {
        case "r" -> Presence.REQUIRED;
        case "o" -> Presence.OPTIONAL;
        case "-" -> Presence.ABSENT;
        default -> throw new IllegalStateException(where + "expected r, o or -, found " + cells[3 + v]);
      });
    }
    if (presence.stream().allMatch(p -> p == Presence.ABSENT)) {
      throw new IllegalStateException(where + name + " is part of no version");
    }
    if (kind == Kind.INTEGER && min > max) {
      throw new IllegalStateException(where + "an empty range " + value);
    }
    return new Property(name, kind, list, embeddedType, min, max, List.copyOf(presence));
  }
}
