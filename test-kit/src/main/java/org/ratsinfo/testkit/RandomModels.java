package org.ratsinfo.testkit;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.testkit.internal.Draws;
import org.ratsinfo.testkit.internal.InvalidExcerpts;
import org.ratsinfo.testkit.internal.RandomMeetings;
import org.ratsinfo.testkit.internal.RandomPapers;
import org.ratsinfo.testkit.internal.RandomPeople;
import org.ratsinfo.testkit.internal.RandomTexts;
import org.ratsinfo.testkit.internal.ValueStrings;

/**
 * A seeded generator of random but valid model values, for property-style tests: the same seed gives
 * the same values on every machine and JDK (only {@link java.util.Random} with its documented
 * algorithm is used).
 *
 * <p>Every optional value is sometimes present and sometimes absent; text is drawn from German words
 * with umlauts and ß, typographic quotes, €, §, emoji, markup-looking and placeholder-looking strings,
 * in paragraphs of one or more lines. {@link #invalid()} breaks exactly one rule of a valid excerpt and
 * says which.
 *
 * <p>To reproduce a failure, take the seed from the test's display name: {@code RandomModels.of(seed)}.
 * Not thread-safe; one instance per seed.
 */
public final class RandomModels {

  /** The seed the seeds of the test runs are drawn from; fixed so that every run tests the same values. */
  public static final long MASTER_SEED = 0x5EED_2026_0A75L;

  /** The rules {@link #invalid()} knows how to break, by their rule identifier. */
  public static final List<String> BROKEN_RULES = List.of(
      "org.ratsinfo.rule.meeting.end",
      "org.ratsinfo.rule.excerpt.nonPublicItem",
      "org.ratsinfo.rule.meeting.publicity",
      "org.ratsinfo.agendaNumber",
      "jakarta.validation.constraints.NotBlank.message",
      "jakarta.validation.constraints.Size.message",
      "org.ratsinfo.validation.constraints.XmlText.message",
      "org.ratsinfo.rule.decision.otherNeedsText",
      "org.ratsinfo.rule.decision.notUnanimous",
      "org.ratsinfo.rule.tally.duplicateGroup",
      "org.ratsinfo.rule.tally.missingCounts",
      "org.ratsinfo.rule.tally.seats",
      "org.ratsinfo.rule.tally.total",
      "org.ratsinfo.rule.inquiry.numbering",
      "org.ratsinfo.rule.inquiry.unknownQuestion",
      "org.ratsinfo.rule.inquiry.answeredTwice",
      "org.ratsinfo.rule.supplementaryQuestion.askedBy",
      "org.ratsinfo.rule.agenda.duplicateNumber",
      "jakarta.validation.constraints.PositiveOrZero.message",
      "jakarta.validation.constraints.NotEmpty.message");

  // One stream of draws for every generator: a value drawn after another continues the same stream,
  // so that a seed gives the same sequence of values whichever generator makes them.
  private final Draws random;
  private final RandomTexts texts;
  private final RandomPeople people;
  private final RandomPapers papers;
  private final RandomMeetings meetings;
  private final InvalidExcerpts invalidExcerpts;

  private RandomModels(long seed) {
    this.random = new Draws(seed);
    this.texts = new RandomTexts(random);
    this.people = new RandomPeople(random);
    this.papers = new RandomPapers(random);
    this.meetings = new RandomMeetings(random);
    this.invalidExcerpts = new InvalidExcerpts(random);
  }

  /** A generator for the given seed. */
  public static RandomModels of(long seed) {
    return new RandomModels(seed);
  }

  /** {@code count} seeds, the same on every run. */
  public static LongStream seeds(int count) {
    return new SplittableRandom(MASTER_SEED).longs(count, 0, Long.MAX_VALUE);
  }

  /** The seed of this generator. */
  public long seed() {
    return random.seed();
  }

  /**
   * A valid excerpt for a random audience: a public excerpt shows a public item of a meeting that has
   * public parts; its meeting sometimes carries an agenda.
   */
  public Excerpt excerpt() {
    return meetings.excerpt();
  }

  /**
   * A valid meeting of random publicity with an agenda of up to 8 items (possibly none), sometimes
   * with headings, files and what the minutes record (participants, attendance, signatures).
   */
  public Meeting meeting() {
    return meetings.meeting();
  }

  /** A valid body. */
  public Body body() {
    return people.body();
  }

  /** A valid organization of the given type. */
  public Organization organization(OrganizationType type) {
    return people.organization(type);
  }

  /** A consultation of a random valid paper, public or not. */
  public Consultation consultation() {
    return papers.consultation();
  }

  /**
   * Words and specials separated by spaces: between {@code min} and {@code max} tokens as far as they
   * fit into {@code maxLength} UTF-16 units; never blank, never cut inside a character.
   */
  public String phrase(int min, int max, int maxLength) {
    return texts.phrase(min, max, maxLength);
  }

  /**
   * A copy of an excerpt whose agenda item consults a non-public paper whose reference and title
   * carry the marker, as do the non-public papers of the meeting's agenda. The item, its audience and
   * everything else stay as they are; for a public excerpt, the marker must never be shown.
   */
  public Excerpt withNonPublicPaper(Excerpt excerpt, String marker) {
    return papers.withNonPublicPaper(excerpt, marker);
  }

  /**
   * An excerpt that breaks exactly one rule, and what it breaks.
   *
   * @param name what was broken, for messages
   * @param excerpt the excerpt
   * @param path the expected violation's path
   * @param rule the expected violation's rule
   * @param injected the text put into the model to break the rule (possibly none); a message must
   *     never repeat it
   */
  public record Invalid(String name, Excerpt excerpt, String path, String rule, List<String> injected) {

    /** Copies the list. */
    public Invalid {
      injected = List.copyOf(injected);
    }
  }

  /** A valid excerpt broken in exactly one rule, chosen at random from {@link #BROKEN_RULES}. */
  public Invalid invalid() {
    return invalid(BROKEN_RULES.get(random.nextInt(BROKEN_RULES.size())));
  }

  /** A valid excerpt broken in exactly the given rule, one of {@link #BROKEN_RULES}. */
  public Invalid invalid(String rule) {
    return invalidExcerpts.invalid(rule);
  }

  /**
   * Every string reachable from a value through record components and lists (map keys and values
   * too): to check what a document tree or a model holds.
   */
  public static List<String> strings(Object value) {
    return ValueStrings.of(value);
  }

  @Override
  public String toString() {
    return "RandomModels[seed=" + random.seed() + "]";
  }
}
