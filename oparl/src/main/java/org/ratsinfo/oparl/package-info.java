/**
 * OParl import (1.0 and 1.1) and export (1.1). {@link org.ratsinfo.oparl.OParlReader} reads the JSON
 * of any council information system that speaks OParl (SessionNet, ALLRIS, SD.NET RIM and others) into
 * {@link org.ratsinfo.model.MeetingExcerpts}, tolerant of what real servers send (each repair reported
 * as an {@link org.ratsinfo.oparl.OParlWarning}) or strict, whole or one meeting at a time for exports
 * of any size; {@link org.ratsinfo.oparl.OParlWriter} writes a meeting as OParl 1.1 with its votes,
 * exclusions for bias and item texts as vendor extensions, and its votes as Popolo vote events.
 *
 * <pre>{@code
 * OParlImport imported = OParlReader.standard().read(Path.of("oparl"));
 * MeetingExcerpts meeting = imported.meetings().get(0);
 * String oparl = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/").build()
 *     .writeString(meeting);
 * }</pre>
 *
 * <p>Nothing here opens a network connection: the caller provides the objects, and may plug in an
 * {@link org.ratsinfo.oparl.OParlObjectSource} to fetch what references name.
 *
 * <h2>How OParl is read</h2>
 *
 * <ul>
 *   <li>{@code Meeting}: {@code name}, {@code start}, {@code end} (left out with a warning if it is
 *       before the start, as session servers write 00:00 of the meeting's day), {@code meetingState},
 *       {@code cancelled}, {@code location}; the first of {@code organization} is the meeting's
 *       committee, and that organization's {@code body} the excerpts' body (else the only {@code Body}
 *       of the input, else the {@linkplain OParlReader.Builder#fallbackBody fallback body}). The
 *       meeting's publicity follows from its items and headings. Its files: {@code invitation},
 *       {@code resultsProtocol}, {@code auxiliaryFile}.
 *   <li>{@code AgendaItem}: an entry without paper, result, resolution and number (or with a letter
 *       or roman numeral as its number: "A", "B", "II") is a heading ({@link
 *       org.ratsinfo.model.AgendaHeading}), kept in the meeting, with no excerpt. A heading whose text
 *       names the public or non-public part ("A Öffentliche Sitzung", "B Nichtöffentliche Sitzung",
 *       "&lt; Sitzungsteil nichtöffentlich &gt;") opens that part. Every other entry is an item:
 *       {@code number} ("1." read as "1"), {@code order} (OParl 1.0 has none: the position), {@code
 *       name} (title), {@code public}, {@code result} (a kind's German label or a common variant,
 *       "ungeändert beschlossen", "zur Annahme empfohlen", "Übergang zur Tagesordnung", "erledigt
 *       durch Beschluss zu TOP 5", becomes its decision kind, keeping the wording where it is not the
 *       label; any other is an {@code OTHER} decision with that text), {@code resolutionText}, {@code
 *       auxiliaryFile}, {@code resolutionFile}.
 *   <li>The papers of an item: its own {@code consultation} (or else the first consultation whose
 *       {@code agendaItem} names it) is the main paper; every other consultation that names the item,
 *       of another paper, is a further paper of it, in the order found (several papers under one
 *       item, OParl/spec#413). A consultation that another item names as its own stays that item's.
 *   <li>Further papers written as entries: an entry without number that consults a paper, right
 *       after a numbered item (or after another such entry), is a further paper of that item and no
 *       item of its own ({@link OParlIssue#FURTHER_CONSULTATION}): an amendment as large cities'
 *       servers write it, right under the motion it amends. Its result stays with the paper's
 *       consultation at the item (which then names the item), its files join the item's. Not so an
 *       entry of another visibility than the item, one with a resolution or ratsinfo extension of its
 *       own (which would be lost), or one under a heading: those are items, numbered as below.
 *   <li>Visibility, fail-closed: {@code true} or {@code false} as given, but an item marked public
 *       in a part a heading opened as non-public is non-public; a {@code public} that is no boolean
 *       ({@code 0}, {@code null}, {@code "nein"}) is non-public; a missing {@code public} takes the
 *       part a heading opened ({@link OParlIssue#VISIBILITY_INFERRED}, once per heading), or, where no
 *       heading says, public ({@link OParlIssue#VISIBILITY_ASSUMED}, once per meeting), since OParl
 *       publishes public data.
 *   <li>Numbers: an item without a number that is no further paper is numbered as a sub-item of the
 *       item before it, "7.1", with the first such number no item of the meeting has; no number is
 *       ever made up that another item of the meeting has.
 *   <li>{@code Consultation} at an item: {@code role}, {@code authoritative}, {@code paper}.
 *   <li>{@code Paper}: {@code reference}, {@code name} (title), {@code paperType}, {@code date},
 *       {@code originatorPerson}, {@code originatorOrganization}, the first of {@code
 *       underDirectionOf} as the lead department, {@code mainFile}, {@code auxiliaryFile}. Every paper
 *       is public: OParl publishes public data only.
 *   <li>A paper's path through the bodies (Beratungsfolge): every {@code Consultation} of the paper,
 *       those in {@code Paper.consultation} and those elsewhere whose {@code paper} names it, each
 *       once, ordered by date (undated last). Each step: the date of its meeting's start (the local
 *       date), else of its agenda item's {@code start}; the body, the first of its {@code
 *       organization}, else its meeting's (with neither it is left out, {@link
 *       OParlIssue#CONSULTATION_SKIPPED}); {@code role}, {@code authoritative}; the result, its agenda
 *       item's {@code result} where that is the item's own consultation (a further paper's result is
 *       not the item's); the ids of its meeting and item as given. It is non-public where its
 *       item is (as read above, a heading of the item's meeting included) or its meeting is non-public
 *       as a whole. A meeting or item the input does not hold is no warning: an export of one meeting
 *       names the others as a matter of course, and the step keeps what the consultation says.
 *   <li>Linked papers: {@code relatedPaper}, {@code superordinatedPaper}, {@code subordinatedPaper},
 *       each with its id, {@code reference} and {@code name}. A linked paper the input does not hold
 *       is left out, reported ({@link OParlIssue#UNRESOLVED_REFERENCE}): a link needs its title.
 *   <li>{@code File}: {@code name} (else {@code fileName}), {@code fileName}, {@code mimeType} (a
 *       file extension as its type, "pdf"), {@code size}, {@code date}, {@code accessUrl}; a file is
 *       an embedded object or a URL resolved like any reference (OParl 1.1 embeds files: a URL is a
 *       deviation). The access URL is kept only where it is an absolute https or http URL, for
 *       documents link to it: any other ({@code javascript:}, {@code file:}, {@code data:}, relative,
 *       with spaces) is left out ({@link OParlIssue#UNLINKABLE_URL}, which strict mode rejects). OParl
 *       gives a file no visibility: a paper's files are public, an item's are as public as the item,
 *       a meeting's are public unless the meeting is non-public as a whole.
 *   <li>{@code Person}: {@code familyName}, {@code givenName}, {@code formOfAddress}, {@code title}
 *       (joined by spaces). {@code Organization}: {@code name}, {@code shortName}, {@code
 *       organizationType} (or {@code classification}). {@code Location}: {@code description}, {@code
 *       room}, {@code streetAddress}, {@code postalCode}, {@code locality}.
 *   <li>OParl has no votes, exclusions for bias, item texts beside the resolution or inquiries, nor
 *       a consultation's status: they are read from ratsinfo's extension properties ({@code
 *       ratsinfo:votes}, … as {@link OParlWriter} writes them; an earlier single {@code
 *       ratsinfo:voteTally} as one vote), as strictly as the native format ({@link
 *       OParlIssue#INVALID_EXTENSION}), or merged from the native JSON with {@link OParlImport#merge}.
 *       What ratsinfo writes of a consultation beyond OParl ({@code ratsinfo:date}, {@code
 *       ratsinfo:status}, {@code ratsinfo:result}, {@code ratsinfo:visibility}, {@code
 *       ratsinfo:meetingId}, {@code ratsinfo:agendaItemId}) and of a link ({@code ratsinfo:amends},
 *       {@code ratsinfo:amendedBy}, {@code ratsinfo:supplements}, {@code ratsinfo:supplementedBy}: the
 *       kind of a related paper) is read first.
 *   <li>Objects marked {@code "deleted": true}, with or without their {@code type}, are left out and
 *       listed in {@link OParlImport#deleted()}; that is no warning.
 *   <li>Two different objects with one {@code id} are a warning naming both places; each is used
 *       where it stands, and neither replaces the other. Two copies of one object (one embedded, one
 *       in a list, one with fewer properties) are one object.
 * </ul>
 */
@NullMarked
package org.ratsinfo.oparl;

import org.jspecify.annotations.NullMarked;
