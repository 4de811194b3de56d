package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.Labels;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.render.batch.BatchResult;
import org.ratsinfo.render.batch.BatchTarget;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.batch.MeetingRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.MarkedModels.Case;
import org.ratsinfo.testkit.MarkedModels.Item;

/**
 * The redaction guarantee checked on a format's output, for cases of {@link MarkedModels}: each
 * renderer module's test gives a way to build its renderer and a {@link Reader} of its output, and
 * these checks render single excerpts and whole meetings for the public and for the internal audience
 * and look for the markers.
 *
 * <ul>
 *   <li>public: no marker of non-public content, of a withheld field, of a value never shown, or of
 *       another item anywhere in the output ({@link Holdings#everything()}: text, attributes,
 *       metadata, every part); every marker of the item's public content in its text;
 *   <li>internal: every marker the item shows, withheld fields and non-public paper included, in its
 *       text; none of another item or never shown anywhere;
 *   <li>the tally's outcome line ("Ergebnis: angenommen") in the text where a vote was taken, but
 *       not for the public where the decision is withheld, since it states the decision;
 *   <li>a whole meeting's file names (ZIP entries) carry no marker that the public must not see,
 *       the agenda number where the TOP is withheld included.
 * </ul>
 */
public final class RedactionChecks {

  /** The instant every document of the checks is dated with. */
  public static final Instant INSTANT = Instant.parse("2026-11-28T10:00:00Z");

  private RedactionChecks() {}

  /** Reads a format's output. */
  @FunctionalInterface
  public interface Reader {
    /**
     * Reads one output.
     *
     * @param bytes the rendered bytes
     * @return what they hold
     * @throws IOException if they cannot be read (the output is broken)
     */
    Holdings read(byte[] bytes) throws IOException;
  }

  /** The options of a case: its withheld fields, German or English by its seed, a fixed clock. */
  public static RenderOptions options(Case c) {
    return RenderOptions.builder()
        .locale(Math.floorMod(c.seed(), 3) == 0 ? Locale.ENGLISH : Locale.GERMANY)
        .withheldFromPublic(c.withheld())
        .fixedInstant(INSTANT)
        .build();
  }

  /**
   * Renders one public item of the case (chosen by the seed) for the public and for the internal
   * audience, and, if {@code nonPublicToo} and the case has one, a non-public item for the internal
   * audience (and checks the public is refused it), each with the renderer the factory builds for
   * the case's options, and checks the outputs.
   *
   * @param c the case
   * @param factory builds the format's renderer for options
   * @param reader reads the format's output
   * @param nonPublicToo whether to render a non-public item as well
   */
  public static void singleExcerpts(Case c, Function<RenderOptions, ExcerptRenderer> factory,
      Reader reader, boolean nonPublicToo) {
    ExcerptRenderer renderer = factory.apply(options(c));
    List<Item> publicItems = c.publicItems();
    Item item = publicItems.get(Math.floorMod(c.seed(), publicItems.size()));
    checkPublic(c, item, read(reader, render(renderer, c, item, Audience.PUBLIC)), c + ", public");
    checkInternal(c, item, read(reader, render(renderer, c, item, Audience.INTERNAL)), c + ", internal");
    if (nonPublicToo) {
      for (Item other : c.items()) {
        if (!other.item().visibility().isPublic()) {
          checkInternal(c, other, read(reader, render(renderer, c, other, Audience.INTERNAL)),
              c + ", internal, non-public item");
          assertThrows(IllegalArgumentException.class, () -> render(renderer, c, other, Audience.PUBLIC),
              c + ": a non-public item is refused for the public");
          break;
        }
      }
    }
  }

