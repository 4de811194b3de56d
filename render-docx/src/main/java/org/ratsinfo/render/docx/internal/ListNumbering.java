package org.ratsinfo.render.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * ratsinfo's numbering definitions ({@code numbering.xml}: numbers and bullets) in a package's
 * numbering part, under ids the part does not use yet, with the list instances that ratsinfo's "List
 * Number" and "List Bullet" styles refer to. Each document adds a list instance per numbered list after
 * them, where the part is marked.
 *
 * @param abstractNumId the id of ratsinfo's abstract numbering for numbered lists
 * @param numIds the id in the package of each of ratsinfo's list instances, by its id in {@code
 *     numbering.xml} (which {@code styles.xml} refers to)
 * @param lastNumId the largest of them; each document's lists get the ids after it
 */
record ListNumbering(BigInteger abstractNumId, Map<BigInteger, BigInteger> numIds, BigInteger lastNumId) {

  /** The id of the numbered lists' abstract numbering in {@code numbering.xml}. */
  private static final BigInteger OWN_NUMBERED = BigInteger.ZERO;

  ListNumbering {
    numIds = Map.copyOf(numIds);
  }

  /**
   * Adds ratsinfo's numbering to a part, and marks the place after its list instances.
   *
   * @param numbering the part, changed
   * @return the ids
   */
  static ListNumbering add(XWPFNumbering numbering) {
    CTNumbering own = own();
    Map<BigInteger, BigInteger> abstractIds = new HashMap<>();
    BigInteger nextAbstract = nextAbstractNumId(numbering);
    for (CTAbstractNum abstractNum : own.getAbstractNumArray()) {
      CTAbstractNum copy = (CTAbstractNum) abstractNum.copy();
      abstractIds.put(abstractNum.getAbstractNumId(), nextAbstract);
      copy.setAbstractNumId(nextAbstract);
      numbering.addAbstractNum(new XWPFAbstractNum(copy, numbering));
      nextAbstract = nextAbstract.add(BigInteger.ONE);
    }
    Map<BigInteger, BigInteger> numIds = new HashMap<>();
    BigInteger numId = nextNumId(numbering);
    CTNum last = null;
    for (CTNum num : own.getNumArray()) {
      BigInteger abstractId = Objects.requireNonNull(abstractIds.get(num.getAbstractNumId().getVal()),
          "numbering.xml: a list instance of an abstract numbering it does not have");
      numbering.addNum(abstractId, numId);
      numIds.put(num.getNumId(), numId);
      last = numbering.getNum(numId).getCTNum();
      numId = numId.add(BigInteger.ONE);
    }
    MarkedPart.markAfter(Objects.requireNonNull(last, "numbering.xml has no list instance"));
    return new ListNumbering(Objects.requireNonNull(abstractIds.get(OWN_NUMBERED)), numIds,
        numId.subtract(BigInteger.ONE));
  }

  private static CTNumbering own() {
    try (InputStream in = PreparedPackage.resource("numbering.xml")) {
      return NumberingDocument.Factory.parse(in).getNumbering();
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
