package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.ExcerptLayout;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.VotingMethod;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.QuestionAnswer;

/**
 * The inputs of every benchmark: the samples of {@code examples/samples}, bundled into the benchmarks
 * jar, so that it runs from any directory.
 */
public enum Inputs {
  /** The reference excerpt: Herne, Rat, 28.02.2017, TOP Ö 19.1 (an inquiry with four questions). */
  REFERENCE("herne-rat-2017-02-28-top-19.1.json", false),
  /** A long excerpt: an inquiry with 60 questions and a tally with 12 groups. */
  LONG("long-inquiry-60-questions.json", false),
  /** The 25-item meeting of Musterstadt, every item of it (internal audience), one after another. */
  MEETING("rat-musterstadt-2026-09-15.json", true);

  /**
   * The contested budget item that {@link #withVotes(int, int)} starts from: a procedural motion, three
   * amendments and a roll call of 44 members on the final vote (not an input of the format benchmarks).
   */
  private static final String CONTESTED = "rat-musterstadt-2026-11-24-top-6-haushalt-2027.json";

  /** The locale of every benchmark: the excerpts are German. */
  public static final Locale LOCALE = Locale.GERMANY;

  private final String file;
  private final boolean meeting;

  Inputs(String file, boolean meeting) {
    this.file = file;
    this.meeting = meeting;
  }

  /**
   * The excerpts of this input: one, or every agenda item of the meeting.
   *
   * @return the excerpts
   */
  public List<Excerpt> excerpts() {
    try (InputStream in = open(file)) {
      RatsinfoJson json = RatsinfoJson.standard();
      if (meeting) {
        return json.readMeetingExcerpts(in).withAudience(org.ratsinfo.model.Audience.INTERNAL).excerpts();
      }
      return List.of(json.readExcerpt(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample " + file, e);
    }
  }

  /**
   * The sample's bytes, as the file holds them.
   *
   * @return the UTF-8 JSON text
   */
  public byte[] bytes() {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample " + file, e);
    }
  }

  /**
   * The Musterstadt meeting with its whole agenda, for the internal audience: the input of the
   * minutes benchmarks.
   *
   * @return the meeting
   */
  public static MeetingExcerpts musterstadt() {
    try (InputStream in = open(MEETING.file)) {
      return RatsinfoJson.standard().readMeetingExcerpts(in).withAudience(Audience.INTERNAL);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample " + MEETING.file, e);
    }
  }

  /** Whether the sample is a meeting's excerpts rather than one excerpt. */
  public boolean meeting() {
    return meeting;
  }

  /**
   * The excerpts laid out in German, as the baselines get them.
   *
   * @return the document trees
   */
  public List<ExcerptDocument> documents() {
    ExcerptLayout layout = ExcerptLayout.builder().locale(LOCALE).build();
    return excerpts().stream().map(layout::layout).toList();
  }

  /**
   * The reference excerpt with its inquiry grown or shrunk to a number of questions, each answered:
   * the questions and answers of the long sample, repeated in turn.
   *
   * @param questions how many questions, 1 to 1,000
   * @return the excerpt
   */
  public static Excerpt withQuestions(int questions) {
    Excerpt template = LONG.excerpts().get(0);
    Inquiry inquiry = (Inquiry) template.agendaItem().content();
    if (inquiry == null || inquiry.answer() == null) {
      throw new IllegalStateException("the long sample has no answered inquiry");
    }
    List<Question> qs = new ArrayList<>(questions);
    List<QuestionAnswer> as = new ArrayList<>(questions);
    for (int i = 0; i < questions; i++) {
      Question q = inquiry.questions().get(i % inquiry.questions().size());
      QuestionAnswer a = inquiry.answer().answers().get(i % inquiry.answer().answers().size());
      qs.add(new Question(i + 1, q.text()));
      as.add(new QuestionAnswer(i + 1, a.text()));
    }
    Answer answer = new Answer(inquiry.answer().respondent(), inquiry.answer().introduction(), as);
    AgendaItem item = template.agendaItem()
        .withContent(new Inquiry(qs, answer, inquiry.supplementaryQuestions()));
    return template.withAgendaItem(item);
  }

  /**
   * The contested budget item with the given number of votes, each a roll call of the given number of
   * members (in seven voting groups, voting yes, no and abstaining in turn), and its texts as in the
   * sample: the scale series of votes and ballots.
   *
   * @param votes the number of votes, at least 1
   * @param members the members of each roll call, at least 1
   * @return the excerpt
   */
  public static Excerpt withVotes(int votes, int members) {
    Excerpt template;
    try (InputStream in = open(CONTESTED)) {
      template = RatsinfoJson.standard().readExcerpt(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample " + CONTESTED, e);
    }
    String[] groups = {"SPD", "CDU", "Grüne", "FDP", "Linke", "FW", "BM"};
    VoteOption[] options = {VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION};
    List<Vote> list = new ArrayList<>(votes);
    for (int v = 0; v < votes; v++) {
      List<Ballot> ballots = new ArrayList<>(members);
      for (int m = 0; m < members; m++) {
        ballots.add(Ballot.of(Person.of("Vorname" + m, "Mitglied" + m), groups[m % groups.length],
            options[(m + v) % options.length]));
      }
      list.add(Vote.builder()
          .subject(v == votes - 1 ? VoteSubject.MAIN : VoteSubject.AMENDMENT)
          .title("Änderungsantrag P" + (v + 1))
          .motion(Text.of("Der Ansatz im Produkt " + (v + 1) + " wird um 10.000 Euro erhöht."))
          .method(VotingMethod.ROLL_CALL)
          .ballots(ballots)
          .build());
    }
    AgendaItem item = template.agendaItem().toBuilder().votes(list).excludedForBias(List.of()).build();
    return template.withAgendaItem(item);
  }

  private static InputStream open(String file) throws IOException {
    String path = "/org/ratsinfo/benchmarks/samples/" + file;
    InputStream in = Inputs.class.getResourceAsStream(path);
    if (in == null) {
      throw new IOException("missing resource " + path);
    }
    return in;
  }
}
