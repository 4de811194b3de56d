package org.ratsinfo.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Person;

/**
 * The reference excerpt: TOP Ö 19.1 of the meeting of the Rat der Stadt Herne on
 * 28 February 2017, as scraped in {@code herne-rat-2017-02-28-top-19.1-auszug.txt} (next to this
 * class in the test resources). The texts are copied verbatim from there, including the no-break
 * spaces (U+00A0) the page has in two answers.
 *
 * <p>The model comes from the shared JSON sample in {@code examples/samples/}; the constants here are
 * the facts expected of it, checked against the scraped page.
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
  /** The shared sample, read once: the one place the reference excerpt is defined as data. */
  private static final Excerpt SAMPLE = read();

  private static Excerpt read() {
    Path sample = Path.of(System.getProperty("ratsinfo.samples"), "herne-rat-2017-02-28-top-19.1.json");
    try {
      return RatsinfoJson.standard().readExcerpt(sample);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Excerpt excerpt() {
    return SAMPLE;
  }

  static Meeting meeting() {
    return SAMPLE.meeting();
  }

  static Paper paper() {
    return Objects.requireNonNull(SAMPLE.agendaItem().paper());
  }

  static Person respondent() {
    return Objects.requireNonNull(Objects.requireNonNull(inquiry().answer()).respondent());
  }

  static Inquiry inquiry() {
    return (Inquiry) Objects.requireNonNull(SAMPLE.agendaItem().content());
  }

  static AgendaItem agendaItem() {
    return SAMPLE.agendaItem();
  }
}
