package org.ratsinfo.oparl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.internal.ExportJson;

/**
 * Writes a meeting ({@link MeetingExcerpts}) as OParl 1.1 JSON: one list page ({@code {"data": […],
 * "pagination": {…}, "links": {}}}) holding the {@code Body}, the {@code Meeting} with its {@code
 * AgendaItem}s, {@code Location} and {@code File}s embedded, every {@code Paper} consulted with its
 * {@code Consultation}s and {@code File}s embedded, the papers they link to, and the {@code
 * Organization}s and {@code Person}s they name. Every reference resolves within the page. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * OParlWriter writer = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/").build();
 * String json = writer.writeString(meeting);
 * }</pre>
 *
 * <h2>What is written</h2>
 *
 * <ul>
 *   <li>Public data only, as OParl is meant for: non-public agenda items are left out, and so is the
 *       paper of an item if the paper is non-public. The audience of the input does not matter.
 *   <li>Ids are URLs derived from the {@link Builder#baseUrl(String) base URL} and the values,
 *       deterministically: {@code meeting/2026-09-15-rat}, {@code agendaitem/2026-09-15-rat-7.2},
 *       {@code paper/2026-0137}, {@code organization/spd}, {@code person/andreas-prennig}; a second,
 *       different value with the same name gets {@code -2}. The model's own ids are not used for
 *       them; the values in ratsinfo's native form (below) are written as the model has them, the ids
 *       of the persons they name included.
 *   <li>Date-times are written with their offset ({@code 2026-09-15T16:00:00+02:00}); {@code
 *       created} and {@code modified} of every object are the {@link Builder#timestamp timestamp}.
 *   <li>{@code result} is the decision's own wording, or the German wording of its kind ("einstimmig
 *       beschlossen").
 *   <li>An item's papers: the main paper is the item's {@code consultation}; a further paper (an
 *       amendment dealt with under the item) has a {@code Consultation} whose {@code agendaItem} names
 *       the item, which is how OParl can say that several papers were consulted at one item
 *       (OParl/spec#413) and what {@link OParlReader} reads back as further papers. No agenda entry is
 *       made up for it.
 *   <li>A paper's {@code consultation} is its path through the bodies (Beratungsfolge), by date: the
 *       step at an exported item is that item's consultation (its {@code agendaItem}, {@code meeting}
 *       and body; the item's role and authority where the two differ); a step elsewhere names the
 *       exported meeting where it was at it, and otherwise the model's ids in {@code
 *       ratsinfo:meetingId} and {@code ratsinfo:agendaItemId}, so that no reference leaves the page;
 *       {@code ratsinfo:date} where the meeting written does not give the date, {@code
 *       ratsinfo:status}, {@code ratsinfo:result} where the item written does not give it. A
 *       non-public step keeps its date, body and role, as a public paper's printed Beratungsfolge
 *       lists them, with {@code ratsinfo:visibility} {@code "nonPublic"}, and loses its status, result
 *       and ids. A consultation at an item without a step there is read back as a step.
 *   <li>Linked papers: {@code relatedPaper} (an amendment or supplement also in {@code
 *       ratsinfo:amends}, {@code ratsinfo:amendedBy}, {@code ratsinfo:supplements} or {@code
 *       ratsinfo:supplementedBy}), {@code superordinatedPaper}, {@code subordinatedPaper}, each naming a
 *       paper of the page: one written anyway where reference and title agree, else one with just its
 *       {@code name} and {@code reference}. Non-public links are left out.
 *   <li>Files: {@code mainFile}, {@code auxiliaryFile}, {@code resolutionFile}, {@code invitation},
 *       {@code resultsProtocol}, embedded, with {@code name}, {@code fileName}, {@code mimeType},
 *       {@code size}, {@code date} and {@code accessUrl}. A non-public file is left out, and so is one
 *       without an https or http access URL (OParl requires one), and a meeting's files where the
 *       meeting is non-public as a whole.
 *   <li>What OParl cannot carry is written in extension properties with the vendor prefix {@code
 *       ratsinfo:}, which OParl 1.1 allows, each value in ratsinfo's native JSON form: on an agenda
 *       item {@code ratsinfo:votes} (every vote, in the order taken: what was voted on, title, wording,
 *       movers, how, attendance, majority, tally, the ballots of a roll call, the stated result),
 *       {@code ratsinfo:excludedForBias}, {@code ratsinfo:proposal}, {@code
 *       ratsinfo:statementOfFacts}, {@code ratsinfo:deliberation}, {@code ratsinfo:inquiry} or {@code
 *       ratsinfo:textContent} (the item's content) and {@code ratsinfo:decisionKind}; {@code
 *       ratsinfo:occasion} and {@code ratsinfo:publicity} of the meeting, {@code ratsinfo:opens} of a
 *       heading, {@code ratsinfo:function} of a person, {@code ratsinfo:clerk} of a paper. {@link
 *       OParlReader} reads them back, so that reading what was written gives the meeting's public part
 *       again (and reads an earlier export's single {@code ratsinfo:voteTally} as one vote).
 *   <li>For open-data portals, {@code ratsinfo:voteEvents} holds each vote taken as a <a
 *       href="https://www.popoloproject.com/specs/vote-event.html">Popolo</a> {@code VoteEvent}: its
 *       {@code motion} ({@code text}, {@code classification} by what was voted on, {@code
 *       requirement}, {@code result}), {@code counts} and {@code group_results} per voting group with
 *       the options {@code yes}, {@code no}, {@code abstain}, {@code absent} and {@code not voting}
 *       (members excluded for bias), {@code result} {@code pass} or {@code fail}, and for a roll call
 *       {@code votes} with each member's {@code voter}, {@code option} and {@code group}. Switched off
 *       with {@link Builder#voteEvents(boolean)}.
 * </ul>
 */
