package org.ratsinfo.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.json.JsonProblem;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.internal.HostileFixtures;
import org.ratsinfo.testkit.internal.HugeInputs;
import org.ratsinfo.testkit.internal.RecordTexts;

/**
 * The corpus of hostile and odd inputs that every build runs through reading, validation and every
 * renderer: JSON documents of the native format kept as files in {@code hostile/} next to this class
 * (listed with what each must give in {@code hostile/cases.txt}), and cases generated here where a file
 * makes no sense (500 questions, 40 voting groups, 100 MB strings, nesting 100,000 deep).
 *
 * <p>Every case either reads and validates, and then must render in every format ({@link Valid}), or
 * fails with a clear error: a validation violation at a path ({@link Invalid}), a {@code
 * JsonFormatException} of a problem ({@link Malformed}). Never an exception from inside a dependency,
 * a hang or a partial file.
 *
 * <p>{@link #mapTexts(Record, UnaryOperator)} puts a text into every text field of an excerpt, e.g.
 * URLs to a loopback server. Thread-safe; the fixtures are read on first use.
 */
public final class HostileCorpus {

  /** 100 MB, the length of the huge strings the generated cases stream. */
  public static final long HUGE = 100L * 1024 * 1024;

  private static final String DIRECTORY = "hostile/";

  private HostileCorpus() {}

  /** What reading and validating a case must give. */
  public sealed interface Expected permits Valid, Invalid, Malformed {}

  /** Reads and validates: every renderer must render it. */
  public record Valid() implements Expected {}

  /**
   * Reads, and validation reports (at least) this violation.
   *
   * @param path the violation's path
   * @param rule the violation's rule
   */
  public record Invalid(String path, String rule) implements Expected {}

  /**
   * Reading fails with a {@code JsonFormatException} of this problem.
   *
   * @param problem the problem
   */
  public record Malformed(JsonProblem problem) implements Expected {}

  /** The bytes of a case, opened anew for every read; generated cases stream without being held. */
  @FunctionalInterface
  public interface Source {
    /** A new stream of the document's bytes. */
    InputStream open() throws IOException;
  }

  /**
   * One case.
   *
   * @param name the file name, or a name saying what was generated
   * @param source the document
   * @param expected what reading and validating it gives
   */
  public record Case(String name, Source source, Expected expected) {

    /** Checks that every value is present. */
    public Case {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(expected, "expected");
    }

