package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * A paper (Vorlage, Drucksache): an inquiry, a motion, a draft resolution. OParl: {@code Paper}.
 *
 * @param id an identifier of the source system, e.g. an OParl URL; optional
 * @param reference the reference number (Vorlagennummer), e.g. "2017/0137"
 * @param title the title (Betreff), e.g. "Anfrage: Sachstand Erneuerung des städtischen
 *     Internetauftritts"; OParl: {@code name}
 * @param paperType the type (Vorlage-Art)
 * @param visibility whether the paper is public (Status)
 * @param date the date of the paper; optional
 * @param originatorPersons the authors (Verfasser) who are persons; OParl: {@code originatorPerson}
 * @param originatorOrganizations the authors (Verfasser) who are organizations, e.g. a faction; OParl:
 *     {@code originatorOrganization}
 * @param leadDepartment the department in charge (federführend); OParl: {@code underDirectionOf};
 *     optional
 * @param clerk the clerk (Bearbeiter/-in); optional
 * @param consultations the paper's path through the bodies (Beratungsfolge), in order of date; OParl:
 *     {@code consultation}
 * @param links the papers linked to this one, e.g. the motion an amendment amends; OParl: {@code
 *     relatedPaper}, {@code superordinatedPaper}, {@code subordinatedPaper}
 * @param mainFile the paper's own text as a file; optional; OParl: {@code mainFile}
 * @param auxiliaryFiles the attachments (Anlagen), in order; OParl: {@code auxiliaryFile}
 */
