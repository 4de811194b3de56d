package org.ratsinfo.json;

import org.ratsinfo.json.internal.JsonBinding;
import org.ratsinfo.json.internal.ModelBinding;
import org.ratsinfo.json.internal.RatsinfoVersion;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The native JSON format of the model for any Jackson 3 mapper: with it, a mapper reads and writes
 * every record of {@code org.ratsinfo.model} exactly as {@link RatsinfoJson} does, byte for byte in the
 * same layout.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RatsinfoModule()).build();
 * Excerpt excerpt = mapper.readValue(json, Excerpt.class);
 * String compact = mapper.writeValueAsString(excerpt);                   // RatsinfoJson without prettyPrint
 * String pretty = mapper.writer().with(RatsinfoModule.prettyPrinter()).writeValueAsString(excerpt);
 * }</pre>
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds it too (it is declared as a service, for the
 * module path and the class path), and Spring Boot registers a {@code JacksonModule} bean with its
 * auto-configured mapper. The module changes nothing but the model's types: property names are the
 * record components, written in their order whatever the mapper's naming strategy or sorting; absent
 * values and empty lists are left out; enums, texts, paper types, date-times and dates are the format's
 * strings whatever the mapper's enum and java.time settings; item content names its kind in {@code
 * "type"}. A required component that is absent or {@code null}, and {@code null} in a list, are errors
 * ({@code InvalidNullException}).
 *
 * <p>How strictly input is read is the mapper's business: a mapper of your own applies its own features
 * to the model too (Jackson 3 ignores unknown properties by default, coerces scalars, and so on). {@link
 * RatsinfoJson} is the strict reader: unknown properties, duplicate keys, wrong types and trailing
 * content are errors, with messages in English or German.
 *
 * <p>Stateless; one instance may be registered with any number of mappers.
 */
public final class RatsinfoModule extends JacksonModule {

  /** A module; all instances are alike. */
  public RatsinfoModule() {}

  /**
   * The layout of {@link RatsinfoJson}'s indented output, for a writer of one's own: two spaces, lines
   * ended by {@code \n} on every platform, {@code "name": value}, empty objects and arrays as {@code {}}
   * and {@code []}; no final line break.
   *
   * @return a new pretty printer (Jackson makes one per document from it)
   */
  public static PrettyPrinter prettyPrinter() {
    return JsonBinding.prettyPrinter();
  }

  @Override
  public String getModuleName() {
    return "ratsinfo";
  }

  @Override
  public Version version() {
    return RatsinfoVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    ModelBinding.setUp(context);
  }
}
