package org.ratsinfo.render.docx.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;

/**
 * Writes an {@link ExcerptDocument} into a {@link PreparedPackage} and returns the finished package's
 * bytes. The parts that depend on the document ({@code word/document.xml}, the numbering's list
 * instances, the main part's relationships where it links, ratsinfo's page header and footer, the
 * core properties) are written as XML text straight
 * into bytes, with no object tree in between; every other part is copied as the prepared package
 * compressed it. Immutable and thread-safe; each call writes into its own buffers.
 *
 * <p>The mapping:
 *
 * <ul>
 *   <li>the body's name: paragraph style "Auszug Körperschaft"; the title: "Title";
 *   <li>a {@link Section} at the top: "heading 1"; one level down (and the heading of a {@link
 *       QuestionAnswer} in a top-level section): "heading 2"; deeper: "heading 3";
 *   <li>a {@link FieldList}: a two-column table (style "Auszug Felder"), labels in "Auszug Feldname",
 *       values in "Auszug Feldwert";
 *   <li>a {@link Paragraph}: "Normal", "Auszug Einleitung" (lead) or "Auszug Hinweis" (note); {@code \n}
 *       is a line break;
 *   <li>a {@link NumberedList}: "List Number" paragraphs on ratsinfo's numbering, one {@code w:num} per
 *       list restarting at the list's first number; further paragraphs of an item "List Continue". A list
 *       whose numbers are not consecutive integers shows its numbers as text, before a tab;
 *   <li>a {@link LinkList}: "List Bullet" paragraphs on ratsinfo's bullet numbering (or on the
 *       template's own "List Bullet"), one per entry: its prefix, its text, its detail. Where the entry
 *       has a target, the text is a {@code w:hyperlink} in the character style "Hyperlink" to an
 *       external relationship of type hyperlink (one per address, {@code TargetMode="External"}, the
 *       address in ASCII); the text carries its language ({@code w:lang}) where it has one;
 *   <li>a {@link QuestionAnswer}: a heading "Frage 1: …", further question paragraphs "Auszug Frage",
 *       the answer's paragraphs "Normal";
 *   <li>a {@link Table}: a table (style "Auszug Abstimmung") whose first row repeats on every page ({@code
 *       w:tblHeader}) and holds the column headers ("Auszug Tabellenkopf"); each row starts with its
 *       header ("Auszug Zeilenkopf"); cells "Auszug Tabellenzelle"; the caption is the table's title for
 *       assistive technology ({@code w:tblCaption}) and, unless it repeats the section's heading, a
 *       "caption" paragraph above; the note a paragraph below. Every table has a {@code w:tblGrid}.
 * </ul>
 *
 * <p>Unless the template has them, the page header shows the body's name and the title, and the page
 * footer "Seite X von Y" from the label {@code page.footer} with PAGE and NUMPAGES fields.
 *
 * <p>This class puts the file together; the body is written by {@link BodyWriter} (its text through
 * {@link ParagraphWriter}, its tables through {@link TableWriter}), the header and footer by {@link
 * PageHeaderFooter}, the core properties by {@link CoreProperties}, the ZIP file by {@link Packaging}.
 */
public final class DocumentWriter {

  /** How hard the parts made for each document are compressed. */
  private static final int DEFLATE_LEVEL = 3;

  private final PreparedPackage prepared;
  private final Locale optionsLocale;

  /**
   * A writer.
   *
   * @param prepared the package to render into
   * @param optionsLocale the renderer's locale, whose country picks the spelling variant
   */
  public DocumentWriter(PreparedPackage prepared, Locale optionsLocale) {
    this.prepared = prepared;
    this.optionsLocale = optionsLocale;
  }

  /**
   * The language Word checks spelling in: the document's language with the renderer's country if the
   * renderer's locale has that language and a country ({@code en-US} for {@code en_US}), else {@code
   * de-DE} for German and {@code en-GB} for English.
   *
   * @param document the document
   * @return a BCP 47 tag with a region
   */
  public String wordLanguage(ExcerptDocument document) {
    String language = document.locale().getLanguage();
    if (language.isEmpty()) {
      language = "de";
    }
    String country;
    if (language.equals(optionsLocale.getLanguage()) && !optionsLocale.getCountry().isEmpty()) {
      country = optionsLocale.getCountry();
    } else {
      country = switch (language) {
        case "de" -> "DE";
        case "en" -> "GB";
        default -> "";
      };
    }
    return country.isEmpty() ? language : language + "-" + country;
  }

  /**
   * Renders a document.
   *
   * @param document the document
   * @param now when the document is made: its creation and modification time, and the time of every
   *     entry of the package
   * @return the bytes of the DOCX file
   */
  public byte[] write(ExcerptDocument document, Instant now) {
    String language = wordLanguage(document);
    BodyWriter body = new BodyWriter(prepared);
    XmlOutput main = body.document(document);
    // The document's XML is made of few, much repeated tags: at level 3 it deflates about three times
    // as fast as at the default level 6 (whose longer match search is most of a render's time), to a
    // part 8 to 20 % larger. The constant parts were deflated at the default level.
    try (Packaging.Writer zip =
        new Packaging.Writer(prepared.constantSize() + main.size() / 4 + 4096, DEFLATE_LEVEL)) {
      zip.time(now);
      for (PreparedPackage.Part part : prepared.parts()) {
        switch (part.kind()) {
          case CONSTANT -> zip.add(Objects.requireNonNull(part.entry()));
          case DOCUMENT -> add(zip, part, main);
          case RELATIONSHIPS -> {
            if (body.hasLinks()) {
              add(zip, part, body.relationships());
            } else {
              zip.add(prepared.relationships().prepared());
            }
          }
          case STYLES -> zip.add(prepared.styles(language));
          case NUMBERING -> add(zip, part, body.numbering());
          case HEADER -> add(zip, part, PageHeaderFooter.header(document, prepared.styles()));
          case FOOTER -> add(zip, part, PageHeaderFooter.footer(document, prepared.styles()));
          case CORE -> add(zip, part, CoreProperties.of(document.info(), language, now));
        }
      }
      return zip.finish();
    }
  }

  private static void add(Packaging.Writer zip, PreparedPackage.Part part, XmlOutput xml) {
    zip.add(part.name(), xml.array(), xml.size());
  }
}
