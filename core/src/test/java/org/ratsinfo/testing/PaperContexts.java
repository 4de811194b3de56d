package org.ratsinfo.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.LinkTargets;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;

/**
 * A council's item in its context: a motion on its way through three bodies (Ausschuss für Planung
 * und Umwelt, Haupt- und Finanzausschuss at a non-public item, Rat), an amendment dealt with under
 * the same item, a non-public further paper, linked papers and files, public and not, with https
 * addresses. Non-public content carries {@link #SECRET}. Valid; for the layout's and the renderers'
 * tests.
 */
public final class PaperContexts {

  /** A word in every non-public text and address of the excerpt, and in nothing public. */
  public static final String SECRET = "Verschlusssache";

  /** The address the motion's first attachment links to. */
  public static final String NETWORK_PLAN_URL = "https://ris.musterstadt.example/datei/2026-0412-anlage-1.pdf";

  private static final String OPARL = "https://ris.musterstadt.example/oparl/";

  private PaperContexts() {}

  /** The motion, with its Beratungsfolge, its amendment linked, its text and attachments. */
  public static Paper motion() {
    Organization council = Organization.committee("Rat der Stadt Musterstadt");
    return Paper.builder()
        .id(OPARL + "paper/412")
        .reference("2026/0412")
        .title("Antrag der Fraktion Bündnis 90/Die Grünen: Radverkehrskonzept Innenstadt")
        .paperType(PaperType.MOTION)
        .date(LocalDate.of(2026, 10, 2))
        .originator(Organization.faction("Fraktion Bündnis 90/Die Grünen"))
        .consultation(PaperConsultation.of(LocalDate.of(2026, 10, 20),
                Organization.committee("Ausschuss für Planung und Umwelt"), "Vorberatung")
            .withResult("empfohlen").withIds(OPARL + "meeting/80", OPARL + "agendaitem/1105"))
        .consultation(new PaperConsultation(LocalDate.of(2026, 11, 10),
            Organization.committee("Haupt- und Finanzausschuss"), "Vorberatung", false, "beraten",
            "mit " + SECRET + " empfohlen", OPARL + "meeting/84", OPARL + "agendaitem/1150",
            Visibility.NON_PUBLIC))
        .consultation(PaperConsultation.of(LocalDate.of(2026, 11, 24), council, "Entscheidung")
            .withAuthoritative(true).withIds(OPARL + "meeting/88", OPARL + "agendaitem/1201"))
        .link(PaperLink.of(PaperLink.Kind.AMENDED_BY, "2026/0412-1", "Änderungsantrag der SPD-Fraktion")
            .withId(OPARL + "paper/413"))
        .link(new PaperLink(PaperLink.Kind.RELATED, OPARL + "paper/399", "2026/0399",
            "Kostenschätzung " + SECRET, Visibility.NON_PUBLIC))
        .mainFile(new File(OPARL + "file/9001", "Antrag 2026/0412", "2026-0412.pdf", "application/pdf",
            183_204L, LocalDate.of(2026, 10, 2), "https://ris.musterstadt.example/datei/2026-0412.pdf",
            Visibility.PUBLIC))
        .auxiliaryFile(File.of("Anlage 1: Netzplan Radverkehr", NETWORK_PLAN_URL)
            .withType("application/pdf", 2_411_724L))
        .auxiliaryFile(File.of("Anlage 2: Stellungnahme " + SECRET,
                "https://ris.musterstadt.example/datei/" + SECRET + ".pdf")
            .withVisibility(Visibility.NON_PUBLIC))
        .auxiliaryFile(File.of("Anlage 3: Umfrageergebnisse", null).withType("text/plain", 850L))
        .build();
  }

