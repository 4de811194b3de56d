package org.ratsinfo.testkit.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.File;

/**
 * Copies of model values with their texts replaced, for {@link
 * org.ratsinfo.testkit.HostileCorpus#mapTexts} and {@link
 * org.ratsinfo.testkit.HostileCorpus#withReferencesTo}: every string component of every record of
 * the model, every paragraph, every string in a list, rebuilt through the records' constructors.
 * Stateless and thread-safe.
 */
public final class RecordTexts {

  private RecordTexts() {}

  /**
   * A copy of the value with every string mapped: a file's address with {@code address}, every other
   * but an agenda item's number with {@code text}; enums, numbers, dates and booleans stay.
   *
   * @param value a value of the model (a record, a list or a string), or none
   * @param text what a text becomes
   * @param address what a file's address becomes
   * @return the copy
   */
  public static @Nullable Object map(@Nullable Object value, UnaryOperator<String> text,
      UnaryOperator<String> address) {
    return map(value, text, address, null);
  }

  /** Maps the value of the record component {@code where} (none for the value at the top). */
  private static @Nullable Object map(@Nullable Object value, UnaryOperator<String> text,
      UnaryOperator<String> address, @Nullable RecordComponent where) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      if (where != null && where.getDeclaringRecord() == File.class && where.getName().equals("accessUrl")) {
        return address.apply(s);
      }
      boolean agendaNumber = where != null && where.getDeclaringRecord() == AgendaItem.class
          && where.getName().equals("number");
      return agendaNumber ? s : text.apply(s);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object element : list) {
        out.add(map(element, text, address, where));
      }
      return out;
    }
    if (value instanceof Record record && record.getClass().getPackageName().equals("org.ratsinfo.model")) {
      RecordComponent[] components = record.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      try {
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
          values[i] = map(components[i].getAccessor().invoke(record), text, address, components[i]);
        }
        Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(),
            e instanceof InvocationTargetException ite ? ite.getCause() : e);
      }
    }
    return value; // enums, numbers, dates, booleans
  }
}
