package org.ratsinfo.oparl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.Person;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the papers of one export with their consultations, files and linked papers, and the
 * organizations and persons they name. A paper's {@code consultation} holds its path through the
 * bodies (Beratungsfolge) and its consultations at the exported items: the step at an item and the
 * item's consultation of the paper are one {@code Consultation} (the item's role and authority win
 * where the two differ), so that reading it back gives both; a step elsewhere names its meeting and
 * item only where the export holds them, else in {@code ratsinfo:meetingId} and {@code
 * ratsinfo:agendaItemId}, so that every reference resolves within the export. See {@link
 * ExportSteps}. Not thread-safe; one per export.
 */
final class ExportPapers {

  /** A consultation of a paper at an exported agenda item. */
  record ItemLink(AgendaItem item, String itemId, String consultationId, Consultation consultation,
      @Nullable String result) {}

  /** A paper as written, with the exported items that consult it. */
  private static final class Written {
    final Paper paper;
    final String id;
    final ObjectNode node;
    final List<ItemLink> links = new ArrayList<>();

    Written(Paper paper, String id, ObjectNode node) {
      this.paper = paper;
      this.id = id;
      this.node = node;
    }
  }

  private final ExportNodes nodes;
  private final ExportFiles files;
  private final ExportSteps steps;
  private final Map<String, Written> papers = new LinkedHashMap<>();
  private final Map<String, ObjectNode> linked = new LinkedHashMap<>();
  private final Map<String, ObjectNode> organizations = new LinkedHashMap<>();
  private final Map<String, ObjectNode> persons = new LinkedHashMap<>();
  private String bodyId = "";

  ExportPapers(ExportNodes nodes, ExportFiles files) {
    this.nodes = nodes;
    this.files = files;
    this.steps = new ExportSteps(nodes, this::organization);
  }

  /** The id of the body every object names. */
  void body(String id) {
    this.bodyId = id;
  }

  /**
   * The meeting exported.
   *
   * @param meeting the meeting
   * @param meetingId its id in the export
   * @param organizationId the id of its organization in the export, or {@code null} where withheld
   * @param date the local date of its start as written, or {@code null} where withheld
   */
  void meeting(Meeting meeting, String meetingId, @Nullable String organizationId,
      @Nullable LocalDate date) {
    steps.meeting(meeting, meetingId, organizationId, date);
  }

  /** Notes a public paper's consultation at an exported item, writing the paper on its first one. */
  void consulted(ItemLink link) {
    Paper paper = link.consultation().paper();
    String id = nodes.ids.of("paper", ExportIds.slug(paper.reference()), paper.withClerk(paper.clerk()));
    papers.computeIfAbsent(id, k -> new Written(paper, id, paper(paper, id))).links.add(link);
  }

  /** The place of a paper among those written so far; after all of them if it is not yet written. */
  int position(Paper paper) {
    int i = 0;
    for (Written w : papers.values()) {
      if (w.paper.equals(paper)) {
        return i;
      }
      i++;
    }
    return Integer.MAX_VALUE;
  }

  /** Every paper, the linked papers the export holds for their links, the organizations and persons. */
  List<JsonNode> objects() {
    for (Written w : papers.values()) {
      ArrayNode consultations = (ArrayNode) w.node.get("consultation");
      steps.write(w.paper, w.id, w.links, consultations);
      links(w);
      nodes.stamp(w.node);
    }
    List<JsonNode> objects = new ArrayList<>();
    papers.values().forEach(w -> objects.add(w.node));
    objects.addAll(linked.values());
    objects.addAll(organizations.values());
    objects.addAll(persons.values());
    return objects;
  }

  private ObjectNode paper(Paper paper, String paperId) {
    ObjectNode p = nodes.object("Paper", paperId);
    p.put("body", bodyId);
    p.put("name", paper.title());
    p.put("reference", paper.reference());
    if (paper.date() != null && nodes.shows(FieldKey.PAPER_DATE)) {
      p.put("date", paper.date().toString());
    }
    if (nodes.shows(FieldKey.PAPER_TYPE)) {
      p.put("paperType", paper.paperType().name());
    }
    boolean originators = nodes.shows(FieldKey.ORIGINATORS);
    if (originators && !paper.originatorPersons().isEmpty()) {
      ArrayNode list = p.putArray("originatorPerson");
      paper.originatorPersons().forEach(x -> list.add(person(x)));
    }
    if (paper.leadDepartment() != null && nodes.shows(FieldKey.LEAD_DEPARTMENT)) {
      p.putArray("underDirectionOf").add(organization(paper.leadDepartment()));
    }
    if (originators && !paper.originatorOrganizations().isEmpty()) {
      ArrayNode list = p.putArray("originatorOrganization");
      paper.originatorOrganizations().forEach(x -> list.add(organization(x)));
    }
    files.one(p, "mainFile", paper.mainFile());
    files.list(p, "auxiliaryFile", paper.auxiliaryFiles());
    p.putArray("consultation");
    if (paper.clerk() != null && nodes.shows(FieldKey.CLERK)) {
      p.put(Vocabulary.EXT_CLERK, person(paper.clerk()));
    }
    return p;
  }

