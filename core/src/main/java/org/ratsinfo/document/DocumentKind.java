package org.ratsinfo.document;

/**
 * Which document of a meeting a tree is. Renderers render every kind alike (the tree says everything
 * they show); they may use the kind for metadata, file names or styles.
 */
public enum DocumentKind {
  /** An excerpt (Auszug): one agenda item cut out of the minutes. */
  EXCERPT,
  /** The invitation with its agenda (Einladung, Tagesordnung). */
  AGENDA,
  /** The minutes (Niederschrift): the whole meeting, every item with its decisions and votes. */
  MINUTES
}
