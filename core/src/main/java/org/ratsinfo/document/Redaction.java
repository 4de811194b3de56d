package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;

/**
 * What a document for its audience may show: the one place where redaction is decided (see {@link
 * ExcerptLayout} for the rules). Every part of the layout asks it and decides nothing of this itself.
 * Immutable; one per document.
 */
final class Redaction {

  private final boolean isPublic;
  private final Set<FieldKey> withheld;
  private final boolean nonPublicTitles;

  private Redaction(boolean isPublic, Set<FieldKey> withheld, boolean nonPublicTitles) {
    this.isPublic = isPublic;
    this.withheld = withheld;
    this.nonPublicTitles = nonPublicTitles;
  }

  /**
   * The redaction of a document of the whole meeting: the agenda or the minutes.
   *
   * @param withheldFromPublic the fields the integrator withholds from the public
   * @param nonPublicTitles whether a public agenda lists the titles of the non-public items
   */
  static Redaction of(MeetingExcerpts meeting, Set<FieldKey> withheldFromPublic, boolean nonPublicTitles) {
    boolean isPublic = meeting.audience() == Audience.PUBLIC;
    return new Redaction(isPublic, isPublic ? withheldFromPublic : Set.of(), !isPublic || nonPublicTitles);
  }

  /** Whether an item's content (its papers, texts, votes, files) is shown: not for the public of a non-public item. */
  boolean showsContent(AgendaItem item) {
    return !isPublic || item.visibility().isPublic();
  }

  /**
   * Whether an agenda names an item: a public item always, a non-public one internally, and for the
   * public only where the integrator lists the non-public titles (default: not).
   */
  boolean showsTitle(AgendaItem item) {
    return showsContent(item) || nonPublicTitles;
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
    return new Redaction(isPublic, isPublic ? withheldFromPublic : Set.of(), false);
  }

  /** Whether the field is shown: not withheld from this document's audience. */
  boolean shows(FieldKey key) {
    return !withheld.contains(key);
  }

  /**
   * The item's consultations that are shown, in order: internally all, for the public those of public
   * papers. The first is the main paper's where that is shown.
   */
  List<Consultation> consultations(AgendaItem item) {
    if (!isPublic) {
      return item.consultations();
    }
    List<Consultation> shown = new ArrayList<>(item.consultations().size());
    for (Consultation consultation : item.consultations()) {
      if (consultation.paper().visibility().isPublic()) {
        shown.add(consultation);
      }
    }
    return shown;
  }

  /** Whether a file is listed: always internally, for the public only a public file. */
  boolean shows(File file) {
    return !isPublic || file.visibility().isPublic();
  }

  /** Whether a linked paper is named: always internally, for the public only a public paper. */
  boolean shows(PaperLink link) {
    return !isPublic || link.visibility().isPublic();
  }

  /**
   * Whether a step of the Beratungsfolge shows its status and result. A non-public consultation is
   * listed for the public with its date, body and role, as the Beratungsfolge printed on a public
   * paper lists it, but what it resulted in is shown internally only.
   */
  boolean showsOutcome(PaperConsultation consultation) {
    return !isPublic || consultation.visibility().isPublic();
  }
}
