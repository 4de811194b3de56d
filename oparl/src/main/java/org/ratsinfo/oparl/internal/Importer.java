package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.json.internal.ModelTypes;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.OParlObjectSource;
import org.ratsinfo.oparl.internal.Locations.Place;

/**
 * One import: indexes every object of the documents by its {@code id} ({@link ObjectIndex}), then maps
 * each meeting to the model: the meeting here, its agenda in {@link AgendaReader}, papers and the
 * rest in {@link PaperReader}. Every deviation is a warning; a strict import throws them at the end.
 * Not thread-safe; one per read.
 */
public final class Importer {

  /** What an import gives beside its meetings. */
  public record Result(int meetings, List<Warning> warnings, List<String> deleted) {}

  /** Where the meetings of an import go, one at a time. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Takes a meeting.
     *
     * @param meeting the meeting
     * @param number its number among the meetings found, from 1
     * @param count how many meetings were found (a meeting without a start is found but not imported)
     * @throws IOException if the sink fails; the import fails with it
     */
    void meeting(MeetingExcerpts meeting, int number, int count) throws IOException;
  }


  private final boolean strict;
  private final @Nullable Body fallbackBody;
  private final Warnings warnings = new Warnings();
  private final Values values;
  private final ObjectIndex index;
  private final References references;
  private final FileReader files;
  private final PaperReader papers;
  private final AgendaReader agendas;

  /**
   * An import with the given settings.
   *
   * @param strict whether deviations reject the input
   * @param zone the time zone of date-times without offset
   * @param source where to look for objects the documents do not contain
   * @param fallbackBody the body of meetings whose body is not found, or {@code null}
   * @param documents the parser, for documents from the source
   */
  public Importer(boolean strict, ZoneId zone, OParlObjectSource source, @Nullable Body fallbackBody,
      Documents documents) {
    this.strict = strict;
    this.fallbackBody = fallbackBody;
    this.values = new Values(warnings, zone, documents);
    this.index = new ObjectIndex(warnings, values, SchemaCheck.of(zone), source, documents);
    this.references = new References(index, warnings);
    this.files = new FileReader(references, values, warnings);
    this.papers = new PaperReader(index, references, values, warnings, files);
    this.agendas = new AgendaReader(warnings, values, papers, files, strict);
  }

  /**
   * Imports the documents: reads them, then maps one meeting at a time and hands it to the sink, so
   * that no more than one meeting is in memory. A strict import maps every meeting once before it
   * hands any on, and hands on none if the input deviates from the specification.
   *
   * @param input the documents
   * @param sink where the meetings go
   * @return the number of meetings, the warnings and the deleted objects
   * @throws IOException if a document cannot be read, the object source fails or the sink fails
   * @throws Deviations in strict mode, if the input deviates from the specification
   * @throws FormatFailure if a document is not well-formed JSON
   */
  public Result run(List<Input> input, Sink sink) throws IOException {
    for (Input document : input) {
      index.add(document);
    }
    index.checkPages();
    List<Place> meetings = index.meetings();
    if (strict) {
      for (Place place : meetings) {
        meeting(index.node(place));
      }
      List<Warning> deviations = warnings.deviations();
      if (!deviations.isEmpty()) {
        throw new Deviations(deviations);
      }
    }
    int number = 0;
    int imported = 0;
    for (Place place : meetings) {
      number++;
      MeetingExcerpts meeting = meeting(index.node(place));
      if (meeting != null) {
        imported++;
        sink.meeting(meeting, number, meetings.size());
      }
    }
    return new Result(imported, warnings.all(), index.deleted());
  }

  private @Nullable MeetingExcerpts meeting(Node m) throws IOException {
    String name = values.string(m, "name");
    ZonedDateTime start = values.dateTime(m, "start");
    if (start == null) {
      warnings.warn(m.name(), "start", OParlIssue.MEETING_SKIPPED);
      return null;
    }
    ZonedDateTime end = values.dateTime(m, "end");
    if (end != null && end.isBefore(start)) {
      // session servers write the end as 00:00 of the meeting's day
      warnings.warn(m.name(), "end", OParlIssue.END_BEFORE_START, Messages.quote(m.json().get("end")
          .asString()), Messages.quote(m.json().get("start").asString()));
      end = null;
    }
    MeetingState state = null;
    String stateValue = values.string(m, "meetingState");
    if (stateValue != null) {
      state = Vocabulary.meetingState(stateValue);
      if (state == null) {
        warnings.warn(m.name(), "meetingState", OParlIssue.INVALID_VALUE, Messages.quote(stateValue),
            "terminiert, eingeladen, durchgeführt");
      }
    }
    Boolean cancelled = values.bool(m, "cancelled");
    Location location = null;
    Node locationNode = references.resolveRef(m, "location");
    if (locationNode != null) {
      location = location(locationNode);
    }
    Organization organization = null;
    Node organizationNode = null;
    for (Node o : references.resolveList(m, "organization")) {
      if (organizationNode == null) {
        organizationNode = o;
        organization = papers.organization(o);
      }
    }
    if (organization == null) {
      String standIn = name != null ? name : Messages.quote(m.name());
      warnings.warn(m.name(), "organization", OParlIssue.MISSING_FOR_MODEL, "organization",
          Messages.quote(standIn));
      organization = new Organization(null, standIn, null, OrganizationType.COMMITTEE);
    }
    AgendaReader.Agenda agenda = agendas.read(m, references.resolveList(m, "agendaItem"));
    MeetingPublicity publicity = publicity(m, agenda);
    // OParl gives a file no visibility: a meeting's files are public unless the whole meeting is not
    Visibility filesVisibility = publicity == MeetingPublicity.NON_PUBLIC
        ? Visibility.NON_PUBLIC : Visibility.PUBLIC;
    Meeting meeting = Meeting.builder()
        .id(m.id())
        .name(name)
        .organization(organization)
        .occasion(values.extensionString(m, Vocabulary.EXT_OCCASION))
        .start(start)
        .end(end)
        .location(location)
        .state(state)
        .cancelled(cancelled != null && cancelled)
        .publicity(publicity)
        .agenda(agenda.items())
        .headings(agenda.headings())
        .invitation(files.one(m, "invitation", filesVisibility))
        .resultsProtocol(files.one(m, "resultsProtocol", filesVisibility))
        .auxiliaryFiles(files.list(m, "auxiliaryFile", filesVisibility))
        .build();
    return new MeetingExcerpts(body(m, organizationNode, organization), meeting, Audience.PUBLIC);
  }

  private MeetingPublicity publicity(Node m, AgendaReader.Agenda agenda) {
    String value = values.extensionString(m, Vocabulary.EXT_PUBLICITY);
    if (value != null) {
      for (MeetingPublicity p : MeetingPublicity.values()) {
        if (camel(p.name()).equals(value)) {
          return p;
        }
      }
      warnings.warn(m.name(), Vocabulary.EXT_PUBLICITY, OParlIssue.INVALID_EXTENSION);
    }
    boolean anyPublic = agenda.items().stream().anyMatch(i -> i.visibility().isPublic());
    boolean anyNonPublic = agenda.items().stream().anyMatch(i -> !i.visibility().isPublic())
        || agenda.headings().stream().anyMatch(h -> h.opens() != null && !h.opens().isPublic());
    if (anyNonPublic) {
      return anyPublic ? MeetingPublicity.PUBLIC_AND_NON_PUBLIC : MeetingPublicity.NON_PUBLIC;
    }
    return MeetingPublicity.PUBLIC;
  }

  private Body body(Node meeting, @Nullable Node organizationNode, Organization organization)
      throws IOException {
    if (organizationNode != null) {
      Node bodyNode = references.resolveRef(organizationNode, "body");
      if (bodyNode != null && bodyNode.type().equals("Body")) {
        return body(bodyNode);
      }
    }
    List<Place> bodies = index.bodies();
    if (bodies.size() == 1) {
      return body(index.node(bodies.get(0)));
    }
    if (fallbackBody != null) {
      return fallbackBody;
    }
    warnings.warn(meeting.name(), "organization", OParlIssue.NO_BODY, Messages.quote(organization.name()));
    return Body.of(organization.name());
  }

  private Body body(Node b) {
    String name = values.string(b, "name");
    String shortName = values.string(b, "shortName");
    if (name == null) {
      name = shortName != null ? shortName : Values.lastSegment(b.name());
      warnings.warn(b.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(name));
    }
    return new Body(b.id(), name, shortName);
  }

  private @Nullable Location location(Node l) {
    if (!l.type().equals("Location")) {
      warnings.warn(l.name(), "type", OParlIssue.CONTRADICTION,
          Warnings.key("contradiction.type.Location"));
      return null;
    }
    Location location = new Location(values.string(l, "description"), values.string(l, "room"),
        values.string(l, "streetAddress"), values.string(l, "postalCode"), values.string(l, "locality"));
    if (location.description() == null && location.room() == null && location.streetAddress() == null
        && location.postalCode() == null && location.locality() == null) {
      return null;
    }
    return location;
  }

  /**
   * The lower camel case name of an enum constant, as ratsinfo's extensions write it: the native
   * format's own naming.
   */
  static String camel(String constant) {
    return ModelTypes.camel(constant);
  }
}
