package org.ratsinfo.render.html.internal;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;

/**
 * The default markup of the blocks that hold text: a {@link FieldList} as a {@code dl} of {@code div}s
 * with a {@code dt} and a {@code dd}, a {@link Paragraph} as a {@code p}, a {@link NumberedList} as an
 * {@code ol} (with {@code value}s, or its numbers as text where they are not small integers), a {@link
 * QuestionAnswer} as a {@code div} with its heading, further question paragraphs and the answer. Apart
 * from {@link ExcerptWriter}, which puts the page, the article and the sections together, so that each
 * file holds one level of the page. Stateless.
 */
final class TextBlocks {

  private static final @Nullable String[] NO_VALUE = {};
  private static final Tag DT = Tag.of("dt");
  private static final Tag DD = Tag.of("dd");
  static final Tag P = Tag.of("p");
  private static final Tag P_LEAD = Tag.of("p", "class", ClassNames.LEAD);
  private static final Tag P_NOTE = Tag.of("p", "class", ClassNames.NOTE);
  private static final Tag P_QA_QUESTION_CONTINUED = Tag.of("p", "class", ClassNames.QA_QUESTION_CONTINUED);
  private static final Tag OL = Tag.of("ol", "class", ClassNames.LIST);
  private static final Tag OL_LABELLED = Tag.of("ol", "class", ClassNames.LIST_LABELLED);
  private static final Tag LI = Tag.of("li");
  private static final Tag SPAN = Tag.of("span");
  private static final Tag SPAN_LIST_NUMBER = Tag.of("span", "class", ClassNames.LIST_NUMBER);
  private static final Tag SPAN_QA_LABEL = Tag.of("span", "class", ClassNames.QA_LABEL);
  private static final Tag DIV_QA_ANSWER = Tag.of("div", "class", ClassNames.QA_ANSWER);
  /** Headings of questions, by level (index 0 for h1). */
  private static final Tag[] QA_HEADINGS = Headings.tags(ClassNames.QA_HEADING);
  private static final Map<FieldList.Kind, Tag> FIELD_LISTS =
      tags(FieldList.Kind.class, kind -> Tag.of("dl", "class", ClassNames.fieldList(kind)));
  private static final Map<FieldKey, Tag> FIELDS =
      tags(FieldKey.class, key -> Tag.of("div", "class", ClassNames.field(key)));
  private static final Map<QuestionAnswer.Kind, Tag> QUESTION_ANSWERS =
      tags(QuestionAnswer.Kind.class, kind -> Tag.of("div", "class", ClassNames.questionAnswer(kind)));

  private TextBlocks() {}

  static void fieldList(Markup m, FieldList list) throws IOException {
    if (list.fields().isEmpty()) {
      return;
    }
    Tag tag = FIELD_LISTS.get(list.kind());
    m.open(tag);
    for (Field field : list.fields()) {
      Tag div = FIELDS.get(field.key());
      m.startLine(div);
      m.startTag(DT);
      m.text(field.label());
      m.endTag(DT);
      m.startTag(DD, m.language(field.valueLanguage()));
      m.textWithBreaks(field.value());
      m.endTag(DD);
      m.endLine(div);
    }
    m.close(tag);
  }

  static void paragraph(Markup m, Paragraph paragraph) throws IOException {
    Tag tag = switch (paragraph.style()) {
      case NORMAL -> P;
      case LEAD -> P_LEAD;
      case NOTE -> P_NOTE;
    };
    paragraph(m, paragraph.text(), tag, paragraph.language());
  }

  /**
   * A paragraph on a line of its own, its line feeds as breaks.
   *
   * @param text the text
   * @param tag the element
   * @param language the text's language, or {@code null} for the document's
   */
  static void paragraph(Markup m, String text, Tag tag, @Nullable String language) throws IOException {
    m.startLine(tag, m.language(language));
    m.textWithBreaks(text);
    m.endLine(tag);
  }

  static void numberedList(Markup m, NumberedList list) throws IOException {
    if (list.items().isEmpty()) {
      return;
    }
    boolean numeric = list.items().stream().allMatch(item -> isListValue(item.number()));
    Tag ol = numeric ? OL : OL_LABELLED;
    m.open(ol, m.language(list.language()));
    for (NumberedList.Item item : list.items()) {
      boolean inline = item.paragraphs().size() <= 1;
      @Nullable String[] value = numeric ? new @Nullable String[] {"value", normalisedNumber(item.number())}
          : NO_VALUE;
      if (inline) {
        m.startLine(LI, value);
      } else {
        m.open(LI, value);
      }
      if (!numeric) {
        if (!inline) {
          m.startLine(SPAN_LIST_NUMBER);
        } else {
          m.startTag(SPAN_LIST_NUMBER);
        }
        m.text(item.number());
        m.endTag(SPAN_LIST_NUMBER);
        m.text(" ");
        if (!inline) {
          m.raw("\n");
        }
      }
      if (inline) {
        if (!item.paragraphs().isEmpty()) {
          m.textWithBreaks(item.paragraphs().get(0));
        }
        m.endLine(LI);
      } else {
        for (String text : item.paragraphs()) {
          paragraph(m, text, P, null);
        }
        m.close(LI);
      }
    }
    m.close(ol);
  }

  /** Whether a list number can be an {@code li}'s {@code value}: a small integer, as digits only. */
  private static boolean isListValue(String number) {
    if (number.isEmpty() || number.length() > 9) {
      return false;
    }
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** "07" gives "7": what the list shows for it anyway. */
  private static String normalisedNumber(String number) {
    return Integer.toString(Integer.parseInt(number));
  }

  /**
   * A question with its answer.
   *
   * @param level the heading level of the question
   */
  static void questionAnswer(Markup m, QuestionAnswer qa, int level) throws IOException {
    Tag tag = QUESTION_ANSWERS.get(qa.kind());
    m.open(tag);
    Headings.start(m, level, QA_HEADINGS, ClassNames.QA_HEADING, null);
    m.startTag(SPAN_QA_LABEL);
    m.text(qa.label());
    m.endTag(SPAN_QA_LABEL);
    List<String> question = qa.question();
    if (!question.isEmpty()) {
      m.text(": ");
      String language = qa.language();
      if (language != null) {
        m.startTag(SPAN, m.language(language));
      }
      m.textWithBreaks(question.get(0));
      if (language != null) {
        m.endTag(SPAN);
      }
    }
    Headings.end(m, level);
    for (int i = 1; i < question.size(); i++) {
      paragraph(m, question.get(i), P_QA_QUESTION_CONTINUED, qa.language());
    }
    if (!qa.answer().isEmpty()) {
      m.open(DIV_QA_ANSWER, m.language(qa.language()));
      for (String text : qa.answer()) {
        paragraph(m, text, P, null);
      }
      m.close(DIV_QA_ANSWER);
    }
    m.close(tag);
  }

  /**
   * A tag for each constant of an enum.
   *
   * @param type the enum
   * @param tag the tag of a constant
   * @return the tags
   */
  static <E extends Enum<E>> Map<E, Tag> tags(Class<E> type, Function<E, Tag> tag) {
    Map<E, Tag> tags = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      tags.put(constant, tag.apply(constant));
    }
    return tags;
  }
}