  /**
   * Renders the case's whole meeting with a {@link MeetingRenderer} into a ZIP archive, for the public
   * (as the meeting's audience, or forced by the renderer's options, by the seed) and for the internal
   * audience, and checks every file: the public archive has exactly the public items, the internal
   * one every item.
   *
   * @param c the case
   * @param factory builds the format's renderer for options
   * @param reader reads the format's output
   */
  public static void wholeMeeting(Case c, Function<RenderOptions, ExcerptRenderer> factory, Reader reader) {
    boolean forced = c.seed() % 2 == 0;
    RenderOptions options = options(c);
    ExcerptRenderer forPublic = factory.apply(forced ? options.toBuilder().audience(Audience.PUBLIC).build()
        : options);
    MeetingExcerpts input = forced ? c.excerpts().withAudience(Audience.INTERNAL) : c.excerpts();
    Map<String, byte[]> files = renderMeeting(forPublic, input);
    String extension = "." + forPublic.format().fileExtension();
    Map<String, Item> expected = new LinkedHashMap<>();
    List<Item> publicItems = c.publicItems();
    for (int i = 0; i < publicItems.size(); i++) {
      expected.put(publicName(c, publicItems, i) + extension, publicItems.get(i));
    }
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(files.keySet()), c + ": the public files");
    assertEquals(Set.of(), MarkedModels.found(String.join("\n", files.keySet()), c.notForThePublic()), c.toString());
    expected.forEach((name, item) -> checkPublic(c, item, read(reader, files.get(name)), c + ", public " + name));

