package org.ratsinfo.render.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.LinkTargets;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.render.RenderOptions;

/**
 * The reference excerpt with the paper in its context (issue 19): a Beratungsfolge across three bodies
 * (this meeting the last), a linked paper, a main file and attachments (one with markup characters in
 * its name, one without an address), an amendment as a further paper of the item, and the item's own
 * attachment and resolution file. Linked papers link to an address made from their reference. As
 * in the HTML renderer's tests.
 */
final class PaperContext {

  /** Where the files are, an address made up for the tests; never fetched. */
  static final String FILES = "https://ris.herne.example/files/";
  static final String PAPERS = "https://ris.herne.example/vorlage?ref=";

  /** Files link to their access URLs, papers to {@link #PAPERS} and their reference. */
  static final LinkTargets LINKS = new LinkTargets() {
    @Override
    public @Nullable String paper(@Nullable String id, @Nullable String reference) {
      return reference == null ? null : PAPERS + reference;
    }
  };

  private PaperContext() {}

  static Excerpt excerpt() {
    return excerpt(Samples.reference(), FILES);
  }

  /**
   * An excerpt with the paper's context, its files at the given address.
   *
   * @param reference the excerpt to add to
   * @param files where the files are, ending with "/"
   */
  static Excerpt excerpt(Excerpt reference, String files) {
    AgendaItem item = reference.agendaItem();
    Consultation consultation = item.consultations().get(0);
    Organization council = reference.meeting().organization();
    Paper paper = consultation.paper().toBuilder()
        .consultation(PaperConsultation.of(LocalDate.of(2017, 2, 7),
            Organization.committee("Ausschuss für Digitalisierung und Bürgerdienste"), "Vorberatung")
            .withResult("zur Kenntnis genommen"))
        .consultation(PaperConsultation.of(LocalDate.of(2017, 2, 20),
            Organization.committee("Haupt- und Finanzausschuss"), "Vorberatung")
            .withResult("ungeändert empfohlen"))
        .consultation(PaperConsultation.of(LocalDate.of(2017, 2, 28), council, "Entscheidung")
            .withAuthoritative(true))
        .link(PaperLink.of(PaperLink.Kind.SUPERORDINATED, "2016/0890",
            "Digitale Verwaltung: Rahmenkonzept 2016-2020"))
        .mainFile(File.of("Anfrage 2017/0137", files + "2017-0137.pdf")
            .withType("application/pdf", 123_456L))
        .auxiliaryFile(File.of("Anlage 1: Zeitplan <Entwurf> & Kosten", files + "2017-0137-anlage-1.pdf")
            .withType("application/pdf", 1_250_000L))
        .auxiliaryFile(File.of("Anlage 2: Stellungnahme der Verwaltung (nur in Papierform)", null))
        .build();
    Paper amendment = Paper.builder()
        .reference("2017/0151")
        .title("Änderungsantrag der Fraktion Piraten/AL zur Anfrage 2017/0137")
        .paperType(new PaperType("Änderungsantrag"))
        .visibility(Visibility.PUBLIC)
        .link(PaperLink.of(PaperLink.Kind.AMENDS, consultation.paper().reference(),
            consultation.paper().title()))
        .build();
    AgendaItem withContext = item.toBuilder()
        .consultations(List.of(new Consultation(paper, consultation.role(), consultation.authoritative()),
            new Consultation(amendment, "Änderungsantrag", false)))
        .auxiliaryFiles(List.of(File.of("Präsentation der Verwaltung", files + "praesentation.pdf")
            .withType("application/pdf", 2_400_000L)))
        .resolutionFile(File.of("Beschluss TOP 19.1", files + "beschluss-19-1.pdf")
            .withType("application/pdf", 48_000L))
        .build();
    return reference.withAgendaItem(withContext);
  }

  static RenderOptions options(Locale locale) {
    return RenderOptions.builder().locale(locale).fixedInstant(Samples.INSTANT).linkTargets(LINKS)
        .build();
  }

  static PdfRenderer renderer(Locale locale) {
    return PdfRenderer.builder().options(options(locale)).build();
  }

  static byte[] render(Excerpt excerpt, Locale locale) {
    PdfRenderer renderer = renderer(locale);
    return renderer.renderToBytes(renderer.options().layout(excerpt));
  }
}
