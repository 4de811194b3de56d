package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;

/**
 * Lays out an item's texts, each its own section, in a fixed order: the proposal, the statement of
 * facts, the inquiry (questions, answer, supplementary questions), the course of the debate and the
 * resolution.
 */
final class ItemTexts {

  private ItemTexts() {}

  static void add(LayoutContext context, AgendaItem item, List<Block> blocks) {
    text(context, SectionKind.PROPOSAL, item.proposal(), blocks);
    text(context, SectionKind.CONTENT, item.effectiveStatementOfFacts(), blocks);
    if (item.content() instanceof Inquiry inquiry) {
      inquiry(context, inquiry, blocks);
    }
    text(context, SectionKind.DELIBERATION, item.deliberation(), blocks);
    text(context, SectionKind.RESOLUTION, item.resolutionText(), blocks);
  }

  private static void text(LayoutContext context, SectionKind kind, @Nullable Text text,
      List<Block> blocks) {
    if (text != null && !text.isEmpty()) {
      blocks.add(context.section(kind, context.paragraphs(Paragraph.Style.NORMAL, text)));
    }
  }

  private static void inquiry(LayoutContext context, Inquiry inquiry, List<Block> blocks) {
    Labels labels = context.labels;
    String language = context.dataLanguage;
    if (!inquiry.questions().isEmpty()) {
      List<NumberedList.Item> items = new ArrayList<>();
      for (Question question : inquiry.questions()) {
        items.add(new NumberedList.Item(
            Integer.toString(question.number()), question.text().paragraphs()));
      }
      blocks.add(context.section(SectionKind.QUESTIONS, List.of(new NumberedList(items, language))));
    }
    Answer answer = inquiry.answer();
    if (answer != null) {
      List<Block> answerBlocks = new ArrayList<>();
      Text introduction = answer.introduction();
      Person respondent = answer.respondent();
      if (introduction != null && !introduction.isEmpty()) {
        answerBlocks.addAll(context.paragraphs(Paragraph.Style.LEAD, introduction));
      } else if (respondent != null) {
        answerBlocks.add(new Paragraph(Paragraph.Style.LEAD,
            labels.format("answer.introduction", respondent.addressName())));
      }
      Map<Integer, List<String>> questionTexts = questionTexts(inquiry);
      for (org.ratsinfo.model.QuestionAnswer qa : answer.answers()) {
        answerBlocks.add(new QuestionAnswer(QuestionAnswer.Kind.QUESTION,
            labels.format("question.label", Integer.toString(qa.questionNumber())),
            questionTexts.getOrDefault(qa.questionNumber(), List.of()), qa.text().paragraphs(),
            language));
      }
      if (!answerBlocks.isEmpty()) {
        blocks.add(context.section(SectionKind.ANSWER, answerBlocks));
      }
    }
    if (!inquiry.supplementaryQuestions().isEmpty()) {
      List<Block> supplementary = new ArrayList<>();
      for (SupplementaryQuestion question : inquiry.supplementaryQuestions()) {
        String asker = asker(question);
        String label = asker == null
            ? labels.get("supplementaryQuestion.label.anonymous")
            : labels.format("supplementaryQuestion.label", asker);
        Text answerText = question.answer();
        supplementary.add(new QuestionAnswer(QuestionAnswer.Kind.SUPPLEMENTARY_QUESTION, label,
            question.question().paragraphs(),
            answerText == null ? List.of() : answerText.paragraphs(), language));
      }
      blocks.add(context.section(SectionKind.SUPPLEMENTARY_QUESTIONS, supplementary));
    }
  }

  /**
   * The text of each question by its number, the first question of a number if there are several:
   * looked up once per answer, so a search through the questions for each would make an inquiry's
   * layout quadratic in its size.
   */
  private static Map<Integer, List<String>> questionTexts(Inquiry inquiry) {
    Map<Integer, List<String>> texts = new HashMap<>(inquiry.questions().size() * 2);
    for (Question question : inquiry.questions()) {
      texts.putIfAbsent(question.number(), question.text().paragraphs());
    }
    return texts;
  }

  private static @Nullable String asker(SupplementaryQuestion question) {
    Organization organization = question.askedByOrganization();
    if (organization != null) {
      return organization.name();
    }
    Person person = question.askedByPerson();
    return person == null ? null : person.addressName();
  }
}
