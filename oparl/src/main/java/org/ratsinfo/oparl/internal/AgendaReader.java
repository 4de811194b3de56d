package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;
import static org.ratsinfo.oparl.internal.Warnings.kind;
import static org.ratsinfo.oparl.internal.Warnings.value;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * Reads a meeting's agenda: tells headings ("B Nichtöffentliche Sitzung", "ANTRÄGE") from items,
 * decides each item's visibility, fail-closed, from its {@code public} flag and the part of the
 * meeting a heading opened, and gives every item a number that no other item of the meeting has. Not
 * thread-safe.
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
    final @Nullable Consultation consultation;
    final boolean heading;
    final @Nullable Visibility opens;
    boolean nonPublicNumber;
    Visibility visibility = Visibility.NON_PUBLIC;

    Entry(Node node, int order, @Nullable String number, String title,
        @Nullable Consultation consultation, boolean heading, @Nullable Visibility opens) {
      this.node = node;
      this.order = order;
      this.number = number;
      this.title = title;
      this.consultation = consultation;
      this.heading = heading;
      this.opens = opens;
    }
  }

  private static final Pattern AGENDA_NUMBER = Pattern.compile(AgendaItem.NUMBER_PATTERN);
  private static final Pattern NUMBER_PREFIX =
      Pattern.compile("^(?:TOP|Top|top|Ö|N|ö|n)\\s*(?=[\\p{IsAlphabetic}\\p{IsDigit}])");
  /** The number of a heading: a letter or a roman numeral, "A", "B", "II". */
  private static final Pattern HEADING_NUMBER = Pattern.compile("\\p{IsAlphabetic}{1,4}");
  /** A heading that opens the non-public part: "Nichtöffentliche Sitzung", "nicht öffentlicher Teil". */
  private static final Pattern NON_PUBLIC_PART =
      Pattern.compile("(?iu)nicht[\\s-]*(?:ö|oe)ffentlich");
  /** A number that marks its item non-public, as RIS print them: "N 3", "NÖ 2.1". */
  private static final Pattern NON_PUBLIC_NUMBER = Pattern.compile("^(?:N|NÖ|NOE|nö)\\s*\\d.*");
  /** A heading that opens the public part: "Öffentliche Sitzung", "Sitzungsteil öffentlich". */
  private static final Pattern PUBLIC_PART = Pattern.compile("(?iu)(?:ö|oe)ffentlich");

  private final Warnings warnings;
  private final Values values;
  private final PaperReader papers;
  private final boolean strict;
  private final ItemExtensions extensions;

  AgendaReader(Warnings warnings, Values values, PaperReader papers, boolean strict) {
    this.warnings = warnings;
    this.values = values;
    this.extensions = new ItemExtensions(values, warnings);
    this.papers = papers;
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
    List<Entry> items = new ArrayList<>();
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
      items.add(entry);
    }
    inferred.forEach((heading, count) -> warnings.warn(meeting.name(), "agendaItem",
        OParlIssue.VISIBILITY_INFERRED, value(Messages.quote(heading.title)),
        value(Integer.toString(count)), key("visibility." + heading.opens.name())));
    if (assumed > 0) {
      warnings.warn(meeting.name(), "agendaItem", OParlIssue.VISIBILITY_ASSUMED,
          Integer.toString(assumed));
    }
    numberItems(items);
    List<AgendaItem> agenda = new ArrayList<>();
    for (Entry entry : items) {
      agenda.add(item(entry));
    }
    return new Agenda(agenda, headings);
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
    String number = number(ai);
    Consultation consultation = papers.consultation(ai);
    String title = values.string(ai, "name");
    boolean heading = consultation == null && isBare(ai)
        && (number == null || HEADING_NUMBER.matcher(number).matches());
    if (heading) {
      if (title == null && number == null) {
        return null; // an empty entry: nothing to keep
      }
      String text = title != null ? title : number;
      return new Entry(ai, order, number, text, null, true, part(ai, text));
    }
    if (title == null) {
      title = consultation != null ? consultation.paper().title()
          : number != null ? "TOP " + number : Values.lastSegment(ai.name());
      warnings.warn(ai.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(title));
    }
    Entry entry = new Entry(ai, order, number, title, consultation, false, null);
    String raw = values.string(ai, "number");
    entry.nonPublicNumber = raw != null && NON_PUBLIC_NUMBER.matcher(raw.strip()).matches();
    return entry;
  }

  /** Whether the entry has nothing an item has: no result, resolution or extension of an item's. */
  private static boolean isBare(Node ai) {
    return isAbsent(ai.json().get("result")) && isAbsent(ai.json().get("resolutionText"))
        && !ItemExtensions.any(ai);
  }

  private static boolean isAbsent(@Nullable JsonNode value) {
    return value == null || value.isNull() || value.isString() && value.stringValue().isBlank();
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
    if (NON_PUBLIC_PART.matcher(text).find()) {
      return Visibility.NON_PUBLIC;
    }
    return PUBLIC_PART.matcher(text).find() ? Visibility.PUBLIC : null;
  }

  /** The item's number as the model writes numbers, or {@code null} if it has none that can be read. */
  private @Nullable String number(Node ai) {
    String raw = values.string(ai, "number");
    if (raw == null) {
      return null;
    }
    String number = raw.strip();
    if (number.length() > 1 && number.endsWith(".")) {
      // "1.", "2.": a common way of writing numbers, not a deviation
      number = number.replaceAll("\\.+$", "");
      if (strict) {
        warnings.warn(ai.name(), "number", OParlIssue.AGENDA_NUMBER_NORMALISED, Messages.quote(raw),
            number);
      }
    }
    if (AGENDA_NUMBER.matcher(number).matches() && number.length() <= 20) {
      return number;
    }
    String cleaned = NUMBER_PREFIX.matcher(number).replaceFirst("")
        .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", ".")
        .replaceAll("^\\.+|\\.+$", "");
    if (cleaned.isEmpty() || cleaned.length() > 20) {
      return null;
    }
    warnings.warn(ai.name(), "number", OParlIssue.AGENDA_NUMBER_CLEANED, Messages.quote(raw), cleaned);
    return cleaned;
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

  private AgendaItem item(Entry entry) {
    Node ai = entry.node;
    String resolution = values.string(ai, "resolutionText");
    Text resolutionText = resolution == null || Text.of(resolution).isEmpty() ? null : Text.of(resolution);
    AgendaItem.Builder item = AgendaItem.builder()
        .id(ai.id())
        .number(entry.number)
        .visibility(entry.visibility)
        .order(entry.order)
        .title(entry.title)
        .consultation(entry.consultation)
        .decision(Decisions.read(ai, values, warnings))
        .resolutionText(resolutionText);
    return extensions.read(ai, item).build();
  }
}
