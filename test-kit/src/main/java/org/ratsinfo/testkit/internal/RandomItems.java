package org.ratsinfo.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.QuestionAnswer;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Visibility;

/**
 * Random valid agenda items: numbers, decisions, contents (a text or an inquiry with its answer and
 * supplementary questions), consultations, votes and files. Not thread-safe, like its {@link Draws}.
 */
public final class RandomItems {

  private final Draws random;
  private final RandomTexts texts;
  private final RandomPeople people;
  private final RandomPapers papers;
  private final RandomVotes votes;

  /** The generator drawing from {@code random}. */
  public RandomItems(Draws random) {
    this.random = random;
    this.texts = new RandomTexts(random);
    this.people = new RandomPeople(random);
    this.papers = new RandomPapers(random);
    this.votes = new RandomVotes(random);
  }

  /** A visibility the meeting's publicity allows for an item. */
  Visibility visibilityFor(MeetingPublicity publicity) {
    return switch (publicity) {
      case PUBLIC -> Visibility.PUBLIC;
      case NON_PUBLIC -> Visibility.NON_PUBLIC;
      case PUBLIC_AND_NON_PUBLIC -> random.pick(Visibility.values());
    };
  }

  /** A valid agenda item of the given visibility. */
  AgendaItem agendaItem(Visibility visibility, String number, int order) {
    Decision decision = random.chance(0.8) ? decision() : null;
    boolean unanimous = decision != null && decision.kind() == DecisionKind.ADOPTED_UNANIMOUSLY;
    ItemContent content = switch (random.nextInt(3)) {
      case 0 -> null;
      case 1 -> new TextContent(texts.text());
      default -> inquiry();
    };
    AgendaItem.Builder item = AgendaItem.builder()
        .id(random.optional(texts::id))
        .number(number)
        .visibility(visibility)
        .order(order)
        .title(texts.phrase(1, 12, 1000))
        .consultation(random.chance(0.75) ? papers.consultation() : null)
        .decision(decision)
        .resolutionText(random.chance(0.5) ? texts.text() : null)
        .voteTally(random.chance(0.7) ? votes.voteTally(unanimous) : null)
        .content(content);
    // Drawn after everything an item had before, so that a seed's earlier draws stay as they were.
    AgendaItem drawn = item.build();
    List<BiasExclusion> bias = random.chance(0.2) ? votes.biasExclusions() : List.of();
    item.votes(votes.votes(drawn.votes(), bias, unanimous))
        .excludedForBias(bias)
        .proposal(random.chance(0.3) ? texts.text() : null)
        .statementOfFacts(content instanceof TextContent || random.chance(0.7) ? null : texts.text())
        .deliberation(random.chance(0.3) ? texts.text() : null);
    if (drawn.consultation() != null && random.chance(0.2)) {
      item.addConsultation(papers.consultation());
    }
    return item.auxiliaryFiles(random.chance(0.3) ? papers.files() : List.of())
        .resolutionFile(random.chance(0.2) ? papers.file() : null)
        .build();
  }

  /** An agenda number: segments of letters and digits separated by dots, at most 20 characters. */
  String agendaNumber() {
    StringBuilder sb = new StringBuilder();
    int segments = 1 + random.nextInt(3);
    for (int i = 0; i < segments; i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(switch (random.nextInt(6)) {
        case 0 -> random.pick("a", "b", "C", "Ä", "ß", "Ö");
        case 1 -> (1 + random.nextInt(30)) + random.pick("a", "b", "c", "ä");
        default -> Integer.toString(1 + random.nextInt(120));
      });
    }
    return sb.toString();
  }

  /** A decision of any kind; {@link DecisionKind#OTHER} always with a text, the others sometimes. */
  private Decision decision() {
    DecisionKind kind = random.pick(DecisionKind.values());
    String text = kind == DecisionKind.OTHER || random.chance(0.2) ? texts.phrase(1, 5, 300) : null;
    return new Decision(kind, text);
  }

  /**
   * A valid inquiry: questions numbered 1, 2, 3 …; an answer (or none) whose answers each refer to a
   * different existing question; supplementary questions asked by an organization, a person or both.
   */
  Inquiry inquiry() {
    int n = random.nextInt(6);
    List<Question> questions = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      questions.add(new Question(i, texts.text()));
    }
    Answer answer = null;
    if (random.chance(0.7)) {
      List<Integer> numbers = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        if (random.chance(0.8)) {
          numbers.add(i);
        }
      }
      if (random.chance(0.3)) {
        random.shuffle(numbers);
      }
      List<QuestionAnswer> answers = new ArrayList<>();
      for (int number : numbers) {
        answers.add(new QuestionAnswer(number, texts.text()));
      }
      answer = new Answer(random.chance(0.7) ? people.person() : null, random.chance(0.4) ? texts.text() : null,
          answers);
    }
    List<SupplementaryQuestion> supplementary = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      Text answerText = random.chance(0.7) ? texts.text() : null;
      supplementary.add(switch (random.nextInt(3)) {
        case 0 -> new SupplementaryQuestion(people.organization(OrganizationType.FACTION), null, texts.text(),
            answerText);
        case 1 -> new SupplementaryQuestion(null, people.person(), texts.text(), answerText);
        default -> new SupplementaryQuestion(people.organization(OrganizationType.FACTION), people.person(),
            texts.text(), answerText);
      });
    }
    if (random.chance(0.15) && n > 0) {
      // The same through the builder: questions numbered as added, each answered.
      Inquiry.Builder builder = Inquiry.builder();
      for (Question q : questions) {
        builder.question(q.text().asString(), texts.text().asString());
      }
      supplementary.forEach(builder::supplementaryQuestion);
      return builder.respondent(random.chance(0.5) ? people.person() : null).build();
    }
    return new Inquiry(questions, answer, supplementary);
  }
}
