package org.ratsinfo.model;

/**
 * Who an excerpt is made for. Redaction follows from it: what is non-public never reaches a {@link
 * #PUBLIC} excerpt.
 */
public enum Audience {
  /** The public (Öffentlichkeit): web portals, open data, the press. Non-public content is left out. */
  PUBLIC,
  /** Council members and the administration (intern): non-public content is included. */
  INTERNAL
}
