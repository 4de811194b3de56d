package org.ratsinfo.render.docx.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The style ids a prepared package uses for each role: Word's built-in ids ({@code Heading1}) for
 * ratsinfo's own styles, whatever ids a template has for its styles (a German Word names {@code
 * heading 1} {@code berschrift1}). Immutable.
 */
public final class StyleIds {

  /** What a style is used for, and the name it is looked up by in a template. */
  public enum Role {
    /** Running text: {@code Normal}. */
    NORMAL("Normal", "Normal"),
    /** The document's title. */
    TITLE("Title", "Title"),
    /** Top-level sections. */
    HEADING_1("Heading1", "heading 1"),
    /** Questions with their answers, and sections one level down. */
    HEADING_2("Heading2", "heading 2"),
    /** Everything nested deeper. */
    HEADING_3("Heading3", "heading 3"),
    /** The page header. */
    HEADER("Header", "header"),
    /** The page footer. */
    FOOTER("Footer", "footer"),
    /** A table's caption, where it does not repeat the section's heading. */
    CAPTION("Caption", "caption"),
    /** A numbered list item. */
    LIST_NUMBER("ListNumber", "List Number"),
    /** A further paragraph of a list item. */
    LIST_CONTINUE("ListContinue", "List Continue"),
    /** An entry of a bulleted list: an attachment, a linked paper. */
    LIST_BULLET("ListBullet", "List Bullet"),
    /** The character style of a link's text. */
    HYPERLINK("Hyperlink", "Hyperlink"),
    /** The body's name above the title. */
    BODY_NAME("AuszugKoerperschaft", "Auszug Körperschaft"),
    /** A sentence introducing what follows. */
    LEAD("AuszugEinleitung", "Auszug Einleitung"),
    /** A note about the document. */
    NOTE("AuszugHinweis", "Auszug Hinweis"),
    /** Further paragraphs of a question, below its heading. */
    QUESTION("AuszugFrage", "Auszug Frage"),
    /** A field's label in a field table. */
    FIELD_LABEL("AuszugFeldname", "Auszug Feldname"),
    /** A field's value in a field table. */
    FIELD_VALUE("AuszugFeldwert", "Auszug Feldwert"),
    /** A column header of a data table. */
    TABLE_HEADING("AuszugTabellenkopf", "Auszug Tabellenkopf"),
    /** A row header of a data table. */
    ROW_HEADING("AuszugZeilenkopf", "Auszug Zeilenkopf"),
    /** A data cell. */
    TABLE_CELL("AuszugTabellenzelle", "Auszug Tabellenzelle"),
    /** The table style of field tables. */
    FIELD_TABLE("AuszugFelder", "Auszug Felder"),
    /** The table style of data tables such as a vote tally. */
    DATA_TABLE("AuszugAbstimmung", "Auszug Abstimmung");

    private final String ownId;
    private final String styleName;

    Role(String ownId, String styleName) {
      this.ownId = ownId;
      this.styleName = styleName;
    }

    /** The id of this style in ratsinfo's own {@code styles.xml}. */
    public String ownId() {
      return ownId;
    }

    /** The style's name ({@code w:name}), by which it is looked up in a template. */
    public String styleName() {
      return styleName;
    }
  }

  private final Map<Role, String> ids;

  /**
   * Style ids.
   *
   * @param ids the id of every role
   * @throws IllegalArgumentException if a role has no id
   */
  public StyleIds(Map<Role, String> ids) {
    EnumMap<Role, String> copy = new EnumMap<>(Role.class);
    copy.putAll(ids);
    for (Role role : Role.values()) {
      if (!copy.containsKey(role)) {
        throw new IllegalArgumentException("no style for " + role);
      }
    }
    this.ids = copy;
  }

  /**
   * The style id of a role.
   *
   * @param role the role
   * @return the id in the prepared package
   */
  public String id(Role role) {
    return Objects.requireNonNull(ids.get(role));
  }

  /**
   * The paragraph style of a heading.
   *
   * @param level 1 for a top-level section; 3 and deeper all get {@link Role#HEADING_3}
   * @return the style id
   */
  public String heading(int level) {
    return id(level <= 1 ? Role.HEADING_1 : level == 2 ? Role.HEADING_2 : Role.HEADING_3);
  }
}
