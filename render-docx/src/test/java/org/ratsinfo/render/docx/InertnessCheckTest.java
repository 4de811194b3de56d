package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The inertness check itself tells ratsinfo's hyperlinks from anything else external: it passes a
 * document with links as rendered, and fails the same document changed in any one way a template's
 * relationship would differ from ratsinfo's (another part, another type, another scheme, not external,
 * a second one to the same address, an address the tree does not link to).
 */
class InertnessCheckTest {

  private static final String RELS = "word/_rels/document.xml.rels";
  private static final byte[] RENDERED = Samples.renderer(Locale.ENGLISH).renderToBytes(Links.tree());

  private static void fails(Set<String> links, UnaryOperator<PackageEdit> change) {
    Docx docx = new Docx(change.apply(new PackageEdit(RENDERED)).zip());
    assertThrows(AssertionError.class, () -> Inertness.assertInert(docx, links));
  }

  private static void fails(UnaryOperator<PackageEdit> change) {
    fails(Links.treeLinks(), change);
  }

  /** The relationship of the plan's address as written, with its escaped ampersand. */
  private static String plan() {
    return "Target=\"" + Links.PLAN.replace("&", "&amp;") + "\"";
  }

  @Test
  void theDocumentAsRenderedPasses() {
    Inertness.assertInert(new Docx(RENDERED), Links.treeLinks());
  }

  @Test
  void linksTheTreeDoesNotHaveFail() {
    fails(Inertness.NO_LINKS, p -> p);
    fails(Set.of(Links.PLAN), p -> p);
  }

  @Test
  void anotherSchemeFailsEvenIfNamed() {
    Set<String> links = new HashSet<>(Links.treeLinks());
    links.add("file:///etc/passwd");
    links.add("ftp://ris.example.org/plan.pdf");
    fails(links, p -> p.replace(RELS, plan(), "Target=\"file:///etc/passwd\""));
    fails(links, p -> p.replace(RELS, plan(), "Target=\"ftp://ris.example.org/plan.pdf\""));
  }

  @Test
  void anotherTypeOrModeFails() {
    fails(p -> p.replace(RELS, "relationships/hyperlink\" " + plan(),
        "relationships/attachedTemplate\" " + plan()));
    fails(p -> p.replace(RELS, plan() + " TargetMode=\"External\"", plan()));
  }

  @Test
  void anotherPartFails() {
    fails(p -> p.relationship("word/header1.xml", "rIdTpl", PackageEdit.OD + "hyperlink", Links.PLAN, true));
    fails(p -> p.insertBefore("word/header1.xml", "</w:hdr>",
            "<w:p><w:hyperlink r:id=\"rIdTpl\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships\"><w:r><w:t>x</w:t></w:r></w:hyperlink></w:p>")
        .relationship("word/header1.xml", "rIdTpl", PackageEdit.OD + "hyperlink", Links.PLAN, true));
  }

  @Test
  void aSecondRelationshipToTheSameAddressFails() {
    fails(p -> p.relationship("word/document.xml", "rIdTemplate", PackageEdit.OD + "hyperlink", Links.PLAN, true));
  }

  @Test
  void aHyperlinkToARelationshipOfAnotherKindFails() {
    fails(p -> p.replace("word/document.xml", "<w:hyperlink r:id=\"", "<w:hyperlink r:id=\"rId1\" x=\""));
  }
}
