package org.ratsinfo.render.docx.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns the fields of a template's story part (body, header, footer, notes, comments, building blocks)
 * that could reach outside the document into their results: a field whose type is not one that only
 * computes from the document and its properties (page numbers, dates, references, tables of contents
 * …) loses its instruction and keeps the text it showed when the template was saved. So an {@code
 * INCLUDEPICTURE}, {@code INCLUDETEXT}, {@code LINK}, {@code DDE}, {@code DDEAUTO}, {@code DATABASE},
 * {@code MACROBUTTON}, a {@code HYPERLINK} to anything but a bookmark, and any type not known to be
 * harmless never reach the output as fields. Both forms are handled: simple fields ({@code
 * w:fldSimple}) and complex ones ({@code w:fldChar} begin, {@code w:instrText}, separate, result, end,
 * across runs and paragraphs, nested). A field inside the instruction of another is removed with its
 * result, which would otherwise become part of that instruction; a field that never ends (Word would
 * take the rest of the part, the excerpt with it, for its result) loses its instruction whatever its
 * type. Stateless.
 */
final class InertFields {

  private static final String W = PartXml.W;

  /** Field types that compute only from the document, its properties and the date. */
  private static final Set<String> HARMLESS = Set.of("=", "ADDRESSBLOCK", "ADVANCE", "AUTHOR", "AUTONUM",
      "AUTONUMLGL", "AUTONUMOUT", "BARCODE", "BIBLIOGRAPHY", "BIDIOUTLINE", "CITATION", "COMMENTS", "COMPARE",
      "CREATEDATE", "DATE", "DISPLAYBARCODE", "DOCPROPERTY", "DOCVARIABLE", "EDITTIME", "EQ", "FILENAME",
      "FILESIZE", "FORMCHECKBOX", "FORMDROPDOWN", "FORMTEXT", "GOTOBUTTON", "GREETINGLINE", "IF", "INDEX",
      "INFO", "KEYWORDS", "LASTSAVEDBY", "LISTNUM", "MERGEFIELD", "MERGEREC", "MERGESEQ", "NEXT", "NEXTIF",
      "NOTEREF", "NUMCHARS", "NUMPAGES", "NUMWORDS", "PAGE", "PAGEREF", "PRINTDATE", "QUOTE", "REF",
      "REVNUM", "SAVEDATE", "SECTION", "SECTIONPAGES", "SEQ", "SET", "SHAPE", "SKIPIF", "STYLEREF", "SUBJECT",
      "SYMBOL", "TA", "TC", "TEMPLATE", "TIME", "TITLE", "TOA", "TOC", "USERADDRESS", "USERINITIALS",
      "USERNAME", "XE");
  /** A hyperlink field to a bookmark of the document, and nowhere else. */
  private static final Pattern BOOKMARK_LINK = Pattern.compile("\\s*HYPERLINK\\s+\\\\l\\s.*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private InertFields() {}

  /** A complex field while its runs are read. */
  private static final class Field {
    final Element begin;
    /** Whether it is part of the instruction of the field around it. */
    final boolean inInstruction;
    final StringBuilder instruction = new StringBuilder();
    /** What lies between begin and separate (or end): the instruction's elements. */
    final List<Element> instructionElements = new ArrayList<>();
    /** Everything after begin. */
    final List<Element> elements = new ArrayList<>();
    @Nullable Element separate;

    Field(Element begin, boolean inInstruction) {
      this.begin = begin;
      this.inInstruction = inInstruction;
    }
  }

  /**
   * Whether a field instruction may stay.
   *
   * @param instruction the instruction, as {@code w:instr} or the {@code w:instrText}s hold it
   * @return whether its type is a harmless one
   */
  static boolean harmless(String instruction) {
    String s = instruction.strip();
    if (s.startsWith("=")) {
      return true;
    }
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '\\'
        && s.charAt(end) != '"') {
      end++;
    }
    String type = s.substring(0, end).toUpperCase(Locale.ROOT);
    return type.equals("HYPERLINK") ? BOOKMARK_LINK.matcher(s).matches() : HARMLESS.contains(type);
  }

  /**
   * Strips the fields of a story part that are not harmless.
   *
   * @param document the part's tree, changed in place
   * @return whether anything changed
   */
  static boolean strip(Document document) {
    boolean changed = false;
    Set<Element> touchedRuns = new HashSet<>();
    Deque<Field> open = new ArrayDeque<>();
    for (Element e : PartXml.elements(document)) {
      if (PartXml.is(e, W, "fldSimple")) {
        if (!harmless(e.getAttributeNS(W, "instr"))) {
          for (Node child = e.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (PartXml.is(child, W, "fldData")) {
              e.removeChild(child);
            }
            child = next;
          }
          PartXml.unwrap(e);
          changed = true;
        }
        continue;
      }
      if (!(e.getParentNode() instanceof Element run && PartXml.is(run, W, "r"))) {
        continue;
      }
      Field top = open.peek();
      boolean inInstruction = top != null && top.separate == null;
      if (PartXml.is(e, W, "fldChar")) {
        String type = e.getAttributeNS(W, "fldCharType");
        if (type.equals("begin")) {
          record(open, e);
          open.push(new Field(e, inInstruction));
          continue;
        } else if (type.equals("separate") && top != null && top.separate == null) {
          top.separate = e;
          record(open, e);
          continue;
        } else if (type.equals("end") && top != null) {
          open.pop();
          record(open, e);
          if (!harmless(top.instruction.toString())) {
            remove(top, e, touchedRuns);
            changed = true;
          }
          continue;
        }
        // A separate or end without its begin: nothing of a field.
        remove(e, touchedRuns);
        changed = true;
      } else if (PartXml.is(e, W, "instrText") || PartXml.is(e, W, "delInstrText")) {
        if (inInstruction) {
          top.instruction.append(e.getTextContent());
          record(open, e);
        } else {
          remove(e, touchedRuns); // an instruction outside any field's instruction
          changed = true;
        }
      } else if (top != null && !PartXml.is(e, W, "rPr")) {
        record(open, e); // a run's properties stay: the result keeps its formatting
      }
    }
    // Fields that never end, of whatever type (Word would make the rest of the part, and the excerpt,
    // their result): what follows their instruction is kept as text, as their result would be.
    while (!open.isEmpty()) {
      remove(open.pop(), null, touchedRuns);
      changed = true;
    }
    for (Element run : touchedRuns) {
      if (PartXml.attached(run) && !PartXml.hasChildrenBut(run, W, "rPr")) {
        run.getParentNode().removeChild(run);
      }
    }
    return changed;
  }

  /** An element of a run, recorded with every field open around it. */
  private static void record(Deque<Field> open, Element e) {
    for (Field field : open) {
      field.elements.add(e);
      if (field.separate == null) {
        field.instructionElements.add(e);
      }
    }
  }

  private static void remove(Field field, @Nullable Element end, Set<Element> touchedRuns) {
    remove(field.begin, touchedRuns);
    for (Element e : field.inInstruction ? field.elements : field.instructionElements) {
      remove(e, touchedRuns);
    }
    if (field.separate != null) {
      remove(field.separate, touchedRuns);
    }
    if (end != null) {
      remove(end, touchedRuns);
    }
  }

  private static void remove(Element e, Set<Element> touchedRuns) {
    if (PartXml.attached(e)) {
      Element run = (Element) e.getParentNode();
      run.removeChild(e);
      touchedRuns.add(run);
    }
  }
}
