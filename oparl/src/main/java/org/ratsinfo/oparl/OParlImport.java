package org.ratsinfo.oparl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ratsinfo.internal.Message;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * What {@link OParlReader} imported: one {@link MeetingExcerpts} per meeting, for the public audience,
 * the warnings about what was repaired, and the objects left out because they are marked deleted.
 * Immutable.
 *
 * <h2>Merging the native JSON</h2>
 *
 * <p>OParl carries no votes, no exclusions for bias, no item texts beside the resolution and no inquiry
 * questions and answers (unless ratsinfo's own extension properties carry them, as {@link OParlWriter}
 * writes them). {@link #merge(MeetingExcerpts)} adds them from a meeting in ratsinfo's native JSON
 * (e.g. kept by the clerk's office beside the RIS): the native meeting is matched to an imported one by
 * its {@code id} if it has one, else by its start (the same instant) and, if several meetings start
 * then, its organization's name. Its agenda items are matched to the imported items by visibility and
 * number ("Ö 7.2"). Each matched item takes the native votes, exclusions for bias, proposal, statement
 * of facts, course of the debate and content where the import has none; everything else stays as
 * imported. A public native item the import lacks is an error ({@link OParlMergeException}); non-public
 * native items without an imported counterpart are skipped, since OParl publishes no non-public data.
 *
 * <pre>{@code
 * MeetingExcerpts native = RatsinfoJson.standard().readMeetingExcerpts(Path.of("rat-2026-09-15.json"));
 * MeetingExcerpts complete = imported.merge(native);
 * }</pre>
 */
public final class OParlImport {

  private final List<MeetingExcerpts> meetings;
  private final List<OParlWarning> warnings;
  private final List<String> deleted;

  /**
   * A result. For the reader's implementation and for tests.
   *
   * @param meetings the meetings, in the order they were found
   * @param warnings the warnings, in the order they were found
   * @param deleted the ids of the objects left out because they are marked deleted
   */
  public OParlImport(List<MeetingExcerpts> meetings, List<OParlWarning> warnings, List<String> deleted) {
    this.meetings = List.copyOf(meetings);
    this.warnings = List.copyOf(warnings);
    this.deleted = List.copyOf(deleted);
  }

  /** One {@link MeetingExcerpts} per meeting found, in the order found, each for the public audience. */
  public List<MeetingExcerpts> meetings() {
    return meetings;
  }

  /**
   * What was repaired, or could not be resolved, in the order found. In strict mode only the warnings
   * that are no {@link OParlIssue#deviation() deviation} remain.
   */
  public List<OParlWarning> warnings() {
    return warnings;
  }

  /**
   * The {@code id}s (or, for objects without one, where they were found) of the objects left out
   * because they are marked {@code "deleted": true}. A note, not a warning.
   */
  public List<String> deleted() {
    return deleted;
  }

  /**
   * The imported meeting the native document is of, with the native votes, exclusions for bias, texts
   * and item content merged in; see the class description.
   *
   * @param nativeDocument a meeting in ratsinfo's native form
   * @return the imported meeting with the native votes, exclusions, texts and content
   * @throws OParlMergeException if no imported meeting matches, or a public native item has no
   *     imported counterpart
   */
  public MeetingExcerpts merge(MeetingExcerpts nativeDocument) {
    Objects.requireNonNull(nativeDocument, "nativeDocument");
    Meeting n = nativeDocument.meeting();
    MeetingExcerpts target = null;
    if (n.id() != null) {
      target = meetings.stream().filter(m -> n.id().equals(m.meeting().id())).findFirst().orElse(null);
    }
    if (target == null) {
      List<MeetingExcerpts> sameStart = meetings.stream()
          .filter(m -> m.meeting().start().toInstant().equals(n.start().toInstant()))
          .toList();
      target = sameStart.size() == 1 ? sameStart.get(0) : sameStart.stream()
          .filter(m -> m.meeting().organization().name().equals(n.organization().name()))
          .findFirst().orElse(null);
    }
    if (target == null) {
      throw new OParlMergeException(Message.of("merge.noMeeting",
          n.start().toOffsetDateTime().toString(), n.organization().name()));
    }
    Meeting imported = target.meeting();
    Map<String, AgendaItem> nativeItems = new HashMap<>();
    for (AgendaItem item : n.agenda()) {
      nativeItems.put(key(item), item);
    }
    Map<String, Boolean> matched = new HashMap<>();
    List<AgendaItem> agenda = new ArrayList<>();
    for (AgendaItem item : imported.agenda()) {
      AgendaItem source = nativeItems.get(key(item));
      if (source == null) {
        agenda.add(item);
        continue;
      }
      matched.put(key(item), Boolean.TRUE);
      AgendaItem.Builder b = item.toBuilder();
      // OParl has no votes, exclusions for bias or texts beside the resolution: the native file's.
      if (item.votes().isEmpty()) {
        b.votes(source.votes());
      }
      if (item.content() == null) {
        b.content(source.content());
      }
      if (item.excludedForBias().isEmpty()) {
        b.excludedForBias(source.excludedForBias());
      }
      if (item.proposal() == null) {
        b.proposal(source.proposal());
      }
      if (item.statementOfFacts() == null && !(b.build().content() instanceof TextContent)) {
        b.statementOfFacts(source.statementOfFacts());
      }
      if (item.deliberation() == null) {
        b.deliberation(source.deliberation());
      }
      agenda.add(b.build());
    }
    for (AgendaItem item : n.agenda()) {
      if (item.visibility().isPublic() && !matched.containsKey(key(item))) {
        throw new OParlMergeException(Message.of("merge.noItem", "Ö " + item.number(),
            imported.id() != null ? imported.id() : String.valueOf(imported.name())));
      }
    }
    return target.withMeeting(imported.withAgenda(agenda));
  }

  private static String key(AgendaItem item) {
    return item.visibility() + " " + item.number();
  }
}
