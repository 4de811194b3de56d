package org.ratsinfo.document;

/**
 * Which fact a {@link Field} shows, or a part of a document that names persons; the label shown is in {@link Field#label()}. Also names the fields
 * an integrator withholds from the public with {@link ExcerptLayout.Builder#withheldFromPublic(java.util.Set)}.
 */
public enum FieldKey {
  /** TOP: the agenda number with its visibility, e.g. "Ö 19.1". */
  AGENDA_ITEM,
  /** Gremium: the council or committee. */
  ORGANIZATION,
  /**
   * Beschlussart: the decision. Withheld, it takes the vote tally's outcome line ("Ergebnis:
   * einstimmig angenommen") with it, which states the same decision; the tally's counts stay.
   */
  DECISION,
  /** Datum: the meeting's date, e.g. "Di, 28.02.2017". */
  DATE,
  /**
   * Status of the meeting: öffentlich, nichtöffentlich or öffentlich/nichtöffentlich; for a cancelled
   * meeting followed by ", abgesagt".
   */
  MEETING_STATUS,
  /** Zeit: start and end, e.g. "16:00 - 17:55". */
  TIME,
  /** Anlass: the occasion, e.g. "Sitzung". */
  OCCASION,
  /** Raum: the room. */
  ROOM,
  /** Ort: the place. */
  LOCATION,
  /** Status of the paper: öffentlich or nichtöffentlich. */
  PAPER_STATUS,
  /** Vorlage-Art: the paper type. */
  PAPER_TYPE,
  /** Datum of the paper. */
  PAPER_DATE,
  /** Verfasser: the authors of the paper. */
  ORIGINATORS,
  /** Federführend: the lead department. */
  LEAD_DEPARTMENT,
  /** Bearbeiter/-in: the clerk. */
  CLERK,
  /** Beratungsrolle: the role of the consultation, e.g. "Entscheidung". */
  CONSULTATION_ROLE,
  /** Antragsteller: the movers of a motion voted on. */
  MOVERS,
  /**
   * The ballots of a roll call (namentliche Abstimmung): withheld, a public document shows the counts
   * of a roll call but not the table of who voted how.
   */
  BALLOTS,
  /**
   * The members excluded for bias (Befangenheit) and the reasons; withheld, also the rows of a roll
   * call in which a member voted "befangen" (the count stays).
   */
  EXCLUDED_FOR_BIAS,
  /** Einladung vom: the date of the invitation, in the agenda. */
  INVITATION_DATE,
  /** Vorsitz: who chaired the meeting, or an item where the chair changed. */
  CHAIR,
  /** Schriftführung: who took the minutes. */
  MINUTE_TAKER,
  /**
   * The attendance list of the minutes: who attended, for which group, who was excused or absent,
   * who deputised, who arrived or left during the meeting. Withheld, a public document names no
   * participant but the chair and the minute-taker.
   */
  ATTENDANCE
}
