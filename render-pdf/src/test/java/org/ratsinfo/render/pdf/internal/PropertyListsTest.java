package org.ratsinfo.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

/** The indexed {@code /Properties} dictionary answers as a plain dictionary does. */
class PropertyListsTest {

  @Test
  void answersAsAPlainDictionaryInSeededRandomUse() {
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      COSDictionary plain = new COSDictionary();
      PropertyLists indexed = new PropertyLists();
      List<COSBase> values = new ArrayList<>();
      for (int step = 0; step < 400; step++) {
        int op = random.nextInt(10);
        COSName key = COSName.getPDFName("Prop" + random.nextInt(60));
        if (op < 5 || values.isEmpty()) {
          // mostly new values, sometimes one that is there already under another key
          COSBase value = values.isEmpty() || random.nextInt(4) > 0
              ? dictionary(step) : values.get(random.nextInt(values.size()));
          values.add(value);
          plain.setItem(key, value);
          indexed.setItem(key, value);
        } else if (op < 6) {
          plain.removeItem(key);
          indexed.removeItem(key);
        } else if (op < 7) {
          plain.setItem(key, (COSBase) null);
          indexed.setItem(key, (COSBase) null);
        } else {
          COSBase probe = random.nextBoolean() ? values.get(random.nextInt(values.size())) : dictionary(-1);
          String where = "seed " + seed + ", step " + step;
          assertEquals(plain.containsValue(probe), indexed.containsValue(probe), where);
          assertEquals(plain.getKeyForValue(probe), indexed.getKeyForValue(probe), where);
        }
      }
      assertEquals(plain.keySet(), indexed.keySet());
    }
  }

  @Test
  void resourcesFindAListTheyHoldAndNameNewOnesAsBefore() {
    COSDictionary dictionary = new COSDictionary();
    dictionary.setItem(COSName.PROPERTIES, new PropertyLists());
    PDResources resources = new PDResources(dictionary);
    PDResources plain = new PDResources();
    List<PDPropertyList> lists = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      PDPropertyList list = PDPropertyList.create(dictionary(i));
      lists.add(list);
      assertEquals(plain.add(list), resources.add(list));
    }
    assertSame(lists.get(17).getCOSObject(),
        resources.getProperties(resources.add(lists.get(17))).getCOSObject());
    assertEquals(COSName.getPDFName("Prop18"), resources.add(lists.get(17)));
    assertTrue(dictionary.getCOSDictionary(COSName.PROPERTIES) instanceof PropertyLists);
    assertFalse(dictionary.getCOSDictionary(COSName.PROPERTIES).containsValue(dictionary(0)));
  }

  private static COSDictionary dictionary(int mcid) {
    COSDictionary dictionary = new COSDictionary();
    dictionary.setItem(COSName.MCID, COSInteger.get(mcid));
    return dictionary;
  }
}
