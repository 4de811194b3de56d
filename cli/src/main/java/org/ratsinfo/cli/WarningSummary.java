package org.ratsinfo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.OParlWarning;

/**
 * The warnings of an OParl import as a person can read them: one line per kind of warning ({@link
 * OParlWarning#issue()}), in the order the kinds first occur, with its count, the message of its
 * first warning and the objects of a few more. Object ids are shortened to their distinguishing end
 * ({@code …/agendaitem/2804}), as far as they still differ from each other.
 */
final class WarningSummary {

  /** Up to this many warnings are printed one by one; a summary would be no shorter. */
  static final int ALL_UP_TO = 10;
  /** The warnings a kind's line names: its first, with its message, and the objects of the others. */
  static final int EXAMPLES = 3;

  private WarningSummary() {}

  /**
   * The lines of the summary, each without a line break: a heading, then one line per kind.
   *
   * @param input the input, for the heading
   * @param warnings the warnings
   * @param messages the messages' language
   * @param locale the warnings' language
   * @return the lines
   */
  static List<String> lines(String input, List<OParlWarning> warnings, CliMessages messages,
      Locale locale) {
    Map<OParlIssue, List<OParlWarning>> byKind = new LinkedHashMap<>();
    for (OParlWarning warning : warnings) {
      byKind.computeIfAbsent(warning.issue(), k -> new ArrayList<>()).add(warning);
    }
    List<String> lines = new ArrayList<>();
    lines.add(messages.format("oparl.warnings", input, Integer.toString(warnings.size()),
        Integer.toString(byKind.size())));
    byKind.forEach((issue, all) -> {
      List<OParlWarning> examples = all.subList(0, Math.min(EXAMPLES, all.size()));
      List<String> ids = shortened(examples.stream().map(OParlWarning::objectId).toList());
      OParlWarning first = examples.get(0);
      String message = first.message(locale);
      if (message.startsWith(first.objectId())) {
        message = ids.get(0) + message.substring(first.objectId().length());
      }
      StringBuilder line = new StringBuilder(message);
      if (examples.size() > 1) {
        List<String> others = new ArrayList<>();
        for (int i = 1; i < examples.size(); i++) {
          String field = examples.get(i).field();
          others.add(ids.get(i) + (field.isEmpty() ? "" : ", " + field));
        }
        line.append(messages.format("oparl.also", String.join("; ", others)));
      }
      if (all.size() > examples.size()) {
        line.append(" …");
      }
      lines.add(messages.format("oparl.kind", name(issue), Integer.toString(all.size()), line.toString()));
    });
    return lines;
  }

  /** {@code missing-order}: the kind's name as a stable, language-neutral word. */
  static String name(OParlIssue issue) {
    return issue.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The ids cut to their last segments ({@code /}-separated), as few as keep them apart (at least the
   * last two), with {@code …} for what was cut: {@code https://ris.example.org/oparl/v1/agendaitem/2804}
   * becomes {@code …/agendaitem/2804}. Ids that are the same stay the same; short ids stay whole.
   *
   * @param ids the ids
   * @return the shortened ids, in the same order
   */
  static List<String> shortened(List<String> ids) {
    List<String[]> segments = ids.stream().map(id -> id.split("/", -1)).toList();
    int longest = segments.stream().mapToInt(s -> s.length).max().orElse(0);
    long distinct = ids.stream().distinct().count();
    for (int keep = 2; keep < longest; keep++) {
      List<String> cut = new ArrayList<>();
      for (String[] s : segments) {
        cut.add(tail(s, keep));
      }
      if (cut.stream().distinct().count() == distinct) {
        return cut;
      }
    }
    return List.copyOf(ids);
  }

  private static String tail(String[] segments, int keep) {
    if (segments.length <= keep) {
      return String.join("/", segments);
    }
    StringBuilder out = new StringBuilder("…");
    for (int i = segments.length - keep; i < segments.length; i++) {
      out.append('/').append(segments[i]);
    }
    return out.toString();
  }
}
