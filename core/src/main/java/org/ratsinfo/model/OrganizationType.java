package org.ratsinfo.model;

/** The kind of an {@link Organization}. OParl: {@code organizationType}. */
public enum OrganizationType {
  /** Gremium: a council (Rat), a committee (Ausschuss), a district council (Bezirksvertretung). */
  COMMITTEE,
  /** Fraktion or Gruppe: members of a council who vote together. */
  FACTION,
  /** Partei. */
  PARTY,
  /** Verwaltungsbereich: a unit of the administration, e.g. "FB 11 - Rat und Bezirksvertretungen". */
  ADMINISTRATIVE_UNIT,
  /** Anything else. */
  OTHER
}
