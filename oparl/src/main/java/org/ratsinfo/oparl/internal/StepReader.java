package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * Reads a paper's path through the bodies (Beratungsfolge): every {@code Consultation} of the paper,
 * those embedded in it ({@code Paper.consultation}) and those standing apart that name it, each once,
 * ordered by date (undated last). Each step takes its date from its meeting's start (the local date),
 * else its agenda item's start; its body from its own {@code organization}, else its meeting's; its
 * result from its agenda item's {@code result} where that speaks for it (the item's own consultation,
 * not a further paper's); and is non-public where its item or meeting is. The
 * meetings and items a consultation names are resolved without a warning where the input does not hold
 * them (an export of one meeting names the others as a matter of course): the step is kept with what the
 * consultation says. ratsinfo's own extensions, as its export writes them where OParl cannot carry a
 * value, come first. Not thread-safe.
 */
final class StepReader {

  private final ObjectIndex index;
  private final References references;
  private final Values values;
  private final Warnings warnings;
  private final ItemVisibility items;
  private final Function<Node, Organization> organizations;

  StepReader(ObjectIndex index, References references, Values values, Warnings warnings,
      Function<Node, Organization> organizations) {
    this.index = index;
    this.references = references;
    this.values = values;
    this.warnings = warnings;
    this.items = new ItemVisibility(index);
    this.organizations = organizations;
  }

  /** The consultations of a paper, ordered by date, undated last. */
  List<PaperConsultation> read(Node paper) throws IOException {
    List<Node> found = new ArrayList<>(references.resolveList(paper, "consultation"));
    if (paper.id() != null) {
      found.addAll(index.consultationsOfPaper(paper.id()));
    }
    Set<String> ids = new HashSet<>();
    List<JsonNode> withoutId = new ArrayList<>();
    List<PaperConsultation> steps = new ArrayList<>(found.size());
    for (Node c : found) {
      if (c.id() != null ? !ids.add(c.id()) : withoutId.contains(c.json())) {
        continue; // a consultation both embedded in the paper and standing apart
      }
      if (c.id() == null) {
        withoutId.add(c.json());
      }
      if (!c.type().equals("Consultation")) {
        warnings.warn(paper.name(), "consultation", OParlIssue.CONTRADICTION,
            key("contradiction.notConsultation"));
        continue;
      }
      PaperConsultation step = step(c);
      if (step != null) {
        steps.add(step);
      }
    }
    // stable: consultations of one day keep the order the paper gives
    steps.sort(Comparator.comparing(PaperConsultation::date,
        Comparator.nullsLast(Comparator.naturalOrder())));
    return steps;
  }

  private @Nullable PaperConsultation step(Node c) throws IOException {
    String meetingRef = ObjectIndex.refQuiet(c.json(), "meeting");
    String itemRef = ObjectIndex.refQuiet(c.json(), "agendaItem");
    Node item = typed(itemRef == null ? null : index.resolveQuietly(itemRef), "AgendaItem", c,
        "agendaItem");
    // the meeting as the input holds it; asked of the object source only where the step needs it
    Node meeting = typed(meetingRef == null ? null : index.lookup(meetingRef), "Meeting", c, "meeting");
    if (meeting == null && item != null) {
      meeting = item.parent() != null && item.parent().type().equals("Meeting") ? item.parent() : null;
    }
    LocalDate date = date(c, meeting, item);
    Organization organization = organization(c, meeting);
    if (meeting == null && meetingRef != null && (date == null || organization == null)) {
      meeting = typed(index.resolveQuietly(meetingRef), "Meeting", c, "meeting");
      date = date(c, meeting, item);
      organization = organization(c, meeting);
    }
    if (organization == null) {
      warnings.warn(c.name(), "organization", OParlIssue.CONSULTATION_SKIPPED);
      return null;
    }
    String result = values.extensionText(c, Vocabulary.EXT_RESULT);
    if (result == null && item != null && speaksFor(item, c)) {
      result = values.string(item, "result");
    }
    Boolean authoritative = values.bool(c, "authoritative");
    return new PaperConsultation(date, organization, values.string(c, "role"),
        authoritative != null && authoritative, values.extensionText(c, Vocabulary.EXT_STATUS), result,
        meetingRef != null ? meetingRef : values.extensionString(c, Vocabulary.EXT_MEETING_ID),
        itemRef != null ? itemRef : values.extensionString(c, Vocabulary.EXT_AGENDA_ITEM_ID),
        visibility(c, meeting, item));
  }

