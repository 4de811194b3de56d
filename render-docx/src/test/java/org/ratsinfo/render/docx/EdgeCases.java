package org.ratsinfo.render.docx;

import java.util.List;
import java.util.Locale;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.document.Table;
import org.ratsinfo.model.Audience;

/**
 * A document tree no sample has: text XML cannot carry, tabs and line breaks, sections three deep,
 * lists numbered with letters or from 3, tables right after each other, a table without rows, no body
 * name.
 */
final class EdgeCases {

  static final String HOSTILE = "Titel \u0000 <&> \"x\" \u0007 ]]> \uD800 \uFFFF Ende";

  private EdgeCases() {}

  static ExcerptDocument document() {
    DocumentInfo info = new DocumentInfo(HOSTILE, "Betreff \u0001", "Stadt\u000B Herne", List.of("a", "b\u0002"), "de-DE");
    List<Block> blocks = List.of(
        new Section(SectionKind.CONTENT, "Ebene 1", List.of(
            new Section(SectionKind.CONTENT, "Ebene 2", List.of(
                new Section(SectionKind.CONTENT, "Ebene 3", List.of(
                    Paragraph.of("tief\tmit Tab\nund Umbruch\r\nund noch einer"))))),
            new NumberedList(List.of(
                new NumberedList.Item("a)", List.of("erstens", "weiter im ersten")),
                new NumberedList.Item("b)", List.of("zweitens")))),
            new NumberedList(List.of(
                new NumberedList.Item("3", List.of("drei")),
                new NumberedList.Item("4", List.of()))))),
        new FieldList(FieldList.Kind.MEETING, List.of(new Field(FieldKey.AGENDA_ITEM, "TOP", HOSTILE))),
        new Table("Eine Tabelle", "", List.of("x"), List.of(new Table.Row("r", List.of("1"))), null),
        new Table("", "Ecke", List.of("y", "z"), List.of(), "Hinweis"),
        new QuestionAnswer(QuestionAnswer.Kind.QUESTION, "Frage 1", List.of("Was?", "Und noch?"), List.of()));
    return new ExcerptDocument(Locale.GERMANY, Audience.PUBLIC, info, "", HOSTILE, blocks);
  }
}
