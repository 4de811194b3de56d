package org.ratsinfo.document;

/**
 * What a {@link Section} holds. Renderers may style or order nothing by it (the layout has decided
 * that); they use it for class names, bookmarks and plug-in overrides.
 */
public enum SectionKind {
  /** The consulted paper (Vorlage): its reference and title as the heading, its fields below. */
  PAPER,
  /** The resolution text (Beschluss). */
  RESOLUTION,
  /** Text content of the item (Sachverhalt, Beratungsverlauf). */
  CONTENT,
  /** The questions of an inquiry (Fragen). */
  QUESTIONS,
  /** The answer to an inquiry (Antwort), question by question. */
  ANSWER,
  /** Oral supplementary questions (Zusatzfragen) and their answers. */
  SUPPLEMENTARY_QUESTIONS,
  /** The vote tally (Abstimmungsergebnis). */
  VOTE
}
