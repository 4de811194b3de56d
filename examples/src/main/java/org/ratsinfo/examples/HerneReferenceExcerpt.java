package org.ratsinfo.examples;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.validation.ModelValidator;
import org.ratsinfo.validation.Violation;

/**
 * The reference excerpt, TOP Ö 19.1 of the Herne council on 28.02.2017, built with the model's
 * builders: the same excerpt as {@code samples/herne-rat-2017-02-28-top-19.1.json}.
 */
public final class HerneReferenceExcerpt {

  private HerneReferenceExcerpt() {}

  /** Builds the excerpt. */
  public static Excerpt build() {
    Paper paper = Paper.builder()
        .reference("2017/0137")
        .title("Anfrage: Sachstand Erneuerung des städtischen Internetauftritts")
        .paperType(PaperType.of("Anfrage_Formular"))
        .originator(Person.builder().givenName("Andreas").familyName("Prennig").function("SVO").build())
        .leadDepartment(Organization.administrativeUnit("FB 11 - Rat und Bezirksvertretungen")
            .withShortName("FB 11"))
        .clerk(Person.of("Norbert", "Gresch"))
        .build();

    Inquiry inquiry = Inquiry.builder()
        .question("Wie ist der Sachstand und der Zeitplan bei der Runderneuerung des städtischen"
                + " Internetauftritts?",
            "Die vorbereitenden Arbeiten am neuen Internetauftritt, insbesondere Gestaltung und"
                + " Programmierung, sind weitgehend abgeschlossen. Gegenwärtig erfolgt eine kritische"
                + " Durchsicht und Anpassung der Inhalte. Der Zeitplan sieht vor, die neue Internetseite"
                + " in der Woche nach den Osterferien in Betrieb zu nehmen.")
        .question("Wann wurde das Thema das letzte Mal im IT-Arbeitskreis besprochen?",
            "Das Thema ist zuletzt am 1. Dezember 2016 in der Arbeitsgruppe Informationsverarbeitung"
                + " (IT-Arbeitskreis) erörtert worden. Mitglieder der verwaltungsinternen Projektgruppe"
                + " für den neuen Internetauftritt haben an der Sitzung teilgenommen und die Grundzüge"
                + " der neuen Seite vorgestellt.")
        .question("Welche E-Government-Anwendungen wird der neue Internetauftritt bei seinem Start"
                + " enthalten und welche sollen bis Ende 2018 dazu kommen?",
            "Zum jetzigen Zeitpunkt wird in der Stadtverwaltung die Infrastruktur für die"
                + " Bereitstellung von E-Government-Angeboten eingerichtet und Pilotprojekte\u00A0 (z. B. für"
                + " die E-Akte Personal und die Beantragung von Anwohnerparkausweisen) umgesetzt."
                + " Abhängig von den in den Pilotprojekten gemachten Erfahrungen ist angedacht, das"
                + " derzeit bestehende Angebot bis Ende 2018 sukzessive zu erweitern, wobei u. a."
                + " rechtliche Rahmenbedingungen die Auswahl beeinflussen wie z. B. hinsichtlich der"
                + " elektronischen Um- und Abmeldung von Fahrzeugen.")
        .question("Welche Bürger-Beteiligungs-Möglichkeiten werden auf dem neuen Internetauftritt"
                + " angeboten werden?",
            "Erfolgreiche Formate hat es in der Vergangenheit z. B. mit der Imagekampagne „Herne kann"
                + " was“ gegeben. Mit der Einführung einer Software für Ideen- und"
                + " Beschwerdemanagement ist geplant, neben bestehenden Kontaktmöglichkeiten auch einen"
                + " mobilen Zugangskanal zu bedienen. Festlegungen zum Ausbau der"
                + " Beteiligungsmöglichkeiten für Bürgerinnen und Bürger werden mit einer noch"
                + " fortzuschreibenden\u00A0 E-Government-Strategie für 2018-2021 erfolgen.")
        .respondent(Person.builder()
            .formOfAddress("Herr").function("Oberbürgermeister").title("Dr.").familyName("Dudda")
            .build())
        .supplementaryQuestion(SupplementaryQuestion.byOrganization(
            Organization.faction("Piraten/AL"),
            "Beabsichtigt die Stadt Herne, sich an einem oder beiden der folgenden Wettbewerbe zu"
                + " beteiligen; wenn nein,warum nicht?",
            "Zum einen hat der Wettbewerb \"Modellkommune Open Government\" vorrangig Maßnahmen im"
                + " Fokus, die zum jetzigen Zeitpunkt in Herne nicht in einem modellträchtigen Umfang"
                + " projektiert sind. Zum anderen hat die Stadt Herne sich bereits in den vergangenen"
                + " Jahren sowohl um Teilnahme am Wettbewerb \"Modellkommune E-Government\" beworben"
                + " als auch am 15. eGovernment-Wettbewerb teilgenommen.\n\n"
                + "In diesem Jahr steht die Umsetzung bestehender Projekte im Vordergrund, so dass von"
                + " einer erneuten Teilnahme in diesem Jahr abgesehen wurde."))
        .build();

    AgendaItem item = AgendaItem.builder()
        .number("19.1")
        .title("Anfrage: Sachstand Erneuerung des städtischen Internetauftritts")
        .consultation(Consultation.of(paper))
        .decision(DecisionKind.ACKNOWLEDGED)
        // The council did not vote on an inquiry: the tally shows its columns and no counts.
        .voteTally(VoteTally.notTaken(
            List.of("SPD", "CDU", "Grüne", "Linke", "Piraten/AL", "AfD", "FDP", "UB", "OB")))
        .content(inquiry)
        .build();

    Meeting meeting = Meeting.builder()
        .organization(Organization.committee("Rat der Stadt").withShortName("Rat"))
        .occasion("Sitzung")
        .start(LocalDateTime.of(2017, 2, 28, 16, 0))
        .end(LocalDateTime.of(2017, 2, 28, 17, 55))
        .location(Location.of("Rathaus Herne", "großer Sitzungssaal (Raum 312)"))
        .state(MeetingState.HELD)
        .publicity(MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        .build();

    return Excerpt.builder()
        .body(new Body(null, "Stadt Herne", "Herne"))
        .meeting(meeting)
        .agendaItem(item)
        .build();
  }

  /**
   * Builds the excerpt, validates it and prints the result.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    List<Violation> violations = ModelValidator.standard().validate(build(), Locale.GERMAN);
    if (violations.isEmpty()) {
      System.out.println("TOP Ö 19.1: gültig");
    } else {
      violations.forEach(System.out::println);
    }
  }
}
