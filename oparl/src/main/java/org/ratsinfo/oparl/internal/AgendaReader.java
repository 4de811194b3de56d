package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;
import static org.ratsinfo.oparl.internal.Warnings.kind;
import static org.ratsinfo.oparl.internal.Warnings.value;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * Reads a meeting's agenda: tells headings ("B Nichtöffentliche Sitzung", "ANTRÄGE") from items,
 * decides each item's visibility, fail-closed, from its {@code public} flag and the part of the
 * meeting a heading opened, reads an entry without number that consults a paper right under a
 * numbered item as a further paper of that item (an amendment under its motion), and gives every item
 * a number that no other item of the meeting has. Not thread-safe.
 */
final class AgendaReader {

  /** What a meeting's agenda entries are: items and headings. */
  record Agenda(List<AgendaItem> items, List<AgendaHeading> headings) {}

  /** One agenda entry as read, before the visibility and the numbers of the meeting are settled. */
  private static final class Entry {
    final Node node;
    final int order;
    @Nullable String number;
    final String title;
    final List<Consultation> consultations;
    final boolean heading;
    final @Nullable Visibility opens;
    boolean nonPublicNumber;
    Visibility visibility = Visibility.NON_PUBLIC;
    /** The unnumbered entries read as further consultations of this item. */
    final List<Entry> merged = new ArrayList<>();

    Entry(Node node, int order, @Nullable String number, String title,
        List<Consultation> consultations, boolean heading, @Nullable Visibility opens) {
      this.node = node;
      this.order = order;
      this.number = number;
      this.title = title;
      this.consultations = new ArrayList<>(consultations);
      this.heading = heading;
      this.opens = opens;
    }
  }

  private final Warnings warnings;
  private final Values values;
  private final PaperReader papers;
  private final boolean strict;
  private final ItemExtensions extensions;
  private final FileReader files;

  AgendaReader(Warnings warnings, Values values, PaperReader papers, FileReader files, boolean strict) {
    this.warnings = warnings;
    this.values = values;
    this.extensions = new ItemExtensions(values, warnings);
    this.papers = papers;
    this.files = files;
    this.strict = strict;
  }

  /**
   * The agenda of a meeting.
   *
   * @param meeting the meeting
   * @param entries its resolved agenda entries, in order
   * @return the items and headings
   * @throws IOException if the object source fails
   */
  Agenda read(Node meeting, List<Node> entries) throws IOException {
    List<Entry> read = new ArrayList<>();
    int position = 0;
    for (Node node : entries) {
      Entry entry = entry(node, position++, meeting);
      if (entry != null) {
        read.add(entry);
      }
    }
    List<AgendaHeading> headings = new ArrayList<>();
    Visibility part = null;
    Entry partHeading = null;
    Map<Entry, Integer> inferred = new LinkedHashMap<>();
    int assumed = 0;
    for (Entry entry : read) {
      if (entry.heading) {
        headings.add(new AgendaHeading(entry.node.id(), entry.number, entry.order, entry.title,
            entry.opens));
        if (entry.opens != null) {
          part = entry.opens;
          partHeading = entry;
        }
        continue;
      }
      Visibility visibility;
      JsonNode flag = entry.node.json().get("public");
      if (flag == null) {
        if (partHeading != null) {
          visibility = part;
          inferred.merge(partHeading, 1, Integer::sum);
        } else {
          visibility = Visibility.PUBLIC;
          assumed++;
        }
      } else if (!flag.isBoolean()) {
        // a visibility that cannot be read must not publish an item
        visibility = Visibility.NON_PUBLIC;
        warnings.warn(entry.node.name(), "public", OParlIssue.VISIBILITY_UNREADABLE, kind(flag));
      } else if (flag.booleanValue() && part == Visibility.NON_PUBLIC) {
        visibility = Visibility.NON_PUBLIC;
        warnings.warn(entry.node.name(), "public", OParlIssue.CONTRADICTION,
            key("contradiction.publicInNonPublicPart"));
      } else {
        visibility = flag.booleanValue() ? Visibility.PUBLIC : Visibility.NON_PUBLIC;
      }
      if (entry.nonPublicNumber && visibility == Visibility.PUBLIC) {
        visibility = Visibility.NON_PUBLIC;
        warnings.warn(entry.node.name(), "number", OParlIssue.CONTRADICTION,
            key("contradiction.nonPublicNumber"));
      }
      entry.visibility = visibility;
    }
    inferred.forEach((heading, count) -> warnings.warn(meeting.name(), "agendaItem",
        OParlIssue.VISIBILITY_INFERRED, value(Messages.quote(heading.title)),
        value(Integer.toString(count)), key("visibility." + heading.opens.name())));
    if (assumed > 0) {
      warnings.warn(meeting.name(), "agendaItem", OParlIssue.VISIBILITY_ASSUMED,
          Integer.toString(assumed));
    }
    List<Entry> kept = merge(read);
    numberItems(kept);
    List<AgendaItem> agenda = new ArrayList<>();
    for (Entry entry : kept) {
      agenda.add(item(entry));
    }
    return new Agenda(settle(agenda, kept), headings);
  }

