package org.ratsinfo.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Visibility;

/**
 * Random valid papers and what stands around them: consultations, a Beratungsfolge, links to other
 * papers, files; and the variant of an excerpt that consults a marked non-public paper. Not
 * thread-safe, like its {@link Draws}.
 */
public final class RandomPapers {

  private static final PaperType[] PAPER_TYPES = {
    PaperType.INQUIRY, PaperType.MOTION, PaperType.DRAFT_RESOLUTION, PaperType.COMMUNICATION,
  };

  private final Draws random;
  private final RandomTexts texts;
  private final RandomPeople people;

  /** The generator drawing from {@code random}. */
  public RandomPapers(Draws random) {
    this.random = random;
    this.texts = new RandomTexts(random);
    this.people = new RandomPeople(random);
  }

  /** A consultation of a random paper. */
  public Consultation consultation() {
    return new Consultation(paper(random.pick(Visibility.values())),
        random.optional(() -> random.pick("Entscheidung", "Kenntnisnahme", "Vorberatung", texts.phrase(1, 4, 200))),
        random.nextBoolean());
  }

  /** A valid paper of the given visibility. */
  Paper paper(Visibility visibility) {
    List<Person> persons = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      persons.add(people.person());
    }
    List<Organization> organizations = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      organizations.add(people.organization(random.pick(OrganizationType.values())));
    }
    return Paper.builder()
        .id(random.optional(texts::id))
        .reference(reference())
        .title(texts.phrase(1, 12, 1000))
        .paperType(random.chance(0.7) ? random.pick(PAPER_TYPES) : PaperType.of(texts.phrase(1, 2, 100)))
        .visibility(visibility)
        .date(random.chance(0.7) ? LocalDate.of(1990 + random.nextInt(50), 1 + random.nextInt(12),
            1 + random.nextInt(28)) : null)
        .originatorPersons(persons)
        .originatorOrganizations(organizations)
        .leadDepartment(random.chance(0.5) ? people.organization(OrganizationType.ADMINISTRATIVE_UNIT) : null)
        .clerk(random.chance(0.5) ? people.person() : null)
        .consultations(random.chance(0.4) ? paperConsultations() : List.of())
        .links(random.chance(0.3) ? paperLinks() : List.of())
        .mainFile(random.chance(0.3) ? file() : null)
        .auxiliaryFiles(random.chance(0.3) ? files() : List.of())
        .build();
  }

  /** A valid Beratungsfolge of one to four steps, public or not, with or without identifiers. */
  private List<PaperConsultation> paperConsultations() {
    List<PaperConsultation> steps = new ArrayList<>();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      steps.add(new PaperConsultation(
          random.chance(0.8) ? LocalDate.of(1990 + random.nextInt(50), 1 + random.nextInt(12),
              1 + random.nextInt(28)) : null,
          people.organization(OrganizationType.COMMITTEE),
          random.optional(() -> random.pick("Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung",
              texts.phrase(1, 3, 200))),
          random.nextBoolean(),
          random.optional(() -> random.pick("beraten", "vertagt", "geplant", texts.phrase(1, 3, 200))),
          random.optional(() -> random.pick("ungeändert beschlossen", "zur Kenntnis genommen",
              texts.phrase(1, 8, 1000))),
          random.optional(texts::id), random.optional(texts::id), random.pick(Visibility.values())));
    }
    return steps;
  }

  /** One to three valid links to other papers, of every kind, public or not. */
  private List<PaperLink> paperLinks() {
    List<PaperLink> links = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      links.add(new PaperLink(random.pick(PaperLink.Kind.values()), random.optional(texts::id),
          random.optional(this::reference), texts.phrase(1, 12, 1000), random.pick(Visibility.values())));
    }
    return links;
  }

  /** A valid file, public or not; its access URL, where it has one, is an https or http address. */
  File file() {
    return new File(random.optional(texts::id), texts.phrase(1, 8, 500),
        random.optional(() -> texts.phrase(1, 2, 200).replace(' ', '-') + ".pdf"),
        random.optional(() -> random.pick("application/pdf", "image/png", "text/plain; charset=UTF-8",
            "application/vnd.oasis.opendocument.text")),
        random.chance(0.6) ? (long) random.nextInt(Integer.MAX_VALUE) * (random.chance(0.1) ? 1000L : 1L) : null,
        random.chance(0.5) ? LocalDate.of(1990 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))
            : null,
        random.optional(() -> random.pick("https://", "http://", "HTTPS://")
            + random.pick("ris.example", "xn--mnster-3ya.example", "[2001:db8::1]", "127.0.0.1:8443")
            + "/file/" + random.nextInt(100000)
            + random.pick("", ".pdf", "?download=1&x=%3Cy%3E", "#Seite%202")),
        random.pick(Visibility.values()));
  }

  /** One to three valid files. */
  List<File> files() {
    List<File> files = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      files.add(file());
    }
    return files;
  }

  private String reference() {
    return switch (random.nextInt(3)) {
      case 0 -> (1990 + random.nextInt(50)) + "/" + String.format(Locale.ROOT, "%04d", random.nextInt(10000));
      case 1 -> "V-" + random.nextInt(1000) + "/" + (10 + random.nextInt(90));
      default -> texts.phrase(1, 3, 100);
    };
  }

  /**
   * A copy of an excerpt whose agenda item consults a non-public paper whose reference and title
   * carry the marker, as do the non-public papers of the meeting's agenda. The item, its audience and
   * everything else stay as they are; for a public excerpt, the marker must never be shown.
   */
  public Excerpt withNonPublicPaper(Excerpt excerpt, String marker) {
    Paper paper = paper(Visibility.NON_PUBLIC);
    paper = paper.toBuilder()
        .reference(marker)
        .title(texts.phrase(1, 4, 200) + " " + marker + " " + texts.phrase(1, 4, 200))
        .build();
    Consultation old = excerpt.agendaItem().consultation();
    Consultation consultation = old == null
        ? Consultation.of(paper) : new Consultation(paper, old.role(), old.authoritative());
    List<AgendaItem> agenda = new ArrayList<>();
    for (AgendaItem item : excerpt.meeting().agenda()) {
      Paper p = item.paper();
      if (p != null && !p.visibility().isPublic()) {
        item = item.toBuilder().consultation(new Consultation(
            p.toBuilder().reference(marker + "/" + agenda.size()).title(marker + " " + p.title()).build(),
            item.consultation().role(), item.consultation().authoritative())).build();
      }
      agenda.add(item);
    }
    return excerpt
        .withMeeting(excerpt.meeting().withAgenda(agenda))
        .withAgendaItem(excerpt.agendaItem().toBuilder().consultation(consultation).build());
  }
}
