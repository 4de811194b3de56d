package org.ratsinfo.document;

/**
 * What a {@link Section} holds. Renderers may style or order nothing by it (the layout has decided
 * that); they use it for class names, bookmarks and plug-in overrides.
 */
public enum SectionKind {
  /** The consulted paper (Vorlage): its reference and title as the heading, its fields below. */
  PAPER,
  /** The proposal (Beschlussvorschlag). */
  PROPOSAL,
  /** The resolution text (Beschluss). */
  RESOLUTION,
  /** The statement of facts (Sachverhalt). */
  CONTENT,
  /** The questions of an inquiry (Fragen). */
  QUESTIONS,
  /** The answer to an inquiry (Antwort), question by question. */
  ANSWER,
  /** Oral supplementary questions (Zusatzfragen) and their answers. */
  SUPPLEMENTARY_QUESTIONS,
  /** The course of the debate (Beratungsverlauf, Wortprotokoll). */
  DELIBERATION,
  /**
   * One vote: its motion, how it was taken, the tally (Abstimmungsergebnis), the roll call, the outcome.
   * An item's only vote is a section of the document; several votes are sections of a {@link #VOTES}
   * section.
   */
  VOTE,
  /** The votes of an item that took several, each a {@link #VOTE} section, in the order taken. */
  VOTES,
  /** The members excluded for bias, for an item that records no vote. */
  BIAS,
  /**
   * A paper's path through the bodies (Beratungsfolge): a {@link Table} with a row per consultation,
   * inside the paper's {@link #PAPER} section.
   */
  CONSULTATIONS,
  /** The papers linked to a paper, a {@link LinkList} inside the paper's {@link #PAPER} section. */
  LINKED_PAPERS,
  /**
   * Attachments (Anlagen), a {@link LinkList}: a paper's inside its {@link #PAPER} section, the agenda
   * item's own at the end of the document.
   */
  ATTACHMENTS,
  /** The invitation's text (Einladung), in the agenda. */
  INVITATION,
  /**
   * A part of the agenda: the public part (Öffentlicher Teil) or the non-public part (Nichtöffentlicher
   * Teil), each a {@link Table} of its items; or, inside a part, a group of items under one of the
   * agenda's headings.
   */
  AGENDA,
  /** The attendance list (Anwesenheit) of the minutes; inside it a section per voting group. */
  ATTENDANCE,
  /**
   * One agenda item in the minutes, headed by its number and title ("Ö 6 Radverkehrskonzept"): its
   * fields, papers, texts, votes and attachments, as its excerpt shows them.
   */
  ITEM,
  /** The signatures (Unterschriften) at the end of the minutes. */
  SIGNATURES
}
