package org.ratsinfo.model;

/** Whether a meeting has a public part, a non-public part, or both (Status of a Sitzung). */
public enum MeetingPublicity {
  /** öffentlich. */
  PUBLIC,
  /** nichtöffentlich. */
  NON_PUBLIC,
  /** öffentlich/nichtöffentlich. */
  PUBLIC_AND_NON_PUBLIC;

  /** Whether items of the given visibility may be on the agenda of a meeting of this publicity. */
  public boolean allows(Visibility visibility) {
    return this == PUBLIC_AND_NON_PUBLIC
        || (this == PUBLIC) == (visibility == Visibility.PUBLIC);
  }
}
