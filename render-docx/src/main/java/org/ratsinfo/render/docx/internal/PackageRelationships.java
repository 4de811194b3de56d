package org.ratsinfo.render.docx.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The relationships of one part of a template (or of the package), from its {@code .rels} part, with
 * each target resolved to a part of the package, or found to point outside it. A target points outside
 * when its target mode is {@code External}, when it is an absolute URI ({@code http:}, {@code file:}
 * …) or a network path ({@code //host}, {@code \\host}) whatever its mode says, or when it cannot be
 * parsed. Not thread-safe; used while one template is sanitized.
 */
final class PackageRelationships {

  private static final String NS = "http://schemas.openxmlformats.org/package/2006/relationships";

  /**
   * One relationship.
   *
   * @param id its id, which the source part's XML refers to
   * @param type its type, a URI
   * @param target its target as written
   * @param part the part it points to, as the package names it, if it points to one that exists
   * @param external whether it points outside the package
   */
  record Relationship(String id, String type, String target, @Nullable String part, boolean external) {}

  private final Document xml;
  private final List<Relationship> all = new ArrayList<>();

  private PackageRelationships(Document xml, String source, Map<String, String> parts) {
    this.xml = xml;
    for (Element e : elements()) {
      String target = e.getAttribute("Target");
      String resolved = resolve(source, target);
      boolean external = "External".equals(e.getAttribute("TargetMode")) || resolved == null;
      all.add(new Relationship(e.getAttribute("Id"), e.getAttribute("Type"), target,
          external ? null : parts.get(resolved.toLowerCase(Locale.ROOT)), external));
    }
  }

  /**
   * Reads the relationships of a part.
   *
   * @param name the name of the relationships part
   * @param source the part's name, or {@code ""} for the package
   * @param bytes its relationships part
   * @param parts the package's parts: the name of each by its name in lower case
   * @return the relationships
   */
  static PackageRelationships read(String name, String source, byte[] bytes, Map<String, String> parts) {
    return new PackageRelationships(PartXml.read(name, bytes), source, parts);
  }

  private List<Element> elements() {
    List<Element> elements = new ArrayList<>();
    for (Node n = xml.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (PartXml.is(n, NS, "Relationship")) {
        elements.add((Element) n);
      }
    }
    return elements;
  }

  /** The part a target names, without the leading slash; null if it points outside the package. */
  private static @Nullable String resolve(String source, String target) {
    if (target.startsWith("//") || target.startsWith("\\\\") || target.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(target);
      if (uri.isAbsolute() || uri.getRawAuthority() != null) {
        return null;
      }
      String path = new URI("/" + source).resolve(uri).normalize().getRawPath();
      return path == null || !path.startsWith("/") || path.startsWith("/..") ? null : path.substring(1);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The relationships, in their part's order. */
  List<Relationship> all() {
    return all;
  }

  /**
   * This part without the relationships of the given ids.
   *
   * @param ids the ids to leave out
   * @return the part's bytes
   */
  byte[] without(Collection<String> ids) {
    for (Element e : elements()) {
      if (ids.contains(e.getAttribute("Id"))) {
        e.getParentNode().removeChild(e);
      }
    }
    return PartXml.write(xml);
  }
}
