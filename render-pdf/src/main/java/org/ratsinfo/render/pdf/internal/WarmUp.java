package org.ratsinfo.render.pdf.internal;

import java.util.List;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.Labels;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.document.Table;
import org.ratsinfo.model.Audience;
import org.ratsinfo.render.RenderOptions;

/**
 * A small document with every kind of block and every font face, to render once at start-up so that
 * classes, fonts and caches are loaded before the first real excerpt.
 */
public final class WarmUp {

  private WarmUp() {}

  /**
   * The document, in the options' language.
   *
   * @param options the options of the renderer that warms up
   * @return the document
   */
  public static ExcerptDocument document(RenderOptions options) {
    Labels labels = Labels.forLocale(options.locale());
    String title = labels.format("document.title", "Übung „Warm-up“ – 1 € § ß");
    List<Block> blocks = List.of(
        new FieldList(FieldList.Kind.MEETING, List.of(
            new Field(FieldKey.AGENDA_ITEM, labels.field(FieldKey.AGENDA_ITEM), "Ö 1"),
            new Field(FieldKey.ORGANIZATION, labels.field(FieldKey.ORGANIZATION), "Rat"))),
        new Section(SectionKind.QUESTIONS, labels.get("heading.QUESTIONS"), List.of(
            new NumberedList(List.of(new NumberedList.Item("1", List.of("Äöü?")))))),
        new Section(SectionKind.ANSWER, labels.get("heading.ANSWER"), List.of(
            new Paragraph(Paragraph.Style.LEAD, labels.format("answer.introduction", "Ö")),
            new QuestionAnswer(QuestionAnswer.Kind.QUESTION, labels.format("question.label", 1),
                List.of("Äöü?"), List.of("Ja.")))),
        new Section(SectionKind.VOTE, labels.get("heading.VOTE"), List.of(
            new Table(labels.get("vote.caption"), "", List.of(labels.get("vote.total"), "A"),
                List.of(new Table.Row(labels.get("vote.YES"), List.of("1", "1"))),
                labels.get("vote.notTaken")))));
    DocumentInfo info = new DocumentInfo(title, title, "ratsinfo", List.of("ratsinfo"),
        labels.languageTag());
    return new ExcerptDocument(labels.locale(), Audience.PUBLIC, info, "ratsinfo", title, blocks);
  }
}
