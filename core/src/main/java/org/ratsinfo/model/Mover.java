package org.ratsinfo.model;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * Who moved a motion that was voted on (Antragsteller/-in): a person or an organization such as a
 * faction, exactly one of them (validation checks this). Beyond OParl, whose {@code Paper} knows
 * originators but not the movers of a motion made in the meeting.
 *
 * @param person the person; absent if an organization moved it
 * @param organization the organization; absent if a person moved it
 */
public record Mover(@Valid @Nullable Person person, @Valid @Nullable Organization organization) {


  /** A person who moved the motion. */
  public static Mover of(Person person) {
    return new Mover(java.util.Objects.requireNonNull(person, "person"), null);
  }

  /** An organization (a faction, the administration) that moved the motion. */
  public static Mover of(Organization organization) {
    return new Mover(null, java.util.Objects.requireNonNull(organization, "organization"));
  }

  /**
   * The name as shown: an organization's name, or a person's {@link Person#listNameWithFunction()};
   * empty for a mover that names neither (which validation rejects).
   */
  public String displayName() {
    return organization != null ? organization.name()
        : person != null ? person.listNameWithFunction() : "";
  }
}
