/**
 * ratsinfo core: the council model, its validation, the native JSON format, the labels and the
 * format-neutral document tree of an excerpt.
 */
module org.ratsinfo.core {
  requires static transitive org.jspecify;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires tools.jackson.core;

  exports org.ratsinfo.model;
  exports org.ratsinfo.validation;
  exports org.ratsinfo.validation.constraints;
  exports org.ratsinfo.json;
  exports org.ratsinfo.document;
  exports org.ratsinfo.render;

  uses org.ratsinfo.render.ExcerptRendererProvider;

  // Bean Validation reads constraints from the records' fields and instantiates the rule validators;
  // the JSON codecs call the records' canonical constructors and accessors.
  opens org.ratsinfo.model to org.hibernate.validator;
  opens org.ratsinfo.validation.internal to org.hibernate.validator;
}
