package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * A meeting (Sitzung) of a council or committee. OParl: {@code Meeting}.
 *
 * <p>Start and end are date-times in a time zone; the builder reads local date-times in {@link
 * #DEFAULT_TIME_ZONE} (Europe/Berlin) unless told otherwise. A meeting may carry its whole agenda,
 * public and non-public items, so that every item can be rendered in one call; an excerpt needs only
 * the one item it shows.
 *
 * <p>For the minutes (Niederschrift) a meeting also carries what was recorded of it: the times it was
 * actually opened and closed, the invitation's date and text, who was invited and attended ({@link
 * Participant}), and the signatures under the minutes. All of it is optional data: documents show what
 * is given and never make anything up.
 *
 * @param id an identifier of the source system, e.g. an OParl URL; optional
 * @param name the name, e.g. "12. Sitzung des Rates"; optional
 * @param organization the council or committee (Gremium) that meets
 * @param occasion the occasion (Anlass), e.g. "Sitzung", "Sondersitzung"; optional
 * @param start the start (Beginn)
 * @param end the end (Ende); optional
 * @param openedAt when the chair actually opened the meeting (Eröffnung), as the minutes record it,
 *     distinct from the scheduled {@code start}; optional
 * @param closedAt when the chair actually closed the meeting (Schluss der Sitzung); optional, not
 *     before {@code openedAt}
 * @param location where the meeting takes place (Ort, Raum); optional
 * @param state the state (terminiert, eingeladen, durchgeführt); optional
 * @param cancelled whether the meeting was cancelled (abgesagt)
 * @param publicity whether the meeting has public and/or non-public parts (Status)
 * @param invitationDate the date of the invitation (Einladung vom); optional
 * @param invitationText the invitation's text (Einladungstext) before the agenda; optional. The
 *     invitation as a file is {@code invitation}
 * @param participants the persons invited, with their role, voting group and attendance, in the order
 *     the minutes list them; OParl: {@code participant} (the persons only). May be empty
 * @param agenda the agenda items (Tagesordnung), in order; may be empty
 * @param headings the headings that structure the agenda (Gliederungspunkte such as "Nichtöffentliche
 *     Sitzung"), placed among the items by their {@link AgendaHeading#order() order}; may be empty.
 *     They are no items and have no excerpt
 * @param invitation the invitation (Einladung) as a file; optional; OParl: {@code invitation}
 * @param resultsProtocol the minutes (Niederschrift, Ergebnisprotokoll) as a file; optional; OParl:
 *     {@code resultsProtocol}
 * @param auxiliaryFiles the meeting's other files, in order; OParl: {@code auxiliaryFile}
 * @param signatures the signatures under the minutes, in order (usually the chair's, then the
 *     minute-taker's); may be empty
 */
public record Meeting(
    @Size(max = 500) @XmlText @Nullable String id,
    @Size(max = 300) @XmlText @Nullable String name,
    @Valid Organization organization,
    @Size(max = 100) @XmlText @Nullable String occasion,
    ZonedDateTime start,
    @Nullable ZonedDateTime end,
    @Nullable ZonedDateTime openedAt,
    @Nullable ZonedDateTime closedAt,
    @Valid @Nullable Location location,
    @Nullable MeetingState state,
    boolean cancelled,
    MeetingPublicity publicity,
    @Nullable LocalDate invitationDate,
    @Valid @Nullable Text invitationText,
    @Size(max = 1000) List<@Valid Participant> participants,
    @Size(max = 2000) List<@Valid AgendaItem> agenda,
    @Size(max = 2000) List<@Valid AgendaHeading> headings,
    @Valid @Nullable File invitation,
    @Valid @Nullable File resultsProtocol,
    @Size(max = 500) List<@Valid File> auxiliaryFiles,
    @Size(max = 20) List<@Valid Signature> signatures) {

  /** The time zone local date-times are read in unless told otherwise: Europe/Berlin. */
  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Berlin");

  /** Checks that the required values are present and copies the lists. */
  public Meeting {
    id = Values.optional(id);
    name = Values.optional(name);
    Objects.requireNonNull(organization, "organization");
    occasion = Values.optional(occasion);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(publicity, "publicity");
    participants = Values.list(participants, "participants");
    agenda = Values.list(agenda, "agenda");
    headings = Values.list(headings, "headings");
    auxiliaryFiles = Values.list(auxiliaryFiles, "auxiliaryFiles");
    signatures = Values.list(signatures, "signatures");
  }

  /** A new builder; publicity defaults to {@link MeetingPublicity#PUBLIC}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this meeting's values. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .name(name)
        .organization(organization)
        .occasion(occasion)
        .start(start)
        .end(end)
        .openedAt(openedAt)
        .closedAt(closedAt)
        .location(location)
        .state(state)
        .cancelled(cancelled)
        .publicity(publicity)
        .invitationDate(invitationDate)
        .invitationText(invitationText)
        .participants(participants)
        .agenda(agenda)
        .headings(headings)
        .invitation(invitation)
        .resultsProtocol(resultsProtocol)
        .auxiliaryFiles(auxiliaryFiles)
        .signatures(signatures);
  }

  /** A copy with the given agenda. */
  public Meeting withAgenda(List<AgendaItem> agenda) {
    return toBuilder().agenda(agenda).build();
  }

  /** A copy with the given agenda headings. */
  public Meeting withHeadings(List<AgendaHeading> headings) {
    return toBuilder().headings(headings).build();
  }

  /** A copy with the given participants. */
  public Meeting withParticipants(List<Participant> participants) {
    return toBuilder().participants(participants).build();
  }

  /** A copy with the given signatures under the minutes. */
  public Meeting withSignatures(List<Signature> signatures) {
    return toBuilder().signatures(signatures).build();
  }

  /** A copy without agenda items and headings: what an excerpt needs of the meeting. */
  public Meeting withoutAgenda() {
    return agenda.isEmpty() && headings.isEmpty()
        ? this : toBuilder().agenda(List.of()).headings(List.of()).build();
  }

  /** Builds a {@link Meeting}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable Organization organization;
    private @Nullable String occasion;
    private @Nullable ZonedDateTime start;
    private @Nullable LocalDateTime localStart;
    private @Nullable ZonedDateTime end;
    private @Nullable LocalDateTime localEnd;
    private @Nullable ZonedDateTime openedAt;
    private @Nullable LocalDateTime localOpenedAt;
    private @Nullable ZonedDateTime closedAt;
    private @Nullable LocalDateTime localClosedAt;
    private ZoneId timeZone = DEFAULT_TIME_ZONE;
    private @Nullable Location location;
    private @Nullable MeetingState state;
    private boolean cancelled;
    private MeetingPublicity publicity = MeetingPublicity.PUBLIC;
    private @Nullable LocalDate invitationDate;
    private @Nullable Text invitationText;
    private List<Participant> participants = List.of();
    private final List<AgendaItem> agenda = new ArrayList<>();
    private final List<AgendaHeading> headings = new ArrayList<>();
    private @Nullable File invitation;
    private @Nullable File resultsProtocol;
    private List<File> auxiliaryFiles = List.of();
    private List<Signature> signatures = List.of();

    private Builder() {}

    /** See {@link Meeting#id()}. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** See {@link Meeting#name()}. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** See {@link Meeting#organization()}; required. */
    public Builder organization(Organization organization) {
      this.organization = organization;
      return this;
    }

    /** See {@link Meeting#occasion()}. */
    public Builder occasion(@Nullable String occasion) {
      this.occasion = occasion;
      return this;
    }

    /** The time zone local date-times (start, end, opening, closing) are read in; default Europe/Berlin. */
    public Builder timeZone(ZoneId timeZone) {
      this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
      return this;
    }

    /** See {@link Meeting#start()}; required (this or {@link #start(LocalDateTime)}). */
    public Builder start(ZonedDateTime start) {
      this.start = start;
      this.localStart = null;
      return this;
    }

    /** The start as a local date-time in the builder's {@link #timeZone(ZoneId) time zone}. */
    public Builder start(LocalDateTime start) {
      this.localStart = start;
      this.start = null;
      return this;
    }

    /** See {@link Meeting#end()}. */
    public Builder end(@Nullable ZonedDateTime end) {
      this.end = end;
      this.localEnd = null;
      return this;
    }

    /** The end as a local date-time in the builder's {@link #timeZone(ZoneId) time zone}. */
    public Builder end(@Nullable LocalDateTime end) {
      this.localEnd = end;
      this.end = null;
      return this;
    }

    /** See {@link Meeting#openedAt()}. */
    public Builder openedAt(@Nullable ZonedDateTime openedAt) {
      this.openedAt = openedAt;
      this.localOpenedAt = null;
      return this;
    }

    /** The opening as a local date-time in the builder's {@link #timeZone(ZoneId) time zone}. */
    public Builder openedAt(@Nullable LocalDateTime openedAt) {
      this.localOpenedAt = openedAt;
      this.openedAt = null;
      return this;
    }

    /** See {@link Meeting#closedAt()}. */
    public Builder closedAt(@Nullable ZonedDateTime closedAt) {
      this.closedAt = closedAt;
      this.localClosedAt = null;
      return this;
    }

    /** The closing as a local date-time in the builder's {@link #timeZone(ZoneId) time zone}. */
    public Builder closedAt(@Nullable LocalDateTime closedAt) {
      this.localClosedAt = closedAt;
      this.closedAt = null;
      return this;
    }

    /** See {@link Meeting#location()}. */
    public Builder location(@Nullable Location location) {
      this.location = location;
      return this;
    }

    /** See {@link Meeting#state()}. */
    public Builder state(@Nullable MeetingState state) {
      this.state = state;
      return this;
    }

    /** See {@link Meeting#cancelled()}; default {@code false}. */
    public Builder cancelled(boolean cancelled) {
      this.cancelled = cancelled;
      return this;
    }

    /** See {@link Meeting#publicity()}; default {@link MeetingPublicity#PUBLIC}. */
    public Builder publicity(MeetingPublicity publicity) {
      this.publicity = Objects.requireNonNull(publicity, "publicity");
      return this;
    }

    /** See {@link Meeting#invitationDate()}. */
    public Builder invitationDate(@Nullable LocalDate invitationDate) {
      this.invitationDate = invitationDate;
      return this;
    }

    /** See {@link Meeting#invitationText()}. */
    public Builder invitationText(@Nullable Text invitationText) {
      this.invitationText = invitationText;
      return this;
    }

    /** The invitation's text, paragraphs separated by blank lines. */
    public Builder invitationText(String invitationText) {
      return invitationText(Text.of(invitationText));
    }

    /** See {@link Meeting#participants()}: replaces the participants. */
    public Builder participants(List<Participant> participants) {
      this.participants = Values.list(participants, "participants");
      return this;
    }

    /** Adds a participant. */
    public Builder participant(Participant participant) {
      List<Participant> copy = new ArrayList<>(participants);
      copy.add(Objects.requireNonNull(participant, "participant"));
      return participants(copy);
    }

    /** Replaces the agenda. */
    public Builder agenda(List<AgendaItem> agenda) {
      this.agenda.clear();
      this.agenda.addAll(Values.list(agenda, "agenda"));
      return this;
    }

    /** Adds an agenda item. */
    public Builder agendaItem(AgendaItem item) {
      agenda.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /** Replaces the agenda headings. */
    public Builder headings(List<AgendaHeading> headings) {
      this.headings.clear();
      this.headings.addAll(Values.list(headings, "headings"));
      return this;
    }

    /** Adds an agenda heading. */
    public Builder heading(AgendaHeading heading) {
      headings.add(Objects.requireNonNull(heading, "heading"));
      return this;
    }

    /** See {@link Meeting#invitation()}. */
    public Builder invitation(@Nullable File invitation) {
      this.invitation = invitation;
      return this;
    }

    /** See {@link Meeting#resultsProtocol()}. */
    public Builder resultsProtocol(@Nullable File resultsProtocol) {
      this.resultsProtocol = resultsProtocol;
      return this;
    }

    /** See {@link Meeting#auxiliaryFiles()}: replaces the meeting's other files. */
    public Builder auxiliaryFiles(List<File> auxiliaryFiles) {
      this.auxiliaryFiles = Values.list(auxiliaryFiles, "auxiliaryFiles");
      return this;
    }

    /** See {@link Meeting#signatures()}: replaces the signatures under the minutes. */
    public Builder signatures(List<Signature> signatures) {
      this.signatures = Values.list(signatures, "signatures");
      return this;
    }

    /** Adds a signature under the minutes. */
    public Builder signature(Signature signature) {
      List<Signature> copy = new ArrayList<>(signatures);
      copy.add(Objects.requireNonNull(signature, "signature"));
      return signatures(copy);
    }

    /**
     * The meeting.
     *
     * @throws NullPointerException if organization or start is missing
     */
    public Meeting build() {
      ZonedDateTime s = localStart != null ? localStart.atZone(timeZone) : start;
      ZonedDateTime e = localEnd != null ? localEnd.atZone(timeZone) : end;
      ZonedDateTime opened = localOpenedAt != null ? localOpenedAt.atZone(timeZone) : openedAt;
      ZonedDateTime closed = localClosedAt != null ? localClosedAt.atZone(timeZone) : closedAt;
      return new Meeting(id, name, Objects.requireNonNull(organization, "organization"), occasion,
          Objects.requireNonNull(s, "start"), e, opened, closed, location, state, cancelled, publicity,
          invitationDate, invitationText, participants, agenda, headings, invitation, resultsProtocol,
          auxiliaryFiles, signatures);
    }
  }
}
