package org.ratsinfo.model;

/**
 * The kind of decision taken on an agenda item (Beschlussart). The labels shown for each kind are in
 * the label bundles ({@code decision.<NAME>}); {@link #OTHER} needs a {@link Decision#text()}.
 */
public enum DecisionKind {
  /** zur Kenntnis genommen. */
  ACKNOWLEDGED,
  /** beschlossen. */
  ADOPTED,
  /** einstimmig beschlossen. */
  ADOPTED_UNANIMOUSLY,
  /** mehrheitlich beschlossen. */
  ADOPTED_BY_MAJORITY,
  /** geändert beschlossen. */
  ADOPTED_WITH_CHANGES,
  /** abgelehnt. */
  REJECTED,
  /** vertagt. */
  POSTPONED,
  /** verwiesen (to another committee). */
  REFERRED,
  /** zurückgezogen. */
  WITHDRAWN,
  /** erledigt (settled otherwise, e.g. by an earlier decision). */
  SETTLED,
  /** empfohlen: a preparing committee recommends the paper to the deciding body. */
  RECOMMENDED,
  /** mit Änderungen empfohlen. */
  RECOMMENDED_WITH_CHANGES,
  /** nicht empfohlen. */
  NOT_RECOMMENDED,
  /** Übergang zur Tagesordnung: the body passes to the next item without a decision on the matter. */
  PASSED_TO_NEXT_ITEM,
  /** A local kind, named by {@link Decision#text()}. */
  OTHER
}
