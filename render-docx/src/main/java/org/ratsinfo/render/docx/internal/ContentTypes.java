package org.ratsinfo.render.docx.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A template's {@code [Content_Types].xml}: the content type of each part, by its name ({@code
 * Override}) or its extension ({@code Default}). Names and extensions are compared without regard to
 * case. Not thread-safe; used while one template is sanitized.
 */
final class ContentTypes {

  static final String NAME = "[Content_Types].xml";
  private static final String NS = "http://schemas.openxmlformats.org/package/2006/content-types";

  private final Document xml;
  private final Map<String, String> defaults = new HashMap<>();
  private final Map<String, String> overrides = new HashMap<>();

  private ContentTypes(Document xml) {
    this.xml = xml;
    for (Element e : entries()) {
      if (e.getLocalName().equals("Default")) {
        defaults.put(key(e.getAttribute("Extension")), e.getAttribute("ContentType"));
      } else {
        overrides.put(key(partName(e)), e.getAttribute("ContentType"));
      }
    }
  }

  /**
   * Reads the content types.
   *
   * @param bytes the part, or null if the package has none
   * @return the content types
   * @throws IllegalArgumentException if the package has none or they cannot be read
   */
  static ContentTypes read(byte @Nullable [] bytes) {
    if (bytes == null) {
      throw new IllegalArgumentException("the template is not a DOCX or DOTX file: it has no " + NAME);
    }
    return new ContentTypes(PartXml.read(NAME, bytes));
  }

  private List<Element> entries() {
    List<Element> entries = new ArrayList<>();
    for (Node n = xml.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (PartXml.is(n, NS, "Default") || PartXml.is(n, NS, "Override")) {
        entries.add((Element) n);
      }
    }
    return entries;
  }

  private static String partName(Element override) {
    String name = override.getAttribute("PartName");
    return name.startsWith("/") ? name.substring(1) : name;
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String extension(String part) {
    int slash = part.lastIndexOf('/');
    int dot = part.lastIndexOf('.');
    return dot > slash ? part.substring(dot + 1) : "";
  }

  /**
   * A part's content type.
   *
   * @param part the part's name, without a leading slash
   * @return its type, or {@code ""} if the package declares none
   */
  String of(String part) {
    String type = overrides.get(key(part));
    if (type == null) {
      type = defaults.get(key(extension(part)));
    }
    return type == null ? "" : type;
  }

  /** Every content type the package declares, used by a part or not. */
  Collection<String> declared() {
    Set<String> all = new HashSet<>(defaults.values());
    all.addAll(overrides.values());
    return all;
  }

  /**
   * The content types of the parts that stay: an {@code Override} for each of them that has one, a
   * {@code Default} for each extension one of them takes its type from (and for {@code rels} and
   * {@code xml}); nothing else.
   *
   * @param parts the names of the parts that stay
   * @return the part's bytes
   */
  byte[] write(Collection<String> parts) {
    Set<String> partKeys = new HashSet<>();
    Set<String> extensions = new HashSet<>(Set.of("rels", "xml"));
    for (String part : parts) {
      partKeys.add(key(part));
      if (!overrides.containsKey(key(part))) {
        extensions.add(key(extension(part)));
      }
    }
    for (Element e : entries()) {
      boolean used = e.getLocalName().equals("Default")
          ? extensions.contains(key(e.getAttribute("Extension")))
          : partKeys.contains(key(partName(e)));
      if (!used) {
        e.getParentNode().removeChild(e);
      }
    }
    return PartXml.write(xml);
  }
}
