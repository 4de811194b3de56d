package org.ratsinfo.render.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * Reads the links of a tagged PDF as a screen reader finds them: the {@code Link} structure elements
 * with their language, alternate description, text (from the marked content they hold) and the link
 * annotations their {@code OBJR}s refer to; and checks that the parent tree points every piece of
 * marked content and every annotation back at the element that holds it. For tests.
 */
public final class TaggedLinks {

  private static final COSName LINK = COSName.getPDFName("Link");
  private static final COSName MCR = COSName.getPDFName("MCR");
  private static final COSName OBJR = COSName.getPDFName("OBJR");
  private static final COSName MCID = COSName.getPDFName("MCID");
  private static final COSName OBJ = COSName.getPDFName("Obj");
  private static final COSName PG = COSName.getPDFName("Pg");

  /**
   * A {@code Link} structure element.
   *
   * @param lang its {@code /Lang}, or null
   * @param alt its {@code /Alt}, or null
   * @param text the text of the marked content it holds, in order
   * @param annotations the annotations its {@code OBJR}s refer to, in order
   */
  public record Link(@Nullable String lang, @Nullable String alt, String text,
      List<Annotation> annotations) {}

  /**
   * A link annotation.
   *
   * @param subtype its {@code /Subtype}
   * @param uri the URI of its URI action, or null
   * @param contents its {@code /Contents}, or null
   * @param page the index of its page
   */
  public record Annotation(String subtype, @Nullable String uri, @Nullable String contents,
      int page) {}

  private TaggedLinks() {}

  /** The {@code Link} elements in reading order. */
  public static List<Link> links(PDDocument pdf) throws IOException {
    Map<String, String> texts = texts(pdf);
    List<Link> links = new ArrayList<>();
    for (Element element : elements(pdf)) {
      COSDictionary dictionary = element.dictionary();
      if (!LINK.equals(dictionary.getCOSName(COSName.S))) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (Content content : element.contents()) {
        text.append(texts.getOrDefault(content.page() + ":" + content.mcid(), ""));
      }
      List<Annotation> annotations = new ArrayList<>();
      for (COSDictionary annotation : element.annotations()) {
        annotations.add(annotation(pdf, annotation));
      }
      links.add(new Link(dictionary.getString(COSName.LANG), dictionary.getString(COSName.ALT),
          text.toString(), annotations));
    }
    return links;
  }

