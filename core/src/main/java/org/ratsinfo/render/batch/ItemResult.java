package org.ratsinfo.render.batch;

import java.util.List;
import java.util.Objects;
import org.ratsinfo.model.Visibility;

/**
 * What became of one agenda item of a {@link MeetingRenderer} batch.
 *
 * @param number the agenda number, e.g. "19.1"
 * @param visibility whether the item is public
 * @param label the TOP as the excerpts show it, e.g. "Ö 19.1" or "N 3" (German), "P 19.1" or "NP 3"
 *     (English)
 * @param baseName the file name without extension, e.g. {@code 2017-02-28_Oe-19.1}
 * @param files the names of the files written, one per format that succeeded, in renderer order
 * @param failures what went wrong; empty if the item was rendered in every format
 */
public record ItemResult(String number, Visibility visibility, String label, String baseName,
    List<String> files, List<ItemFailure> failures) {

  /** Checks that the values are present and copies the lists. */
  public ItemResult {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(baseName, "baseName");
    files = List.copyOf(files);
    failures = List.copyOf(failures);
  }

  /** Whether the item was rendered in every format. */
  public boolean ok() {
    return failures.isEmpty();
  }

  /** Whether the item failed in the given way. */
  public boolean failed(ItemFailure.Kind kind) {
    return failures.stream().anyMatch(f -> f.kind() == kind);
  }
}
