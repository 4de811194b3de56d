package org.ratsinfo.render.docx;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentInfo;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.ExcerptLayout;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.LinkTargets;
import org.ratsinfo.document.Paragraph;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.document.Table;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.testkit.LoopbackServer;

/**
 * Documents with links (issue 19): a hand-made tree of an English document of German data, with a
 * Beratungsfolge table and link lists whose entries link or do not; and the reference excerpt given a
 * Beratungsfolge across three bodies, an amendment under the inquiry, linked papers and attachments
 * with addresses, laid out by the real layout with the integrator's addresses for papers.
 */
final class Links {

  /** A file's address with characters XML must escape. */
  static final String PLAN = "https://ris.example.org/files/lageplan.pdf?id=7&format=pdf";
  static final String PAPER = "http://ris.example.org/vorlagen/2017-0120";
  /** Text XML must escape, in the data's language. */
  static final String PLAN_NAME = "Lageplan <Nord> & \"Süd\"";
  static final String UNLINKED = "Anlage ohne Adresse";
  static final String DUPLICATE = "Lageplan, noch einmal";

  private Links() {}

  /** The hand-made tree: English labels, German data. */
  static ExcerptDocument tree() {
    Table consultations = new Table("Consultations", "Date", List.of("Body", "Role", "Result"), List.of(
        new Table.Row("14.02.2017", List.of("Ausschuss für Digitales", "Vorberatung", "ungeändert empfohlen")),
        new Table.Row("28.02.2017 (this meeting)", List.of("Rat der Stadt", "Entscheidung", "zur Kenntnis genommen"))),
        null);
    LinkList papers = new LinkList(List.of(
        new LinkList.Entry("Amendment to: ", "2017/0120 Internetauftritt", URI.create(PAPER), "", "de-DE"),
        new LinkList.Entry("Related paper: ", "2016/0999 Breitband", null, "", "de-DE")));
    LinkList files = new LinkList(List.of(
        new LinkList.Entry("Paper: ", PLAN_NAME, URI.create(PLAN), " (PDF, 1.2 MB)", "de-DE"),
        new LinkList.Entry("", UNLINKED, null, " (PDF)", "de-DE"),
        new LinkList.Entry("", DUPLICATE, URI.create(PLAN), "", null),
        new LinkList.Entry("", "javascript:alert(1)", null, "", "de-DE")));
    List<Block> blocks = List.of(
        new Section(SectionKind.PAPER, "2017/0137 Anfrage: Sachstand", List.of(
            new Section(SectionKind.CONSULTATIONS, "Consultations", List.of(consultations)),
            new Section(SectionKind.LINKED_PAPERS, "Linked papers", List.of(papers)),
            new Section(SectionKind.ATTACHMENTS, "Attachments", List.of(files))), "de-DE"),
        new Section(SectionKind.CONTENT, "Statement of facts", List.of(
            new Paragraph(Paragraph.Style.NORMAL, "Der Sachverhalt.", "de-DE"))));
    DocumentInfo info = new DocumentInfo("Excerpt - Anfrage", "Anfrage", "Stadt Herne", List.of(), "en");
    return new ExcerptDocument(Locale.ENGLISH, Audience.PUBLIC, info, "Stadt Herne", "Excerpt - Anfrage", blocks);
  }

  /** The addresses the tree links to. */
  static Set<String> treeLinks() {
    return Set.of(PLAN, PAPER);
  }

  /** An integrator's addresses: files by their access URL, papers by their reference on the RIS. */
  static final LinkTargets TARGETS = new LinkTargets() {
    @Override
    public @Nullable String paper(@Nullable String id, @Nullable String reference) {
      return reference == null ? null : "https://ris.herne.example/vorlagen/" + reference.replace('/', '-');
    }
  };

