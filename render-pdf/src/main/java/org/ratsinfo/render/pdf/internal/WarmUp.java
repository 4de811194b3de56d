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
 * A small document with every kind of block, every variant the HTML renderer writes differently
 * (numeric and labelled lists, items of one and of several paragraphs, text in another language,
 * captions that repeat the heading and those that do not, notes) and every font face: rendered once at
 * start-up so that classes, fonts and caches are loaded before the first real excerpt, and laid out
 * when a renderer is built to try its additional stylesheet ({@link StylesheetTrial}).
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
    String other = "en".equals(labels.locale().getLanguage()) ? "de-DE" : "en";
    List<Block> blocks = List.of(
        new FieldList(FieldList.Kind.MEETING, List.of(
            new Field(FieldKey.AGENDA_ITEM, labels.field(FieldKey.AGENDA_ITEM), "Ö 1"),
            new Field(FieldKey.ORGANIZATION, labels.field(FieldKey.ORGANIZATION), "Rat", other))),
        new Section(SectionKind.PAPER, "2026/0001 Übung", List.of(
            new FieldList(FieldList.Kind.PAPER, List.of(
                new Field(FieldKey.PAPER_TYPE, labels.field(FieldKey.PAPER_TYPE), "Anfrage")))),
            other),
        new Section(SectionKind.CONTENT, labels.get("heading.CONTENT"), List.of(
            Paragraph.of("Äöü, erste\nund zweite Zeile."),
            new Paragraph(Paragraph.Style.NORMAL, "Text.", other),
            new Section(SectionKind.RESOLUTION, labels.get("heading.RESOLUTION"), List.of(
                Paragraph.of("Beschlossen."))))),
        new Section(SectionKind.QUESTIONS, labels.get("heading.QUESTIONS"), List.of(
            new NumberedList(List.of(new NumberedList.Item("1", List.of("Äöü?")),
                new NumberedList.Item("2", List.of("Erstens?", "Zweitens?")))),
            new NumberedList(List.of(new NumberedList.Item("a)", List.of("Äöü?")),
                new NumberedList.Item("b)", List.of("Erstens?", "Zweitens?"))), other))),
        new Section(SectionKind.ANSWER, labels.get("heading.ANSWER"), List.of(
            new Paragraph(Paragraph.Style.LEAD, labels.format("answer.introduction", "Ö")),
            new QuestionAnswer(QuestionAnswer.Kind.QUESTION, labels.format("question.label", 1),
                List.of("Äöü?", "Und?"), List.of("Ja.", "Nein."), other))),
        new Section(SectionKind.SUPPLEMENTARY_QUESTIONS, labels.get("heading.SUPPLEMENTARY_QUESTIONS"),
            List.of(new QuestionAnswer(QuestionAnswer.Kind.SUPPLEMENTARY_QUESTION,
                labels.get("supplementaryQuestion.label.anonymous"), List.of("Warum?"),
                List.of("Darum.")))),
        new Section(SectionKind.VOTE, labels.get("heading.VOTE"), List.of(
            new Table(labels.get("vote.caption"), "", List.of(labels.get("vote.total"), "A"),
                List.of(new Table.Row(labels.get("vote.YES"), List.of("1", "1"))),
                labels.get("vote.notTaken")),
            new Table("Übung", labels.get("vote.total"), List.of("A", "B"),
                List.of(new Table.Row("C", List.of("", "2"))), null),
            new Paragraph(Paragraph.Style.NOTE, labels.get("vote.outcome.unanimous")))));
    DocumentInfo info = new DocumentInfo(title, title, "ratsinfo", List.of("ratsinfo"),
        labels.languageTag());
    return new ExcerptDocument(labels.locale(), Audience.PUBLIC, info, "ratsinfo", title, blocks);
  }
}
