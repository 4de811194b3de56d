package org.ratsinfo.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Attendance;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemReference;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.QuestionAnswer;
import org.ratsinfo.model.RequiredMajority;
import org.ratsinfo.model.Signature;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.model.VotingMethod;

/**
 * A rich excerpt that uses every model type and every optional value, including what the minutes
 * record of its meeting (participants in every role and attendance, a change of chair, opening and
 * closing, the invitation's date and text, signatures by a person and by a plain name).
 */
final class Fixtures {

  private Fixtures() {}

  static Person mayor() {
    return new Person("https://oparl.example/person/1", "Herr", "Dr.", "Frank", "Dudda",
        "Oberbürgermeister");
  }

  static Organization council() {
    return new Organization("https://oparl.example/organization/1", "Rat der Stadt", "Rat",
        OrganizationType.COMMITTEE);
  }

  static Paper paper() {
    return new Paper(
        "https://oparl.example/paper/137",
        "2017/0137",
        "Anfrage: Sachstand Erneuerung des städtischen Internetauftritts",
        PaperType.INQUIRY,
        Visibility.PUBLIC,
        LocalDate.of(2017, 2, 14),
        List.of(Person.of("Andreas", "Prennig").withFunction("SVO"), Person.of(null, "Gresch")),
        List.of(Organization.faction("Piraten/AL").withShortName("Piraten"),
            new Organization(null, "Die Linke", null, OrganizationType.PARTY)),
        Organization.administrativeUnit("FB 11 - Rat und Bezirksvertretungen").withId("fb11"),
        new Person(null, "Frau", null, "Erika", "Mustermann", "Bearbeiterin"),
        List.of(
            new PaperConsultation(LocalDate.of(2017, 2, 14),
                Organization.committee("Haupt- und Finanzausschuss"), "Vorberatung", false, "beraten",
                "empfohlen", "https://oparl.example/meeting/11", "https://oparl.example/agendaitem/88",
                Visibility.NON_PUBLIC),
            new PaperConsultation(LocalDate.of(2017, 2, 28), council(), "Entscheidung", true, null, null,
                "https://oparl.example/meeting/12", "https://oparl.example/agendaitem/191",
                Visibility.PUBLIC)),
        List.of(new PaperLink(PaperLink.Kind.AMENDED_BY, "https://oparl.example/paper/140", "2017/0140",
            "Änderungsantrag der SPD-Fraktion", Visibility.PUBLIC)),
        new File("https://oparl.example/file/1", "Anfrage", "anfrage-2017-0137.pdf", "application/pdf",
            123_456L, LocalDate.of(2017, 2, 14), "https://oparl.example/file/1.pdf", Visibility.PUBLIC),
        List.of(File.of("Anlage 1: Lageplan", "https://oparl.example/file/2.pdf")
            .withType("application/pdf", 2_400_000L)));
  }

  static Paper amendment() {
    return Paper.builder().reference("2017/0140").title("Änderungsantrag der SPD-Fraktion")
        .paperType(PaperType.of("Änderungsantrag"))
        .link(PaperLink.of(PaperLink.Kind.AMENDS, "2017/0137", "Anfrage: Sachstand"))
        .build();
  }

  static Inquiry inquiry() {
    return new Inquiry(
        List.of(Question.of(1, "Wie ist der Sachstand?"),
            new Question(2, Text.ofParagraphs("Wann geht die Seite online?", "Zeile 1\nZeile 2"))),
        new Answer(mayor(), Text.of("Herr Oberbürgermeister Dr. Dudda antwortet:"),
            List.of(QuestionAnswer.of(1, "Die Arbeiten laufen."),
                QuestionAnswer.of(2, "Im Mai.\n\nVoraussichtlich \"Ende Mai\"."))),
        List.of(
            SupplementaryQuestion.byOrganization(Organization.faction("Piraten/AL"), "Warum so spät?",
                "Wegen der Ausschreibung."),
            SupplementaryQuestion.byPerson(Person.of("Andreas", "Prennig"), "Und die Kosten?", null),
            new SupplementaryQuestion(Organization.faction("SPD"), Person.of("Udo", "Sobieski"),
                Text.of("Gemeinsame Frage"), Text.of("Gemeinsame Antwort"))));
  }

