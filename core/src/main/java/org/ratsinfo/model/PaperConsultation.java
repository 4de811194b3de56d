package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * One step of a paper's path through the bodies (Beratungsfolge): a body's consultation of the paper,
 * at a meeting, as the paper's page in a council information system lists it. OParl: {@code
 * Consultation}, as {@code Paper.consultation[]} holds it; status and result are beyond OParl.
 *
 * @param date the date of the consultation (of its meeting); optional where not yet scheduled
 * @param organization the body that consults the paper, e.g. "Haupt- und Finanzausschuss"
 * @param role the role, e.g. "Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung"; optional
 * @param authoritative whether this consultation decides (abschließende Beratung)
 * @param status the status where known, e.g. "beraten", "vertagt", "geplant"; optional
 * @param result the result where known, e.g. "ungeändert beschlossen", "zur Kenntnis genommen";
 *     optional. Never shown to the public for a non-public consultation
 * @param meetingId the meeting's identifier in the source system, e.g. its OParl URL; optional. Never
 *     shown, an integrator's links may be made from it
 * @param agendaItemId the agenda item's identifier in the source system; optional, as {@code meetingId}
 * @param visibility whether the consultation was public: {@link Visibility#NON_PUBLIC} where it was
 *     at a non-public item or in a non-public meeting
 */
public record PaperConsultation(
    @Nullable LocalDate date,
    @Valid Organization organization,
    @Size(max = 200) @XmlText @Nullable String role,
    boolean authoritative,
    @Size(max = 200) @XmlText @Nullable String status,
    @Size(max = 1000) @XmlText @Nullable String result,
    @Size(max = 500) @XmlText @Nullable String meetingId,
    @Size(max = 500) @XmlText @Nullable String agendaItemId,
    Visibility visibility) {

  /** Checks that the body and the visibility are present and treats blank strings as absent. */
  public PaperConsultation {
    Objects.requireNonNull(organization, "organization");
    role = Values.optional(role);
    status = Values.optional(status);
    result = Values.optional(result);
    meetingId = Values.optional(meetingId);
    agendaItemId = Values.optional(agendaItemId);
    Objects.requireNonNull(visibility, "visibility");
  }

  /**
   * A public consultation by a body on a date, with its role.
   *
   * @param date the date, or {@code null}
   * @param organization the body
   * @param role the role, or {@code null}
   * @return the consultation, not authoritative, without status, result or identifiers
   */
  public static PaperConsultation of(@Nullable LocalDate date, Organization organization,
      @Nullable String role) {
    return new PaperConsultation(date, organization, role, false, null, null, null, null,
        Visibility.PUBLIC);
  }

  /** A copy with the given result. */
  public PaperConsultation withResult(@Nullable String result) {
    return new PaperConsultation(date, organization, role, authoritative, status, result, meetingId,
        agendaItemId, visibility);
  }

  /** A copy that is (or is not) authoritative. */
  public PaperConsultation withAuthoritative(boolean authoritative) {
    return new PaperConsultation(date, organization, role, authoritative, status, result, meetingId,
        agendaItemId, visibility);
  }

  /** A copy with the given identifiers of the meeting and the agenda item. */
  public PaperConsultation withIds(@Nullable String meetingId, @Nullable String agendaItemId) {
    return new PaperConsultation(date, organization, role, authoritative, status, result, meetingId,
        agendaItemId, visibility);
  }

  /** A copy with the given visibility. */
  public PaperConsultation withVisibility(Visibility visibility) {
    return new PaperConsultation(date, organization, role, authoritative, status, result, meetingId,
        agendaItemId, visibility);
  }
}
