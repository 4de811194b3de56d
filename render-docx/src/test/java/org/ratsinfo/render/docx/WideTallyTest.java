package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.ratsinfo.render.docx.Docx.select;
import static org.ratsinfo.render.docx.Docx.string;
import static org.ratsinfo.testing.DocumentTrees.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Table;
import org.ratsinfo.document.TallyLayout;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.HostileCorpus;
import org.w3c.dom.Node;

/**
 * A tally of 40 voting groups, laid out as rows: in the DOCX a table whose first row (the vote
 * options) repeats on every page ({@code w:tblHeader}), one row per group starting with the group's
 * name as row header and holding its counts, in the table's own font size (not shrunk to fit, as the
 * same tally with its groups as columns is). {@link LibreOfficeTest} converts it and reads it back.
 */
class WideTallyTest {

  @Test
  void fortyGroupsAreRowsUnderARepeatingHeaderRowInTheTablesOwnSize() {
    DocxRenderer renderer = Samples.renderer(Locale.GERMANY);
    ExcerptDocument document = renderer.options().layout(HostileCorpus.manyGroups(40));
    Table tally = tally(document);
    Node table = lastTable(new Docx(renderer.renderToBytes(document)));
    List<Node> trs = select(table, "w:tr");
    assertEquals(42, trs.size());
    assertEquals(1, select(trs.get(0), "w:trPr/w:tblHeader").size(), "the header row repeats");
    assertEquals(List.of("", "dafür", "dagegen", "Enthaltung"), cells(trs.get(0)));
    for (int r = 0; r < tally.rows().size(); r++) {
      Node tr = trs.get(r + 1);
      Table.Row row = tally.rows().get(r);
      assertEquals(0, select(tr, "w:trPr/w:tblHeader").size());
      assertEquals("AuszugZeilenkopf", string(tr, "w:tc[1]/w:p/w:pPr/w:pStyle/@w:val"), "row header");
      List<String> expected = new ArrayList<>(List.of(row.header()));
      expected.addAll(row.cells());
      assertEquals(expected, cells(tr));
    }
    assertEquals(List.of(), select(table, ".//w:rPr/w:sz"), "no smaller font");
  }

  /** The check above can fail: the same tally as columns is set in a smaller font. */
  @Test
  void fortyGroupsAsColumnsAreSetSmaller() {
    DocxRenderer renderer = DocxRenderer.builder().options(RenderOptions.builder()
        .locale(Locale.GERMANY).tallyLayout(TallyLayout.GROUPS_AS_COLUMNS).build()).build();
    Node table = lastTable(new Docx(renderer.renderToBytes(
        renderer.options().layout(HostileCorpus.manyGroups(40)))));
    assertFalse(select(table, ".//w:rPr/w:sz").isEmpty());
  }

  private static Node lastTable(Docx docx) {
    List<Node> tables = select(docx.xml("word/document.xml"), "/w:document/w:body/w:tbl");
    return tables.get(tables.size() - 1);
  }

  private static List<String> cells(Node tr) {
    return select(tr, "w:tc").stream()
        .map(tc -> String.join("", select(tc, ".//w:t").stream().map(Node::getTextContent).toList()))
        .toList();
  }
}