  static VoteTally tally() {
    return new VoteTally(
        List.of(
            new VotingGroup("SPD", 26, new VoteCounts(25, 0, 1, 0, 0)),
            new VotingGroup("CDU", 16, new VoteCounts(0, 14, 0, 1, 1)),
            VotingGroup.of("Piraten/AL", VoteCounts.of(2, 0, 0)),
            VotingGroup.of("OB").withSeats(1),
            new VotingGroup("Grüne", null, new VoteCounts(3, 1, 0, null, 2))),
        new VoteCounts(30, 15, 1, 1, 3));
  }

  static AgendaItem item() {
    return new AgendaItem(
        "https://oparl.example/agendaitem/191",
        "19.1",
        Visibility.PUBLIC,
        42,
        "Anfrage: Sachstand Erneuerung des städtischen Internetauftritts",
        List.of(new Consultation(paper(), "Entscheidung", true),
            new Consultation(amendment(), "Entscheidung", false)),
        new Decision(DecisionKind.ADOPTED_WITH_CHANGES, "mit Änderungen beschlossen"),
        Text.ofParagraphs("Der Rat beschließt:", "1. Punkt eins\n2. Punkt zwei"),
        votes(),
        inquiry(),
        List.of(BiasExclusion.of(biased(), "Eigentümerin eines angrenzenden Grundstücks")),
        Text.of("Der Rat möge beschließen: Punkt eins und Punkt zwei."),
        Text.of("Die Verwaltung berichtet über den Sachstand."),
        Text.ofParagraphs("Ratsfrau Beispiel erklärt sich für befangen.", "Die Aussprache wird eröffnet."),
        List.of(File.of("Präsentation der Verwaltung", "https://oparl.example/file/3.pdf"),
            File.of("Vertraulicher Vermerk", null).withVisibility(Visibility.NON_PUBLIC)),
        File.of("Beschluss 19.1", "https://oparl.example/file/4.pdf"),
        deputyChair());
  }

  /** The deputy chair, who chairs item 19.1 (a change of chair). */
  static Person deputyChair() {
    return new Person("https://oparl.example/person/3", "Herr", null, "Max", "Muster",
        "Bürgermeister");
  }

  /**
   * Who was invited, in every role and attendance: the chair, a deputy chair, members of four groups
   * (one arriving during N 3, one leaving after Ö 19.1, one excused and stood in for by a deputy, one
   * absent without excuse), the minute-taker, the administration, a guest and an expert.
   */
  static List<Participant> participants() {
    Person excused = Person.of("Ute", "Grün");
    return List.of(
        Participant.of(mayor(), ParticipantRole.CHAIR, "OB"),
        Participant.of(deputyChair(), ParticipantRole.DEPUTY_CHAIR, "CDU"),
        Participant.of(Person.of("Hans", "Meier"), ParticipantRole.MEMBER, "SPD")
            .withLeftAfter(ItemReference.of(Visibility.PUBLIC, "19.1")),
        Participant.of(biased(), ParticipantRole.MEMBER, "CDU")
            .withArrivedDuring(ItemReference.of(Visibility.NON_PUBLIC, "3")),
        new Participant(Person.of("Udo", "Sobieski"), ParticipantRole.MEMBER, "SPD", null,
            Attendance.ABSENT_UNEXCUSED, null, null),
        Participant.of(excused, ParticipantRole.MEMBER, "Grüne").withAttendance(Attendance.EXCUSED),
        new Participant(Person.of("Eva", "Schulz"), ParticipantRole.DEPUTY, "Grüne", excused,
            Attendance.PRESENT, ItemReference.of(Visibility.NON_PUBLIC, "3"),
            ItemReference.of(Visibility.PUBLIC, "19.1")),
        Participant.of(new Person(null, "Frau", null, "Erika", "Mustermann", "Schriftführerin"),
            ParticipantRole.MINUTE_TAKER, null),
        Participant.of(Person.of("Karl", "Kämmerer").withFunction("Stadtkämmerer"),
            ParticipantRole.ADMINISTRATION, null),
        Participant.of(Person.of("Leyla", "Yılmaz").withFunction("Vorsitzende des Integrationsrats"),
            ParticipantRole.GUEST, null),
        Participant.of(new Person(null, "Herr", "Prof. Dr.", "Jan", "Weber", "Gutachter"),
            ParticipantRole.EXPERT, null));
  }

  static List<Signature> signatures() {
    return List.of(
        Signature.of(mayor(), "Oberbürgermeister", "Herne", LocalDate.of(2017, 3, 6)),
        Signature.ofName("Erika Mustermann", "Schriftführerin", "Herne", LocalDate.of(2017, 3, 7)));
  }

