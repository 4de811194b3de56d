package org.ratsinfo.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * An organization: a committee (Gremium, e.g. "Rat der Stadt"), a faction (Fraktion, e.g. "SPD") or an
 * administrative unit (Verwaltungseinheit, e.g. "FB 11 - Rat und Bezirksvertretungen"). OParl: {@code
 * Organization}.
 *
 * @param id an identifier of the source system, e.g. an OParl URL; optional
 * @param name the name as shown, e.g. "Rat der Stadt"
 * @param shortName a short name, e.g. "Rat" or "FB 11"; optional
 * @param type the kind of organization
 */
public record Organization(
    @Size(max = 500) @XmlText @Nullable String id,
    @NotBlank @Size(max = 300) @XmlText String name,
    @Size(max = 100) @XmlText @Nullable String shortName,
    OrganizationType type) {

  /** Checks that name and type are present and treats blank optional strings as absent. */
  public Organization {
    id = Values.optional(id);
    name = Values.required(name, "name");
    shortName = Values.optional(shortName);
    Objects.requireNonNull(type, "type");
  }

  /** A committee (Gremium) with a name. */
  public static Organization committee(String name) {
    return new Organization(null, name, null, OrganizationType.COMMITTEE);
  }

  /** A faction (Fraktion) with a name. */
  public static Organization faction(String name) {
    return new Organization(null, name, null, OrganizationType.FACTION);
  }

  /** An administrative unit (Verwaltungseinheit) with a name. */
  public static Organization administrativeUnit(String name) {
    return new Organization(null, name, null, OrganizationType.ADMINISTRATIVE_UNIT);
  }

  /** A copy with the given identifier. */
  public Organization withId(@Nullable String id) {
    return new Organization(id, name, shortName, type);
  }

  /** A copy with the given short name. */
  public Organization withShortName(@Nullable String shortName) {
    return new Organization(id, name, shortName, type);
  }
}
