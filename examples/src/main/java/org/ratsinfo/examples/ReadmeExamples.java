package org.ratsinfo.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.ratsinfo.document.BlockContext;
import org.ratsinfo.document.BlockVisitor;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Field;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.document.FieldList;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.LinkTargets;
import org.ratsinfo.document.NumberedList;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.QuestionAnswer;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.Table;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.json.RatsinfoModule;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.oparl.OParlImport;
import org.ratsinfo.oparl.OParlReader;
import org.ratsinfo.oparl.OParlWriter;
import org.ratsinfo.render.batch.AtomicFiles;
import org.ratsinfo.render.batch.BatchResult;
import org.ratsinfo.render.batch.BatchTarget;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.batch.MeetingRenderer;
import org.ratsinfo.render.RenderFormat;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.Renderers;
import org.ratsinfo.render.TextEscaper;
import org.ratsinfo.render.TextExcerptRenderer;
import org.ratsinfo.render.docx.DocxRenderer;
import org.ratsinfo.render.html.HtmlBlockRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfRenderer;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java snippets of the README, verbatim: a test runs them and checks that every snippet of the
 * README still appears here, so the README's code always compiles and works.
 */
public final class ReadmeExamples {

  private ReadmeExamples() {}

  /** README, "Use it": read, validate, render in every format. */
  public static void useIt(Path sample, Path out) throws IOException {
    Excerpt excerpt = RatsinfoJson.standard().readExcerpt(sample);     // or build it: Excerpt.builder()…
    ModelValidator.standard().requireValid(excerpt, Locale.GERMAN);    // every violation at once
    RenderOptions options = RenderOptions.builder().locale(Locale.GERMAN).build();
    Renderers renderers = Renderers.builder()
        .add(HtmlRenderer.builder().options(options).build())
        .add(PdfRenderer.builder().options(options).build())           // PDF/A-2a + PDF/UA-1
        .add(DocxRenderer.builder().options(options).build())
        .build();
    for (ExcerptRenderer renderer : renderers.all()) {
      Path file = out.resolve("auszug." + renderer.format().fileExtension());
      AtomicFiles.write(file, o -> renderer.render(excerpt, o));       // complete, or not there at all
    }
  }

  /** README, "Model and validation". */
  public static List<Violation> modelAndValidation() {
    Excerpt excerpt = Excerpt.builder()
        .body(Body.of("Stadt Herne"))
        .meeting(Meeting.builder()
            .organization(Organization.committee("Rat der Stadt"))
            .start(LocalDateTime.of(2017, 2, 28, 16, 0))   // Europe/Berlin unless told otherwise
            .build())
        .agendaItem(AgendaItem.builder()
            .number("19.1")
            .title("Anfrage: Sachstand Erneuerung des städtischen Internetauftritts")
            .decision(DecisionKind.ACKNOWLEDGED)
            .build())
        .build();

    List<Violation> violations = ModelValidator.standard().validate(excerpt, Locale.GERMAN);
    return violations;
  }

  /** README, "Rendering": an English page for the internal audience. */
  public static String rendering(Excerpt excerpt) {
    RenderOptions options = RenderOptions.builder().locale(Locale.ENGLISH).audience(Audience.INTERNAL).build();
    HtmlRenderer html = HtmlRenderer.builder().options(options).build();
    String page = html.renderToString(excerpt);                 // or render(excerpt, outputStream)
    return page;
  }

  /** README, "Rendering": the registry, explicit and through ServiceLoader. */
  public static List<Renderers> registries(Excerpt excerpt, OutputStream out) throws IOException {
    RenderOptions options = RenderOptions.defaults();
    HtmlRenderer html = HtmlRenderer.builder().options(options).build();
    Renderers renderers = Renderers.builder().add(html).build();
    renderers.get("html").render(excerpt, out);                 // an unknown format lists the known ones
    Renderers found = Renderers.builder().addServiceLoaded(options).build();
    return List.of(renderers, found);
  }

