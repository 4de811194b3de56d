package org.ratsinfo.render.pdf.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.jspecify.annotations.Nullable;

/**
 * Mends the tags openhtmltopdf gives links, after it has made a tagged PDF, where they would mislead a
 * screen reader; what it does right stays (a {@code Link} structure element holds the link's text and
 * the {@code OBJR} of its annotation, the annotation has {@code /Contents}, a {@code /StructParent}
 * and a URI action).
 *
 * <ul>
 *   <li><b>One {@code Link} per link.</b> openhtmltopdf makes an annotation for each line a link's text
 *       takes (PDF/UA wants the annotations to cover only the text), and a {@code Link} element for
 *       each, so that a link that wraps is read out as two or three links. The elements of one link
 *       become one, holding every part of its text and every annotation, as ISO 32000-1 (14.7.4.4)
 *       describes for a link over several lines. The parts of one link are the {@code Link} elements
 *       that follow one another in reading order, with no other content between them, in the same
 *       block (the nearest ancestor that is not a {@code Span}), whose annotations go to the same URI
 *       and have the same {@code /Contents}.
 *   <li><b>No empty {@code /Alt}.</b> openhtmltopdf writes a link's {@code title} attribute as its
 *       {@code /Alt}, an empty one where the link has no title; an alternate description replaces the
 *       element's text for assistive technology, so an empty one could silence the link. It is removed:
 *       the link's text is what is read.
 * </ul>
 *
 * <p>The parent tree follows: the marked content and annotations of a merged element point to the
 * element they now belong to. Content on another page than the element's is referred to by a marked
 * content reference with its page.
 */
final class LinkTags {

  private static final COSName LINK = COSName.getPDFName("Link");
  private static final COSName SPAN = COSName.getPDFName("Span");
  private static final COSName MCR = COSName.getPDFName("MCR");
  private static final COSName OBJR = COSName.getPDFName("OBJR");
  private static final COSName MCID = COSName.getPDFName("MCID");
  private static final COSName OBJ = COSName.getPDFName("Obj");
  private static final COSName PG = COSName.getPDFName("Pg");

  private LinkTags() {}

