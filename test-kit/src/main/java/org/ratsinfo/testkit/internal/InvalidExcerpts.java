package org.ratsinfo.testkit.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.QuestionAnswer;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.testkit.RandomModels.Invalid;

/**
 * Valid random excerpts broken in exactly one rule, with what was broken, for {@link
 * org.ratsinfo.testkit.RandomModels#invalid(String)}. Not thread-safe, like its {@link Draws}.
 */
public final class InvalidExcerpts {

  private final Draws random;
  private final RandomTexts texts;
  private final RandomItems items;
  private final RandomMeetings meetings;
  private final RandomTimes times;
  private final BrokenTallies tallies;
  private final BrokenTexts brokenTexts;

  /** The generator drawing from {@code random}. */
  public InvalidExcerpts(Draws random) {
    this.random = random;
    this.texts = new RandomTexts(random);
    this.items = new RandomItems(random);
    this.meetings = new RandomMeetings(random);
    this.times = new RandomTimes(random);
    this.tallies = new BrokenTallies(random);
    this.brokenTexts = new BrokenTexts(random);
  }

  /**
   * A valid excerpt broken in exactly the given rule.
   *
   * @param rule one of {@link org.ratsinfo.testkit.RandomModels#BROKEN_RULES}
   * @return the excerpt and what it breaks
   */
  public Invalid invalid(String rule) {
    Excerpt e = meetings.excerpt();
    AgendaItem item = e.agendaItem();
    String tag = "Zq" + Long.toString(random.seed() % 100_000, 36);
    return switch (rule) {
      case "org.ratsinfo.rule.meeting.end" -> {
        Meeting m = e.meeting();
        ZonedDateTime end = m.start().minusSeconds(1 + random.nextInt(100_000));
        if (random.chance(0.3)) {
          end = end.withZoneSameInstant(times.zone());
        }
        yield new Invalid("end before start", e.withMeeting(m.toBuilder().end(end).build()),
            "meeting.end", rule, List.of());
      }
      case "org.ratsinfo.rule.excerpt.nonPublicItem" -> new Invalid("public excerpt of a non-public item",
          e.withAudience(Audience.PUBLIC).withAgendaItem(item.withVisibility(Visibility.NON_PUBLIC)),
          "agendaItem.visibility", rule, List.of());
      case "org.ratsinfo.rule.meeting.publicity" -> {
        MeetingPublicity publicity = random.pick(MeetingPublicity.PUBLIC, MeetingPublicity.NON_PUBLIC);
        Visibility visibility = publicity == MeetingPublicity.PUBLIC ? Visibility.NON_PUBLIC : Visibility.PUBLIC;
        yield new Invalid("item not allowed by the meeting's publicity", e.withAudience(Audience.INTERNAL)
            .withMeeting(e.meeting().toBuilder().publicity(publicity).agenda(List.of()).build())
            .withAgendaItem(item.withVisibility(visibility)),
            "agendaItem.visibility", rule, List.of());
      }
      case "org.ratsinfo.agendaNumber" -> {
        String number = random.pick(tag + "..1", "1." + tag + ".", "." + tag, tag + " 2", tag + "-7", "§" + tag,
            "3/" + tag);
        yield new Invalid("malformed agenda number", e.withAgendaItem(item.toBuilder().number(number).build()),
            "agendaItem.number", rule, List.of(number));
      }
      case "jakarta.validation.constraints.NotBlank.message" -> brokenTexts.notBlank(e, rule);
      case "jakarta.validation.constraints.Size.message" -> brokenTexts.tooLong(e, rule, tag);
      case "org.ratsinfo.validation.constraints.XmlText.message" -> brokenTexts.notXml(e, rule, tag);
      case "org.ratsinfo.rule.decision.otherNeedsText" -> new Invalid("other decision without text",
          e.withAgendaItem(item.withDecision(new Decision(DecisionKind.OTHER, random.pick(null, " ", "\t\n")))),
          "agendaItem.decision.text", rule, List.of());
      case "org.ratsinfo.rule.decision.notUnanimous", "org.ratsinfo.rule.tally.duplicateGroup",
          "org.ratsinfo.rule.tally.missingCounts", "org.ratsinfo.rule.tally.seats",
          "org.ratsinfo.rule.tally.total" -> tallies.invalid(e, rule);
      case "org.ratsinfo.rule.inquiry.numbering" -> {
        int n = 1 + random.nextInt(5);
        int i = random.nextInt(n);
        List<Question> questions = new ArrayList<>();
        for (int q = 1; q <= n; q++) {
          questions.add(new Question(q, texts.text()));
        }
        int wrong = i + 2 + random.nextInt(5);
        questions.set(i, new Question(wrong, questions.get(i).text()));
        yield withContent(e, "question numbers with a gap", new Inquiry(questions, null, List.of()),
            "agendaItem.content.questions[" + i + "].number", rule);
      }
      case "org.ratsinfo.rule.inquiry.unknownQuestion", "org.ratsinfo.rule.inquiry.answeredTwice" -> {
        Inquiry inquiry = items.inquiry();
        int n = inquiry.questions().size();
        List<QuestionAnswer> answers = new ArrayList<>(
            inquiry.answer() == null ? List.of() : inquiry.answer().answers());
        boolean unknown = rule.endsWith("unknownQuestion") || answers.isEmpty();
        int j = random.nextInt(answers.size() + 1);
        int number = unknown ? n + 1 + random.nextInt(3) : answers.get(random.nextInt(answers.size())).questionNumber();
        if (!unknown) {
          int first = 0;
          while (answers.get(first).questionNumber() != number) {
            first++;
          }
          j = first + 1 + random.nextInt(answers.size() - first);
        }
        answers.add(j, new QuestionAnswer(number, texts.text()));
        Answer old = inquiry.answer();
        Answer answer = new Answer(old == null ? null : old.respondent(), old == null ? null : old.introduction(),
            answers);
        yield withContent(e, unknown ? "answer to no question" : "question answered twice",
            new Inquiry(inquiry.questions(), answer, inquiry.supplementaryQuestions()),
            "agendaItem.content.answer.answers[" + j + "].questionNumber",
            unknown ? "org.ratsinfo.rule.inquiry.unknownQuestion" : "org.ratsinfo.rule.inquiry.answeredTwice");
      }
      case "org.ratsinfo.rule.supplementaryQuestion.askedBy" -> {
        Inquiry inquiry = items.inquiry();
        List<SupplementaryQuestion> questions = new ArrayList<>(inquiry.supplementaryQuestions());
        int k = random.nextInt(questions.size() + 1);
        questions.add(k, new SupplementaryQuestion(null, null, texts.text(), random.chance(0.5) ? texts.text() : null));
        yield withContent(e, "supplementary question by nobody",
            new Inquiry(inquiry.questions(), inquiry.answer(), questions),
            "agendaItem.content.supplementaryQuestions[" + k + "].askedByOrganization", rule);
      }
      case "org.ratsinfo.rule.agenda.duplicateNumber" -> {
        Meeting m = e.meeting();
        Visibility visibility = items.visibilityFor(m.publicity());
        List<AgendaItem> agenda = new ArrayList<>(m.agenda());
        AgendaItem original = items.agendaItem(visibility, "D" + agenda.size(), agenda.size());
        int i = random.nextInt(agenda.size() + 1);
        agenda.add(i, original);
        int j = i + 1 + random.nextInt(agenda.size() - i);
        agenda.add(j, items.agendaItem(visibility, original.number(), j));
        yield new Invalid("duplicate agenda number", e.withMeeting(m.withAgenda(agenda)),
            "meeting.agenda[" + j + "].number", rule, List.of());
      }
      case "jakarta.validation.constraints.PositiveOrZero.message" -> random.chance(0.5)
          ? new Invalid("negative order", e.withAgendaItem(item.toBuilder().order(-1 - random.nextInt(100)).build()),
              "agendaItem.order", rule, List.of())
          : tallies.withTally(e, "negative stated total", new VoteTally(List.of(),
              new VoteCounts(random.nextInt(10), -1 - random.nextInt(10), random.nextInt(3), null, null)),
              "agendaItem.votes[0].tally.statedTotal.no", rule);
      case "jakarta.validation.constraints.NotEmpty.message" -> {
        Text empty = random.chance(0.5) ? Text.of(random.pick(" ", "\n\n", "\r\n \r\n\t"))
            : new Text(List.of(" ", "\n"));
        yield random.chance(0.5)
            ? new Invalid("empty resolution", e.withAgendaItem(item.toBuilder().resolutionText(empty).build()),
                "agendaItem.resolutionText", rule, List.of())
            : withContent(e, "empty text content", new TextContent(empty), "agendaItem.content.text", rule);
      }
      default -> throw new IllegalArgumentException("cannot break " + rule);
    };
  }

  private Invalid withContent(Excerpt e, String name, ItemContent content, String path, String rule) {
    AgendaItem item = e.agendaItem();
    // A text content is the statement of facts: an item with one of its own would break a second rule.
    AgendaItem changed = item.toBuilder().content(content)
        .statementOfFacts(content instanceof TextContent ? null : item.statementOfFacts()).build();
    return new Invalid(name, e.withAgendaItem(changed), path, rule, List.of());
  }
}
