package org.ratsinfo.json.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;

/**
 * What the native format knows of the model's types, read from the types themselves: a record of the
 * model is an object of its components, in their order; a component is required unless it is a list or
 * its type is marked {@link Nullable}; an enum of the model is a string; {@link Text} and {@link
 * PaperType} are strings; a sealed interface of the model is an object naming its kind in {@value
 * #TYPE_PROPERTY}. A new record or component needs nothing here; a new kind of a sealed interface
 * needs its name in {@link #KIND_NAMES}.
 */
public final class ModelTypes {

  /** The package whose types the format covers. */
  public static final String MODEL_PACKAGE = "org.ratsinfo.model";

  /** The property that names the kind of a sealed interface's value. */
  public static final String TYPE_PROPERTY = "type";

  /** The names of the kinds of the model's sealed interfaces. */
  private static final Map<Class<?>, String> KIND_NAMES =
      Map.of(Inquiry.class, "inquiry", TextContent.class, "text");

  /** One component of a record. */
  public record Component(String name, Class<?> type, boolean required, boolean list) {}

  private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      List<Component> list = new ArrayList<>();
      for (RecordComponent rc : type.getRecordComponents()) {
        boolean isList = List.class.isAssignableFrom(rc.getType());
        boolean nullable = rc.getAnnotatedType().isAnnotationPresent(Nullable.class);
        list.add(new Component(rc.getName(), rc.getType(), !isList && !nullable, isList));
      }
      return List.copyOf(list);
    }
  };

  private ModelTypes() {}

  /**
   * Whether a type is a record the format writes as an object of its components: a record of the model
   * (other than {@link Text} and {@link PaperType}, which are strings), or the document of either kind
   * that {@link Document} stands for.
   */
  public static boolean isRecord(Class<?> type) {
    return type.isRecord() && type != Text.class && type != PaperType.class
        && (MODEL_PACKAGE.equals(type.getPackageName()) || type == Document.class);
  }

  /** Whether a type is an enum of the model. */
  public static boolean isEnum(Class<?> type) {
    return type.isEnum() && MODEL_PACKAGE.equals(type.getPackageName());
  }

  /** Whether a type is a sealed interface of the model, whose values name their kind. */
  public static boolean isSealed(Class<?> type) {
    return type.isInterface() && type.isSealed() && MODEL_PACKAGE.equals(type.getPackageName());
  }

  /** The components of a record, in order. */
  public static List<Component> components(Class<?> record) {
    return COMPONENTS.get(record);
  }

  /** The names of a record's components, in order. */
  public static String[] componentNames(Class<?> record) {
    return components(record).stream().map(Component::name).toArray(String[]::new);
  }

  /** The component of a record of the given name, or {@code null}. */
  public static @Nullable Component component(Class<?> record, String name) {
    for (Component c : components(record)) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The kinds of a sealed interface by name, in the order the interface permits them.
   *
   * @throws IllegalStateException if a kind has no name
   */
  public static Map<String, Class<?>> kinds(Class<?> sealed) {
    Map<String, Class<?>> kinds = new LinkedHashMap<>();
    for (Class<?> kind : sealed.getPermittedSubclasses()) {
      kinds.put(kindName(kind), kind);
    }
    return kinds;
  }

  /**
   * The name of a kind of a sealed interface, e.g. {@code inquiry}.
   *
   * @throws IllegalStateException if the kind has no name
   */
  public static String kindName(Class<?> kind) {
    String name = KIND_NAMES.get(kind);
    if (name == null) {
      throw new IllegalStateException("no JSON name for " + kind.getName());
    }
    return name;
  }

  /**
   * The properties a record is also read from, beyond its components: an earlier version's spelling
   * that the reader still takes, and the writer never writes. An agenda item's {@code "voteTally"}, a
   * single tally, is read as one vote in {@code "votes"}, and its {@code "consultation"}, a single
   * consultation, as the one in {@code "consultations"}.
   */
  public static List<String> earlierNames(Class<?> record) {
    return record == AgendaItem.class ? List.of(VOTE_TALLY, CONSULTATION) : List.of();
  }

  /** An agenda item's single tally, as earlier versions of the format wrote it. */
  static final String VOTE_TALLY = "voteTally";

  /** An agenda item's single consultation, as earlier versions of the format wrote it. */
  static final String CONSULTATION = "consultation";

  /** Whether a type is a kind of a sealed interface of the model. */
  public static boolean isKind(Class<?> type) {
    return Arrays.stream(type.getInterfaces()).anyMatch(ModelTypes::isSealed);
  }

  /** lowerCamelCase of an enum constant's name: {@code NON_PUBLIC} is {@code nonPublic}. */
  public static String camel(String constant) {
    StringBuilder out = new StringBuilder(constant.length());
    boolean upper = false;
    for (int i = 0; i < constant.length(); i++) {
      char c = constant.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return out.toString();
  }
}
