package org.ratsinfo.model;

/** Whether an agenda item or a paper is public (öffentlich) or non-public (nichtöffentlich). */
public enum Visibility {
  /** Öffentlich: shown as "Ö" before an agenda number. */
  PUBLIC,
  /** Nichtöffentlich: shown as "N" before an agenda number; never part of a public excerpt. */
  NON_PUBLIC;

  /** Returns {@code true} for {@link #PUBLIC}. */
  public boolean isPublic() {
    return this == PUBLIC;
  }
}
