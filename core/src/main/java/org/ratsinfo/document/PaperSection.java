package org.ratsinfo.document;

import java.util.List;
import java.util.StringJoiner;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Person;

/** Lays out the consulted paper: its reference and title as the heading, its field list below. */
final class PaperSection {

  private PaperSection() {}

  static Section section(LayoutContext context, Redaction redaction, Consultation consultation) {
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
    return new Section(SectionKind.PAPER, paper.reference() + " " + paper.title(),
        list.isEmpty() ? List.of() : List.of(new FieldList(FieldList.Kind.PAPER, list)),
        context.dataLanguage);
  }
}
