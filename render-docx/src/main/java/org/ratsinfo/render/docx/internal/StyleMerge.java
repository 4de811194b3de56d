package org.ratsinfo.render.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.ratsinfo.render.docx.internal.StyleIds.Role;

/**
 * ratsinfo's styles ({@code styles.xml}) put into a package's styles part, once, when a package is
 * prepared: a template's style of the same name (case-insensitive) and type is used as it is; every
 * other one is copied under a free id, based on the template's styles. Apart from {@link
 * PreparedPackage}, which it serves, because it is the one part of preparing that knows Word's style
 * rules (ids, names, defaults, links).
 */
final class StyleMerge {

  /** The styles a template must have. */
  private static final Role[] REQUIRED = {Role.NORMAL, Role.HEADING_1};

  private StyleMerge() {}

  /**
   * Puts ratsinfo's styles into a styles part.
   *
   * @param target the package's styles, changed
   * @param template whether the styles are a template's, which must have {@link #REQUIRED}
   * @param numIds the list instances in the package, by the ids ratsinfo's list styles refer to in
   *     {@code styles.xml}
   * @return the id of the style for each role
   * @throws IllegalArgumentException if a template lacks a required style
   */
  static StyleIds merge(CTStyles target, boolean template, Map<BigInteger, BigInteger> numIds) {
    CTStyles own = ownStyles();
    Map<String, CTStyle> byName = new HashMap<>();
    Set<String> takenIds = new HashSet<>();
    Set<STStyleType.Enum> defaults = new HashSet<>();
    for (CTStyle style : target.getStyleArray()) {
      if (style.getName() != null && style.getName().getVal() != null) {
        byName.putIfAbsent(key(style.getName().getVal()), style);
      }
      if (style.getStyleId() != null) {
        takenIds.add(style.getStyleId());
      }
      if (isDefault(style)) {
        defaults.add(type(style));
      }
    }
    if (template) {
      requireStyles(byName);
    }

    Map<String, String> idMap = new HashMap<>();
    List<CTStyle> toCopy = new ArrayList<>();
    for (CTStyle style : own.getStyleArray()) {
      CTStyle existing = byName.get(key(style.getName().getVal()));
      if (existing != null && type(existing) == type(style) && existing.getStyleId() != null) {
        idMap.put(style.getStyleId(), existing.getStyleId());
      } else {
        String id = style.getStyleId();
        for (int n = 2; takenIds.contains(id); n++) {
          id = style.getStyleId() + n;
        }
        takenIds.add(id);
        idMap.put(style.getStyleId(), id);
        toCopy.add(style);
      }
    }
    for (CTStyle style : toCopy) {
      copy(target, style, idMap, defaults, numIds);
    }
    if (!target.isSetDocDefaults() && own.isSetDocDefaults()) {
      target.setDocDefaults(own.getDocDefaults());
    }

    Map<Role, String> ids = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      ids.put(role, Objects.requireNonNull(idMap.get(role.ownId()), role.ownId()));
    }
    return new StyleIds(ids);
  }

  private static void requireStyles(Map<String, CTStyle> byName) {
    List<String> missing = new ArrayList<>();
    for (Role role : REQUIRED) {
      CTStyle found = byName.get(key(role.styleName()));
      if (found == null || type(found) != STStyleType.PARAGRAPH) {
        missing.add('"' + role.styleName() + '"');
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the template lacks the paragraph style"
          + (missing.size() > 1 ? "s " : " ") + String.join(" and ", missing)
          + " (looked up by style name, not by the name Word shows in its language)");
    }
  }

  /**
   * One of ratsinfo's styles copied under its new id: what it is based on and followed by renamed (or
   * dropped, if that is not there), no link, default only if the type has no default yet, its list
   * instance the one added to the package for it.
   */
  private static void copy(CTStyles target, CTStyle style, Map<String, String> idMap,
      Set<STStyleType.Enum> defaults, Map<BigInteger, BigInteger> numIds) {
    CTStyle copy = target.addNewStyle();
    copy.set(style);
    copy.setStyleId(idMap.get(style.getStyleId()));
    if (copy.isSetBasedOn()) {
      String to = idMap.get(copy.getBasedOn().getVal());
      if (to == null) {
        copy.unsetBasedOn();
      } else {
        copy.getBasedOn().setVal(to);
      }
    }
    if (copy.isSetNext()) {
      String to = idMap.get(copy.getNext().getVal());
      if (to == null) {
        copy.unsetNext();
      } else {
        copy.getNext().setVal(to);
      }
    }
    if (copy.isSetLink()) {
      copy.unsetLink();
    }
    if (copy.isSetDefault()) {
      if (defaults.contains(type(copy))) {
        copy.unsetDefault();
      } else {
        defaults.add(type(copy));
      }
    }
    if (copy.isSetPPr() && copy.getPPr().isSetNumPr() && copy.getPPr().getNumPr().isSetNumId()) {
      BigInteger own = copy.getPPr().getNumPr().getNumId().getVal();
      copy.getPPr().getNumPr().getNumId().setVal(Objects.requireNonNull(numIds.get(own),
          () -> "styles.xml: style " + style.getStyleId() + " refers to list " + own
              + ", which numbering.xml does not have"));
    }
  }

  private static CTStyles ownStyles() {
    try (InputStream in = PreparedPackage.resource("styles.xml")) {
      return StylesDocument.Factory.parse(in).getStyles();
    } catch (IOException | XmlException e) {
      throw new IllegalStateException("ratsinfo's styles.xml cannot be read", e);
    }
  }

  private static String key(String styleName) {
    return styleName.strip().toLowerCase(Locale.ROOT);
  }

  private static STStyleType.Enum type(CTStyle style) {
    return style.getType() == null ? STStyleType.PARAGRAPH : style.getType();
  }

  private static boolean isDefault(CTStyle style) {
    if (!style.isSetDefault()) {
      return false;
    }
    Object value = style.getDefault();
    return value instanceof Boolean b ? b : value != null && Set.of("1", "true", "on").contains(value.toString());
  }

  /**
   * How much wider than Arial the body font runs, for estimating column widths: 1 for Arial and its
   * metric twins, 1.2 for any other font (Georgia, Calibri at the same size are about that much wider
   * or close to it; erring wide only costs a little room).
   *
   * @param styles the merged styles
   * @param ids their ids
   * @return the factor
   */
  static double fontFactor(CTStyles styles, StyleIds ids) {
    String font = null;
    for (CTStyle style : styles.getStyleArray()) {
      if (ids.id(Role.NORMAL).equals(style.getStyleId()) && style.isSetRPr()
          && style.getRPr().sizeOfRFontsArray() > 0) {
        font = style.getRPr().getRFontsArray(0).getAscii();
      }
    }
    if (font == null && styles.isSetDocDefaults() && styles.getDocDefaults().isSetRPrDefault()
        && styles.getDocDefaults().getRPrDefault().isSetRPr()
        && styles.getDocDefaults().getRPrDefault().getRPr().sizeOfRFontsArray() > 0) {
      font = styles.getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii();
    }
    if (font == null) {
      return 1.2; // the theme's font, whatever it is
    }
    return Set.of("arial", "helvetica", "liberation sans", "arimo", "nimbus sans")
        .contains(font.strip().toLowerCase(Locale.ROOT)) ? 1.0 : 1.2;
  }
}
