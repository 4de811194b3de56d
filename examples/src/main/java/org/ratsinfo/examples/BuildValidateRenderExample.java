package org.ratsinfo.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.render.batch.AtomicFiles;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.DocxRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfRenderer;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;

/**
 * From your own data to three files: builds an excerpt with the model's builders (a Beschlussvorlage of
 * a planning committee adopted by a split vote), validates it with {@link ModelValidator}, and renders
 * it as HTML, PDF and DOCX with {@link AtomicFiles}, so that each file is complete or not there.
 *
 * <pre>
 * java org.ratsinfo.examples.BuildValidateRenderExample [OUT-DIR]     (default: out/)
 * </pre>
 */
public final class BuildValidateRenderExample {

  /** The name of the files written, without extension. */
  public static final String FILE_NAME = "bauausschuss-2026-10-06-top-4";

  private BuildValidateRenderExample() {}

  /**
   * Builds the excerpt: TOP Ö 4 of the building committee of Musterstadt, a draft resolution on a
   * development plan, adopted 9 to 6 with 2 abstentions.
   *
   * @return the excerpt
   */
  public static Excerpt build() {
    Paper paper = Paper.builder()
        .reference("2026/0231")
        .title("Bebauungsplan Nr. 112 \"Am Mühlenbach\" – Aufstellungsbeschluss")
        .paperType(PaperType.DRAFT_RESOLUTION)
        .date(LocalDate.of(2026, 9, 8))
        .leadDepartment(Organization.administrativeUnit("Fachbereich 61 – Stadtplanung")
            .withShortName("FB 61"))
        .clerk(Person.of("Jana", "Kowalski"))
        .build();

    AgendaItem item = AgendaItem.builder()
        .number("4")
        .title("Bebauungsplan Nr. 112 \"Am Mühlenbach\" – Aufstellungsbeschluss")
        .consultation(Consultation.of(paper))
        .decision(DecisionKind.ADOPTED_BY_MAJORITY)
        .resolutionText("Der Ausschuss für Planen und Bauen beschließt, den Bebauungsplan Nr. 112"
            + " \"Am Mühlenbach\" aufzustellen.\n\n"
            + "Die Verwaltung wird beauftragt, die frühzeitige Beteiligung der Öffentlichkeit"
            + " durchzuführen.")
        // A split vote: each group's counts; the tally adds them up and shows the outcome.
        .voteTally(VoteTally.of(List.of(
            VotingGroup.of("SPD", VoteCounts.of(6, 0, 0)),
            VotingGroup.of("CDU", VoteCounts.of(0, 5, 0)),
            VotingGroup.of("Grüne", VoteCounts.of(3, 0, 0)),
            VotingGroup.of("FDP", VoteCounts.of(0, 1, 1)),
            VotingGroup.of("Linke", VoteCounts.of(0, 0, 1)))))
        .build();

    Meeting meeting = Meeting.builder()
        .organization(Organization.committee("Ausschuss für Planen und Bauen").withShortName("APB"))
        .occasion("Sitzung")
        .start(LocalDateTime.of(2026, 10, 6, 17, 0))
        .end(LocalDateTime.of(2026, 10, 6, 19, 15))
        .location(Location.of("Rathaus Musterstadt", "Sitzungssaal 1"))
        .state(MeetingState.HELD)
        .publicity(MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        .build();

    return Excerpt.builder()
        .body(Body.of("Stadt Musterstadt"))
        .meeting(meeting)
        .agendaItem(item)
        .build();
  }

  /**
   * Validates an excerpt and, if it is valid, renders it into a directory in every format.
   *
   * @param excerpt the excerpt
   * @param outDir the directory, created if need be
   * @return the violations (then nothing is written), or an empty list and the three files written
   * @throws IOException if a file cannot be written
   */
  public static List<Violation> validateAndRender(Excerpt excerpt, Path outDir) throws IOException {
    List<Violation> violations = ModelValidator.standard().validate(excerpt, Locale.GERMAN);
    if (!violations.isEmpty()) {
      return violations;
    }
    RenderOptions options = RenderOptions.defaults();   // German labels, the excerpt's own audience
    List<ExcerptRenderer> renderers = new ArrayList<>();
    renderers.add(HtmlRenderer.builder().options(options).build());
    renderers.add(PdfRenderer.builder().options(options).build());
    renderers.add(DocxRenderer.builder().options(options).build());
    for (ExcerptRenderer renderer : renderers) {
      Path file = outDir.resolve(FILE_NAME + "." + renderer.format().fileExtension());
      AtomicFiles.write(file, out -> renderer.render(excerpt, out));   // complete or not at all
      System.out.println("geschrieben: " + file);
    }
    return violations;
  }

  /**
   * Builds, validates and renders the excerpt into {@code out/} or the given directory.
   *
   * @param args optionally the output directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path outDir = Path.of(args.length > 0 ? args[0] : "out");
    List<Violation> violations = validateAndRender(build(), outDir);
    if (!violations.isEmpty()) {
      violations.forEach(v -> System.out.println("ungültig: " + v));
      System.exit(1);
    }
  }
}