public final class OParlWriter {

  private final String baseUrl;
  private final boolean prettyPrint;
  private final @Nullable OffsetDateTime timestamp;
  private final boolean voteEvents;
  private final Set<FieldKey> withheldFromPublic;
  private final ExportJson json;

  private OParlWriter(Builder builder) {
    this.baseUrl = Objects.requireNonNull(builder.baseUrl, "baseUrl is required");
    this.prettyPrint = builder.prettyPrint;
    this.timestamp = builder.timestamp;
    this.voteEvents = builder.voteEvents;
    this.withheldFromPublic = Collections.unmodifiableSet(builder.withheldFromPublic.isEmpty()
        ? EnumSet.noneOf(FieldKey.class) : EnumSet.copyOf(builder.withheldFromPublic));
    this.json = new ExportJson(prettyPrint);
  }

  /** A new builder; the base URL is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL of every id, ending with {@code /}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Whether the output is indented. */
  public boolean prettyPrint() {
    return prettyPrint;
  }

  /** The fields left out of the export: see {@link Builder#withheldFromPublic(Set)}. */
  public Set<FieldKey> withheldFromPublic() {
    return withheldFromPublic;
  }

  /**
   * Writes a meeting to a character stream. Flushes but does not close the stream.
   *
   * @param meeting the meeting with its agenda
   * @param out the output
   * @throws IOException if writing fails
   */
  public void write(MeetingExcerpts meeting, Writer out) throws IOException {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(out, "out");
    json.write(meeting, baseUrl, timestamp, voteEvents, withheldFromPublic, out);
  }

  /**
   * Writes a meeting to a byte stream in UTF-8. Flushes but does not close the stream.
   *
   * @param meeting the meeting with its agenda
   * @param out the output
   * @throws IOException if writing fails
   */
  public void write(MeetingExcerpts meeting, OutputStream out) throws IOException {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(out, "out");
    json.write(meeting, baseUrl, timestamp, voteEvents, withheldFromPublic, out);
  }

