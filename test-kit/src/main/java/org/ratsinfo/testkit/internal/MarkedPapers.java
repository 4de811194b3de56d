package org.ratsinfo.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.testkit.MarkedModels.Kind;

/**
 * The papers of a marked meeting and their context (a Beratungsfolge, linked papers, files), every
 * string marked with its kind, for {@link MarkedItems}. Not thread-safe, like its {@link Draws}.
 */
public final class MarkedPapers {

  private static final PaperType[] STANDARD_TYPES = {
    PaperType.INQUIRY, PaperType.MOTION, PaperType.DRAFT_RESOLUTION, PaperType.COMMUNICATION,
  };

  private final Draws random;
  private final Markers markers;

  /** The generator drawing from {@code random}, marking with {@code markers}. */
  MarkedPapers(Draws random, Markers markers) {
    this.random = random;
    this.markers = markers;
  }

  /**
   * A consultation of a paper of the visibility, with its context; the fields of a public paper that
   * the case withholds are marked withheld.
   */
  Consultation consultation(Visibility visibility, Set<FieldKey> withheld) {
    Kind own = visibility.isPublic() ? Kind.PUBLIC : Kind.NON_PUBLIC;
    List<Person> persons = new ArrayList<>();
    List<Organization> organizations = new ArrayList<>();
    Kind originators = own == Kind.PUBLIC && withheld.contains(FieldKey.ORIGINATORS) ? Kind.WITHHELD : own;
    for (int i = random.nextInt(3); i > 0; i--) {
      persons.add(markers.person(originators));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      organizations.add(new Organization(random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)),
          markers.text(originators, true), random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)),
          random.pick(OrganizationType.FACTION, OrganizationType.PARTY, OrganizationType.ADMINISTRATIVE_UNIT)));
    }
    Kind lead = own == Kind.PUBLIC && withheld.contains(FieldKey.LEAD_DEPARTMENT) ? Kind.WITHHELD : own;
    Kind clerk = own == Kind.PUBLIC && withheld.contains(FieldKey.CLERK) ? Kind.WITHHELD : own;
    Kind type = own == Kind.PUBLIC && withheld.contains(FieldKey.PAPER_TYPE) ? Kind.WITHHELD : own;
    Kind role = own == Kind.PUBLIC && withheld.contains(FieldKey.CONSULTATION_ROLE) ? Kind.WITHHELD : own;
    Paper paper = Paper.builder()
        .id(random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)))
        .reference(markers.marker(own, true))
        .title(markers.text(own, true))
        .paperType(random.chance(0.6) ? PaperType.of(markers.text(type, true)) : random.pick(STANDARD_TYPES))
        .visibility(visibility)
        .date(random.chance(0.6) ? LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12),
            1 + random.nextInt(28)) : null)
        .originatorPersons(persons)
        .originatorOrganizations(organizations)
        .leadDepartment(random.chance(0.6)
            ? new Organization(random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)),
                markers.text(lead, true), random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)),
                OrganizationType.ADMINISTRATIVE_UNIT)
            : null)
        .clerk(random.chance(0.7) ? markers.person(clerk) : null)
        .build();
    Consultation consultation =
        new Consultation(paper, random.chance(0.7) ? markers.text(role, true) : null, random.chance(0.5));
    // Drawn after everything a paper had before, so that a seed's earlier draws stay as they were.
    return new Consultation(withContext(paper, own), consultation.role(), consultation.authoritative());
  }

  /**
   * The paper with its context: a Beratungsfolge (a non-public step's body, date and role are
   * shown to the public, its status and result are not), linked papers and files, public or not.
   */
  private Paper withContext(Paper paper, Kind own) {
    Paper.Builder builder = paper.toBuilder();
    if (random.chance(0.5)) {
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        Visibility visibility = own == Kind.PUBLIC && random.chance(0.5) ? Visibility.NON_PUBLIC
            : own == Kind.PUBLIC ? Visibility.PUBLIC : Visibility.NON_PUBLIC;
        Kind outcome = visibility.isPublic() ? own : Kind.NON_PUBLIC;
        String result = random.chance(0.6) ? markers.text(outcome, true) : null;
        builder.consultation(new PaperConsultation(
            random.chance(0.8) ? LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12),
                1 + random.nextInt(28)) : null,
            new Organization(random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)), markers.text(own, true),
                random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)), OrganizationType.COMMITTEE),
            random.chance(0.7) ? markers.text(own, true) : null, random.chance(0.3),
            random.chance(0.5) ? markers.text(outcome, result == null) : null, result,
            random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)),
            random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)), visibility));
      }
    }
    if (random.chance(0.4)) {
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        Visibility visibility = own == Kind.PUBLIC && random.chance(0.6) ? Visibility.PUBLIC : Visibility.NON_PUBLIC;
        Kind kind = visibility.isPublic() ? own : Kind.NON_PUBLIC;
        builder.link(new PaperLink(random.pick(PaperLink.Kind.values()),
            random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)),
            random.optional(() -> markers.marker(kind, true)), markers.text(kind, true), visibility));
      }
    }
    if (random.chance(0.3)) {
      builder.mainFile(file(own));
    }
    if (random.chance(0.4)) {
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        builder.auxiliaryFile(file(own));
      }
    }
    return builder.build();
  }

  /**
   * A file of content of the given kind, public or not; its name is shown, its address (which carries
   * a marker of its kind) is a link in the formats that have links, its file name and identifier never
   * shown.
   */
  File file(Kind own) {
    Visibility visibility = own == Kind.PUBLIC && random.chance(0.6) ? Visibility.PUBLIC : Visibility.NON_PUBLIC;
    Kind kind = visibility.isPublic() ? own : Kind.NON_PUBLIC;
    return new File(random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)), markers.text(kind, true),
        random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false) + ".pdf"),
        random.chance(0.5) ? "application/pdf" : null, random.chance(0.5) ? (long) random.nextInt(5_000_000) : null,
        null, random.chance(0.7) ? "https://ris.example/datei/" + markers.marker(kind, false) + ".pdf" : null,
        visibility);
  }

  /** A file of the meeting's own, which no excerpt shows. */
  File neverShownFile() {
    return new File(null, markers.text(Kind.NEVER_SHOWN, false), null, null, null, null,
        "https://ris.example/datei/" + markers.marker(Kind.NEVER_SHOWN, false) + ".pdf", Visibility.PUBLIC);
  }
}