  /**
   * The items without the entries that are further consultations of the item before them: an entry
   * without a number that consults a paper, right after a numbered item (or after another such
   * entry), of the same visibility, with no resolution or ratsinfo extension of its own that would be
   * lost. Real servers write an amendment so, under the motion it amends (OParl/spec#413).
   */
  private List<Entry> merge(List<Entry> entries) {
    List<Entry> kept = new ArrayList<>();
    Entry numbered = null;
    for (Entry entry : entries) {
      if (entry.heading) {
        numbered = null; // an entry under a heading is not "right after" the item
        continue;
      }
      if (numbered != null && entry.number == null && !entry.consultations.isEmpty()
          && entry.visibility == numbered.visibility
          && AgendaEntries.isAbsent(entry.node.json().get("resolutionText"))
          && !ItemExtensions.any(entry.node)) {
        numbered.merged.add(entry);
        for (Consultation c : entry.consultations) {
          if (numbered.consultations.stream()
              .noneMatch(m -> PaperReader.samePaper(m.paper(), c.paper()))) {
            numbered.consultations.add(c);
          }
        }
        warnings.warn(entry.node.name(), "number", OParlIssue.FURTHER_CONSULTATION, numbered.number,
            Messages.quote(entry.consultations.get(0).paper().reference()));
        continue;
      }
      kept.add(entry);
      numbered = entry.number != null ? entry : null;
    }
    return kept;
  }

  /**
   * The items with their papers' consultations at this meeting settled as read here ({@link
   * StepReader#settle}).
   */
  private static List<AgendaItem> settle(List<AgendaItem> agenda, List<Entry> entries) {
    Map<String, Visibility> visibility = new HashMap<>();
    Map<String, String> mergedInto = new HashMap<>();
    for (Entry entry : entries) {
      if (entry.node.id() != null) {
        visibility.put(entry.node.id(), entry.visibility);
        for (Entry merged : entry.merged) {
          if (merged.node.id() != null) {
            mergedInto.put(merged.node.id(), entry.node.id());
          }
        }
      }
    }
    List<AgendaItem> settled = new ArrayList<>(agenda.size());
    for (AgendaItem item : agenda) {
      List<Consultation> consultations = new ArrayList<>(item.consultations().size());
      for (Consultation c : item.consultations()) {
        Paper paper = StepReader.settle(c.paper(), visibility, mergedInto);
        consultations.add(paper == c.paper() ? c : new Consultation(paper, c.role(), c.authoritative()));
      }
      settled.add(consultations.equals(item.consultations())
          ? item : item.toBuilder().consultations(consultations).build());
    }
    return settled;
  }


  private @Nullable Entry entry(Node ai, int position, Node meeting) throws IOException {
    if (!ai.type().equals("AgendaItem")) {
      warnings.warn(ai.name(), "type", OParlIssue.CONTRADICTION, key("contradiction.notAgendaItem"));
      return null;
    }
    String backReference = ObjectIndex.refQuiet(ai.json(), "meeting");
    if (backReference != null && meeting.id() != null && !backReference.equals(meeting.id())) {
      warnings.warn(ai.name(), "meeting", OParlIssue.CONTRADICTION, key("contradiction.meeting"));
    }
    Integer order = values.order(ai, "order");
    if (!ai.json().has("order") || ai.json().get("order").isNull()) {
      if (!ai.isVersion10()) { // OParl 1.0 has no order: the position is all there is
        warnings.warn(ai.name(), "order", OParlIssue.MISSING_ORDER, Integer.toString(position));
      }
      order = position;
    } else if (order == null) {
      order = position;
    }
    String number = AgendaEntries.number(ai, values, warnings, strict);
    List<Consultation> consultations = papers.consultations(ai);
    String title = values.string(ai, "name");
    boolean heading = consultations.isEmpty() && AgendaEntries.isBare(ai.json())
        && AgendaEntries.isHeadingNumber(number);
    if (heading) {
      if (title == null && number == null) {
        return null; // an empty entry: nothing to keep
      }
      String text = title != null ? title : number;
      return new Entry(ai, order, number, text, List.of(), true, part(ai, text));
    }
    if (title == null) {
      title = !consultations.isEmpty() ? consultations.get(0).paper().title()
          : number != null ? "TOP " + number : Values.lastSegment(ai.name());
      warnings.warn(ai.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(title));
    }
    Entry entry = new Entry(ai, order, number, title, consultations, false, null);
    entry.nonPublicNumber = AgendaEntries.marksNonPublic(values.string(ai, "number"));
    return entry;
  }

