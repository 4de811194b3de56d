package org.ratsinfo.render.batch;

import java.util.List;

/**
 * The outcome of rendering a meeting's excerpts: one {@link ItemResult} per agenda item rendered, in
 * agenda order. Holds names and messages only, never the rendered bytes.
 *
 * @param items the items, in agenda order
 */
public record BatchResult(List<ItemResult> items) {

  /** Copies the items. */
  public BatchResult {
    items = List.copyOf(items);
  }

  /** How many items there were. */
  public int total() {
    return items.size();
  }

  /** The items rendered in every format. */
  public List<ItemResult> rendered() {
    return items.stream().filter(ItemResult::ok).toList();
  }

  /** The items that failed, wholly or in some format. */
  public List<ItemResult> failed() {
    return items.stream().filter(i -> !i.ok()).toList();
  }

  /** The names of every file written, in the order written. */
  public List<String> files() {
    return items.stream().flatMap(i -> i.files().stream()).toList();
  }

  /** Whether every item was rendered in every format. */
  public boolean ok() {
    return items.stream().allMatch(ItemResult::ok);
  }

  /** Whether some item failed in the given way. */
  public boolean anyFailed(ItemFailure.Kind kind) {
    return items.stream().anyMatch(i -> i.failed(kind));
  }
}
