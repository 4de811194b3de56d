package org.ratsinfo.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderException;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.internal.DocumentWriter;
import org.ratsinfo.render.docx.internal.PreparedPackage;

/**
 * Renders excerpts as DOCX: an editable Word document such as a clerk would make by hand. Apache POI
 * reads the template and prepares the package once, when the renderer is built; each document is then
 * written as XML text into the prepared package.
 *
 * <pre>{@code
 * DocxRenderer renderer = DocxRenderer.builder()
 *     .options(RenderOptions.builder().locale(Locale.ENGLISH).build())
 *     .template(Path.of("corporate-design.dotx"))  // optional
 *     .build();
 * renderer.render(excerpt, outputStream);
 * }</pre>
 *
 * <p><b>The document.</b> Real paragraph styles, so that Word's navigation pane shows the structure and
 * a clerk can restyle: the title in "Title"; each top-level section ("Vorlage", "Fragen", "Antwort",
 * "Abstimmungsergebnis" …) in "heading 1"; a question with its answer ("Frage 1: …") and sections one
 * level down in "heading 2"; anything deeper in "heading 3"; running text in "Normal". The header fields
 * are a two-column table (label, value); the questions of an inquiry a numbered list ("List Number" on a
 * real Word numbering definition); a vote tally a table whose first row, the column headers, repeats on
 * every page and whose first column holds the row headers, with every cell empty where no vote was
 * taken and the table's note as a paragraph below. A paper's Beratungsfolge is a table of the same
 * kind, its row headers the dates. The attachments and linked papers are bulleted lists ("List Bullet"
 * on a real Word numbering definition), each entry's text (a file's name, a paper's reference and
 * title) a hyperlink in the character style "Hyperlink" where the document tree gives it an address,
 * plain text where not; a text from the data carries its language. Every table has a {@code
 * w:tblGrid}. The page is A4 (margins 2.5 cm left and top, 2 cm right and bottom); its header shows the
 * body and the title, its footer "Seite X von Y" ("Page X of Y") with PAGE and NUMPAGES fields. The styles ratsinfo adds besides
 * Word's built-in ones are named "Auszug …" (for instance "Auszug Feldname", "Auszug Abstimmung").
 *
 * <p><b>Properties and language.</b> The core properties carry the title, subject, author (the body),
 * keywords, language and the time from {@link RenderOptions#clock()} as created and modified time. The
 * language, also on the document defaults ({@code w:lang}) so that spelling is checked in it, is {@code
 * de-DE} for German documents and {@code en-GB} for English ones, unless the options' locale has that
 * language and a country: {@code en_US} gives {@code en-US}, {@code de_AT} {@code de-AT}.
 *
 * <p><b>Templates.</b> {@link Builder#template(byte[])} takes a corporate {@code .dotx} or {@code .docx}:
 * its styles, page setup, headers, footers (with their logos) and theme are kept, and the excerpt is
 * filled in. If a top-level paragraph of the template's body consists of the text {@value
 * #TEMPLATE_PLACEHOLDER}, the excerpt replaces that paragraph and the rest of the template's body
 * stays (a letterhead block above, a signature block below); otherwise the template's body content is
 * removed. The template's styles are looked up by name ({@code w:name}, case-insensitive; Word keeps the
 * English built-in names such as "heading 1" whatever its display language): it must have "Normal" and
 * "heading 1"; every other style is taken from the template when it has one of that name, else added from
 * ratsinfo's own, based on the template's (so that an added "heading 2" or "Title" takes the font and
 * colour of the template's "heading 1"). The template's default page header and footer are kept when it
 * has them; ratsinfo adds its own only where it has none. The template is read and prepared once, when
 * the renderer is built.
 *
 * <p><b>What a template may not bring.</b> A template comes from many hands, and every document made
 * from it is inert: nothing in it points outside the file, fetches or runs anything. What would is
 * stripped from the template when the renderer is built, with what refers to it, so that the document
 * stays valid and shows what it can without it: relationships to anything outside the package (an
 * attached template, linked images, which keep an embedded copy if they have one, hyperlinks, which
 * become their text, mail-merge data sources, subdocuments, linked objects); ActiveX controls and
 * embedded OLE objects, which become the picture they showed; imported chunks ({@code altChunk}),
 * ribbon and keyboard customizations, and any part of a type ratsinfo does not know to be inert;
 * fields that could fetch or run something ({@code INCLUDEPICTURE}, {@code INCLUDETEXT}, {@code LINK},
 * {@code DDE}, {@code DDEAUTO}, {@code HYPERLINK}, {@code MACROBUTTON}, any type not known to be
 * harmless), which keep their result as text. The only relationships of a document that point outside
 * it are the hyperlinks ratsinfo writes itself for the document tree's links: of type hyperlink, from
 * the main part, to the absolute https or http addresses the tree gives (the integrator's, or the files'
 * access URLs), one per address; a viewer opens one when the reader follows it, nothing is fetched. A
 * template with macros (a VBA project) is refused,
 * whatever the content type of its main part says, and so are templates beyond the limits that guard
 * against ZIP bombs (1,000 parts, 32 MiB a part and 64 MiB together when expanded, a part expanding
 * more than 100 times) and parts with a document type (DTD); the message names the part and the
 * reason.
 *
 * <p><b>Determinism.</b> With a fixed clock the same document gives the same bytes: the package's entries
 * are in a fixed order and all dated with the clock's instant in UTC, whatever the JVM's time zone (as
 * a ZIP file's DOS time, between 1980 and October 2097: an earlier or later instant dates them at that
 * end, the document properties keep it); nothing random (no rsids, no paragraph ids) is written.
 *
 * <p><b>Errors.</b> A failure of the underlying library is reported as a {@link RenderException} that
 * names the document. The file is produced in memory and written to the stream only when complete; if
 * writing to the stream fails, an {@link IOException} leaves part of it written, and the caller must
 * discard the output.
 *
 * <p>Instances are immutable and thread-safe: build one per configuration and share it. Renderings share
 * only the prepared package, which they read.
 */
