package org.ratsinfo.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * The body (Körperschaft) whose council information system this is, e.g. "Stadt Herne". OParl: {@code
 * Body}.
 *
 * @param id an identifier of the source system, e.g. an OParl URL; optional
 * @param name the name, e.g. "Stadt Herne"
 * @param shortName a short name, e.g. "Herne"; optional
 */
public record Body(
    @Size(max = 500) @XmlText @Nullable String id,
    @NotBlank @Size(max = 300) @XmlText String name,
    @Size(max = 100) @XmlText @Nullable String shortName) {

  /** Checks that the name is present and treats blank optional strings as absent. */
  public Body {
    id = Values.optional(id);
    name = Values.required(name, "name");
    shortName = Values.optional(shortName);
  }

  /** A body with just a name. */
  public static Body of(String name) {
    return new Body(null, name, null);
  }
}
