package org.ratsinfo.document;

import java.time.LocalDateTime;
import java.util.List;
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
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteTally;

/**
 * The reference excerpt, built in Java: TOP Ö 19.1 of the meeting of the Rat der Stadt Herne on
 * 28 February 2017, as scraped in {@code herne-rat-2017-02-28-top-19.1-auszug.txt} (next to this
 * class in the test resources). The texts are copied verbatim from there, including the no-break
 * spaces (U+00A0) the page has in two answers.
 *
 * <p>The one place the reference excerpt is built; to be replaced by the shared JSON sample.
 */
final class ReferenceExcerpt {

  static final String BODY = "Stadt Herne";
  static final String ORGANIZATION = "Rat der Stadt";
  static final String TITLE = "Anfrage: Sachstand Erneuerung des städtischen Internetauftritts";
  static final String PAPER_REFERENCE = "2017/0137";
  static final String PAPER_TYPE = "Anfrage_Formular";
  static final String LEAD_DEPARTMENT = "FB 11 - Rat und Bezirksvertretungen";
  static final String ROOM = "großer Sitzungssaal (Raum 312)";
  static final String LOCATION = "Rathaus Herne";
  static final String FACTION = "Piraten/AL";

  static final List<String> QUESTIONS = List.of(
      "Wie ist der Sachstand und der Zeitplan bei der Runderneuerung des städtischen"
          + " Internetauftritts?",
      "Wann wurde das Thema das letzte Mal im IT-Arbeitskreis besprochen?",
      "Welche E-Government-Anwendungen wird der neue Internetauftritt bei seinem Start enthalten"
          + " und welche sollen bis Ende 2018 dazu kommen?",
      "Welche Bürger-Beteiligungs-Möglichkeiten werden auf dem neuen Internetauftritt angeboten"
          + " werden?");

  static final List<String> ANSWERS = List.of(
      "Die vorbereitenden Arbeiten am neuen Internetauftritt, insbesondere Gestaltung und"
          + " Programmierung, sind weitgehend abgeschlossen. Gegenwärtig erfolgt eine kritische"
          + " Durchsicht und Anpassung der Inhalte. Der Zeitplan sieht vor, die neue Internetseite in"
          + " der Woche nach den Osterferien in Betrieb zu nehmen.",
      "Das Thema ist zuletzt am 1. Dezember 2016 in der Arbeitsgruppe Informationsverarbeitung"
          + " (IT-Arbeitskreis) erörtert worden. Mitglieder der verwaltungsinternen Projektgruppe für"
          + " den neuen Internetauftritt haben an der Sitzung teilgenommen und die Grundzüge der"
          + " neuen Seite vorgestellt.",
      "Zum jetzigen Zeitpunkt wird in der Stadtverwaltung die Infrastruktur für die Bereitstellung"
          + " von E-Government-Angeboten eingerichtet und Pilotprojekte\u00A0 (z. B. für die E-Akte"
          + " Personal und die Beantragung von Anwohnerparkausweisen) umgesetzt. Abhängig von den in"
          + " den Pilotprojekten gemachten Erfahrungen ist angedacht, das derzeit bestehende Angebot"
          + " bis Ende 2018 sukzessive zu erweitern, wobei u. a. rechtliche Rahmenbedingungen die"
          + " Auswahl beeinflussen wie z. B. hinsichtlich der elektronischen Um- und Abmeldung von"
          + " Fahrzeugen.",
      "Erfolgreiche Formate hat es in der Vergangenheit z. B. mit der Imagekampagne „Herne kann"
          + " was“ gegeben. Mit der Einführung einer Software für Ideen- und Beschwerdemanagement ist"
          + " geplant, neben bestehenden Kontaktmöglichkeiten auch einen mobilen Zugangskanal zu"
          + " bedienen. Festlegungen zum Ausbau der Beteiligungsmöglichkeiten für Bürgerinnen und"
          + " Bürger werden mit einer noch fortzuschreibenden\u00A0 E-Government-Strategie für"
          + " 2018-2021 erfolgen.");

  static final String SUPPLEMENTARY_QUESTION =
      "Beabsichtigt die Stadt Herne, sich an einem oder beiden der folgenden Wettbewerbe zu"
          + " beteiligen; wenn nein,warum nicht?";

  static final List<String> SUPPLEMENTARY_ANSWER = List.of(
      "Zum einen hat der Wettbewerb \"Modellkommune Open Government\" vorrangig Maßnahmen im Fokus,"
          + " die zum jetzigen Zeitpunkt in Herne nicht in einem modellträchtigen Umfang projektiert"
          + " sind. Zum anderen hat die Stadt Herne sich bereits in den vergangenen Jahren sowohl um"
          + " Teilnahme am Wettbewerb \"Modellkommune E-Government\" beworben als auch am 15."
          + " eGovernment-Wettbewerb teilgenommen.",
      "In diesem Jahr steht die Umsetzung bestehender Projekte im Vordergrund, so dass von einer"
          + " erneuten Teilnahme in diesem Jahr abgesehen wurde.");

  static final List<String> GROUPS =
      List.of("SPD", "CDU", "Grüne", "Linke", FACTION, "AfD", "FDP", "UB", "OB");

  private ReferenceExcerpt() {}

  /** The public excerpt of TOP Ö 19.1. */
  static Excerpt excerpt() {
    return Excerpt.builder()
        .body(Body.of(BODY))
        .meeting(meeting())
        .agendaItem(agendaItem())
        .build();
  }

  static Meeting meeting() {
    return Meeting.builder()
        .organization(Organization.committee(ORGANIZATION))
        .occasion("Sitzung")
        .start(LocalDateTime.of(2017, 2, 28, 16, 0))
        .end(LocalDateTime.of(2017, 2, 28, 17, 55))
        .location(Location.of(LOCATION, ROOM))
        .publicity(MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        .state(MeetingState.HELD)
        .build();
  }

  static Paper paper() {
    return Paper.builder()
        .reference(PAPER_REFERENCE)
        .title(TITLE)
        .paperType(PaperType.of(PAPER_TYPE))
        .visibility(Visibility.PUBLIC)
        .originator(Person.builder().function("SVO").givenName("Andreas").familyName("Prennig").build())
        .leadDepartment(Organization.administrativeUnit(LEAD_DEPARTMENT))
        .clerk(Person.of("Norbert", "Gresch"))
        .build();
  }

  static Person respondent() {
    return Person.builder()
        .formOfAddress("Herr")
        .function("Oberbürgermeister")
        .title("Dr.")
        .familyName("Dudda")
        .build();
  }

  static Inquiry inquiry() {
    Inquiry.Builder inquiry = Inquiry.builder().respondent(respondent());
    for (int i = 0; i < QUESTIONS.size(); i++) {
      inquiry.question(QUESTIONS.get(i), ANSWERS.get(i));
    }
    return inquiry
        .supplementaryQuestion(SupplementaryQuestion.byOrganization(
            Organization.faction(FACTION), SUPPLEMENTARY_QUESTION,
            String.join("\n\n", SUPPLEMENTARY_ANSWER)))
        .build();
  }

  static AgendaItem agendaItem() {
    return AgendaItem.builder()
        .number("19.1")
        .visibility(Visibility.PUBLIC)
        .title(TITLE)
        .decision(DecisionKind.ACKNOWLEDGED)
        .consultation(Consultation.of(paper()))
        .content(inquiry())
        .voteTally(VoteTally.notTaken(GROUPS))
        .build();
  }
}