public record Paper(
    @Size(max = 500) @XmlText @Nullable String id,
    @NotBlank @Size(max = 100) @XmlText String reference,
    @NotBlank @Size(max = 1000) @XmlText String title,
    @Valid PaperType paperType,
    Visibility visibility,
    @Nullable LocalDate date,
    @Size(max = 100) List<@Valid Person> originatorPersons,
    @Size(max = 100) List<@Valid Organization> originatorOrganizations,
    @Valid @Nullable Organization leadDepartment,
    @Valid @Nullable Person clerk,
    @Size(max = 200) List<@Valid PaperConsultation> consultations,
    @Size(max = 500) List<@Valid PaperLink> links,
    @Valid @Nullable File mainFile,
    @Size(max = 500) List<@Valid File> auxiliaryFiles) {

  /** Checks that the required values are present and copies the lists. */
  public Paper {
    id = Values.optional(id);
    reference = Values.required(reference, "reference");
    title = Values.required(title, "title");
    Objects.requireNonNull(paperType, "paperType");
    Objects.requireNonNull(visibility, "visibility");
    originatorPersons = Values.list(originatorPersons, "originatorPersons");
    originatorOrganizations = Values.list(originatorOrganizations, "originatorOrganizations");
    consultations = Values.list(consultations, "consultations");
    links = Values.list(links, "links");
    auxiliaryFiles = Values.list(auxiliaryFiles, "auxiliaryFiles");
  }

  /** A new builder; the visibility defaults to {@link Visibility#PUBLIC}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this paper's values. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .reference(reference)
        .title(title)
        .paperType(paperType)
        .visibility(visibility)
        .date(date)
        .originatorPersons(originatorPersons)
        .originatorOrganizations(originatorOrganizations)
        .leadDepartment(leadDepartment)
        .clerk(clerk)
        .consultations(consultations)
        .links(links)
        .mainFile(mainFile)
        .auxiliaryFiles(auxiliaryFiles);
  }

  /** A copy with the given visibility. */
  public Paper withVisibility(Visibility visibility) {
    return toBuilder().visibility(visibility).build();
  }

  /** A copy with the given clerk. */
  public Paper withClerk(@Nullable Person clerk) {
    return toBuilder().clerk(clerk).build();
  }

  /** Builds a {@link Paper}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String reference;
    private @Nullable String title;
    private @Nullable PaperType paperType;
    private Visibility visibility = Visibility.PUBLIC;
    private @Nullable LocalDate date;
    private List<Person> originatorPersons = List.of();
    private List<Organization> originatorOrganizations = List.of();
    private @Nullable Organization leadDepartment;
    private @Nullable Person clerk;
    private List<PaperConsultation> consultations = List.of();
    private List<PaperLink> links = List.of();
    private @Nullable File mainFile;
    private List<File> auxiliaryFiles = List.of();

    private Builder() {}

    /** See {@link Paper#id()}. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** See {@link Paper#reference()}; required. */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /** See {@link Paper#title()}; required. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** See {@link Paper#paperType()}; required. */
    public Builder paperType(PaperType paperType) {
      this.paperType = paperType;
      return this;
    }

    /** See {@link Paper#visibility()}; default {@link Visibility#PUBLIC}. */
    public Builder visibility(Visibility visibility) {
      this.visibility = Objects.requireNonNull(visibility, "visibility");
      return this;
    }

    /** See {@link Paper#date()}. */
    public Builder date(@Nullable LocalDate date) {
      this.date = date;
      return this;
    }

    /** Replaces the authors who are persons. */
    public Builder originatorPersons(List<Person> persons) {
      this.originatorPersons = Values.list(persons, "originatorPersons");
      return this;
    }

    /** Adds an author who is a person (Verfasser). */
    public Builder originator(Person person) {
      return originatorPersons(append(originatorPersons, Objects.requireNonNull(person, "person")));
    }

    /** Replaces the authors who are organizations. */
    public Builder originatorOrganizations(List<Organization> organizations) {
      this.originatorOrganizations = Values.list(organizations, "originatorOrganizations");
      return this;
    }

    /** Adds an author who is an organization (Verfasser), e.g. a faction. */
    public Builder originator(Organization organization) {
      return originatorOrganizations(
          append(originatorOrganizations, Objects.requireNonNull(organization, "organization")));
    }

    /** See {@link Paper#leadDepartment()}. */
    public Builder leadDepartment(@Nullable Organization leadDepartment) {
      this.leadDepartment = leadDepartment;
      return this;
    }

    /** See {@link Paper#clerk()}. */
    public Builder clerk(@Nullable Person clerk) {
      this.clerk = clerk;
      return this;
    }

    /** See {@link Paper#consultations()}: replaces the Beratungsfolge. */
    public Builder consultations(List<PaperConsultation> consultations) {
      this.consultations = Values.list(consultations, "consultations");
      return this;
    }

    /** Adds a step to the Beratungsfolge. */
    public Builder consultation(PaperConsultation consultation) {
      return consultations(append(consultations, Objects.requireNonNull(consultation, "consultation")));
    }

    /** See {@link Paper#links()}: replaces the linked papers. */
    public Builder links(List<PaperLink> links) {
      this.links = Values.list(links, "links");
      return this;
    }

    /** Adds a linked paper. */
    public Builder link(PaperLink link) {
      return links(append(links, Objects.requireNonNull(link, "link")));
    }

    /** See {@link Paper#mainFile()}. */
    public Builder mainFile(@Nullable File mainFile) {
      this.mainFile = mainFile;
      return this;
    }

    /** See {@link Paper#auxiliaryFiles()}: replaces the attachments. */
    public Builder auxiliaryFiles(List<File> auxiliaryFiles) {
      this.auxiliaryFiles = Values.list(auxiliaryFiles, "auxiliaryFiles");
      return this;
    }

    /** Adds an attachment (Anlage). */
    public Builder auxiliaryFile(File file) {
      return auxiliaryFiles(append(auxiliaryFiles, Objects.requireNonNull(file, "file")));
    }

    /**
     * The paper.
     *
     * @throws NullPointerException if reference, title or paper type is missing
     */
    public Paper build() {
      return new Paper(id, Values.required(reference, "reference"), Values.required(title, "title"),
          Objects.requireNonNull(paperType, "paperType"), visibility, date, originatorPersons,
          originatorOrganizations, leadDepartment, clerk, consultations, links, mainFile,
          auxiliaryFiles);
    }

    private static <T> List<T> append(List<T> list, T value) {
      var copy = new java.util.ArrayList<>(list);
      copy.add(value);
      return copy;
    }
  }
}
