package org.ratsinfo.oparl;

/**
 * What was wrong with an OParl object, as an {@link OParlWarning} reports it. Most issues are
 * deviations from the OParl specification (1.1, or 1.0 for objects of 1.0), which real servers commit: {@link OParlReader} in
 * tolerant mode repairs them with a warning, in strict mode rejects the input. The few that are no
 * deviation ({@link #deviation()} is {@code false}) are warnings in both modes.
 */
public enum OParlIssue {
  /** An agenda item lacks {@code order}, which OParl 1.1 requires; its position in the meeting is used. */
  MISSING_ORDER(true),
  /** A single value stands where the specification wants a list; it is read as a list of one. */
  SINGLE_VALUE_FOR_LIST(true),
  /** A list stands where the specification wants a single value; its only element is used. */
  LIST_FOR_SINGLE_VALUE(true),
  /** A MIME type is written as a file extension, e.g. {@code "docx"}; it is read as the MIME type. */
  MIME_TYPE_AS_EXTENSION(true),
  /** A URL is the empty string; it is treated as absent. */
  EMPTY_URL(true),
  /** A property the specification does not define and that has no vendor prefix; it is ignored. */
  UNKNOWN_PROPERTY(true),
  /** A date-time has no offset; it is read in the reader's time zone (default Europe/Berlin). */
  DATE_TIME_WITHOUT_OFFSET(true),
  /** A value has the wrong JSON type; it is converted where that is unambiguous, else ignored. */
  WRONG_TYPE(true),
  /** A value cannot be read, e.g. a date that is no date; it is ignored. */
  INVALID_VALUE(true),
  /** An agenda item's number is not of letters and digits separated by dots ("10.", "c)"); it is cleaned. */
  AGENDA_NUMBER_CLEANED(true),
  /** A property that the specification requires is missing; the import goes on without it. */
  MISSING_PROPERTY(true),
  /**
   * A property the specification leaves optional but the model needs is missing, e.g. a paper's {@code
   * reference}; a stand-in is used, which the warning names.
   */
  MISSING_FOR_MODEL(false),
  /** An object has no {@code id}. */
  MISSING_ID(true),
  /** An object's {@code type} is not an OParl type; the object is ignored. */
  UNKNOWN_TYPE(true),
  /** Two objects disagree, e.g. an agenda item and a consultation that point to different papers. */
  CONTRADICTION(true),
  /** A meeting cannot be imported, e.g. because it has no start; it is left out. */
  MEETING_SKIPPED(false),
  /**
   * An extension property of ratsinfo's own (e.g. {@code ratsinfo:votes}) is malformed: the warning's
   * field names the property and the path within its value ({@code
   * ratsinfo:votes[1].tally.groups[0].counts.no}), its message the reason. The value is ignored; of a
   * list, only the malformed element.
   */
  INVALID_EXTENSION(true),
  /** Two different objects have the same {@code id}; the first is kept. */
  DUPLICATE_ID(true),
  /** A reference names an object that neither the input nor the object source provides; ignored. */
  UNRESOLVED_REFERENCE(false),
  /** No body (Körperschaft) was found for a meeting; the reader's fallback body or a stand-in is used. */
  NO_BODY(false),
  /** A document is not an OParl object, list page or array of objects; it is ignored. */
  NOT_OPARL(true),
  /**
   * A meeting ends before it starts (session servers write the end as 00:00 of the meeting's day); the
   * end is left out.
   */
  END_BEFORE_START(true),
  /**
   * Agenda items carry no {@code public}, and a heading before them ("Nichtöffentliche Sitzung") says
   * which part of the meeting they are in; their visibility is taken from it. One warning per heading.
   */
  VISIBILITY_INFERRED(true),
  /**
   * Agenda items carry no {@code public} and no heading says which part they are in; they are read as
   * public, since OParl publishes public data. One warning per meeting.
   */
  VISIBILITY_ASSUMED(true),
  /**
   * An agenda item's {@code public} is no boolean ({@code 0}, {@code null}, {@code "nein"}): the item is
   * read as non-public, so that a visibility that cannot be read never publishes an item.
   */
  VISIBILITY_UNREADABLE(true),
  /**
   * An agenda item has no number (an amendment dealt with under the item before it): it gets a
   * sub-number of the item before it that no other item of the meeting has, e.g. "7.1".
   */
  NUMBER_DERIVED(false),
  /**
   * An agenda item has the number of an earlier item of the same part of the meeting: it gets a
   * sub-number of it that no item of the meeting has, e.g. "7.1", so that no excerpt takes another's
   * number.
   */
  DUPLICATE_NUMBER(false),
  /** An agenda number is written with a trailing dot, "1."; it is read without. Reported in strict mode only. */
  AGENDA_NUMBER_NORMALISED(false),
  /**
   * A list page names a next page that was read neither from the input nor from the object source:
   * the list is incomplete.
   */
  NEXT_PAGE_NOT_READ(false),
  /**
   * A text holds characters that no document can carry (control characters, as word processors leave
   * them); they are replaced by spaces.
   */
  TEXT_REPAIRED(false),
  /** A text is longer than ratsinfo keeps of that property (e.g. a title of 1,000 characters); it is shortened. */
  TEXT_SHORTENED(false),
  /**
   * A URL is not an absolute {@code http} or {@code https} URL as RFC 3986 describes it, e.g. it has
   * a space or an unencoded umlaut; it is used as written.
   */
  INVALID_URL(true),
  /**
   * A number is outside the range its property allows, e.g. a negative {@code order} or one beyond
   * 2147483647; it is ignored.
   */
  OUT_OF_RANGE(true),
  /**
   * A property that the object's OParl version does not define but another does, e.g. {@code order}
   * in an OParl 1.0 agenda item; it is read as that version defines it.
   */
  NOT_IN_VERSION(true),
  /**
   * An embedded object is of another type or OParl version than the specification wants where it
   * is, e.g. a {@code Paper} in a meeting's {@code agendaItem}; it is read as the type it names.
   */
  WRONG_OBJECT_TYPE(true),
  /**
   * An agenda entry without a number consults a paper right after a numbered item (an amendment dealt
   * with under the motion it amends, as large cities' servers write it, OParl/spec#413): the paper
   * becomes a further paper of that item, and the entry no item of its own. Its result stays with the
   * paper's consultation at the item.
   */
  FURTHER_CONSULTATION(false),
  /**
   * A consultation of a paper names no body (Gremium), neither itself nor through its meeting; it is
   * left out of the paper's path through the bodies (Beratungsfolge).
   */
  CONSULTATION_SKIPPED(false),
  /**
   * A file's {@code accessUrl} is no address a document may link to: not an absolute {@code https} or
   * {@code http} URL with a host ({@code javascript:}, {@code data:}, {@code file:}, a relative
   * reference), or longer than 2,000 characters. The file is kept without it, so that it never becomes a
   * link.
   */
  UNLINKABLE_URL(true);

  private final boolean deviation;

  OParlIssue(boolean deviation) {
    this.deviation = deviation;
  }

  /**
   * Whether the issue is a deviation from the OParl 1.1 specification: a reason to reject the input in
   * strict mode.
   *
   * @return {@code true} for a deviation, {@code false} for an issue that is a warning in both modes
   */
  public boolean deviation() {
    return deviation;
  }
}