  /** README, "HTML": a fragment and the stylesheet to go with it. */
  public static List<String> fragment(Excerpt excerpt) {
    HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).build();
    String article = fragment.renderToString(excerpt);
    String css = HtmlRenderer.defaultStylesheet();
    return List.of(article, css);
  }

  /** README, "PDF": PDF/A-2a and PDF/UA-1. */
  public static void pdf(RenderOptions options, Excerpt excerpt, OutputStream out) throws IOException {
    PdfRenderer pdf = PdfRenderer.builder().options(options).build();   // PDF/A-2a + PDF/UA-1 by default
    pdf.warmUp();                                                       // optional: pay the first render at start-up
    pdf.render(excerpt, out);
  }

  /** README, "PDF": openhtmltopdf's logging, routed once. */
  public static void engineLogging() {
    PdfRenderer.routeEngineLogging();   // once, at start-up: openhtmltopdf's logging for the whole JVM
  }

  /** README, "PDF": one block renderer for the HTML page and the PDF. */
  public static List<ExcerptRenderer> blockRenderers(HtmlBlockRenderer<Table> tally) {
    HtmlRenderer html = HtmlRenderer.builder().blockRenderer(Table.class, tally).build();
    PdfRenderer pdf = PdfRenderer.builder().blockRenderer(Table.class, tally).build();   // the same tally in the PDF
    return List.of(html, pdf);
  }

  /** README, "DOCX": a document in a city's corporate design. */
  public static void docx(RenderOptions options, Excerpt excerpt, OutputStream out, Path template)
      throws IOException {
    DocxRenderer docx = DocxRenderer.builder().options(options).template(template).build();  // a .dotx or .docx
    docx.render(excerpt, out);
  }

  /** README, "Audience and redaction": the clerk and the authors withheld from the public. */
  public static RenderOptions withheld() {
    RenderOptions options = RenderOptions.builder()
        .withheldFromPublic(FieldKey.CLERK, FieldKey.ORIGINATORS)   // Bearbeiter/-in, Verfasser
        .build();
    return options;
  }

  /** README, "The agenda and the minutes": the other documents of the session, in PDF. */
  public static List<ExcerptDocument> agendaAndMinutes(Path musterstadt, RenderOptions options,
      Renderers renderers, OutputStream out) throws IOException {
    MeetingExcerpts session = RatsinfoJson.standard().readMeetingExcerpts(musterstadt);
    ExcerptDocument agenda = options.layout(DocumentKind.AGENDA, session).get(0);
    ExcerptDocument minutes = options.layout(DocumentKind.MINUTES, session).get(0);
    renderers.get("pdf").render(minutes, out);
    return List.of(agenda, minutes);
  }

  /** README, "A whole meeting at once": every item into one ZIP, with progress. */
  public static BatchResult meeting(Path musterstadt, HtmlRenderer html, DocxRenderer docx, Path zip)
      throws IOException {
    MeetingExcerpts meeting = RatsinfoJson.standard().readMeetingExcerpts(musterstadt);
    MeetingRenderer batch = MeetingRenderer.builder().add(html).add(docx).build();
    BatchResult result = batch.render(meeting, BatchTarget.zip(zip),
        (item, done, total) -> System.out.println(done + "/" + total + " " + item.label()));
    return result;
  }

  /**
   * README, "OParl import and export": every meeting of an OParl dump rendered, and one meeting
   * written back as OParl with the tallies of the native file merged in.
   */
  public static String oparl(Path dump, MeetingRenderer batch, Path out, MeetingExcerpts nativeMeeting)
      throws IOException {
    OParlImport imported = OParlReader.standard().read(dump);          // a file or a directory
    imported.warnings().forEach(w -> System.err.println(w.message(Locale.GERMAN)));
    for (MeetingExcerpts meeting : imported.meetings()) {
      batch.render(meeting, BatchTarget.directory(out));
    }
    OParlWriter writer = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/").build();
    return writer.writeString(imported.merge(nativeMeeting));          // + votes, as Popolo too
  }

  /**
   * README, "Writing a renderer": a renderer of one's own that writes every block of the tree, the
   * blocks inside sections included.
   */
  public static void writingARenderer(RenderOptions options, Excerpt excerpt, MeetingExcerpts meeting,
      OutputStream out) throws IOException {
    record MarkdownRenderer(RenderOptions options) implements TextExcerptRenderer {
      public RenderFormat format() {
        return new RenderFormat("md", "text/markdown", "md");
      }
      public void render(ExcerptDocument document, Writer out) throws IOException {
        TextEscaper md = TextEscaper.markdown();          // the tree holds text, never markup: \# \* \[ …
        out.write(md.escape(document.bodyName()) + "\n\n# " + md.escape(document.title()) + "\n");
        document.walk(new BlockVisitor() {                // a method per kind of block: none is forgotten
          String line(String text) {                      // a heading or a table cell is one line
            return md.escape(text).replace('\n', ' ');
          }
          public void enterSection(Section section, BlockContext at) throws IOException {
            String hashes = "#".repeat(Math.min(at.headingLevel(), 6));   // ## at the top, ### inside …
            out.write("\n" + hashes + " " + line(section.heading()) + "\n");
          }
          public void visitFieldList(FieldList list, BlockContext at) throws IOException {
            out.write("\n");
            for (Field field : list.fields()) {
              out.write("- " + md.escape(field.label()) + ": " + md.escape(field.value()) + "\n");
            }
          }
          public void visitParagraph(Paragraph paragraph, BlockContext at) throws IOException {
            out.write("\n" + md.escape(paragraph.text()) + "\n");
          }
          public void visitNumberedList(NumberedList list, BlockContext at) throws IOException {
            for (NumberedList.Item item : list.items()) {
              List<String> paragraphs = item.paragraphs().stream().map(md::escape).toList();
              out.write("\n" + md.escape(item.number()) + ". " + String.join("\n\n   ", paragraphs) + "\n");
            }
          }
          public void visitQuestionAnswer(QuestionAnswer qa, BlockContext at) throws IOException {
            out.write("\n**" + md.escape(qa.label()) + "** " + md.escape(String.join("\n\n", qa.question())) + "\n");
            for (String paragraph : qa.answer()) {
              out.write("\n> " + md.escape(paragraph) + "\n");
            }
          }
          public void visitTable(Table table, BlockContext at) throws IOException {
            List<String> columns = table.columnHeaders().stream().map(this::line).toList();
            out.write("\n| " + line(table.cornerHeader()) + " | " + String.join(" | ", columns) + " |\n");
            out.write("|---".repeat(columns.size() + 1) + "|\n");
            for (Table.Row row : table.rows()) {
              List<String> cells = row.cells().stream().map(this::line).toList();
              out.write("| " + line(row.header()) + " | " + String.join(" | ", cells) + " |\n");
            }
            out.write("\n" + md.escape(table.caption()) + (table.note() == null ? "" : ": " + md.escape(table.note())) + "\n");
          }
          public void visitLinkList(LinkList list, BlockContext at) throws IOException {   // attachments, linked papers
            out.write("\n");
            for (LinkList.Entry entry : list.entries()) {
              String text = md.escape(entry.text());
              String link = entry.target() == null ? text : "[" + text + "](<" + entry.target() + ">)";
              out.write("- " + md.escape(entry.prefix()) + link + md.escape(entry.detail()) + "\n");
            }
          }
        });
      }
    }
    Renderers renderers = Renderers.builder().add(new MarkdownRenderer(options)).build();
    renderers.get("md").render(excerpt, out);
    renderers.get("md").render(options.layout(DocumentKind.MINUTES, meeting).get(0), out);  // any kind alike
  }

  /** README, "The native JSON format": reads a sample and writes it back. */
  public static String json(Path sample) throws IOException {
    RatsinfoJson json = RatsinfoJson.standard();          // immutable, thread-safe; builder() for options
    Excerpt excerpt = json.readExcerpt(sample);            // a Path, stream, reader or string
    String text = json.writeString(excerpt);               // read(write(x)) equals x
    return text;
  }

  /** README, "The paper in its context": files and papers linked to the integrator's own pages. */
  public static RenderOptions linkTargets() {
    RenderOptions linked = RenderOptions.builder()
        .linkTargets(new LinkTargets() {
          @Override public String file(File file) {                // default: file.accessUrl()
            return file.id() == null ? null : "https://ris.example.de/datei?id=" + file.id().hashCode();
          }
          @Override public String paper(String id, String reference) {   // default: no link
            return reference == null ? null : "https://ris.example.de/vorlage/" + reference.replace('/', '-');
          }
        })
        .build();
    return linked;
  }

  /** README, "Your own Jackson mapper": the native format in any Jackson 3 mapper. */
  public static List<String> ownMapper(byte[] body) {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new RatsinfoModule())                      // or .findAndAddModules()
        .build();
    Excerpt excerpt = mapper.readValue(body, Excerpt.class);
    String compact = mapper.writeValueAsString(excerpt);     // the bytes RatsinfoJson writes unindented
    String pretty = mapper.writer().with(RatsinfoModule.prettyPrinter()).writeValueAsString(excerpt);
    return List.of(compact, pretty);
  }
}
