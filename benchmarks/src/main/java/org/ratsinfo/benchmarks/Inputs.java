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
import org.ratsinfo.model.Excerpt;
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

  private static InputStream open(String file) throws IOException {
    String path = "/org/ratsinfo/benchmarks/samples/" + file;
    InputStream in = Inputs.class.getResourceAsStream(path);
    if (in == null) {
      throw new IOException("missing resource " + path);
    }
    return in;
  }
}