  /**
   * Mends the link tags of a document; does nothing to an untagged one.
   *
   * @param pdf the document openhtmltopdf made, still open
   * @return how many {@code Link} elements were merged into the one before them
   */
  static int mend(PDDocument pdf) {
    PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return 0;
    }
    Walk walk = new Walk();
    walk.kids(root.getCOSObject(), root.getCOSObject());
    Map<COSDictionary, COSDictionary> merged = new IdentityHashMap<>();
    for (List<COSDictionary> parts : walk.links) {
      COSDictionary first = parts.get(0);
      for (int i = 1; i < parts.size(); i++) {
        moveKids(parts.get(i), first);
        merged.put(parts.get(i), first);
      }
    }
    if (!merged.isEmpty()) {
      COSBase parentTree = resolve(root.getCOSObject().getItem(COSName.PARENT_TREE));
      if (parentTree instanceof COSDictionary node) {
        replaceInNumberTree(node, merged);
      }
    }
    return merged.size();
  }

  /**
   * The walk through the structure tree in reading order: groups the {@code Link} elements into the
   * parts of each link, and removes their empty {@code /Alt}s.
   */
  private static final class Walk {
    final List<List<COSDictionary>> links = new ArrayList<>();
    private @Nullable List<COSDictionary> current;
    private @Nullable COSDictionary currentBlock;
    private @Nullable String currentTarget;

    void kids(COSDictionary element, COSDictionary block) {
      COSBase k = resolve(element.getItem(COSName.K));
      if (k instanceof COSArray array) {
        for (int i = 0; i < array.size(); i++) {
          kid(resolve(array.get(i)), block);
        }
      } else if (k != null) {
        kid(k, block);
      }
    }

    private void kid(@Nullable COSBase kid, COSDictionary block) {
      if (kid instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S)) {
        COSName type = dictionary.getCOSName(COSName.S);
        if (LINK.equals(type)) {
          link(dictionary, block);
        } else {
          // A Span is part of a line; any other element is a block of its own.
          kids(dictionary, SPAN.equals(type) ? block : dictionary);
        }
      } else if (kid instanceof COSInteger
          || (kid instanceof COSDictionary d && MCR.equals(d.getCOSName(COSName.TYPE)))) {
        current = null; // content between two links: they are two
      }
    }

    private void link(COSDictionary link, COSDictionary block) {
      COSBase alt = link.getDictionaryObject(COSName.ALT);
      if (alt instanceof COSString s && s.getString().isBlank()) {
        link.removeItem(COSName.ALT);
      }
      String target = target(link);
      List<COSDictionary> parts = current;
      if (parts != null && target != null && block == currentBlock
          && target.equals(currentTarget)) {
        parts.add(link);
      } else {
        parts = new ArrayList<>();
        parts.add(link);
        links.add(parts);
        current = target == null ? null : parts;
        currentBlock = block;
        currentTarget = target;
      }
    }
  }

  /**
   * The URI and the {@code /Contents} of the annotations a {@code Link} element refers to, or {@code
   * null} if it refers to none or to annotations that differ.
   */
  private static @Nullable String target(COSDictionary link) {
    String target = null;
    for (COSBase kid : kids(link)) {
      if (kid instanceof COSDictionary d && OBJR.equals(d.getCOSName(COSName.TYPE))
          && resolve(d.getItem(OBJ)) instanceof COSDictionary annotation) {
        String uri = "";
        if (resolve(annotation.getItem(COSName.A)) instanceof COSDictionary action) {
          uri = Objects.toString(action.getString(COSName.URI), "");
        }
        String one = uri + '\n' + Objects.toString(annotation.getString(COSName.CONTENTS), "");
        if (target != null && !target.equals(one)) {
          return null;
        }
        target = one;
      }
    }
    return target;
  }

  /** Moves the kids of one element to the end of another's and removes the first from its parent. */
  private static void moveKids(COSDictionary from, COSDictionary to) {
    COSArray toKids = kidArray(to);
    COSBase fromPage = from.getItem(PG);
    boolean samePage = resolve(fromPage) == resolve(to.getItem(PG));
    for (COSBase kid : kids(from)) {
      if (kid instanceof COSInteger mcid) {
        if (samePage) {
          toKids.add(mcid);
        } else {
          COSDictionary reference = new COSDictionary();
          reference.setItem(COSName.TYPE, MCR);
          reference.setItem(PG, fromPage);
          reference.setItem(MCID, mcid);
          toKids.add(reference);
        }
      } else if (kid instanceof COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.S)) {
          dictionary.setItem(COSName.P, to);
        } else if (!dictionary.containsKey(PG) && fromPage != null && !samePage) {
          dictionary.setItem(PG, fromPage); // an MCR or OBJR: its page, no longer the element's
        }
        toKids.add(dictionary);
      }
    }
    from.removeItem(COSName.K);
    if (resolve(from.getItem(COSName.P)) instanceof COSDictionary parent) {
      removeKid(parent, from);
    }
  }

  /** The kids of an element, resolved, as a list. */
  private static List<COSBase> kids(COSDictionary element) {
    List<COSBase> kids = new ArrayList<>();
    COSBase k = resolve(element.getItem(COSName.K));
    if (k instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        COSBase kid = resolve(array.get(i));
        if (kid != null) {
          kids.add(kid);
        }
      }
    } else if (k != null) {
      kids.add(k);
    }
    return kids;
  }

  /** The element's {@code /K} as an array, made one if it was a single kid. */
  private static COSArray kidArray(COSDictionary element) {
    COSBase k = resolve(element.getItem(COSName.K));
    if (k instanceof COSArray array) {
      return array;
    }
    COSArray array = new COSArray();
    if (k != null) {
      array.add(k);
    }
    element.setItem(COSName.K, array);
    return array;
  }

  /** Removes a kid from an element; an element that is left empty is removed from its parent too. */
  private static void removeKid(COSDictionary parent, COSDictionary kid) {
    COSBase k = resolve(parent.getItem(COSName.K));
    if (k instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (resolve(array.get(i)) == kid) {
          array.remove(i);
          break;
        }
      }
      if (array.size() > 0) {
        return;
      }
    } else if (k != kid) {
      return;
    }
    parent.removeItem(COSName.K);
    // Only an inline element of a line is left empty this way: the line's other parts were links.
    if (SPAN.equals(parent.getCOSName(COSName.S))
        && resolve(parent.getItem(COSName.P)) instanceof COSDictionary grandparent) {
      removeKid(grandparent, parent);
    }
  }

  /** Points the entries of a number tree (the parent tree) at the elements merged into. */
  private static void replaceInNumberTree(COSDictionary node,
      Map<COSDictionary, COSDictionary> merged) {
    if (resolve(node.getItem(COSName.NUMS)) instanceof COSArray nums) {
      for (int i = 1; i < nums.size(); i += 2) {
        COSBase value = resolve(nums.get(i));
        if (value instanceof COSArray elements) {
          for (int j = 0; j < elements.size(); j++) {
            COSDictionary into = merged.get(resolve(elements.get(j)));
            if (into != null) {
              elements.set(j, into);
            }
          }
        } else if (value instanceof COSDictionary element && merged.containsKey(element)) {
          nums.set(i, merged.get(element));
        }
      }
    }
    if (resolve(node.getItem(COSName.KIDS)) instanceof COSArray kids) {
      for (int i = 0; i < kids.size(); i++) {
        if (resolve(kids.get(i)) instanceof COSDictionary kid) {
          replaceInNumberTree(kid, merged);
        }
      }
    }
  }

  private static @Nullable COSBase resolve(@Nullable COSBase base) {
    return base instanceof COSObject object ? object.getObject() : base;
  }
}
