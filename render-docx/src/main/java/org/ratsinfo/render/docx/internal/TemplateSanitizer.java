package org.ratsinfo.render.docx.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.render.docx.internal.PackageRelationships.Relationship;
import org.w3c.dom.Document;

/**
 * Makes a corporate template inert before POI reads it, so that nothing of it that reaches outside the
 * document or runs code is copied into the documents made from it. A template comes from many hands;
 * the rule is that only what ratsinfo knows to be inert stays:
 *
 * <ul>
 *   <li><b>Refused</b>, when the renderer is built: macros. A VBA project ({@code vbaProject.bin}, {@code
 *       vbaData.xml}, their relationships), under whatever content type the main part claims; the
 *       message names the part.
 *   <li><b>Stripped</b>, with what refers to them ({@link InertXml}): every relationship that points
 *       outside the package (attached template, linked images, hyperlinks, mail-merge data sources,
 *       subdocuments, frames, linked objects, whatever its mode or type), and every part reached only
 *       through a relationship of a type not listed as inert below: ActiveX controls, embedded OLE
 *       objects and packages, imported chunks ({@code altChunk}), ribbon customizations ({@code
 *       customUI}), key bindings and toolbars, web extensions, digital signatures (which the changes
 *       would break anyway), the template's thumbnail, SVG images (their PNG fallback stays), and any
 *       type ratsinfo does not know. Fields that could fetch or run something lose their instruction and
 *       keep their result ({@link InertFields}).
 *   <li><b>Kept</b>: the main document, styles, numbering, settings, web settings, font table and
 *       embedded fonts, theme, headers, footers, footnotes, endnotes, comments, images (not SVG),
 *       building blocks (glossary), custom XML, charts and diagrams, core, extended and custom
 *       properties.
 * </ul>
 *
 * <p>Parts that no kept relationship reaches are left out, and so are content types no part uses.
 * Parts are parsed without a document type ({@link PartXml}). Not thread-safe; one per template.
 */
final class TemplateSanitizer {

  private static final String OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String OD_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
  private static final String MS = "http://schemas.microsoft.com/office/";
  private static final Set<String> INERT_TYPES = Set.of(OD + "officeDocument", OD + "extended-properties",
      OD + "custom-properties", OD + "styles", OD + "numbering", OD + "settings", OD + "webSettings",
      OD + "fontTable", OD + "font", OD + "theme", OD + "themeOverride", OD + "header", OD + "footer",
      OD + "footnotes", OD + "endnotes", OD + "comments", OD + "image", OD + "glossaryDocument",
      OD + "customXml", OD + "customXmlProps", OD + "chart", OD + "chartUserShapes", OD + "diagramData",
      OD + "diagramLayout", OD + "diagramQuickStyle", OD + "diagramColors",
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties",
      MS + "2007/relationships/stylesWithEffects", MS + "2007/relationships/diagramDrawing",
      MS + "2007/relationships/hdphoto", MS + "2011/relationships/people",
      MS + "2011/relationships/commentsExtended", MS + "2016/09/relationships/commentsIds",
      MS + "2018/08/relationships/commentsExtensible", MS + "2011/relationships/chartStyle",
      MS + "2011/relationships/chartColorStyle");
  /** Content types no kept relationship may reach, whatever its type says. */
  private static final Set<String> ACTIVE_CONTENT_TYPES = Set.of("oleobject", "activex", "vba", "macroenabled");
  private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  private static final Set<String> STORIES = Set.of("document.main+xml", "template.main+xml", "header+xml",
      "footer+xml", "footnotes+xml", "endnotes+xml", "comments+xml", "document.glossary+xml");
  /** The relationship types of parts with text, and so with fields, whatever their content type says. */
  private static final Set<String> STORY_TYPES = Set.of(OD + "officeDocument", OD + "header", OD + "footer",
      OD + "footnotes", OD + "endnotes", OD + "comments", OD + "glossaryDocument");

  private final Map<String, byte[]> entries;
  /** The name of each part (not content types, not relationships) by its name in lower case. */
  private final Map<String, String> parts = new HashMap<>();
  /** The relationships of each part that has them ({@code ""}: the package's), by the part's name. */
  private final Map<String, PackageRelationships> relationships = new HashMap<>();
  /** The part each relationships part belongs to ({@code ""}: the package), by its name. */
  private final Map<String, String> sources = new HashMap<>();
  private final ContentTypes contentTypes;

  private TemplateSanitizer(Map<String, byte[]> entries) {
    this.entries = entries;
    Map<String, String> relsBySource = new HashMap<>();
    byte[] types = null;
    for (String name : entries.keySet()) {
      String source = source(name);
      if (name.equalsIgnoreCase(ContentTypes.NAME)) {
        types = entries.get(name);
      } else if (source != null) {
        relsBySource.put(source.toLowerCase(Locale.ROOT), name);
      } else {
        parts.put(name.toLowerCase(Locale.ROOT), name);
      }
    }
    this.contentTypes = ContentTypes.read(types);
    relsBySource.forEach((key, rels) -> {
      String source = key.isEmpty() ? "" : parts.get(key);
      if (source != null) {
        relationships.put(source, PackageRelationships.read(rels, source, entries.get(rels), parts));
        sources.put(rels, source);
      }
    });
    if (!relationships.containsKey("")) {
      throw new IllegalArgumentException("the template is not a DOCX or DOTX file: it has no package"
          + " relationships (_rels/.rels)");
    }
  }

