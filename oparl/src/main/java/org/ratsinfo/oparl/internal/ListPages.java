package org.ratsinfo.oparl.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * The list pages of one import ({@code {"data": [...], "links": {...}, "pagination": {...}}}): which
 * next pages are still to be asked of the object source, and, at the end, which pages' next page was
 * read neither from the input nor from the source, so that a list read from its first page alone does
 * not silently come back short. Not thread-safe.
 */
final class ListPages {

  /** One page: where it came from, its links, and its number in its list. */
  private record Page(String source, @Nullable String self, @Nullable String first,
      @Nullable String next, @Nullable Integer currentPage, @Nullable Integer totalElements) {}

  private final Warnings warnings;
  private final List<Page> checked = new ArrayList<>();
  private final Set<String> selves = new HashSet<>();
  private final Set<String> numbered = new HashSet<>();
  private final Set<String> fetched = new HashSet<>();
  private final Deque<String> toFetch = new ArrayDeque<>();

  ListPages(Warnings warnings) {
    this.warnings = warnings;
  }

  /**
   * Notes a list page.
   *
   * @param root the page
   * @param source where it came from
   * @param follow whether its next page belongs to the import (a page of the input or one that
   *     followed it), rather than to a document the object source gave for a reference
   */
  void add(JsonNode root, String source, boolean follow) {
    JsonNode links = root.path("links");
    JsonNode pagination = root.path("pagination");
    Page page = new Page(source, url(links, "self"), url(links, "first"), url(links, "next"),
        number(pagination, "currentPage"), number(pagination, "totalElements"));
    if (page.self() != null) {
      selves.add(page.self());
    }
    if (follow) {
      checked.add(page);
      if (page.first() != null && page.currentPage() != null) {
        numbered.add(page.first() + "\n" + page.currentPage());
      }
      if (page.next() != null) {
        toFetch.add(page.next());
      }
    }
  }

  /** The next page to ask the object source for, or {@code null} if there is none. */
  @Nullable String nextToFetch() {
    return toFetch.poll();
  }

  /** Notes that the object source provided the page. */
  void fetched(String url) {
    fetched.add(url);
  }

  /** Forgets the next pages of a document given for a reference: they are not part of the import. */
  void forgetUnfetched() {
    toFetch.clear();
  }

  /** Warns about each page whose next page was read neither from the input nor from the source. */
  void checkComplete() {
    for (Page page : checked) {
      String next = page.next();
      if (next != null && !fetched.contains(next) && !selves.contains(next) && !followedInInput(page)) {
        String count = page.totalElements() == null ? "?" : page.totalElements().toString();
        warnings.warn(page.source() + " $", "links.next", OParlIssue.NEXT_PAGE_NOT_READ,
            Messages.quote(next), count);
      }
    }
  }

  /** Whether a page of the same list with the next number is among the pages read. */
  private boolean followedInInput(Page page) {
    return page.first() != null && page.currentPage() != null
        && numbered.contains(page.first() + "\n" + (page.currentPage() + 1));
  }

  private static @Nullable String url(JsonNode links, String name) {
    JsonNode value = links.path(name);
    return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
  }

  private static @Nullable Integer number(JsonNode pagination, String name) {
    JsonNode value = pagination.path(name);
    return value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
  }
}
