package org.ratsinfo.model;

/**
 * What a {@link Vote} was taken on. Beyond OParl; compare Popolo's {@code Motion} and Akoma Ntoso's
 * {@code <voting>}. The JSON names are the lowerCamelCase of the constants ({@code "separatePoint"}).
 */
public enum VoteSubject {
  /** The main motion or the draft resolution (Hauptantrag, Beschlussvorschlag). */
  MAIN,
  /** An amendment (Änderungsantrag). */
  AMENDMENT,
  /** A supplementary motion (Zusatzantrag, Ergänzungsantrag). */
  SUPPLEMENTARY,
  /** A procedural motion (Geschäftsordnungsantrag, GO-Antrag), e.g. to postpone or for a secret ballot. */
  PROCEDURAL,
  /** A separate point of a resolution voted on by itself (getrennte Abstimmung, Einzelpunkt). */
  SEPARATE_POINT,
  /** Anything else; the vote's title says what. */
  OTHER
}
