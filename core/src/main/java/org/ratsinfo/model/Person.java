package org.ratsinfo.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * A person: a council member, the mayor, a clerk. OParl: {@code Person}; the function is beyond OParl,
 * which keeps it in memberships.
 *
 * <p>The excerpt shows persons in three forms, all derived here: {@link #listName()} ("Gresch,
 * Norbert"), {@link #listNameWithFunction()} ("SVO Prennig, Andreas") and {@link #addressName()} ("Herr
 * Oberbürgermeister Dr. Dudda").
 *
 * @param id an identifier of the source system, e.g. an OParl URL; optional
 * @param formOfAddress the form of address (Anrede), e.g. "Herr", "Frau"; optional
 * @param title the academic title (akademischer Titel), e.g. "Dr."; optional
 * @param givenName the given name (Vorname); optional
 * @param familyName the family name (Familienname)
 * @param function the function or role shown with the name, e.g. "Oberbürgermeister" or "SVO"
 *     (Stadtverordneter); optional
 */
public record Person(
    @Size(max = 500) @XmlText @Nullable String id,
    @Size(max = 50) @XmlText @Nullable String formOfAddress,
    @Size(max = 50) @XmlText @Nullable String title,
    @Size(max = 200) @XmlText @Nullable String givenName,
    @NotBlank @Size(max = 200) @XmlText String familyName,
    @Size(max = 200) @XmlText @Nullable String function) {

  /** Checks that the family name is present and treats blank optional strings as absent. */
  public Person {
    id = Values.optional(id);
    formOfAddress = Values.optional(formOfAddress);
    title = Values.optional(title);
    givenName = Values.optional(givenName);
    familyName = Values.required(familyName, "familyName");
    function = Values.optional(function);
  }

  /** A person with a given and a family name. */
  public static Person of(@Nullable String givenName, String familyName) {
    return new Person(null, null, null, givenName, familyName, null);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this person's values. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .formOfAddress(formOfAddress)
        .title(title)
        .givenName(givenName)
        .familyName(familyName)
        .function(function);
  }

  /** A copy with the given function. */
  public Person withFunction(@Nullable String function) {
    return new Person(id, formOfAddress, title, givenName, familyName, function);
  }

  /** Family name, comma, title and given name, as in lists: "Prennig, Andreas", "Dudda, Dr. Frank". */
  public String listName() {
    StringJoiner rest = new StringJoiner(" ");
    if (title != null) {
      rest.add(title);
    }
    if (givenName != null) {
      rest.add(givenName);
    }
    return rest.length() == 0 ? familyName : familyName + ", " + rest;
  }

  /** The function before the {@link #listName()}: "SVO Prennig, Andreas". */
  public String listNameWithFunction() {
    return function == null ? listName() : function + " " + listName();
  }

  /**
   * Form of address, function, title and family name, as a person is named in running text: "Herr
   * Oberbürgermeister Dr. Dudda". Falls back to the given name where neither a form of address nor a
   * function is known ("Andreas Prennig").
   */
  public String addressName() {
    StringJoiner name = new StringJoiner(" ");
    if (formOfAddress != null) {
      name.add(formOfAddress);
    }
    if (function != null) {
      name.add(function);
    }
    if (title != null) {
      name.add(title);
    }
    if (formOfAddress == null && function == null && givenName != null) {
      name.add(givenName);
    }
    return name.add(familyName).toString();
  }

  /** Builds a {@link Person}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String formOfAddress;
    private @Nullable String title;
    private @Nullable String givenName;
    private @Nullable String familyName;
    private @Nullable String function;

    private Builder() {}

    /** See {@link Person#id()}. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** See {@link Person#formOfAddress()}. */
    public Builder formOfAddress(@Nullable String formOfAddress) {
      this.formOfAddress = formOfAddress;
      return this;
    }

    /** See {@link Person#title()}. */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /** See {@link Person#givenName()}. */
    public Builder givenName(@Nullable String givenName) {
      this.givenName = givenName;
      return this;
    }

    /** See {@link Person#familyName()}; required. */
    public Builder familyName(String familyName) {
      this.familyName = familyName;
      return this;
    }

    /** See {@link Person#function()}. */
    public Builder function(@Nullable String function) {
      this.function = function;
      return this;
    }

    /**
     * The person.
     *
     * @throws NullPointerException if the family name is missing
     */
    public Person build() {
      return new Person(id, formOfAddress, title, givenName, Values.required(familyName, "familyName"),
          function);
    }
  }
}
