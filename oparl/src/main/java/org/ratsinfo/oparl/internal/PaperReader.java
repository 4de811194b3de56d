package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.oparl.OParlIssue;

/**
 * Reads consultations, papers, persons and organizations, each object once per import. Not
 * thread-safe.
 */
final class PaperReader {

  private static final String PAPER_TYPE_STAND_IN = "Drucksache";
  /** How many papers, persons and organizations of each kind are kept mapped. */
  private static final int KEPT = 4096;

  private final ObjectIndex index;
  private final References references;
  private final Values values;
  private final Warnings warnings;
  private final Map<String, Paper> papers = new Lru<>(KEPT);
  private final Map<String, Person> persons = new Lru<>(KEPT);
  private final Map<String, Organization> organizations = new Lru<>(KEPT);

  PaperReader(ObjectIndex index, References references, Values values, Warnings warnings) {
    this.index = index;
    this.references = references;
    this.values = values;
    this.warnings = warnings;
  }

  /** The consultation of an agenda item: its own, or one that names the item. */
  @Nullable Consultation consultation(Node ai) throws IOException {
    Node c = references.resolveRef(ai, "consultation");
    if (c == null && ai.id() != null) {
      c = index.consultationOf(ai.id());
    }
    if (c == null) {
      return null;
    }
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
        .build();
    if (p.id() != null) {
      papers.put(p.id(), paper);
    }
    return paper;
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