    /** Reads the excerpt of this case with the standard reader. */
    public Excerpt read() throws IOException {
      try (InputStream in = source.open()) {
        return RatsinfoJson.standard().readExcerpt(in);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every case: the fixtures, then the generated ones. */
  public static List<Case> all() {
    return Stream.concat(fixtures().stream(), generated().stream()).toList();
  }

  /** The cases that read and validate, for the renderers. */
  public static List<Case> renderable() {
    return all().stream().filter(c -> c.expected() instanceof Valid).toList();
  }

  /** The cases of the files, in the order of {@code hostile/cases.txt}. */
  public static List<Case> fixtures() {
    return HostileFixtures.cases();
  }

  /** The names of the files {@code hostile/cases.txt} lists. */
  public static List<String> fixtureFiles() {
    return HostileFixtures.cases().stream().map(Case::name).toList();
  }

  /** The bytes of a fixture file. */
  public static byte[] fixture(String file) {
    try (InputStream in = HostileCorpus.class.getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference excerpt (TOP Ö 19.1, Herne), the base of the generated cases. */
  public static Excerpt base() {
    return RatsinfoJson.standard().readExcerpt(new String(fixture("base.json"), StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------------------------------------
  // Generated cases

  /** The cases generated here, each made when it is opened. */
  public static List<Case> generated() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("500 questions, each answered", () -> json(manyQuestions(500)), new Valid()));
    cases.add(new Case("40 voting groups", () -> json(manyGroups(40)), new Valid()));
    cases.add(new Case("a title of 100,000 words", () -> json(base().withAgendaItem(
            base().agendaItem().toBuilder().title("Wort ".repeat(100_000)).build())),
        new Invalid("agendaItem.title", "jakarta.validation.constraints.Size.message")));
    cases.add(new Case("a 100 MB string", () -> HugeInputs.hugeString(HUGE),
        new Malformed(JsonProblem.LIMIT_EXCEEDED)));
    cases.add(new Case("100 MB of white space before the document", () -> HugeInputs.hugeWhiteSpace(HUGE),
        new Malformed(JsonProblem.LIMIT_EXCEEDED)));
    // The reader expects the model's objects, so nesting fails at the first level that is not one.
    cases.add(new Case("arrays nested 100,000 deep", () -> HugeInputs.deepNesting(100_000),
        new Malformed(JsonProblem.WRONG_TYPE)));
    cases.add(new Case("a number of 100,000 digits", () -> HugeInputs.longNumber(100_000),
        new Malformed(JsonProblem.LIMIT_EXCEEDED)));
    return Collections.unmodifiableList(cases);
  }

  /** The base excerpt with an inquiry of {@code count} questions, each answered. */
  public static Excerpt manyQuestions(int count) {
    Excerpt base = base();
    Inquiry.Builder inquiry = Inquiry.builder()
        .respondent(Person.of("Frank", "Dudda"))
        .introduction("Die Fragen beantworte ich wie folgt:");
    for (int i = 1; i <= count; i++) {
      inquiry.question("Frage " + i + ": Wie ist der Sachstand der Maßnahme " + i + "?",
          "Antwort " + i + ": Die Maßnahme " + i + " ist abgeschlossen.");
    }
    return base.withAgendaItem(base.agendaItem().withContent(inquiry.build()));
  }

  /** The base excerpt with a tally of {@code count} voting groups with counts. */
  public static Excerpt manyGroups(int count) {
    Excerpt base = base();
    List<VotingGroup> groups = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      groups.add(VotingGroup.of("Fraktion " + i + (i % 7 == 0 ? " Freie Wählergemeinschaft" : ""),
          VoteCounts.of(i % 5, i % 3, i % 2)));
    }
    return base.withAgendaItem(base.agendaItem().withVoteTally(VoteTally.of(groups)));
  }

  private static InputStream json(Excerpt excerpt) {
    return new ByteArrayInputStream(RatsinfoJson.standard().writeString(excerpt)
        .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code length} copies of a byte, made as they are read: never more than a buffer in memory. The
   * count of bytes read so far is {@link CountingRepeat#position()}.
   */
  public static CountingRepeat repeat(byte value, long length) {
    return new CountingRepeat(value, length);
  }

  /** A stream of one byte repeated, counting what was read. */
  public static final class CountingRepeat extends InputStream {
    private final byte value;
    private final long length;
    private long position;

    private CountingRepeat(byte value, long length) {
      this.value = value;
      this.length = length;
    }

    /** The bytes read so far. */
    public long position() {
      return position;
    }

    @Override
    public int read() {
      if (position >= length) {
        return -1;
      }
      position++;
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      Objects.checkFromIndexSize(offset, count, buffer.length);
      if (position >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - position);
      java.util.Arrays.fill(buffer, offset, offset + n, value);
      position += n;
      return n;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Text in every field

  /**
   * A copy of the value with every text replaced by {@code text.apply(original)}: every string
   * component of every record, every paragraph of every {@link Text}, every string in a list. The
   * agenda item's number is left alone (it must have the form "19.1"); enums, numbers and dates are
   * not text.
   *
   * @param <T> the type, a record of the model
   * @param value the value
   * @param text what each text becomes
   * @return the copy
   */
  public static <T extends Record> T mapTexts(T value, UnaryOperator<String> text) {
    @SuppressWarnings("unchecked")
    T mapped = (T) RecordTexts.map(value, text, text);
    return mapped;
  }

  /**
   * The documents a renderer must render inertly for a case: the excerpt, and the agenda and the
   * minutes of a meeting whose agenda is the excerpt's item (where the meeting carries no agenda of
   * its own), so that every kind of document meets the hostile text.
   *
   * @param options the options to lay out with
   * @param excerpt the case's excerpt, valid
   * @return the excerpt's document, the agenda and the minutes
   */
  public static List<ExcerptDocument> documents(RenderOptions options, Excerpt excerpt) {
    Meeting meeting = excerpt.meeting().agenda().isEmpty()
        ? excerpt.meeting().withAgenda(List.of(excerpt.agendaItem()))
        : excerpt.meeting();
    MeetingExcerpts whole = new MeetingExcerpts(excerpt.body(), meeting, excerpt.audience());
    List<ExcerptDocument> documents = new ArrayList<>();
    documents.add(options.layout(excerpt));
    documents.addAll(options.layout(DocumentKind.AGENDA, whole));
    documents.addAll(options.layout(DocumentKind.MINUTES, whole));
    return documents;
  }

  /**
   * A copy of the excerpt with a reference to the server in every text field: each field gets one of
   * {@link LoopbackServer#references()} in turn, so that every kind of reference is in some fields;
   * and every file's address is a live https or http link to the server, which documents link to
   * (and no renderer may follow).
   *
   * @param excerpt the excerpt
   * @param server the server
   * @return the copy
   */
  public static Excerpt withReferencesTo(Excerpt excerpt, LoopbackServer server) {
    List<String> references = server.references();
    int[] next = {0};
    List<String> links = server.links();
    int[] nextLink = {0};
    Excerpt mapped = (Excerpt) RecordTexts.map(excerpt,
        s -> s + " " + references.get(next[0]++ % references.size()),
        s -> links.get(nextLink[0]++ % links.size()));
    return mapped;
  }

}
