package org.ratsinfo.model;

/**
 * The role a person has in a meeting, as minutes list those who attended. Beyond OParl, whose {@code
 * Meeting.participant} names persons without a role (their {@code Membership.role} is the role in the
 * body, not in the meeting).
 */
public enum ParticipantRole {
  /** A member of the body (Mitglied). */
  MEMBER,
  /** A deputy (Vertreter/-in) who stands in for a member named in {@link Participant#deputyFor()}. */
  DEPUTY,
  /** The chair of the meeting (Vorsitz), e.g. the mayor; at most one per meeting. */
  CHAIR,
  /** A deputy chair (stellvertretender Vorsitz), who may chair single items. */
  DEPUTY_CHAIR,
  /** The minute-taker (Schriftführer/-in). */
  MINUTE_TAKER,
  /** A member of the administration (Verwaltung), e.g. a department head. */
  ADMINISTRATION,
  /** A guest (Gast), e.g. a member of an advisory board. */
  GUEST,
  /** An expert (Sachverständige/-r) heard at the meeting. */
  EXPERT
}