  static Person biased() {
    return new Person("https://oparl.example/person/7", "Frau", null, "Anna", "Beispiel", null);
  }

  /** An amendment, a roll call with a bias, a secret ballot and the main vote under two thirds. */
  static List<Vote> votes() {
    Vote amendment = Vote.builder()
        .subject(VoteSubject.AMENDMENT)
        .title("Änderungsantrag der CDU-Fraktion")
        .motion(Text.of("Punkt zwei wird gestrichen."))
        .movers(List.of(Mover.of(Organization.faction("CDU-Fraktion")), Mover.of(Person.of("Max", "Muster"))))
        .tally(VoteTally.of(List.of(VotingGroup.of("SPD", VoteCounts.of(0, 26, 0)),
            VotingGroup.of("CDU", VoteCounts.of(16, 0, 0)))))
        .result(VoteOutcome.REJECTED)
        .build();
    Vote rollCall = Vote.builder()
        .subject(VoteSubject.SEPARATE_POINT)
        .method(VotingMethod.ROLL_CALL)
        .ballots(List.of(
            Ballot.of(Person.of("Hans", "Meier"), "SPD", VoteOption.YES),
            Ballot.of(biased(), "CDU", VoteOption.BIASED),
            Ballot.of(Person.of("Eva", "Schulz"), "Grüne", VoteOption.ABSTENTION)))
        .build();
    Vote secret = Vote.builder()
        .subject(VoteSubject.PROCEDURAL)
        .method(VotingMethod.SECRET)
        .tally(new VoteTally(List.of(), VoteCounts.of(9, 23, 0)))
        .build();
    Vote main = Vote.builder()
        .present(50)
        .eligible(49)
        .majority(RequiredMajority.TWO_THIRDS_OF_VOTES_CAST)
        .tally(tally())
        .result(VoteOutcome.ADOPTED)
        .build();
    return List.of(amendment, rollCall, secret, main);
  }

  static AgendaItem nonPublicItem() {
    return AgendaItem.builder()
        .number("3")
        .visibility(Visibility.NON_PUBLIC)
        .order(0)
        .title("Grundstücksangelegenheit")
        .paper(paper().withVisibility(Visibility.NON_PUBLIC).withClerk(null))
        .decision(DecisionKind.OTHER)
        .decision(Decision.other("zurückgestellt"))
        .voteTally(VoteTally.notTaken(List.of("SPD", "CDU")))
        .content(TextContent.of("Sachverhalt.\n\nBeratungsverlauf."))
        .build();
  }

  static Meeting meeting() {
    return new Meeting(
        "https://oparl.example/meeting/12",
        "12. Sitzung des Rates",
        council(),
        "Sitzung",
        ZonedDateTime.of(LocalDateTime.of(2017, 2, 28, 16, 0), ZoneId.of("Europe/Berlin")),
        ZonedDateTime.of(LocalDateTime.of(2017, 2, 28, 19, 30, 15), ZoneOffset.ofHours(1)),
        ZonedDateTime.of(LocalDateTime.of(2017, 2, 28, 16, 4), ZoneId.of("Europe/Berlin")),
        ZonedDateTime.of(LocalDateTime.of(2017, 2, 28, 19, 27), ZoneOffset.ofHours(1)),
        new Location("Rathaus Herne", "großer Sitzungssaal (Raum 312)", "Friedrich-Ebert-Platz 2",
            "44623", "Herne"),
        MeetingState.HELD,
        true,
        MeetingPublicity.PUBLIC_AND_NON_PUBLIC,
        LocalDate.of(2017, 2, 14),
        Text.ofParagraphs("Sehr geehrte Damen und Herren,",
            "zur 12. Sitzung des Rates lade ich Sie herzlich ein.\nDie Tagesordnung liegt bei."),
        participants(),
        List.of(item(), nonPublicItem()),
        List.of(),
        File.of("Einladung", "https://oparl.example/file/10.pdf"),
        File.of("Niederschrift", "https://oparl.example/file/11.pdf"),
        List.of(File.of("Sitzungskalender", "http://oparl.example/file/12.pdf")),
        signatures());
  }

  static Excerpt excerpt() {
    return new Excerpt(
        new Body("https://oparl.example/body/1", "Stadt Herne", "Herne"),
        meeting(),
        item(),
        Audience.INTERNAL);
  }
}
