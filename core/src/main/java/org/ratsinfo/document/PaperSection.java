package org.ratsinfo.document;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.Person;

/**
 * Lays out a consulted paper: its reference and title as the heading, its field list below, then its
 * Beratungsfolge, the papers linked to it and its files (the main file first, then the attachments),
 * each a section of its own where the paper has any that the redaction shows.
 */
final class PaperSection {

  private PaperSection() {}

  static Section section(LayoutContext context, Redaction redaction, Consultation consultation,
      Meeting meeting, AgendaItem item) {
    Paper paper = consultation.paper();
    LayoutContext.Fields fields = context.fields(redaction);
    fields.add(FieldKey.PAPER_STATUS, context.labels.get("visibility." + paper.visibility().name()));
    fields.addData(FieldKey.PAPER_TYPE, paper.paperType().name());
    if (paper.date() != null) {
      fields.add(FieldKey.PAPER_DATE, context.dates.date(paper.date()));
    }
    StringJoiner originators = new StringJoiner("; ");
    for (Person person : paper.originatorPersons()) {
      originators.add(person.listNameWithFunction());
    }
    for (Organization organization : paper.originatorOrganizations()) {
      originators.add(organization.name());
    }
    if (originators.length() > 0) {
      fields.addData(FieldKey.ORIGINATORS, originators.toString());
    }
    Organization lead = paper.leadDepartment();
    if (lead != null) {
      fields.addData(FieldKey.LEAD_DEPARTMENT, lead.name());
    }
    Person clerk = paper.clerk();
    if (clerk != null) {
      fields.addData(FieldKey.CLERK, clerk.listName());
    }
    fields.addData(FieldKey.CONSULTATION_ROLE, consultation.role());
    List<Field> list = fields.list();
    List<Block> blocks = new ArrayList<>();
    if (!list.isEmpty()) {
      blocks.add(new FieldList(FieldList.Kind.PAPER, list));
    }
    Section consultations = ConsultationTable.section(context, redaction, paper, meeting, item);
    if (consultations != null) {
      blocks.add(consultations);
    }
    List<LinkList.Entry> links = new ArrayList<>();
    for (PaperLink link : paper.links()) {
      if (redaction.shows(link)) {
        links.add(References.paper(context, link));
      }
    }
    References.addSection(context, SectionKind.LINKED_PAPERS, links, blocks);
    List<LinkList.Entry> files = new ArrayList<>();
    File mainFile = paper.mainFile();
    if (mainFile != null && redaction.shows(mainFile)) {
      files.add(References.file(context, "file.mainFile", mainFile));
    }
    for (File file : paper.auxiliaryFiles()) {
      if (redaction.shows(file)) {
        files.add(References.file(context, "", file));
      }
    }
    References.addSection(context, SectionKind.ATTACHMENTS, files, blocks);
    return new Section(SectionKind.PAPER, paper.reference() + " " + paper.title(), blocks,
        context.dataLanguage);
  }
}