public final class DocxRenderer implements ExcerptRenderer {

  /**
   * The text of the paragraph in a template's body that the excerpt replaces. Without it, the template's
   * body content is removed.
   */
  public static final String TEMPLATE_PLACEHOLDER = PreparedPackage.PLACEHOLDER;

  private final RenderOptions options;
  private final DocumentWriter writer;

  private DocxRenderer(RenderOptions options, PreparedPackage prepared) {
    this.options = options;
    this.writer = new DocumentWriter(prepared, options.locale());
  }

  /**
   * A new builder with the defaults: {@link RenderOptions#defaults()}, ratsinfo's own styles.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@link RenderFormat#DOCX}. */
  @Override
  public RenderFormat format() {
    return RenderFormat.DOCX;
  }

  /** The options this renderer was built with. */
  @Override
  public RenderOptions options() {
    return options;
  }

  /**
   * Renders a laid-out excerpt as a DOCX file.
   *
   * @param document the document tree
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if writing to the stream fails; discard what was written
   * @throws RenderException if the document cannot be rendered; nothing was written then
   */
  @Override
  public void render(ExcerptDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    byte[] bytes = renderToBytes(document);
    out.write(bytes);
    out.flush();
  }

  /**
   * Renders a laid-out excerpt to the bytes of a DOCX file.
   *
   * @param document the document tree
   * @return the file's bytes
   * @throws RenderException if the document cannot be rendered
   */
  public byte[] renderToBytes(ExcerptDocument document) {
    Objects.requireNonNull(document, "document");
    try {
      return writer.write(document, options.clock().instant());
    } catch (RuntimeException e) {
      throw new RenderException("cannot write the DOCX file of \"" + document.title() + "\": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
  }

  /** Builds a {@link DocxRenderer}; not thread-safe. */
  public static final class Builder {
    private RenderOptions options = RenderOptions.defaults();
    private byte @Nullable [] template;

    private Builder() {}

    /**
     * The options: locale, audience, clock, majority rule. Default {@link RenderOptions#defaults()}.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(RenderOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * A corporate template whose styles, page setup, headers and footers the documents use. Default:
     * none, ratsinfo's own styles. Checked by {@link #build()}.
     *
     * @param dotxOrDocx the bytes of a {@code .dotx} or {@code .docx} file; copied
     * @return this builder
     */
    public Builder template(byte[] dotxOrDocx) {
      this.template = Objects.requireNonNull(dotxOrDocx, "dotxOrDocx").clone();
      return this;
    }

    /**
     * A corporate template from a file; see {@link #template(byte[])}.
     *
     * @param dotxOrDocx a {@code .dotx} or {@code .docx} file
     * @return this builder
     * @throws IOException if the file cannot be read
     */
    public Builder template(Path dotxOrDocx) throws IOException {
      return template(Files.readAllBytes(Objects.requireNonNull(dotxOrDocx, "dotxOrDocx")));
    }

    /**
     * The renderer; reads and prepares the template, once.
     *
     * @return a new, immutable renderer
     * @throws IllegalArgumentException if the template is not a DOCX or DOTX file, is beyond a size
     *     limit, carries macros (or is macro-enabled), or lacks the style "Normal" or "heading 1"; the
     *     message says which part and why
     */
    public DocxRenderer build() {
      byte[] bytes = template;
      return new DocxRenderer(options,
          bytes == null ? PreparedPackage.standard() : PreparedPackage.fromTemplate(bytes));
    }
  }
}
