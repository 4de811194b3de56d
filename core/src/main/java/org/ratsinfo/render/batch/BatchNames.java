package org.ratsinfo.render.batch;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.render.internal.FileNames;

/**
 * The file names of a batch's excerpts, made of what the excerpts show: the meeting's date unless
 * {@link FieldKey#DATE} is withheld, the TOP unless {@link FieldKey#AGENDA_ITEM} is withheld, else the
 * item's place in the batch. See {@link MeetingRenderer} for the rule.
 */
final class BatchNames {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private BatchNames() {}

  /** {@code 2017-02-28_Oe-19.1}: date and TOP, as when nothing is withheld. */
  static String baseName(Meeting meeting, AgendaItem item) {
    return DATE.format(meeting.start()) + "_" + top(item);
  }

  /**
   * The names of the items of one batch, in their order, unique without regard to case.
   *
   * @param meeting the meeting
   * @param items the items of the batch, in agenda order
   * @param withheld the fields the names must not show
   * @return one name per item
   */
  static List<String> of(Meeting meeting, List<AgendaItem> items, Set<FieldKey> withheld) {
    boolean date = !withheld.contains(FieldKey.DATE);
    boolean top = !withheld.contains(FieldKey.AGENDA_ITEM);
    int width = Math.max(2, Integer.toString(items.size()).length());
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String item = top
          ? top(items.get(i))
          : "Auszug-" + String.format(Locale.ROOT, "%0" + width + "d", i + 1);
      String base = date ? DATE.format(meeting.start()) + "_" + item : item;
      String name = base;
      // Only items of the same number can meet here, which validation refuses. Case-insensitive, as
      // file systems often are.
      for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "_" + n;
      }
      names.add(name);
    }
    return names;
  }

  private static String top(AgendaItem item) {
    return (item.visibility() == Visibility.PUBLIC ? "Oe" : "N") + "-" + FileNames.safe(item.number());
  }
}
