package org.ratsinfo.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Text;
import org.ratsinfo.testing.SampleModels;

/**
 * What the format reads from the model's types agrees with the types themselves: a component is
 * required exactly where the record's constructor rejects {@code null}, every kind of a sealed
 * interface has a name, and the document of either kind has the components of both.
 */
class ModelTypesTest {

  /** Every top-level record of the model package, from core's compiled classes (a directory or the jar). */
  private static Set<Class<?>> modelRecords() {
    Set<Class<?>> records = new LinkedHashSet<>();
    new ClassFileImporter().importPackages(ModelTypes.MODEL_PACKAGE).stream()
        .filter(c -> c.getPackageName().equals(ModelTypes.MODEL_PACKAGE) && c.isTopLevelClass())
        .map(JavaClass::reflect)
        .filter(Class::isRecord)
        .sorted(Comparator.comparing(Class::getName))
        .forEach(records::add);
    return records;
  }

  /**
   * Instances of every record reachable from the samples and the test meetings, by type; the test
   * fails for a record of which they hold no instance.
   */
  private static Map<Class<?>, List<Record>> instances() {
    Map<Class<?>, List<Record>> found = new LinkedHashMap<>();
    SampleModels.documents().forEach(document -> collect(document, found));
    return found;
  }

  private static void collect(Object value, Map<Class<?>, List<Record>> found) {
    if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, found));
    } else if (value instanceof Record record) {
      List<Record> some = found.computeIfAbsent(record.getClass(), c -> new ArrayList<>());
      if (some.size() < 50) {
        some.add(record);
      }
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        Object v = get(record, c);
        if (v != null) {
          collect(v, found);
        }
      }
    }
  }

  private static Object get(Record record, RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aComponentIsRequiredExactlyWhereTheConstructorRejectsNull() {
    Map<Class<?>, List<Record>> instances = instances();
    Set<String> untested = new TreeSet<>();
    for (Class<?> type : modelRecords()) {
      List<Record> some = instances.get(type);
      if (some == null) {
        untested.add(type.getSimpleName());
        continue;
      }
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] parameters = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> canonical;
      try {
        canonical = type.getDeclaredConstructor(parameters);
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
      List<ModelTypes.Component> described = ModelTypes.components(type);
      assertEquals(components.length, described.size(), type::getName);
      for (int i = 0; i < components.length; i++) {
        ModelTypes.Component c = described.get(i);
        assertEquals(components[i].getName(), c.name());
        if (components[i].getType().isPrimitive()) {
          assertTrue(c.required(), () -> type.getSimpleName() + "." + c.name() + " is a primitive");
          continue;
        }
        for (Record instance : some) {
          Object[] arguments = Stream.of(components).map(rc -> get(instance, rc)).toArray();
          arguments[i] = null;
          boolean rejected;
          try {
            canonical.newInstance(arguments);
            rejected = false;
          } catch (InvocationTargetException e) {
            assertInstanceOf(NullPointerException.class, e.getCause(), type.getSimpleName() + "." + c.name());
            rejected = true;
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
          assertEquals(rejected, c.required(), () -> type.getSimpleName() + "." + c.name()
              + (c.required() ? " is required but the constructor takes null"
                  : " is optional but the constructor rejects null: mark it @Nullable"));
        }
      }
    }
    assertEquals(Set.of(), untested, "no instance of these records was generated");
  }

  @Test
  void theFormatsRecordsAreTheModelsRecordsButItsStrings() {
    for (Class<?> type : modelRecords()) {
      assertEquals(type != Text.class && type != PaperType.class, ModelTypes.isRecord(type), type::getName);
    }
    assertTrue(ModelTypes.isRecord(Document.class));
    record Foreign(String name) {}
    assertFalse(ModelTypes.isRecord(Foreign.class));
  }

  @Test
  void everyKindOfItemContentHasAName() {
    Map<String, Class<?>> kinds = ModelTypes.kinds(ItemContent.class);
    assertEquals(Set.of(ItemContent.class.getPermittedSubclasses()), Set.copyOf(kinds.values()));
    assertEquals(List.of("inquiry", "text"), List.copyOf(kinds.keySet()));
    assertTrue(ModelTypes.isSealed(ItemContent.class));
    for (Class<?> kind : kinds.values()) {
      assertTrue(ModelTypes.isKind(kind), kind::getName);
    }
  }

  @Test
  void theDocumentOfEitherKindHasTheComponentsOfBothInTheirOrder() {
    List<String> union = new ArrayList<>();
    for (Class<?> type : List.of(Excerpt.class, MeetingExcerpts.class)) {
      for (String name : ModelTypes.componentNames(type)) {
        int at = union.indexOf(name);
        if (at < 0) {
          union.add(name);
        }
      }
    }
    assertEquals(List.of("body", "meeting", "agendaItem", "audience"), union);
    assertEquals(union, List.of(ModelTypes.componentNames(Document.class)));
    for (String name : union) {
      Class<?> inDocument = ModelTypes.component(Document.class, name).type();
      Class<?> inExcerpt = ModelTypes.component(Excerpt.class, name).type();
      assertEquals(inExcerpt, inDocument, name);
    }
    assertEquals(List.of(true, true, false, true),
        ModelTypes.components(Document.class).stream().map(ModelTypes.Component::required).toList());
    if (ModelTypes.component(MeetingExcerpts.class, "agendaItem") != null) {
      fail("agendaItem must tell the kinds apart");
    }
  }

  @Test
  void enumConstantsAreLowerCamelCase() {
    assertEquals("nonPublic", ModelTypes.camel("NON_PUBLIC"));
    assertEquals("adoptedWithChanges", ModelTypes.camel("ADOPTED_WITH_CHANGES"));
    assertEquals("public", ModelTypes.camel("PUBLIC"));
  }
}
