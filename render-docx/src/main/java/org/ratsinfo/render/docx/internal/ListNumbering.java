package org.ratsinfo.render.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * ratsinfo's numbering definition ({@code numbering.xml}) in a package's numbering part, under ids the
 * part does not use yet, with one list instance that ratsinfo's "List Number" style refers to. Each
 * document adds a list instance per numbered list after it, where the part is marked.
 *
 * @param abstractNumId the id of ratsinfo's abstract numbering
 * @param baseNumId the id of its list instance; each document's lists get the ids after it
 */
record ListNumbering(BigInteger abstractNumId, BigInteger baseNumId) {

  /**
   * Adds ratsinfo's numbering to a part, and marks the place after its list instance.
   *
   * @param numbering the part, changed
   * @return the ids
   */
  static ListNumbering add(XWPFNumbering numbering) {
    BigInteger abstractNumId = nextAbstractNumId(numbering);
    BigInteger baseNumId = nextNumId(numbering);
    CTAbstractNum abstractNum = own();
    abstractNum.setAbstractNumId(abstractNumId);
    numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    numbering.addNum(abstractNumId, baseNumId);
    MarkedPart.markAfter(numbering.getNum(baseNumId).getCTNum());
    return new ListNumbering(abstractNumId, baseNumId);
  }

  private static CTAbstractNum own() {
    try (InputStream in = PreparedPackage.resource("numbering.xml")) {
      return (CTAbstractNum) NumberingDocument.Factory.parse(in).getNumbering().getAbstractNumArray(0).copy();
    } catch (IOException | XmlException e) {
      throw new IllegalStateException("ratsinfo's numbering.xml cannot be read", e);
    }
  }

  private static BigInteger nextAbstractNumId(XWPFNumbering numbering) {
    BigInteger max = BigInteger.valueOf(-1);
    for (XWPFAbstractNum num : numbering.getAbstractNums()) {
      BigInteger id = num.getCTAbstractNum().getAbstractNumId();
      if (id != null && id.compareTo(max) > 0) {
        max = id;
      }
    }
    return max.add(BigInteger.ONE);
  }

  /** The next free {@code w:numId}: one more than the largest in use (ids start at 1; 0 means none). */
  private static BigInteger nextNumId(XWPFNumbering numbering) {
    BigInteger max = BigInteger.ZERO;
    for (XWPFNum num : numbering.getNums()) {
      BigInteger id = num.getCTNum().getNumId();
      if (id != null && id.compareTo(max) > 0) {
        max = id;
      }
    }
    return max.add(BigInteger.ONE);
  }
}
