package org.ratsinfo.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The violations of the rules of one value, reported at the property each concerns (a path of
 * property names and list indexes) with a message key and numbers as parameters: never the input's
 * text.
 */
final class RuleReport {
  private final ConstraintValidatorContext context;
  private boolean valid = true;

  RuleReport(ConstraintValidatorContext context) {
    this.context = context;
    context.disableDefaultConstraintViolation();
  }

  Entry at(String... properties) {
    return new Entry(this).at(properties);
  }

  Entry atIndex(String list, int index, String property) {
    return new Entry(this).atIndex(list, index, property);
  }

  /** Whether no rule was broken. */
  boolean valid() {
    return valid;
  }

  /** One violation being described: where it is, which message, which numbers. */
  static final class Entry {
    private final RuleReport report;
    private final List<String> names = new ArrayList<>();
    private final List<@Nullable Integer> indexes = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    Entry(RuleReport report) {
      this.report = report;
    }

    Entry at(String... properties) {
      for (String p : properties) {
        names.add(p);
        indexes.add(null);
      }
      return this;
    }

    /** {@code list[index].property}. */
    Entry atIndex(String list, int index, String property) {
      at(list);
      names.add(property);
      indexes.add(index);
      return this;
    }

    /** {@code [index].property} after the node before: a property of an element of that list. */
    Entry index(int index, String property) {
      names.add(property);
      indexes.add(index);
      return this;
    }

    Entry param(String name, int value) {
      params.put(name, value);
      return this;
    }

    void add(String key) {
      report.valid = false;
      ConstraintValidatorContext context = report.context;
      if (!params.isEmpty()) {
        HibernateConstraintValidatorContext hibernate =
            context.unwrap(HibernateConstraintValidatorContext.class);
        params.forEach(hibernate::addMessageParameter);
      }
      ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate("{" + key + "}");
      NodeBuilderCustomizableContext open = null;
      NodeBuilderDefinedContext closed = null;
      for (int i = 0; i < names.size(); i++) {
        NodeBuilderCustomizableContext next = open != null ? open.addPropertyNode(names.get(i))
            : closed != null ? closed.addPropertyNode(names.get(i))
            : builder.addPropertyNode(names.get(i));
        Integer index = indexes.get(i);
        if (index != null) {
          closed = next.inIterable().atIndex(index);
          open = null;
        } else {
          open = next;
          closed = null;
        }
      }
      if (open != null) {
        open.addConstraintViolation();
      } else if (closed != null) {
        closed.addConstraintViolation();
      } else {
        builder.addConstraintViolation();
      }
    }
  }
}