  /**
   * The public linked papers: {@code relatedPaper} (with ratsinfo's finer kinds naming some of them
   * again), {@code superordinatedPaper}, {@code subordinatedPaper}. Each names a paper of the export:
   * one it writes anyway where reference and title agree, else one with just those.
   */
  private void links(Written w) {
    Map<String, ArrayNode> lists = new LinkedHashMap<>();
    // in the order the reader gives them back, so that writing what was read gives the same
    List<PaperLink> ordered = new ArrayList<>(w.paper.links());
    ordered.sort(Comparator.comparingInt(l -> order(l.kind())));
    for (PaperLink link : ordered) {
      if (!link.visibility().isPublic()) {
        continue;
      }
      String id = linkedPaper(link);
      String field = switch (link.kind()) {
        case SUPERORDINATED -> "superordinatedPaper";
        case SUBORDINATED -> "subordinatedPaper";
        default -> "relatedPaper";
      };
      lists.computeIfAbsent(field, k -> nodes.mapper.createArrayNode()).add(id);
      if (field.equals("relatedPaper") && link.kind() != PaperLink.Kind.RELATED) {
        String kind = Vocabulary.EXTENSION_PREFIX + Importer.camel(link.kind().name());
        lists.computeIfAbsent(kind, k -> nodes.mapper.createArrayNode()).add(id);
      }
    }
    for (String field : List.of("relatedPaper", "superordinatedPaper", "subordinatedPaper",
        Vocabulary.EXT_AMENDS, Vocabulary.EXT_AMENDED_BY, Vocabulary.EXT_SUPPLEMENTS,
        Vocabulary.EXT_SUPPLEMENTED_BY)) {
      if (lists.containsKey(field)) {
        w.node.set(field, lists.get(field));
      }
    }
  }

  /**
   * The order links are written and read back in: {@code relatedPaper} (ratsinfo's finer kinds
   * first, as the reader gives a paper linked twice its kinds), {@code superordinatedPaper}, {@code
   * subordinatedPaper}.
   */
  static int order(PaperLink.Kind kind) {
    return switch (kind) {
      case AMENDS -> 0;
      case AMENDED_BY -> 1;
      case SUPPLEMENTS -> 2;
      case SUPPLEMENTED_BY -> 3;
      case RELATED -> 4;
      case SUPERORDINATED -> 5;
      case SUBORDINATED -> 6;
    };
  }

  private String linkedPaper(PaperLink link) {
    for (Written w : papers.values()) {
      if (Objects.equals(w.paper.reference(), link.reference()) && w.paper.title().equals(link.title())) {
        return w.id;
      }
    }
    String slug = ExportIds.slug(link.reference() != null ? link.reference() : link.title());
    String id = nodes.ids.of("paper", slug,
        new PaperLink(PaperLink.Kind.RELATED, null, link.reference(), link.title(), link.visibility()));
    linked.computeIfAbsent(id, k -> {
      ObjectNode p = nodes.object("Paper", id);
      p.put("body", bodyId);
      p.put("name", link.title());
      ExportNodes.put(p, "reference", link.reference());
      nodes.stamp(p);
      return p;
    });
    return id;
  }

  /** The id of an organization in the export, written on its first use. */
  String organization(Organization organization) {
    Organization value = new Organization(null, organization.name(), organization.shortName(),
        organization.type());
    String id = nodes.ids.of("organization", ExportIds.slug(organization.shortName() != null
        ? organization.shortName() : organization.name()), value);
    if (!organizations.containsKey(id)) {
      ObjectNode o = nodes.object("Organization", id);
      o.put("body", bodyId);
      o.put("name", organization.name());
      ExportNodes.put(o, "shortName", organization.shortName());
      o.put("organizationType", Vocabulary.organizationType(organization.type()));
      nodes.stamp(o);
      organizations.put(id, o);
    }
    return id;
  }

  private String person(Person person) {
    Person value = new Person(null, person.formOfAddress(), person.title(), person.givenName(),
        person.familyName(), person.function());
    String id = nodes.ids.of("person", ExportIds.slug(name(person)), value);
    if (!persons.containsKey(id)) {
      ObjectNode p = nodes.object("Person", id);
      p.put("body", bodyId);
      p.put("name", name(person));
      p.put("familyName", person.familyName());
      ExportNodes.put(p, "givenName", person.givenName());
      ExportNodes.put(p, "formOfAddress", person.formOfAddress());
      if (person.title() != null) {
        p.putArray("title").add(person.title());
      }
      ExportNodes.put(p, Vocabulary.EXT_FUNCTION, person.function());
      nodes.stamp(p);
      persons.put(id, p);
    }
    return id;
  }

  /** A person's {@code name} as the export writes it: the given name, if any, and the family name. */
  static String name(Person person) {
    return person.givenName() == null ? person.familyName() : person.givenName() + " " + person.familyName();
  }
}
