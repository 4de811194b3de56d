package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;

class LabelsTest {

  static Stream<Labels> bundles() {
    return Stream.of(Labels.GERMAN, Labels.ENGLISH);
  }

  @Test
  void bothBundlesHaveExactlyTheSameKeys() {
    assertEquals(Labels.GERMAN.keys(), Labels.ENGLISH.keys());
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyLabelIsNonBlank(Labels labels) {
    for (String key : labels.keys()) {
      assertFalse(labels.get(key).isBlank(), key);
    }
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyEnumConstantTheLayoutNeedsHasALabel(Labels labels) {
    List<String> keys = new ArrayList<>();
    for (FieldKey key : FieldKey.values()) {
      keys.add("field." + key.name());
    }
    for (DecisionKind kind : DecisionKind.values()) {
      keys.add("decision." + kind.name());
    }
    for (SectionKind kind : SectionKind.values()) {
      keys.add("heading." + kind.name());
    }
    for (VoteOption option : VoteOption.values()) {
      keys.add("vote." + option.name());
    }
    for (VoteOutcome outcome : VoteOutcome.values()) {
      keys.add("vote.outcome." + outcome.name());
    }
    for (Visibility visibility : Visibility.values()) {
      keys.add("visibility." + visibility.name());
      keys.add("visibility.prefix." + visibility.name());
    }
    for (MeetingPublicity publicity : MeetingPublicity.values()) {
      keys.add("publicity." + publicity.name());
    }
    for (MeetingState state : MeetingState.values()) {
      keys.add("meetingState." + state.name());
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      keys.add("weekday." + day.name());
    }
    for (Month month : Month.values()) {
      keys.add("month." + month.name());
    }
    keys.addAll(List.of("document.title", "question.label", "supplementaryQuestion.label",
        "answer.introduction", "vote.caption", "vote.total", "vote.notTaken", "vote.outcome.unanimous",
        "page.footer", "meeting.status.cancelled", "language.tag"));
    for (String key : keys) {
      assertTrue(labels.contains(key), () -> labels + " lacks " + key);
    }
  }

  @Test
  void germanLabels() {
    Labels de = Labels.GERMAN;
    assertEquals("TOP", de.field(FieldKey.AGENDA_ITEM));
    assertEquals("Bearbeiter/-in", de.field(FieldKey.CLERK));
    assertEquals("Federführend", de.field(FieldKey.LEAD_DEPARTMENT));
    assertEquals("zur Kenntnis genommen", de.decision(DecisionKind.ACKNOWLEDGED));
    assertEquals("Ö", de.get("visibility.prefix.PUBLIC"));
    assertEquals("N", de.get("visibility.prefix.NON_PUBLIC"));
    assertEquals("öffentlich/nichtöffentlich", de.get("publicity.PUBLIC_AND_NON_PUBLIC"));
    assertEquals("Auszug - Titel", de.format("document.title", "Titel"));
    assertEquals("Seite 1 von 3", de.format("page.footer", "1", "3"));
    assertEquals("Ergänzende mündliche Zusatzfragen", de.get("heading.SUPPLEMENTARY_QUESTIONS"));
    assertEquals("de-DE", de.languageTag());
    assertEquals(Locale.GERMANY, de.locale());
  }

  @Test
  void englishLabels() {
    Labels en = Labels.ENGLISH;
    assertEquals("noted", en.decision(DecisionKind.ACKNOWLEDGED));
    assertEquals("Excerpt - Title", en.format("document.title", "Title"));
    assertEquals("Page 1 of 3", en.format("page.footer", "1", "3"));
    assertEquals("Question 2", en.format("question.label", "2"));
    assertEquals("X answers the inquiry as follows:", en.format("answer.introduction", "X"));
    assertEquals("No vote was taken.", en.get("vote.notTaken"));
    assertEquals("for", en.get("vote.YES"));
    assertEquals("en", en.languageTag());
  }

  @Test
  void forLocalePicksGermanForGermanAndUnknownLanguagesAndEnglishForEnglish() {
    assertSame(Labels.GERMAN, Labels.forLocale(Locale.GERMANY));
    assertSame(Labels.GERMAN, Labels.forLocale(Locale.GERMAN));
    assertSame(Labels.GERMAN, Labels.forLocale(Locale.forLanguageTag("de-AT")));
    assertSame(Labels.GERMAN, Labels.forLocale(Locale.FRANCE));
    assertSame(Labels.GERMAN, Labels.forLocale(Locale.forLanguageTag("tr-TR")));
    assertSame(Labels.GERMAN, Labels.forLocale(Locale.ROOT));
    assertSame(Labels.ENGLISH, Labels.forLocale(Locale.ENGLISH));
    assertSame(Labels.ENGLISH, Labels.forLocale(Locale.US));
    assertSame(Labels.ENGLISH, Labels.forLocale(Locale.UK));
  }

  @Test
  void unknownKeyIsRefusedClearly() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Labels.GERMAN.get("no.such.key"));
    assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Labels.ENGLISH.format("no.such.key", "x"));
  }

  @Test
  void formatSubstitutesPlainlyWithoutMessageFormatRules() {
    // Arguments are inserted as they are: no grouping, no quoting rules for apostrophes.
    assertEquals("Auszug - It's 12345", Labels.GERMAN.format("document.title", "It's 12345"));
    assertEquals("Auszug - {1}", Labels.GERMAN.format("document.title", "{1}"));
    assertEquals("Ö 19.1", Labels.GERMAN.format("agendaItem.number", "Ö", "19.1"));
    assertEquals("Tue, 5 Feb 2017",
        Labels.ENGLISH.format("format.date", "Tue", "05", "5", "02", "Feb", "2017"));
    assertEquals("Di, 05.02.2017",
        Labels.GERMAN.format("format.date", "Di", "05", "5", "02", "Feb", "2017"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Labels.GERMAN.format("page.footer", "1"));
    assertTrue(e.getMessage().contains("page.footer"), e.getMessage());
  }
}
