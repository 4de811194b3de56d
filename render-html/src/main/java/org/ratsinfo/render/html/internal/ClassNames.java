package org.ratsinfo.render.html.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.SectionKind;

/**
 * The class names of the markup, all prefixed {@code ratsinfo-}, so that they cannot clash with an
 * integrator's page. Names derived from enum constants ({@code FieldKey.AGENDA_ITEM} gives {@code
 * ratsinfo-field-agenda-item}) are computed once, when this class is initialised.
 */
final class ClassNames {

  static final String EXCERPT = "ratsinfo-excerpt";
  static final String PAGE = "ratsinfo-page";
  static final String HEADER = "ratsinfo-header";
  static final String BODY_NAME = "ratsinfo-body-name";
  static final String TITLE = "ratsinfo-title";
  static final String HEADING = "ratsinfo-heading";
  static final String LEAD = "ratsinfo-lead";
  static final String NOTE = "ratsinfo-note";
  static final String LIST = "ratsinfo-list";
  static final String LIST_LABELLED = "ratsinfo-list ratsinfo-list-labelled";
  static final String LIST_NUMBER = "ratsinfo-list-number";
  static final String QA_HEADING = "ratsinfo-qa-heading";
  static final String QA_LABEL = "ratsinfo-qa-label";
  static final String QA_QUESTION_CONTINUED = "ratsinfo-qa-question-continued";
  static final String QA_ANSWER = "ratsinfo-qa-answer";
  static final String TABLE_SCROLL = "ratsinfo-table-scroll";
  static final String TABLE = "ratsinfo-table";
  static final String CAPTION = "ratsinfo-caption";
  static final String CAPTION_REPEATED = "ratsinfo-caption ratsinfo-caption-repeats-heading";
  static final String TABLE_NOTE = "ratsinfo-note ratsinfo-table-note";
  static final String LINKS = "ratsinfo-links";
  static final String LINK = "ratsinfo-link";

  private static final Map<SectionKind, String> SECTIONS = names(SectionKind.class, "ratsinfo-section ratsinfo-section-");
  private static final Map<FieldList.Kind, String> FIELD_LISTS = names(FieldList.Kind.class, "ratsinfo-fields ratsinfo-fields-");
  private static final Map<FieldKey, String> FIELDS = names(FieldKey.class, "ratsinfo-field ratsinfo-field-");
  private static final Map<QuestionAnswer.Kind, String> QAS = names(QuestionAnswer.Kind.class, "ratsinfo-qa ratsinfo-qa-");

  private ClassNames() {}

  /** {@code "ratsinfo-section ratsinfo-section-answer"}. */
  static String section(SectionKind kind) {
    return SECTIONS.get(kind);
  }

  /** {@code "ratsinfo-fields ratsinfo-fields-meeting"}. */
  static String fieldList(FieldList.Kind kind) {
    return FIELD_LISTS.get(kind);
  }

  /** {@code "ratsinfo-field ratsinfo-field-agenda-item"}. */
  static String field(FieldKey key) {
    return FIELDS.get(key);
  }

  /** {@code "ratsinfo-qa ratsinfo-qa-supplementary-question"}. */
  static String questionAnswer(QuestionAnswer.Kind kind) {
    return QAS.get(kind);
  }

  private static <E extends Enum<E>> Map<E, String> names(Class<E> type, String prefix) {
    Map<E, String> names = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      names.put(constant, prefix + constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return names;
  }
}