  /** Every annotation on the pages, in page order. */
  public static List<Annotation> annotations(PDDocument pdf) throws IOException {
    List<Annotation> annotations = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        annotations.add(annotation(pdf, annotation.getCOSObject()));
      }
    }
    return annotations;
  }

  /**
   * What is wrong with the parent tree: marked content or an annotation whose entry does not point at
   * the structure element that holds it, and link annotations no element holds; empty if nothing.
   */
  public static List<String> parentTreeProblems(PDDocument pdf) throws IOException {
    List<String> problems = new ArrayList<>();
    COSDictionary root = pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
    Map<Integer, COSBase> parentTree = new HashMap<>();
    if (resolve(root.getItem(COSName.PARENT_TREE)) instanceof COSDictionary tree) {
      flatten(tree, parentTree);
    }
    Map<COSDictionary, COSDictionary> heldBy = new IdentityHashMap<>();
    for (Element element : elements(pdf)) {
      String name = element.dictionary().getNameAsString(COSName.S);
      for (Content content : element.contents()) {
        COSDictionary page = pdf.getPage(content.page()).getCOSObject();
        COSBase entry = parentTree.get(page.getInt(COSName.STRUCT_PARENTS));
        COSBase parent = entry instanceof COSArray array && content.mcid() < array.size()
            ? resolve(array.get(content.mcid())) : null;
        if (parent != element.dictionary()) {
          problems.add("MCID " + content.mcid() + " on page " + content.page() + " of a " + name
              + " has the parent " + describe(parent));
        }
      }
      for (COSDictionary annotation : element.annotations()) {
        heldBy.put(annotation, element.dictionary());
        COSBase parent = resolve(parentTree.get(annotation.getInt(COSName.STRUCT_PARENT)));
        if (parent != element.dictionary()) {
          problems.add("an annotation of a " + name + " has the parent " + describe(parent));
        }
      }
    }
    for (PDPage page : pdf.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if ("Link".equals(annotation.getSubtype()) && !heldBy.containsKey(annotation.getCOSObject())) {
          problems.add("a link annotation no structure element holds: " + annotation.getContents());
        }
      }
    }
    return problems;
  }

  private static String describe(@Nullable COSBase parent) {
    return parent instanceof COSDictionary d ? d.getNameAsString(COSName.S) : String.valueOf(parent);
  }

  private static Annotation annotation(PDDocument pdf, COSDictionary annotation) {
    String uri = null;
    if (resolve(annotation.getItem(COSName.A)) instanceof COSDictionary action) {
      uri = action.getString(COSName.URI);
    }
    int page = -1;
    for (int i = 0; i < pdf.getNumberOfPages() && page < 0; i++) {
      COSBase annots = resolve(pdf.getPage(i).getCOSObject().getItem(COSName.ANNOTS));
      if (annots instanceof COSArray array) {
        for (int j = 0; j < array.size(); j++) {
          if (resolve(array.get(j)) == annotation) {
            page = i;
          }
        }
      }
    }
    return new Annotation(annotation.getNameAsString(COSName.SUBTYPE), uri,
        annotation.getString(COSName.CONTENTS), page);
  }

  /** Marked content on a page. */
  private record Content(int page, int mcid) {}

  /** A structure element with its marked content and the annotations it holds. */
  private record Element(COSDictionary dictionary, List<Content> contents,
      List<COSDictionary> annotations) {}

  private static List<Element> elements(PDDocument pdf) {
    List<Element> elements = new ArrayList<>();
    COSDictionary root = pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
    walk(pdf, root, elements);
    return elements;
  }

  private static void walk(PDDocument pdf, COSDictionary parent, List<Element> elements) {
    for (COSBase kid : kids(parent)) {
      if (kid instanceof COSDictionary element && element.containsKey(COSName.S)) {
        List<Content> contents = new ArrayList<>();
        List<COSDictionary> annotations = new ArrayList<>();
        COSBase page = resolve(element.getItem(PG));
        for (COSBase item : kids(element)) {
          if (item instanceof COSInteger mcid) {
            contents.add(new Content(pageIndex(pdf, page), mcid.intValue()));
          } else if (item instanceof COSDictionary d && MCR.equals(d.getCOSName(COSName.TYPE))) {
            COSBase own = resolve(d.getItem(PG));
            contents.add(new Content(pageIndex(pdf, own != null ? own : page), d.getInt(MCID)));
          } else if (item instanceof COSDictionary d && OBJR.equals(d.getCOSName(COSName.TYPE))
              && resolve(d.getItem(OBJ)) instanceof COSDictionary annotation) {
            annotations.add(annotation);
          }
        }
        elements.add(new Element(element, contents, annotations));
        walk(pdf, element, elements);
      }
    }
  }

  private static int pageIndex(PDDocument pdf, @Nullable COSBase page) {
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      if (pdf.getPage(i).getCOSObject() == page) {
        return i;
      }
    }
    return -1;
  }

  private static List<COSBase> kids(COSDictionary element) {
    List<COSBase> kids = new ArrayList<>();
    COSBase k = resolve(element.getItem(COSName.K));
    if (k instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        kids.add(resolve(array.get(i)));
      }
    } else if (k != null) {
      kids.add(k);
    }
    return kids;
  }

  private static void flatten(COSDictionary node, Map<Integer, COSBase> entries) {
    if (resolve(node.getItem(COSName.NUMS)) instanceof COSArray nums) {
      for (int i = 0; i + 1 < nums.size(); i += 2) {
        if (resolve(nums.get(i)) instanceof COSInteger key) {
          entries.put(key.intValue(), resolve(nums.get(i + 1)));
        }
      }
    }
    if (resolve(node.getItem(COSName.KIDS)) instanceof COSArray kids) {
      for (int i = 0; i < kids.size(); i++) {
        if (resolve(kids.get(i)) instanceof COSDictionary kid) {
          flatten(kid, entries);
        }
      }
    }
  }

  /** The text of each piece of marked content, by "page:mcid". */
  private static Map<String, String> texts(PDDocument pdf) throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(pdf.getPage(i));
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        collect(i, content, texts);
      }
    }
    return texts;
  }

  private static void collect(int page, PDMarkedContent content, Map<String, String> texts) {
    StringBuilder text = new StringBuilder();
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition position) {
        text.append(position.getUnicode());
      } else if (item instanceof PDMarkedContent inner) {
        collect(page, inner, texts);
      }
    }
    if (content.getMCID() >= 0) {
      texts.merge(page + ":" + content.getMCID(), text.toString(), String::concat);
    }
  }

  private static @Nullable COSBase resolve(@Nullable COSBase base) {
    return base instanceof COSObject object ? object.getObject() : base;
  }
}
