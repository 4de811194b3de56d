package org.ratsinfo.render.pdf.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /Properties} dictionary of a page's resources, which finds the key of a value in constant
 * time. A tagged page holds a property list for every piece of marked content, and PDFBox's {@code
 * PDResources.add} first asks the dictionary whether it holds the new list already, which a plain
 * dictionary answers by comparing it with every entry: quadratic in the number of tags on a page.
 *
 * <p>Values are compared by identity, as a plain dictionary compares them ({@link COSBase} does not
 * override {@code equals}), and {@link #getKeyForValue} gives the first key in order, as a plain
 * dictionary does. The index follows additions of new keys and is built anew after any other change,
 * or when the entries no longer match its count. Not thread-safe: one page of one render.
 */
final class PropertyLists extends COSDictionary {

  private final Map<COSBase, COSName> keys = new IdentityHashMap<>();
  private int indexed;
  private boolean stale;

  @Override
  public void setItem(COSName key, @Nullable COSBase value) {
    boolean added = value != null && !items.containsKey(key);
    super.setItem(key, value);
    if (added && !stale && indexed == items.size() - 1) {
      index(key, items.get(key));
    } else {
      stale = true;
    }
  }

  @Override
  public void removeItem(COSName key) {
    super.removeItem(key);
    stale = true;
  }

  @Override
  public void clear() {
    super.clear();
    stale = true;
  }

  @Override
  public void addAll(COSDictionary dict) {
    super.addAll(dict);
    stale = true;
  }

  @Override
  public boolean containsValue(Object value) {
    return getKeyForValue(value) != null;
  }

  @Override
  public @Nullable COSName getKeyForValue(Object value) {
    if (stale || indexed != items.size()) {
      keys.clear();
      indexed = 0;
      for (Map.Entry<COSName, COSBase> entry : items.entrySet()) {
        index(entry.getKey(), entry.getValue());
      }
      stale = false;
    }
    COSName key = keys.get(value);
    if (key == null && value instanceof COSObject reference && !reference.isObjectNull()) {
      key = keys.get(reference.getObject());
    }
    return key;
  }

  private void index(COSName key, COSBase value) {
    keys.putIfAbsent(value, key);
    if (value instanceof COSObject reference && !reference.isObjectNull()) {
      keys.putIfAbsent(reference.getObject(), key);
    }
    indexed++;
  }
}
