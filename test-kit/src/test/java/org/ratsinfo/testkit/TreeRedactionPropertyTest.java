package org.ratsinfo.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.Labels;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.ExcerptLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.MarkedModels.Case;
import org.ratsinfo.testkit.MarkedModels.Item;
import org.ratsinfo.testkit.RedactionChecks;

/**
 * The redaction guarantee on the document tree, which is all a renderer is given: for random marked
 * meetings (see {@link MarkedModels}), a public excerpt's tree holds no marker of non-public content,
 * of a withheld field or of a value never shown, and every marker of public content; an internal
 * excerpt's tree holds every marker of its item, withheld fields included, and none of another item.
 * A failing seed is in the display name; {@code -Dratsinfo.seed=SEED -Dratsinfo.cases=1} runs it
 * alone.
 */
class TreeRedactionPropertyTest {

  static LongStream seeds() {
    return MarkedModels.seeds(1000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theTreeOfAPublicExcerptHoldsNothingItMustNot(long seed) {
    Case c = MarkedModels.of(seed).meeting();
    Locale locale = seed % 2 == 0 ? Locale.GERMANY : Locale.ENGLISH;
    ExcerptLayout layout = ExcerptLayout.builder().locale(locale).withheldFromPublic(c.withheld()).build();
    for (Item item : c.items()) {
      String context = c + ", item " + item.item().number();
      ExcerptDocument internal = layout.layout(c.excerpt(item, Audience.INTERNAL));
      String internalText = text(internal);
      assertEquals(c.shownInternally(item), MarkedModels.found(internalText, c.shownInternally(item)),
          context + ": the internal excerpt shows its item, withheld fields included");
      assertEquals(Set.of(), MarkedModels.found(internalText, c.neverIn(item)),
          context + ": the internal excerpt shows nothing of another item and nothing never shown");
      if (!item.item().visibility().isPublic()) {
        assertThrows(IllegalArgumentException.class,
            () -> layout.layout(c.excerpt(item, Audience.PUBLIC)), context);
        continue;
      }
      ExcerptDocument document = layout.layout(c.excerpt(item, Audience.PUBLIC));
      assertPublic(c, item, document, locale, context);
      // Forced by the options, whatever the excerpt says.
      RenderOptions forced = RenderOptions.builder().locale(locale).audience(Audience.PUBLIC)
          .withheldFromPublic(c.withheld()).build();
      assertEquals(document, forced.layout(c.excerpt(item, Audience.INTERNAL)), context);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMeetingForThePublicLeavesItsNonPublicItemsOut(long seed) {
    Case c = MarkedModels.of(seed).meeting();
    ExcerptLayout layout = ExcerptLayout.builder().withheldFromPublic(c.withheld()).build();
    List<Excerpt> excerpts = c.excerpts().excerpts();
    List<AgendaItem> publicItems = c.publicItems().stream().map(Item::item).toList();
    assertEquals(publicItems, excerpts.stream().map(Excerpt::agendaItem).toList(), c.toString());
    for (int i = 0; i < excerpts.size(); i++) {
      Excerpt excerpt = excerpts.get(i);
      assertEquals(Audience.PUBLIC, excerpt.audience());
      assertEquals(List.of(), excerpt.meeting().agenda(), "an excerpt carries no agenda");
      assertPublic(c, c.publicItems().get(i), layout.layout(excerpt), Locale.GERMANY, c + ", excerpt " + i);
    }
    List<Excerpt> internal = c.excerpts().withAudience(Audience.INTERNAL).excerpts();
    assertEquals(c.items().stream().map(Item::item).toList(),
        internal.stream().map(Excerpt::agendaItem).toList(), c.toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theAgendaAndTheMinutesForThePublicHoldNothingTheyMustNot(long seed) {
    Case c = MarkedModels.of(seed).meeting();
    Locale locale = seed % 2 == 0 ? Locale.GERMANY : Locale.ENGLISH;
    ExcerptLayout layout = ExcerptLayout.builder().locale(locale).withheldFromPublic(c.withheld()).build();
    MeetingExcerpts meeting = c.excerpts();
    for (ExcerptDocument document : List.of(layout.agenda(meeting), layout.minutes(meeting))) {
      String context = c + ", " + document.kind() + "; withheld " + c.withheld();
      String text = text(document);
      assertEquals(Set.of(), MarkedModels.found(text, c.notForThePublic()), context);
      for (Item item : c.publicItems()) {
        assertTrue(text.contains(item.item().title()), context + ": a public item's title");
      }
    }
    // The minutes show every public item as its excerpt does, and every public participant.
    String minutes = text(layout.minutes(meeting));
    Set<String> expected = new java.util.LinkedHashSet<>();
    c.meetingMarks().shown().stream().filter(m -> c.kinds().get(m) == MarkedModels.Kind.PUBLIC)
        .forEach(expected::add);
    c.publicItems().forEach(item -> expected.addAll(c.shownPublicly(item)));
    c.participantMarks().shown().stream().filter(m -> c.kinds().get(m) == MarkedModels.Kind.PUBLIC)
        .forEach(expected::add);
    assertEquals(expected, MarkedModels.found(minutes, expected), c + ": the public minutes");
    // For the internal audience: everything, withheld fields and non-public items included.
    MeetingExcerpts internal = meeting.withAudience(Audience.INTERNAL);
    String all = text(layout.minutes(internal));
    Set<String> everything = new java.util.LinkedHashSet<>(c.meetingMarks().shown());
    c.items().forEach(item -> everything.addAll(c.shownInternally(item)));
    everything.addAll(c.participantMarks().shown());
    assertEquals(everything, MarkedModels.found(all, everything), c + ": the internal minutes");
    String agenda = text(ExcerptLayout.builder().nonPublicAgendaTitles(true).withheldFromPublic(c.withheld())
        .build().agenda(meeting));
    for (Item item : c.items()) {
      assertTrue(agenda.contains(item.item().title()), c + ": listed titles");
    }
  }

  private static void assertPublic(Case c, Item item, ExcerptDocument document, Locale locale,
      String context) {
    assertEquals(Audience.PUBLIC, document.audience());
    String text = text(document);
    assertEquals(Set.of(), MarkedModels.found(text, c.notForThePublic()),
        context + ": the public excerpt shows what it must not; withheld " + c.withheld());
    assertEquals(Set.of(), MarkedModels.found(text, c.neverIn(item)), context);
    assertEquals(c.shownPublicly(item), MarkedModels.found(text, c.shownPublicly(item)),
        context + ": the public excerpt shows its public content");
    for (Field field : fields(document.blocks())) {
      assertFalse(c.withheld().contains(field.key()), context + ": withheld field " + field);
    }
    // The votes' outcome lines state the decision: they go where the decision goes.
    for (String outcome : RedactionChecks.outcomeLines(item.item(), Labels.forLocale(locale))) {
      assertEquals(!c.withheld().contains(FieldKey.DECISION), text.contains(outcome),
          context + ": the outcome line \"" + outcome + "\"; withheld " + c.withheld());
    }
  }

  /** Every string of the tree, metadata included, one per line. */
  private static String text(ExcerptDocument document) {
    return String.join("\n", RandomModels.strings(document));
  }

  private static List<Field> fields(List<Block> blocks) {
    List<Field> out = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof FieldList list) {
        out.addAll(list.fields());
      } else if (block instanceof Section section) {
        out.addAll(fields(section.blocks()));
      }
    }
    return out;
  }
}
