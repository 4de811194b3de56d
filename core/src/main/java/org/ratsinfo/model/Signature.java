package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * A signature under the minutes (Niederschrift), as recorded: the chair's and the minute-taker's
 * (VwVfG § 93; the municipal codes, e.g. RLP GemO § 41). This is data: a document shows a signature
 * block only for the signatures given here and never makes one up. Beyond OParl.
 *
 * <p>The signatory is a {@link #person() person} or a plain {@link #name() name}, exactly one of
 * them (validation checks this, and that a name holds a character that shows).
 *
 * @param person the signatory as a person; absent where only a plain name is given
 * @param name the signatory's name as written, e.g. "Dr. Almut Feldkamp"; absent where a person is
 *     given
 * @param function the function the signatory signs in, e.g. "Bürgermeisterin", "Schriftführerin";
 *     optional
 * @param place the place of signing, e.g. "Musterstadt"; optional
 * @param date the date of signing; optional
 */
public record Signature(
    @Valid @Nullable Person person,
    @Size(max = 300) @XmlText @Nullable String name,
    @Size(max = 200) @XmlText @Nullable String function,
    @Size(max = 200) @XmlText @Nullable String place,
    @Nullable LocalDate date) {

  /** Treats blank strings as absent. */
  public Signature {
    name = Values.optional(name);
    function = Values.optional(function);
    place = Values.optional(place);
  }

  /**
   * A signature by a person.
   *
   * @param person the signatory
   * @param function the function signed in, or {@code null}
   * @param place the place of signing, or {@code null}
   * @param date the date of signing, or {@code null}
   * @return the signature
   */
  public static Signature of(Person person, @Nullable String function, @Nullable String place,
      @Nullable LocalDate date) {
    return new Signature(Objects.requireNonNull(person, "person"), null, function, place, date);
  }

  /**
   * A signature by a plain name.
   *
   * @param name the signatory's name as written
   * @param function the function signed in, or {@code null}
   * @param place the place of signing, or {@code null}
   * @param date the date of signing, or {@code null}
   * @return the signature
   */
  public static Signature ofName(String name, @Nullable String function, @Nullable String place,
      @Nullable LocalDate date) {
    return new Signature(null, Objects.requireNonNull(name, "name"), function, place, date);
  }
}
