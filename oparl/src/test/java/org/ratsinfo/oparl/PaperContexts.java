package org.ratsinfo.oparl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.testkit.RandomModels;

/**
 * Random meetings whose papers stand in their context: {@link RandomModels}' meetings, with further
 * papers at items (some consulted at several items), each paper's path through the bodies (steps at
 * the item itself, at other meetings with ids that are URLs, other strings or none, non-public ones),
 * linked papers of every kind (some of them papers of the meeting), and files of papers, items and the
 * meeting (public and not, with https, http or no address).
 */
final class PaperContexts {

  private static final List<String> ROLES = List.of("Vorberatung", "Entscheidung", "Kenntnisnahme",
      "Anhörung");
  private static final List<String> MIME_TYPES = List.of("application/pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain",
      "image/png");

  private final RandomModels models;
  private final Random random;
  private final List<Paper> papers = new ArrayList<>();

  private PaperContexts(long seed) {
    this.models = RandomModels.of(seed);
    this.random = new Random(seed ^ 0x0BA7_0B5EL);
  }

  /** A generator for the given seed. */
  static PaperContexts of(long seed) {
    return new PaperContexts(seed);
  }

  /** A random meeting, for the internal audience, with its papers in their context. */
  MeetingExcerpts meeting() {
    Meeting m = models.meeting();
    List<AgendaItem> agenda = new ArrayList<>();
    for (AgendaItem item : m.agenda()) {
      List<Consultation> consultations = new ArrayList<>();
      List<Consultation> drawn = new ArrayList<>(item.consultations());
      for (int i = random.nextInt(3); i > 0 && !drawn.isEmpty(); i--) {
        drawn.add(papers.isEmpty() || random.nextBoolean() ? models.consultation()
            : new Consultation(papers.get(random.nextInt(papers.size())), pick(ROLES), false));
      }
      for (Consultation c : drawn) {
        Paper paper = papers.contains(c.paper()) ? c.paper() : paper(c.paper(), m, item, c);
        consultations.add(new Consultation(paper, c.role(), c.authoritative()));
      }
      agenda.add(item.toBuilder()
          .consultations(consultations)
          .auxiliaryFiles(files())
          .resolutionFile(chance(0.3) ? file() : null)
          .build());
    }
    Meeting meeting = m.toBuilder()
        .agenda(agenda)
        .invitation(chance(0.5) ? file() : null)
        .resultsProtocol(chance(0.3) ? file() : null)
        .auxiliaryFiles(files())
        .build();
    return new MeetingExcerpts(models.body(), meeting, Audience.INTERNAL);
  }

  private Paper paper(Paper paper, Meeting meeting, AgendaItem item, Consultation consultation) {
    List<PaperConsultation> steps = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      steps.add(step(meeting, item, consultation));
    }
    steps.sort(Comparator.comparing(PaperConsultation::date,
        Comparator.nullsLast(Comparator.naturalOrder())));
    List<PaperLink> links = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      PaperLink.Kind kind = pick(List.of(PaperLink.Kind.values()));
      Visibility visibility = chance(0.2) ? Visibility.NON_PUBLIC : Visibility.PUBLIC;
      if (!papers.isEmpty() && chance(0.3)) {
        Paper other = papers.get(random.nextInt(papers.size()));
        links.add(new PaperLink(kind, other.id(), other.reference(), other.title(), visibility));
      } else {
        links.add(new PaperLink(kind, chance(0.5) ? "https://ris.example.org/paper/" + random.nextInt(999)
            : null, chance(0.8) ? "2026/" + random.nextInt(9999) : null, models.phrase(1, 8, 1000),
            visibility));
      }
    }
    Paper enriched = paper.toBuilder()
        .consultations(steps)
        .links(links)
        .mainFile(chance(0.5) ? file() : null)
        .auxiliaryFiles(files())
        .build();
    papers.add(enriched);
    return enriched;
  }

  private PaperConsultation step(Meeting meeting, AgendaItem item, Consultation consultation) {
    Visibility visibility = chance(0.25) ? Visibility.NON_PUBLIC : Visibility.PUBLIC;
    String status = chance(0.4) ? pick(List.of("beraten", "vertagt", "geplant")) : null;
    String result = chance(0.5) ? (chance(0.5) ? pick(List.of("empfohlen", "ungeändert beschlossen",
        "zur Kenntnis genommen")) : models.phrase(1, 6, 1000)) : null;
    if (chance(0.3)) { // the step at this very item
      return new PaperConsultation(chance(0.8) ? meeting.start().toLocalDate() : null,
          chance(0.8) ? meeting.organization() : models.organization(OrganizationType.COMMITTEE),
          consultation.role(), consultation.authoritative(), status, result,
          chance(0.7) ? meeting.id() : null, chance(0.8) ? item.id() : null, visibility);
    }
    LocalDate date = chance(0.85) ? meeting.start().toLocalDate().plusDays(random.nextInt(121) - 60)
        : null;
    String meetingId = switch (random.nextInt(4)) {
      case 0 -> "https://ris.example.org/meeting/" + random.nextInt(999);
      case 1 -> "s-" + random.nextInt(999);
      case 2 -> meeting.id();
      default -> null;
    };
    String itemId = chance(0.5) ? "https://ris.example.org/agendaitem/" + random.nextInt(9999) : null;
    Organization organization = chance(0.2) ? meeting.organization()
        : models.organization(OrganizationType.COMMITTEE);
    return new PaperConsultation(date, organization, chance(0.8) ? pick(ROLES) : null, chance(0.3),
        status, result, meetingId, itemId, visibility);
  }

  private List<File> files() {
    List<File> files = new ArrayList<>();
    for (int i = random.nextInt(4) - 1; i > 0; i--) {
      files.add(file());
    }
    return files;
  }

  private File file() {
    int n = random.nextInt(1000);
    String url = switch (random.nextInt(5)) {
      case 0 -> null;
      case 1 -> "http://files.example.org/" + n + ".pdf";
      default -> "https://files.example.org/anlage/" + n + ".pdf";
    };
    return new File(chance(0.5) ? "https://ris.example.org/file/" + n : null, models.phrase(1, 6, 500),
        chance(0.6) ? "anlage-" + n + ".pdf" : null, chance(0.7) ? pick(MIME_TYPES) : null,
        chance(0.6) ? (long) random.nextInt(5_000_000) : null,
        chance(0.5) ? LocalDate.of(2020 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28))
            : null,
        url, chance(0.2) ? Visibility.NON_PUBLIC : Visibility.PUBLIC);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
