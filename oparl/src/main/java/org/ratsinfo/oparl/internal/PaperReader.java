package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * Reads consultations, papers (with their path through the bodies, linked papers and files), persons
 * and organizations, each object once per import. Not thread-safe.
 */
final class PaperReader {

  private static final String PAPER_TYPE_STAND_IN = "Drucksache";
  /** How many papers, persons and organizations of each kind are kept mapped. */
  private static final int KEPT = 4096;

  private final ObjectIndex index;
  private final References references;
  private final Values values;
  private final Warnings warnings;
  private final FileReader files;
  private final StepReader steps;
  private final Map<String, Paper> papers = new Lru<>(KEPT);
  private final Map<String, Person> persons = new Lru<>(KEPT);
  private final Map<String, Organization> organizations = new Lru<>(KEPT);

  PaperReader(ObjectIndex index, References references, Values values, Warnings warnings,
      FileReader files) {
    this.index = index;
    this.references = references;
    this.values = values;
    this.warnings = warnings;
    this.files = files;
    this.steps = new StepReader(index, references, values, warnings, this::organization);
  }

  /**
   * The consultations of an agenda item, the main one first: its own ({@code consultation}), or else
   * the first that names the item; then every other consultation that names the item, of another
   * paper (several papers dealt with under one item, OParl/spec#413), in the order found.
   */
  List<Consultation> consultations(Node ai) throws IOException {
    List<Consultation> consultations = new ArrayList<>(1);
    Node own = references.resolveRef(ai, "consultation");
    if (own != null) {
      add(consultations, consultation(ai, own));
    }
    if (ai.id() != null) {
      for (Node c : index.consultationsOfItem(ai.id())) {
        boolean isOwn = own != null
            && (c.id() != null ? c.id().equals(own.id()) : c.json().equals(own.json()));
        String owner = c.id() == null ? null : index.itemOwning(c.id());
        // one that another item names as its own is that item's (a contradiction reported there)
        if (!isOwn && (owner == null || owner.equals(ai.id()))) {
          add(consultations, consultation(ai, c));
        }
      }
    }
    return consultations;
  }

  /** Adds a consultation unless it is none or its paper is consulted at the item already. */
  private static void add(List<Consultation> consultations, @Nullable Consultation consultation) {
    if (consultation != null && consultations.stream().noneMatch(c -> samePaper(c.paper(),
        consultation.paper()))) {
      consultations.add(consultation);
    }
  }

  /** Whether two papers are one: by id where both have one, else by value. */
  static boolean samePaper(Paper a, Paper b) {
    return a.id() != null && b.id() != null ? a.id().equals(b.id()) : a.equals(b);
  }

  private @Nullable Consultation consultation(Node ai, Node c) throws IOException {
    if (!c.type().equals("Consultation")) {
      warnings.warn(ai.name(), "consultation", OParlIssue.CONTRADICTION,
          key("contradiction.notConsultation"));
      return null;
    }
    String item = ObjectIndex.refQuiet(c.json(), "agendaItem");
    if (item != null && ai.id() != null && !item.equals(ai.id())) {
      warnings.warn(c.name(), "agendaItem", OParlIssue.CONTRADICTION, key("contradiction.agendaItem"));
    }
    Node paperNode = references.resolveRef(c, "paper");
    if (paperNode == null && c.parent() != null && c.parent().type().equals("Paper")) {
      paperNode = c.parent();
    }
    if (paperNode == null) {
      return null;
    }
    if (!paperNode.type().equals("Paper")) {
      warnings.warn(c.name(), "paper", OParlIssue.CONTRADICTION, key("contradiction.notPaper"));
      return null;
    }
    Paper paper = paper(paperNode);
    Boolean authoritative = values.bool(c, "authoritative");
    return new Consultation(paper, values.string(c, "role"), authoritative != null && authoritative);
  }