  /**
   * Whether an agenda item's {@code result} is the consultation's: the item's own consultation, or,
   * where it names none, the first that names the item. A further paper consulted at the item (an
   * amendment) has a result of its own, which the item's does not give.
   */
  private boolean speaksFor(Node item, Node c) throws IOException {
    String own = ObjectIndex.refQuiet(item.json(), "consultation");
    if (own != null) {
      return own.equals(c.id());
    }
    if (item.id() == null) {
      return true;
    }
    List<Node> naming = index.consultationsOfItem(item.id());
    return naming.isEmpty() || naming.get(0).id() == null || naming.get(0).id().equals(c.id());
  }

  /** The node where it is of the type, else {@code null} with a warning; {@code null} stays so. */
  private @Nullable Node typed(@Nullable Node node, String type, Node owner, String field) {
    if (node == null || node.type().equals(type)) {
      return node;
    }
    warnings.warn(owner.name(), field, OParlIssue.CONTRADICTION, key("contradiction.type." + type));
    return null;
  }

  private @Nullable Organization organization(Node c, @Nullable Node meeting) throws IOException {
    for (Node o : references.resolveList(c, "organization")) {
      if (o.type().equals("Organization")) {
        return organizations.apply(o);
      }
      warnings.warn(c.name(), "organization", OParlIssue.CONTRADICTION,
          key("contradiction.type.Organization"));
    }
    if (meeting != null) {
      for (Node o : references.resolveList(meeting, "organization")) {
        if (o.type().equals("Organization")) {
          return organizations.apply(o);
        }
      }
    }
    return null;
  }

  /** ratsinfo's date, else the meeting's start, else the agenda item's, as local dates. */
  private @Nullable LocalDate date(Node c, @Nullable Node meeting, @Nullable Node item) {
    String extension = values.extensionString(c, Vocabulary.EXT_DATE);
    if (extension != null) {
      try {
        return LocalDate.parse(extension.strip());
      } catch (DateTimeException e) {
        warnings.warn(c.name(), Vocabulary.EXT_DATE, OParlIssue.INVALID_EXTENSION,
            key("reason.notDate", Messages.quote(extension)));
      }
    }
    ZonedDateTime start = meeting == null ? null : values.dateTime(meeting, "start");
    if (start == null && item != null) {
      start = values.dateTime(item, "start");
    }
    return start == null ? null : start.toLocalDate();
  }

  /**
   * Non-public, fail-closed, where ratsinfo's extension says so (or cannot be read), where the agenda
   * item is not public, or where the meeting is non-public as a whole (ratsinfo's publicity).
   */
  private Visibility visibility(Node c, @Nullable Node meeting, @Nullable Node item) throws IOException {
    String value = values.extensionString(c, Vocabulary.EXT_VISIBILITY);
    if (value != null && !value.equals(Importer.camel(Visibility.PUBLIC.name()))) {
      if (!value.equals(Importer.camel(Visibility.NON_PUBLIC.name()))) {
        warnings.warn(c.name(), Vocabulary.EXT_VISIBILITY, OParlIssue.INVALID_EXTENSION,
            key("reason.unknownValue", Messages.quote(value), "public, nonPublic"));
      }
      return Visibility.NON_PUBLIC;
    }
    if (item != null && items.of(item) == Visibility.NON_PUBLIC) {
      return Visibility.NON_PUBLIC;
    }
    JsonNode publicity = meeting == null ? null : meeting.json().get(Vocabulary.EXT_PUBLICITY);
    return publicity != null && publicity.isString() && publicity.stringValue().equals("nonPublic")
        ? Visibility.NON_PUBLIC : Visibility.PUBLIC;
  }

  /**
   * The paper with its consultations at the items of one meeting settled as the agenda's reader read
   * them: a consultation at an entry that became a further consultation of an item (an unnumbered
   * amendment) is the consultation at that item; one at an item of the meeting is non-public where the
   * item is. The paper itself where nothing changes.
   *
   * @param paper the paper
   * @param visibility the visibility of each item of the meeting, by id
   * @param mergedInto the id of the item each merged entry became part of, by the entry's id
   * @return the paper, settled
   */
  static Paper settle(Paper paper, Map<String, Visibility> visibility, Map<String, String> mergedInto) {
    List<PaperConsultation> settled = new ArrayList<>(paper.consultations().size());
    boolean changed = false;
    for (PaperConsultation step : paper.consultations()) {
      PaperConsultation s = step;
      String itemId = step.agendaItemId();
      if (itemId != null && mergedInto.containsKey(itemId)) {
        itemId = mergedInto.get(itemId);
        s = s.withIds(s.meetingId(), itemId);
      }
      if (itemId != null && visibility.get(itemId) == Visibility.NON_PUBLIC) {
        s = s.withVisibility(Visibility.NON_PUBLIC);
      }
      changed |= !s.equals(step);
      settled.add(s);
    }
    return changed ? paper.toBuilder().consultations(settled).build() : paper;
  }
}