  /**
   * A template made inert, as a ZIP file for POI to read.
   *
   * @param template the template's bytes
   * @return the bytes of the inert package
   * @throws IllegalArgumentException if the template is not a ZIP package within the limits of {@link
   *     TemplateArchive}, has a part that is not well-formed XML, or carries macros; the message says
   *     which part and why
   */
  static byte[] sanitize(byte[] template) {
    return TemplateArchive.stored(new TemplateSanitizer(TemplateArchive.read(template)).inert());
  }

  /** The part a relationships part belongs to ({@code ""}: the package), or null if it is none. */
  private static @Nullable String source(String name) {
    int at = name.lastIndexOf("_rels/");
    if (at < 0 || (at > 0 && name.charAt(at - 1) != '/') || !name.toLowerCase(Locale.ROOT).endsWith(".rels")
        || name.indexOf('/', at + 6) >= 0) {
      return null;
    }
    return name.substring(0, at) + name.substring(at + 6, name.length() - 5);
  }

  private Map<String, byte[]> inert() {
    refuseMacros();
    Set<String> kept = new LinkedHashSet<>();
    /* The types of the relationships each kept part is reached through. */
    Map<String, Set<String>> reachedBy = new HashMap<>();
    Map<String, Set<String>> dropped = new HashMap<>();
    Map<String, Set<String>> keptIds = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add("");
    while (!queue.isEmpty()) {
      String source = queue.poll();
      PackageRelationships rels = relationships.get(source);
      if (rels == null) {
        continue;
      }
      for (Relationship r : rels.all()) {
        if (inert(r)) {
          keptIds.computeIfAbsent(source, s -> new HashSet<>()).add(r.id());
          reachedBy.computeIfAbsent(r.part(), p -> new HashSet<>()).add(type(r));
          if (kept.add(r.part())) {
            queue.add(r.part());
          }
        } else {
          dropped.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(r.id());
        }
      }
    }
    Map<String, byte[]> inert = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      String name = entry.getKey();
      if (name.equalsIgnoreCase(ContentTypes.NAME)) {
        inert.put(name, contentTypes.write(kept));
      } else if (sources.containsKey(name)) {
        String source = sources.get(name);
        if (source.isEmpty() || kept.contains(source)) {
          Set<String> ids = dropped.getOrDefault(source, Set.of());
          inert.put(name, ids.isEmpty() ? entry.getValue() : relationships.get(source).without(ids));
        }
      } else if (kept.contains(name)) {
        inert.put(name, inertPart(name, entry.getValue(), reachedBy.get(name), keptIds.getOrDefault(name, Set.of())));
      }
    }
    return inert;
  }

  /** A relationship's type, the strict variant as the transitional one. */
  private static String type(Relationship r) {
    return r.type().startsWith(OD_STRICT) ? OD + r.type().substring(OD_STRICT.length()) : r.type();
  }

  /** Whether a relationship may stay: inside the package, of an inert type, to an existing part. */
  private boolean inert(Relationship r) {
    String type = type(r);
    if (r.external() || r.part() == null || !INERT_TYPES.contains(type)) {
      return false;
    }
    String contentType = contentTypes.of(r.part()).toLowerCase(Locale.ROOT);
    if (ACTIVE_CONTENT_TYPES.stream().anyMatch(contentType::contains)) {
      return false;
    }
    return !type.equals(OD + "image") || contentType.startsWith("image/") && !contentType.contains("svg");
  }

  /**
   * A kept part's bytes, made inert if they are XML: read by ratsinfo's own rules first (no document
   * type, limited depth), whoever reads them next. A part is taken for what its content type or the
   * relationships that reach it say, whichever is more.
   */
  private byte[] inertPart(String name, byte[] bytes, Set<String> reachedBy, Set<String> keptIds) {
    String type = contentTypes.of(name).toLowerCase(Locale.ROOT);
    boolean story = type.startsWith(WML) && STORIES.contains(type.substring(WML.length()))
        || reachedBy.stream().anyMatch(STORY_TYPES::contains);
    boolean settings = type.equals(WML + "settings+xml") || reachedBy.contains(OD + "settings");
    if (!type.endsWith("xml") && !story && !settings) {
      return bytes;
    }
    Document xml = PartXml.read(name, bytes);
    boolean changed = InertXml.apply(xml, keptIds, settings);
    if (story) {
      changed |= InertFields.strip(xml);
    }
    return changed ? PartXml.write(xml) : bytes;
  }

  /** Refuses a template with a VBA project, by a part's content type or by a relationship's type. */
  private void refuseMacros() {
    for (String name : parts.values()) {
      String type = contentTypes.of(name);
      if (macro(type)) {
        throw macros(type.toLowerCase(Locale.ROOT).contains("macroenabled") ? "is macro-enabled" : "carries macros",
            "its part \"" + name + "\" is of type " + type);
      }
    }
    relationships.forEach((source, rels) -> {
      for (Relationship r : rels.all()) {
        if (macro(r.type())) {
          throw macros("carries macros", (source.isEmpty() ? "the package" : "its part \"" + source + "\"")
              + " has a relationship of type " + r.type() + " to \""
              + (r.part() != null ? r.part() : r.target()) + "\"");
        }
      }
    });
  }

  private static boolean macro(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.contains("vbaproject") || t.contains("vbadata") || t.contains("macroenabled");
  }

  private static IllegalArgumentException macros(String what, String where) {
    return new IllegalArgumentException("the template " + what + ": " + where
        + "; macro-enabled documents and templates are not accepted, whatever the content type of the"
        + " main part says (save it in Word as a template without macros, .dotx)");
  }
}