  private Paper paper(Node p) throws IOException {
    Paper cached = p.id() == null ? null : papers.get(p.id());
    if (cached != null) {
      return cached;
    }
    String title = values.string(p, "name");
    String reference = values.string(p, "reference");
    if (reference == null) {
      reference = Values.lastSegment(p.name());
      warnings.warn(p.name(), "reference", OParlIssue.MISSING_FOR_MODEL, "reference",
          Messages.quote(reference));
    }
    if (title == null) {
      title = reference;
      warnings.warn(p.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(title));
    }
    String type = values.string(p, "paperType");
    if (type == null) {
      type = PAPER_TYPE_STAND_IN;
      warnings.warn(p.name(), "paperType", OParlIssue.MISSING_FOR_MODEL, "paperType", type);
    }
    List<Person> originatorPersons = new ArrayList<>();
    for (Node n : references.resolveList(p, "originatorPerson")) {
      if (checkType(n, "Person", p, "originatorPerson")) {
        originatorPersons.add(person(n));
      }
    }
    List<Organization> originatorOrganizations = new ArrayList<>();
    for (Node n : references.resolveList(p, "originatorOrganization")) {
      if (checkType(n, "Organization", p, "originatorOrganization")) {
        originatorOrganizations.add(organization(n));
      }
    }
    Organization lead = null;
    for (Node n : references.resolveList(p, "underDirectionOf")) {
      if (lead == null && checkType(n, "Organization", p, "underDirectionOf")) {
        lead = organization(n);
      }
    }
    Person clerk = null;
    String clerkId = values.extensionString(p, Vocabulary.EXT_CLERK);
    if (clerkId != null) {
      Node n = index.resolve(clerkId, p.name(), Vocabulary.EXT_CLERK);
      if (n != null && checkType(n, "Person", p, Vocabulary.EXT_CLERK)) {
        clerk = person(n);
      }
    }
    Paper paper = Paper.builder()
        .id(p.id())
        .reference(reference)
        .title(title)
        .paperType(PaperType.of(type))
        .visibility(Visibility.PUBLIC)
        .date(values.date(p, "date"))
        .originatorPersons(originatorPersons)
        .originatorOrganizations(originatorOrganizations)
        .leadDepartment(lead)
        .clerk(clerk)
        .consultations(steps.read(p))
        .links(links(p))
        .mainFile(files.one(p, "mainFile", Visibility.PUBLIC))
        .auxiliaryFiles(files.list(p, "auxiliaryFile", Visibility.PUBLIC))
        .build();
    if (p.id() != null) {
      papers.put(p.id(), paper);
    }
    return paper;
  }

  /**
   * The papers linked to a paper: {@code relatedPaper} (the kind refined by ratsinfo's {@code
   * ratsinfo:amends}, {@code ratsinfo:amendedBy}, {@code ratsinfo:supplements} and {@code
   * ratsinfo:supplementedBy}, which name some of them again), {@code superordinatedPaper}, {@code
   * subordinatedPaper}, each by its id, reference and title. A linked paper the input does not hold is
   * left out with a warning: a link needs the paper's title.
   */
  private List<PaperLink> links(Node p) throws IOException {
    Map<String, Deque<PaperLink.Kind>> kinds = new HashMap<>();
    for (PaperLink.Kind kind : List.of(PaperLink.Kind.AMENDS, PaperLink.Kind.AMENDED_BY,
        PaperLink.Kind.SUPPLEMENTS, PaperLink.Kind.SUPPLEMENTED_BY)) {
      String field = Vocabulary.EXTENSION_PREFIX + Importer.camel(kind.name());
      for (String id : extensionUrls(p, field)) {
        kinds.computeIfAbsent(id, k -> new ArrayDeque<>()).add(kind);
      }
    }
    List<PaperLink> links = new ArrayList<>();
    for (String field : List.of("relatedPaper", "superordinatedPaper", "subordinatedPaper")) {
      for (Node n : references.resolveList(p, field)) {
        if (!checkType(n, "Paper", p, field)) {
          continue;
        }
        PaperLink.Kind kind = switch (field) {
          case "superordinatedPaper" -> PaperLink.Kind.SUPERORDINATED;
          case "subordinatedPaper" -> PaperLink.Kind.SUBORDINATED;
          default -> {
            Deque<PaperLink.Kind> refined = n.id() == null ? null : kinds.get(n.id());
            yield refined == null || refined.isEmpty() ? PaperLink.Kind.RELATED : refined.poll();
          }
        };
        String reference = values.string(n, "reference");
        String title = values.string(n, "name");
        if (title == null) {
          title = reference != null ? reference : Values.lastSegment(n.name());
          warnings.warn(n.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(title));
        }
        links.add(new PaperLink(kind, n.id(), reference, title, Visibility.PUBLIC));
      }
    }
    return links;
  }