  /**
   * The reference excerpt with a Beratungsfolge across three bodies, an amendment under the inquiry,
   * papers linked to it and attachments, some with addresses, one not public.
   */
  static Excerpt excerpt() {
    Excerpt reference = Samples.reference();
    AgendaItem item = reference.agendaItem();
    Paper paper = item.paper();
    Organization committee = Organization.committee("Ausschuss für Digitales und Verwaltung");
    Organization finance = Organization.committee("Haupt- und Finanzausschuss");
    Organization council = reference.meeting().organization();
    Paper withContext = paper.toBuilder()
        .consultations(List.of(
            PaperConsultation.of(LocalDate.of(2017, 2, 7), committee, "Vorberatung")
                .withResult("ungeändert empfohlen"),
            PaperConsultation.of(LocalDate.of(2017, 2, 14), finance, "Vorberatung")
                .withResult("mit Änderungen empfohlen"),
            PaperConsultation.of(LocalDate.of(2017, 2, 28), council, "Entscheidung").withAuthoritative(true)))
        .links(List.of(
            PaperLink.of(PaperLink.Kind.AMENDED_BY, "2017/0142", "Änderungsantrag der Fraktion Piraten/AL"),
            PaperLink.of(PaperLink.Kind.RELATED, null, "Digitalstrategie der Stadt & ihre Umsetzung")))
        .mainFile(File.of("Anfrage 2017/0137", "https://ris.herne.example/dokumente/0137.pdf")
            .withType("application/pdf", 1_258_291L))
        .auxiliaryFiles(List.of(
            File.of("Anlage 1: Zeitplan <Relaunch>", "https://ris.herne.example/dokumente/0137-1.pdf?a=1&b=2")
                .withType("application/pdf", 48_000L),
            File.of("Anlage 2: Stellungnahme (ohne Adresse)", null),
            File.of("Anlage 3: vertraulich", "https://ris.herne.example/dokumente/geheim.pdf")
                .withVisibility(Visibility.NON_PUBLIC)))
        .build();
    Paper amendment = Paper.builder().reference("2017/0142").title("Änderungsantrag der Fraktion Piraten/AL")
        .paperType(paper.paperType()).visibility(Visibility.PUBLIC)
        .link(PaperLink.of(PaperLink.Kind.AMENDS, "2017/0137", paper.title()))
        .build();
    List<Consultation> consultations = new ArrayList<>();
    consultations.add(new Consultation(withContext, item.consultation().role(), item.consultation().authoritative()));
    consultations.add(new Consultation(amendment, "Entscheidung", true));
    return reference.withAgendaItem(item.toBuilder().consultations(consultations)
        .auxiliaryFiles(List.of(File.of("Präsentation der Verwaltung", "http://ris.herne.example/praesentation")))
        .build());
  }

  /**
   * Addresses on a loopback server: files over https, papers over http.
   *
   * @param server the server
   * @return link targets that point every file and paper at it
   */
  static LinkTargets toServer(LoopbackServer server) {
    return new LinkTargets() {
      @Override
      public @Nullable String file(File file) {
        return "https://" + server.host() + "/datei/" + Integer.toHexString(file.name().hashCode());
      }

      @Override
      public @Nullable String paper(@Nullable String id, @Nullable String reference) {
        return server.origin() + "/vorlage";
      }
    };
  }

  /** The excerpt with links, laid out in a locale with the integrator's addresses. */
  static ExcerptDocument layout(Locale locale) {
    return ExcerptLayout.builder().locale(locale).linkTargets(TARGETS).build().layout(excerpt());
  }

  /** Every address a document's link lists link to, as the renderer writes it. */
  static Set<String> of(ExcerptDocument document) {
    Set<String> links = new LinkedHashSet<>();
    collect(document.blocks(), links);
    return links;
  }

  private static void collect(List<Block> blocks, Set<String> links) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        collect(section.blocks(), links);
      } else if (block instanceof LinkList list) {
        for (LinkList.Entry entry : list.entries()) {
          if (entry.target() != null) {
            links.add(entry.target().toASCIIString());
          }
        }
      }
    }
  }
}
