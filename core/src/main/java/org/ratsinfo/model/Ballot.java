package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * One member's vote in a roll call (namentliche Abstimmung). Beyond OParl; Popolo: {@code Vote} with
 * {@code voter}, {@code option} and {@code group}.
 *
 * @param person the member
 * @param group the voting group (faction) the member voted in, as named in the vote's tally; optional
 * @param option how the member voted; {@link VoteOption#BIASED} for a member excluded for bias, {@link
 *     VoteOption#ABSENT} for one not present at the vote
 */
public record Ballot(
    @Valid Person person, @Size(max = 100) @XmlText @Nullable String group, VoteOption option) {

  /** Checks that person and option are present and treats a blank group as absent. */
  public Ballot {
    Objects.requireNonNull(person, "person");
    group = Values.optional(group);
    Objects.requireNonNull(option, "option");
  }

  /** A ballot of a member of the given group. */
  public static Ballot of(Person person, @Nullable String group, VoteOption option) {
    return new Ballot(person, group, option);
  }
}
