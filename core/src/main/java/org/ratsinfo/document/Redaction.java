package org.ratsinfo.document;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Excerpt;

/**
 * What a document for its audience may show: the one place where redaction is decided (see {@link
 * ExcerptLayout} for the rules). Every part of the layout asks it and decides nothing of this itself.
 * Immutable; one per document.
 */
final class Redaction {

  private final boolean isPublic;
  private final Set<FieldKey> withheld;

  private Redaction(boolean isPublic, Set<FieldKey> withheld) {
    this.isPublic = isPublic;
    this.withheld = withheld;
  }

  /**
   * The redaction of an excerpt.
   *
   * @param withheldFromPublic the fields the integrator withholds from the public
   * @throws IllegalArgumentException if the excerpt is for the public but its agenda item is not public
   */
  static Redaction of(Excerpt excerpt, Set<FieldKey> withheldFromPublic) {
    boolean isPublic = excerpt.audience() == Audience.PUBLIC;
    AgendaItem item = excerpt.agendaItem();
    if (isPublic && !item.visibility().isPublic()) {
      throw new IllegalArgumentException(
          "agenda item " + item.number() + " is not public and cannot be shown in a public excerpt");
    }
    return new Redaction(isPublic, isPublic ? withheldFromPublic : Set.of());
  }

  /** Whether the field is shown: not withheld from this document's audience. */
  boolean shows(FieldKey key) {
    return !withheld.contains(key);
  }

  /** The item's consultation if it is shown: always internally, for the public only of a public paper. */
  @Nullable Consultation consultation(AgendaItem item) {
    Consultation consultation = item.consultation();
    return consultation != null && (!isPublic || consultation.paper().visibility().isPublic())
        ? consultation
        : null;
  }
}
