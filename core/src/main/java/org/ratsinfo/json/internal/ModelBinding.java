package org.ratsinfo.json.internal;

import tools.jackson.databind.JacksonModule;

/** Sets a mapper up for the model's native format; what {@code RatsinfoModule} registers. */
public final class ModelBinding {

  private ModelBinding() {}

  /**
   * Registers the introspector of the model's records, the (de)serializers of its string types and
   * the instantiators of its records.
   *
   * @param context the mapper's setup
   */
  public static void setUp(JacksonModule.SetupContext context) {
    // Appended: a mapper's own annotations and mix-ins on model types still take precedence.
    context.appendAnnotationIntrospector(new ModelIntrospector());
    context.addSerializers(new Scalars.Writers());
    context.addDeserializers(new Scalars.Readers());
    context.addValueInstantiators(new RecordInstantiators());
  }
}