  /** The part of the meeting a heading opens: from ratsinfo's extension, else from its text. */
  private @Nullable Visibility part(Node heading, String text) {
    String opens = values.extensionString(heading, Vocabulary.EXT_OPENS);
    if (Vocabulary.OPENS_NONE.equals(opens)) {
      return null;
    }
    if (opens != null) {
      StringJoiner known = new StringJoiner(", ");
      for (Visibility v : Visibility.values()) {
        known.add(Importer.camel(v.name()));
        if (Importer.camel(v.name()).equals(opens)) {
          return v;
        }
      }
      known.add(Vocabulary.OPENS_NONE);
      warnings.warn(heading.name(), Vocabulary.EXT_OPENS, OParlIssue.INVALID_EXTENSION,
          key("reason.unknownValue", Messages.quote(opens), known.toString()));
    }
    return AgendaEntries.opensByText(text);
  }

  /**
   * Gives every item a number no other item of the meeting has. An item without a number (an
   * amendment dealt with under the one before it) becomes a sub-item of the item before it, "7.1";
   * an item whose number an earlier item of the same part already has (a server's duplicate) becomes
   * a sub-item of that number. Either takes the first sub-number that no item of the meeting has, so
   * that no excerpt takes another item's number.
   */
  private void numberItems(Iterable<Entry> items) {
    Set<String> used = new HashSet<>();
    for (Entry entry : items) {
      if (entry.number != null) {
        used.add(entry.number);
      }
    }
    Set<String> numbered = new HashSet<>();
    String base = "0";
    for (Entry entry : items) {
      if (entry.number != null) {
        base = entry.number;
        if (!numbered.add(entry.visibility + " " + entry.number)) {
          entry.number = freeSubNumber(base.length() > 16 ? "0" : base, used);
          warnings.warn(entry.node.name(), "number", OParlIssue.DUPLICATE_NUMBER, base, entry.number);
        } else {
          continue;
        }
      } else {
        entry.number = freeSubNumber(base.length() > 16 ? "0" : base, used);
        warnings.warn(entry.node.name(), "number", OParlIssue.NUMBER_DERIVED, entry.number);
      }
      used.add(entry.number);
      numbered.add(entry.visibility + " " + entry.number);
    }
  }

  private static String freeSubNumber(String base, Set<String> used) {
    int k = 1;
    while (used.contains(base + "." + k)) {
      k++;
    }
    return base + "." + k;
  }

  private AgendaItem item(Entry entry) throws IOException {
    Node ai = entry.node;
    String resolution = values.string(ai, "resolutionText");
    Text resolutionText = resolution == null || Text.of(resolution).isEmpty() ? null : Text.of(resolution);
    List<File> auxiliaryFiles = files.list(ai, "auxiliaryFile", entry.visibility);
    for (Entry merged : entry.merged) {
      // the further paper's own files at the item, and its resolution as one of them
      auxiliaryFiles.addAll(files.list(merged.node, "auxiliaryFile", entry.visibility));
      File mergedResolution = files.one(merged.node, "resolutionFile", entry.visibility);
      if (mergedResolution != null) {
        auxiliaryFiles.add(mergedResolution);
      }
    }
    AgendaItem.Builder item = AgendaItem.builder()
        .id(ai.id())
        .number(entry.number)
        .visibility(entry.visibility)
        .order(entry.order)
        .title(entry.title)
        .consultations(entry.consultations)
        .decision(Decisions.read(ai, values, warnings))
        .resolutionText(resolutionText)
        .auxiliaryFiles(auxiliaryFiles)
        .resolutionFile(files.one(ai, "resolutionFile", entry.visibility));
    return extensions.read(ai, item).build();
  }
}
