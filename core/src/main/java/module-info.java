/**
 * ratsinfo core: the council model, its validation, the native JSON format, the labels and the
 * format-neutral document tree of an excerpt.
 */
module org.ratsinfo.core {
  requires static transitive org.jspecify;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires tools.jackson.databind;

  exports org.ratsinfo.model;
  exports org.ratsinfo.json;
  exports org.ratsinfo.validation.constraints;

  // Bean Validation reads constraints from the records' fields; Jackson calls their constructors.
  opens org.ratsinfo.model to org.hibernate.validator, tools.jackson.databind;
}
