/**
 * ratsinfo core: the council model, its validation, the native JSON format, the labels and the
 * format-neutral document tree of an excerpt.
 */
// "module": the modules to which packages are exported are not there when core is compiled.
@SuppressWarnings("module")
module org.ratsinfo.core {
  // The JSON format reads which record components are optional from their @Nullable, at run time.
  requires transitive org.jspecify;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // RatsinfoModule is a Jackson module: Jackson's data binding is part of the API.
  requires transitive tools.jackson.databind;

  exports org.ratsinfo.model;
  exports org.ratsinfo.validation;
  exports org.ratsinfo.validation.constraints;
  exports org.ratsinfo.json;
  exports org.ratsinfo.document;
  exports org.ratsinfo.render;
  exports org.ratsinfo.render.batch;

  // The reading of JSON (its failures and messages, the strict mapper) shared with the OParl module.
  exports org.ratsinfo.json.internal to org.ratsinfo.oparl;
  // Shared by ratsinfo's modules rather than copied: message bundles in German and English, the
  // messages of exceptions and warnings, texts shortened and quoted for messages, character rules.
  exports org.ratsinfo.internal to org.ratsinfo.oparl, org.ratsinfo.render.pdf;

  uses org.ratsinfo.render.ExcerptRendererProvider;

  // Found by JsonMapper.builder().findAndAddModules() (and META-INF/services on the class path).
  provides tools.jackson.databind.JacksonModule with org.ratsinfo.json.RatsinfoModule;

  // Bean Validation reads constraints from the records' fields and instantiates the rule validators.
  opens org.ratsinfo.model to org.hibernate.validator;
  opens org.ratsinfo.validation.internal to org.hibernate.validator;
  // Jackson makes the record that reads a document of either kind.
  opens org.ratsinfo.json.internal to tools.jackson.databind;
}