    ExcerptRenderer internalRenderer = factory.apply(options);
    Map<String, byte[]> internal = renderMeeting(internalRenderer, c.excerpts().withAudience(Audience.INTERNAL));
    Map<String, Item> all = new LinkedHashMap<>();
    for (Item item : c.items()) {
      all.put(MeetingRenderer.baseName(c.excerpts().meeting(), item.item()) + extension, item);
    }
    assertEquals(List.copyOf(all.keySet()), List.copyOf(internal.keySet()), c + ": the internal files");
    all.forEach((name, item) -> checkInternal(c, item, read(reader, internal.get(name)), c + ", internal " + name));
  }

  /**
   * Renders the case's agenda and minutes for the public (its withheld fields, its language) and
   * checks that neither holds a marker not for the public, anywhere, and that the minutes show every
   * public item's public content; then, as the control that the check can fail, renders the minutes
   * for the internal audience and checks that they show every item, non-public ones included.
   *
   * @param c the case
   * @param factory builds the format's renderer for options
   * @param reader reads the format's output
   */
  public static void meetingDocuments(Case c, Function<RenderOptions, ExcerptRenderer> factory,
      Reader reader) {
    RenderOptions options = options(c);
    ExcerptRenderer renderer = factory.apply(options);
    for (DocumentKind kind : List.of(DocumentKind.AGENDA, DocumentKind.MINUTES)) {
      ExcerptDocument document = options.layout(kind, c.excerpts()).get(0);
      assertEquals(Audience.PUBLIC, document.audience());
      Holdings holdings = read(reader, render(renderer, document));
      assertEquals(Set.of(), MarkedModels.found(holdings.all(), c.notForThePublic()),
          c + ", public " + kind + ": holds what the public must not see (withheld " + c.withheld() + ")");
      if (kind == DocumentKind.MINUTES) {
        Set<String> shown = new LinkedHashSet<>();
        c.publicItems().forEach(item -> shown.addAll(c.shownPublicly(item)));
        assertEquals(shown, MarkedModels.found(holdings.text(), shown),
            c + ", public minutes: every public item's public content is shown");
      }
    }
    ExcerptDocument internal = options.layout(DocumentKind.MINUTES,
        c.excerpts().withAudience(Audience.INTERNAL)).get(0);
    Set<String> shown = new LinkedHashSet<>();
    c.items().forEach(item -> shown.addAll(c.shownInternally(item)));
    assertEquals(shown, MarkedModels.found(read(reader, render(renderer, internal)).text(), shown),
        c + ", internal minutes: every item, non-public ones included");
  }

  private static byte[] render(ExcerptRenderer renderer, ExcerptDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The name of a public item's files: {@code DATE_Oe-NUMBER}, or where the TOP is withheld {@code
   * DATE_Auszug-NN} by its place among the public items.
   */
  private static String publicName(Case c, List<Item> publicItems, int index) {
    Item item = publicItems.get(index);
    if (!c.withheld().contains(FieldKey.AGENDA_ITEM)) {
      return MeetingRenderer.baseName(c.excerpts().meeting(), item.item());
    }
    int width = Math.max(2, Integer.toString(publicItems.size()).length());
    return c.excerpts().meeting().start().toLocalDate() + "_Auszug-"
        + String.format(Locale.ROOT, "%0" + width + "d", index + 1);
  }

  private static Map<String, byte[]> renderMeeting(ExcerptRenderer renderer, MeetingExcerpts meeting) {
    MeetingRenderer batch = MeetingRenderer.builder().add(renderer).parallelism(2).build();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      BatchResult result = batch.render(meeting, BatchTarget.zip(zip));
      assertTrue(result.ok(), result::toString);
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          files.put(entry.getName(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static byte[] render(ExcerptRenderer renderer, Case c, Item item, Audience audience) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(c.excerpt(item, audience), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Holdings read(Reader reader, byte[] bytes) {
    try {
      return reader.read(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The public excerpt of a public item: nothing it must not show, all of its public content; the
   * tally's outcome line only where the decision is not withheld.
   */
  public static void checkPublic(Case c, Item item, Holdings holdings, String context) {
    Set<String> forbidden = new LinkedHashSet<>(c.notForThePublic());
    forbidden.addAll(c.neverIn(item));
    assertEquals(Set.of(), MarkedModels.found(holdings.all(), forbidden),
        context + ": the public output holds what it must not (withheld " + c.withheld() + ")");
    Set<String> shown = c.shownPublicly(item);
    assertEquals(shown, MarkedModels.found(holdings.text(), shown),
        context + ": the public output shows the item's public content");
    Labels labels = Labels.forLocale(options(c).locale());
    if (c.withheld().contains(FieldKey.DECISION)) {
      for (String line : OUTCOME_KEYS) {
        assertFalse(squeezed(holdings.all()).contains(MarkedModels.squeezed(labels.get(line))),
            () -> context + ": the decision is withheld, and so is the tally's outcome line \""
                + labels.get(line) + '"');
      }
    } else {
      checkOutcome(item, labels, holdings, context);
    }
  }

  /** The internal excerpt of an item: all it shows, nothing of another item or never shown. */
  public static void checkInternal(Case c, Item item, Holdings holdings, String context) {
    assertEquals(Set.of(), MarkedModels.found(holdings.all(), c.neverIn(item)),
        context + ": the internal output holds another item's content or a value never shown");
    Set<String> shown = c.shownInternally(item);
    assertEquals(shown, MarkedModels.found(holdings.text(), shown),
        context + ": the internal output shows everything of its item (withheld " + c.withheld() + ")");
    checkOutcome(item, Labels.forLocale(options(c).locale()), holdings, context);
  }

  /** The label keys of the outcome lines under a tally. */
  private static final List<String> OUTCOME_KEYS =
      List.of("vote.outcome.ADOPTED", "vote.outcome.REJECTED", "vote.outcome.unanimous");

  /** The outcome line of each of the item's votes, where it has one, is in the text. */
  private static void checkOutcome(Item item, Labels labels, Holdings holdings, String context) {
    for (String line : outcomeLines(item.item(), labels)) {
      assertTrue(squeezed(holdings.text()).contains(MarkedModels.squeezed(line)),
          () -> context + ": the vote's outcome line \"" + line + "\" is shown");
    }
  }

  /**
   * The outcome lines the layout writes under an item's votes under the simple majority: "Ergebnis:
   * einstimmig angenommen"; none for a vote that was not taken and states no result.
   *
   * @param item the agenda item
   * @param labels the labels of the document's language
   * @return the lines, in the order of the votes
   */
  public static List<String> outcomeLines(AgendaItem item, Labels labels) {
    List<String> lines = new ArrayList<>();
    for (Vote vote : item.votes()) {
      VoteTally tally = vote.effectiveTally().orElse(null);
      boolean taken = tally != null && tally.voteTaken();
      if (!taken && vote.result() == null) {
        continue;
      }
      vote.outcome(MajorityRule.SIMPLE).ifPresent(outcome -> lines.add(labels.get(
          outcome == VoteOutcome.ADOPTED && taken && tally.unanimous()
              ? "vote.outcome.unanimous" : "vote.outcome." + outcome.name())));
    }
    return lines;
  }

  private static String squeezed(String text) {
    return MarkedModels.squeezed(text);
  }
}
