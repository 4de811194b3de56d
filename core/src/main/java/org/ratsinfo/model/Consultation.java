package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * The consultation (Beratung) of a paper at an agenda item. OParl: {@code Consultation}.
 *
 * @param paper the paper consulted
 * @param role the role of the consultation, e.g. "Entscheidung", "Kenntnisnahme", "Vorberatung";
 *     optional
 * @param authoritative whether the consultation decides (federführende/abschließende Beratung)
 */
public record Consultation(
    @Valid Paper paper, @Size(max = 200) @XmlText @Nullable String role, boolean authoritative) {

  /** Checks that the paper is present and treats a blank role as absent. */
  public Consultation {
    Objects.requireNonNull(paper, "paper");
    role = Values.optional(role);
  }

  /** A consultation of a paper, with no role, not authoritative. */
  public static Consultation of(Paper paper) {
    return new Consultation(paper, null, false);
  }
}