  /** An extension property that lists URLs; anything else is invalid and read as none. */
  private List<String> extensionUrls(Node p, String field) {
    JsonNode value = p.json().get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<String> urls = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(e -> {
        if (e.isString()) {
          urls.add(e.stringValue());
        }
      });
    }
    if (!value.isArray() || urls.size() < value.size()) {
      warnings.warn(p.name(), field, OParlIssue.INVALID_EXTENSION,
          key("reason.wrongType", key("kind.array"), Warnings.kind(value)));
    }
    return urls;
  }

  private boolean checkType(Node n, String type, Node owner, String field) {
    if (n.type().equals(type)) {
      return true;
    }
    warnings.warn(owner.name(), field, OParlIssue.CONTRADICTION, key("contradiction.type." + type));
    return false;
  }

  private Person person(Node p) {
    Person cached = p.id() == null ? null : persons.get(p.id());
    if (cached != null) {
      return cached;
    }
    String familyName = values.string(p, "familyName");
    String givenName = values.string(p, "givenName");
    String name = values.string(p, "name");
    if (familyName == null) {
      if (name != null) {
        String[] words = name.strip().split("\\s+");
        familyName = words[words.length - 1];
      } else {
        familyName = Values.lastSegment(p.name());
      }
      warnings.warn(p.name(), "familyName", OParlIssue.MISSING_FOR_MODEL, "familyName",
          Messages.quote(familyName));
    }
    List<String> titles = values.strings(p, "title");
    Person person = new Person(p.id(), values.string(p, "formOfAddress"),
        titles.isEmpty() ? null : String.join(" ", titles), givenName, familyName,
        values.extensionString(p, Vocabulary.EXT_FUNCTION));
    if (p.id() != null) {
      persons.put(p.id(), person);
    }
    return person;
  }

  /** An organization, e.g. the meeting's committee; a stand-in name if it has none. */
  Organization organization(Node o) {
    Organization cached = o.id() == null ? null : organizations.get(o.id());
    if (cached != null) {
      return cached;
    }
    if (!o.type().equals("Organization")) {
      warnings.warn(o.name(), "type", OParlIssue.CONTRADICTION, key("contradiction.type.Organization"));
    }
    String name = values.string(o, "name");
    String shortName = values.string(o, "shortName");
    if (name == null) {
      name = shortName != null ? shortName : Values.lastSegment(o.name());
      warnings.warn(o.name(), "name", OParlIssue.MISSING_FOR_MODEL, "name", Messages.quote(name));
    }
    String typeValue = values.string(o, "organizationType");
    OrganizationType type = typeValue == null ? null : Vocabulary.organizationType(typeValue);
    if (type == null) {
      String classification = values.string(o, "classification");
      type = classification == null ? null : Vocabulary.organizationType(classification);
    }
    Organization organization = new Organization(o.id(), name, shortName,
        type == null ? OrganizationType.OTHER : type);
    if (o.id() != null) {
      organizations.put(o.id(), organization);
    }
    return organization;
  }
}