  /**
   * Writes a meeting to a string.
   *
   * @param meeting the meeting with its agenda
   * @return the JSON text
   */
  public String writeString(MeetingExcerpts meeting) {
    StringWriter out = new StringWriter();
    try {
      write(meeting, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Builds an {@link OParlWriter}; not thread-safe. */
  public static final class Builder {
    private @Nullable String baseUrl;
    private boolean prettyPrint = true;
    private @Nullable OffsetDateTime timestamp;
    private boolean voteEvents = true;
    private Set<FieldKey> withheldFromPublic = Set.of();

    private Builder() {}

    /**
     * The base URL that every id starts with, e.g. {@code https://ris.example.org/oparl/v1/}; a
     * missing final {@code /} is added. Required.
     *
     * @param baseUrl an absolute http or https URL without query or fragment
     * @return this builder
     * @throws IllegalArgumentException if it is no such URL
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      URI uri;
      try {
        uri = new URI(baseUrl);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("baseUrl is not a URL: " + e.getMessage(), e);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
          || uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException(
            "baseUrl must be an absolute http or https URL without query or fragment");
      }
      this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      return this;
    }

    /**
     * Whether to indent the output (by two spaces, lines ended by {@code \n}); default {@code true}.
     *
     * @param prettyPrint whether to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * The {@code created} and {@code modified} of every object written, e.g. the time of the export
     * or of the data's last change; default {@code null}: the meeting's end, or its start if it has no
     * end, so that the same meeting always gives the same output.
     *
     * @param timestamp the time, or {@code null}
     * @return this builder
     */
    public Builder timestamp(@Nullable OffsetDateTime timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /**
     * Whether to write each vote taken also as a Popolo {@code VoteEvent} (in {@code
     * ratsinfo:voteEvents}); default {@code true}. The votes themselves are always written, in {@code
     * ratsinfo:votes}.
     *
     * @param voteEvents whether to write vote events
     * @return this builder
     */
    public Builder voteEvents(boolean voteEvents) {
      this.voteEvents = voteEvents;
      return this;
    }

    /**
     * The fields to leave out of the export, as the renderers leave them out of public excerpts
     * ({@link org.ratsinfo.render.RenderOptions.Builder#withheldFromPublic(Set)}); default none. A
     * withheld field is left out of every object and of every id: {@link FieldKey#AGENDA_ITEM} the
     * item's {@code number} (its id is numbered by position), {@link FieldKey#ORGANIZATION} the
     * meeting's and its consultations' {@code organization}, {@link FieldKey#DECISION} {@code result},
     * {@code ratsinfo:decisionKind}, every vote's stated {@code result}, the vote events' {@code
     * result} (the counts stay) and the consultations' {@code ratsinfo:result}, {@link FieldKey#DATE}
     * the consultations' {@code ratsinfo:date}, {@link FieldKey#DATE} or {@link FieldKey#TIME} {@code
     * start} and {@code end} (and, without a {@link #timestamp timestamp}, {@code created} and {@code
     * modified}, which would carry the date), {@link
     * FieldKey#MEETING_STATUS} {@code meetingState}, {@code cancelled} and {@code
     * ratsinfo:publicity}, {@link FieldKey#OCCASION}, {@link FieldKey#ROOM} the location's {@code
     * room}, {@link FieldKey#LOCATION} its {@code description} and address, {@link
     * FieldKey#PAPER_TYPE}, {@link FieldKey#PAPER_DATE}, {@link FieldKey#ORIGINATORS} {@code
     * originatorPerson} and {@code originatorOrganization} with the objects they name, {@link
     * FieldKey#LEAD_DEPARTMENT} {@code underDirectionOf}, {@link FieldKey#CLERK} {@code
     * ratsinfo:clerk} with the person, {@link FieldKey#CONSULTATION_ROLE} the consultations' {@code
     * role}, {@link FieldKey#MOVERS} every vote's {@code movers}, {@link FieldKey#BALLOTS} the
     * ballots of a roll call and the vote events' {@code votes} (the counts they give stay, as the
     * vote's {@code tally}), {@link FieldKey#EXCLUDED_FOR_BIAS} {@code ratsinfo:excludedForBias}.
     *
     * @param fields the fields to withhold
     * @return this builder
     */
    public Builder withheldFromPublic(Set<FieldKey> fields) {
      this.withheldFromPublic = Set.copyOf(Objects.requireNonNull(fields, "fields"));
      return this;
    }

    /**
     * The writer.
     *
     * @return a new, immutable writer
     * @throws NullPointerException if no base URL was given
     */
    public OParlWriter build() {
      return new OParlWriter(this);
    }
  }
}
