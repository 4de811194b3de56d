package org.ratsinfo.model;

/** The state of a meeting. OParl: {@code meetingState}. */
public enum MeetingState {
  /** terminiert: scheduled. */
  SCHEDULED,
  /** eingeladen: invitations sent. */
  INVITED,
  /** durchgeführt: held. */
  HELD
}
