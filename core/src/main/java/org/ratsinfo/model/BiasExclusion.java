package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * A member excluded from the deliberation and the votes of an agenda item for bias (Befangenheit,
 * Mitwirkungsverbot: § 31 GO NRW, § 18 GemO BW and their equivalents). Beyond OParl.
 *
 * @param person the member
 * @param reason the reason as recorded, e.g. "Eigentümer eines angrenzenden Grundstücks"; optional
 */
public record BiasExclusion(
    @Valid Person person, @Size(max = 1000) @XmlText @Nullable String reason) {

  /** Checks that the person is present and treats a blank reason as absent. */
  public BiasExclusion {
    Objects.requireNonNull(person, "person");
    reason = Values.optional(reason);
  }

  /** An exclusion of the given person, with the reason if one is recorded. */
  public static BiasExclusion of(Person person, @Nullable String reason) {
    return new BiasExclusion(person, reason);
  }
}