  /** The amendment dealt with under the motion's item. */
  public static Paper amendment() {
    return Paper.builder()
        .id(OPARL + "paper/413")
        .reference("2026/0412-1")
        .title("Änderungsantrag der SPD-Fraktion zum Radverkehrskonzept Innenstadt")
        .paperType(PaperType.of("Änderungsantrag"))
        .originator(Organization.faction("SPD-Fraktion"))
        .link(PaperLink.of(PaperLink.Kind.AMENDS, "2026/0412",
            "Antrag der Fraktion Bündnis 90/Die Grünen: Radverkehrskonzept Innenstadt"))
        .build();
  }

  /** The item "Ö 6" of the council's meeting on 24.11.2026 that deals with the motion. */
  public static AgendaItem item() {
    return AgendaItem.builder()
        .id(OPARL + "agendaitem/1201")
        .number("6")
        .order(6)
        .title("Radverkehrskonzept Innenstadt")
        .consultation(new Consultation(motion(), "Entscheidung", true))
        .addConsultation(new Consultation(amendment(), "Entscheidung", false))
        .addConsultation(Consultation.of(Paper.builder().reference("2026/0412-N")
            .title(SECRET + " Grundstücksfragen").paperType(PaperType.COMMUNICATION)
            .visibility(Visibility.NON_PUBLIC).build()))
        .decision(DecisionKind.ADOPTED_WITH_CHANGES)
        .resolutionText("Der Rat beschließt das Radverkehrskonzept Innenstadt in der Fassung des "
            + "Änderungsantrags der SPD-Fraktion.")
        .voteTally(VoteTally.of(List.of(VotingGroup.of("SPD", VoteCounts.of(18, 0, 0)),
            VotingGroup.of("CDU", VoteCounts.of(2, 12, 1)),
            VotingGroup.of("Grüne", VoteCounts.of(9, 0, 0)))))
        .auxiliaryFiles(List.of(
            File.of("Präsentation der Verwaltung", "https://ris.musterstadt.example/datei/praesentation.pdf")
                .withType("application/pdf", 5_300_000L),
            File.of("Vermerk " + SECRET, null).withVisibility(Visibility.NON_PUBLIC)))
        .resolutionFile(File.of("Beschluss Ö 6", "https://ris.musterstadt.example/datei/beschluss-6.pdf"))
        .build();
  }

  /** The excerpt of {@link #item()} for an audience. */
  public static Excerpt excerpt(Audience audience) {
    Meeting meeting = Meeting.builder()
        .id(OPARL + "meeting/88")
        .organization(Organization.committee("Rat der Stadt Musterstadt"))
        .start(LocalDateTime.of(2026, 11, 24, 16, 0))
        .end(LocalDateTime.of(2026, 11, 24, 19, 30))
        .publicity(MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        .build();
    return Excerpt.builder()
        .body(new Body(null, "Stadt Musterstadt", null))
        .meeting(meeting)
        .agendaItem(item())
        .audience(audience)
        .build();
  }

  /** Where the renderers' tests put {@link #withContext(Excerpt, String)}'s files; never fetched. */
  public static final String FILES = "https://ris.herne.example/files/";

  /** Where {@link #withContext(Excerpt, String)}'s linked papers link: this, and their reference. */
  public static final String PAPERS = "https://ris.herne.example/vorlage?ref=";

  /** Files link to their access URLs, papers to {@link #PAPERS} and their reference. */
  public static final LinkTargets LINKS = new LinkTargets() {
    @Override
    public @Nullable String paper(@Nullable String id, @Nullable String reference) {
      return reference == null ? null : PAPERS + reference;
    }
  };

  /**
   * The reference excerpt (or another) with the paper in its context: a Beratungsfolge across three
   * bodies (this meeting the last), a superordinate paper, a main file and attachments (one with
   * markup characters in its name, one without an address), an amendment as a further paper of the
   * item, and the item's own attachment and resolution file; for the renderers' tests of links.
   *
   * @param reference the excerpt to add to; its item consults a paper
   * @param files where the files are, an address ending with "/"; never fetched
   * @return the excerpt with the context
   */
  public static Excerpt withContext(Excerpt reference, String files) {
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
}
