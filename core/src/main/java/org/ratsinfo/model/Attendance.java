package org.ratsinfo.model;

/** Whether a participant attended a meeting, as minutes record it. Beyond OParl. */
public enum Attendance {
  /** Present (anwesend), possibly arriving late or leaving early. */
  PRESENT,
  /** Absent with an excuse (entschuldigt). */
  EXCUSED,
  /** Absent without an excuse (unentschuldigt). */
  ABSENT_UNEXCUSED;

  /** Returns {@code true} for {@link #PRESENT}. */
  public boolean isPresent() {
    return this == PRESENT;
  }
}
