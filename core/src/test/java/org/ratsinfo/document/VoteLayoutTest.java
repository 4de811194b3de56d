package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.RequiredMajority;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.model.VotingMethod;
import org.ratsinfo.validation.ModelValidator;

/**
 * The layout of an item's votes, texts and exclusions for bias: a contested item (a procedural motion,
 * an amendment, a secret ballot on a separate point and a roll call on the main motion, one member
 * excluded for bias) against golden trees in German and English, and each rule of the layout by
 * itself. Golden files: {@code golden/contested-<lang>.txt}; after an intended change, run with
 * {@code -Dratsinfo.updateGolden=true} and review the diff.
 */
class VoteLayoutTest {

  private static final Person LINDNER = new Person(null, "Frau", null, "Petra", "Lindner", null);

  static AgendaItem contested() {
    Vote procedural = Vote.builder()
        .subject(VoteSubject.PROCEDURAL)
        .title("Antrag auf Vertagung")
        .movers(List.of(Mover.of(Organization.faction("FW-Fraktion"))))
        .tally(new VoteTally(List.of(), VoteCounts.of(9, 23, 0)))
        .result(VoteOutcome.REJECTED)
        .build();
    Vote amendment = Vote.builder()
        .subject(VoteSubject.AMENDMENT)
        .motion(Text.of("Die Mittel werden um 250.000 Euro erhöht."))
        .movers(List.of(Mover.of(Organization.faction("CDU-Fraktion")), Mover.of(Person.of("Max", "Muster"))))
        .tally(VoteTally.of(List.of(VotingGroup.of("SPD", VoteCounts.of(0, 12, 0)),
            VotingGroup.of("CDU", VoteCounts.of(13, 0, 0)))))
        .build();
    Vote secret = Vote.builder()
        .subject(VoteSubject.SEPARATE_POINT)
        .method(VotingMethod.SECRET)
        .majority(RequiredMajority.MAJORITY_OF_STATUTORY_MEMBERS)
        .statutoryMembers(48)
        .tally(new VoteTally(List.of(), VoteCounts.of(23, 20, 1)))
        .build();
    Vote rollCall = Vote.builder()
        .method(VotingMethod.ROLL_CALL)
        .present(4)
        .eligible(3)
        .ballots(List.of(
            Ballot.of(LINDNER, "SPD", VoteOption.BIASED),
            Ballot.of(Person.of("Bernd", "Brandt"), "SPD", VoteOption.YES),
            Ballot.of(Person.of("Claudia", "Claßen"), "CDU", VoteOption.NO),
            Ballot.of(Person.of("Dieter", "Dreyer"), "CDU", VoteOption.YES)))
        .build();
    return ReferenceExcerpt.agendaItem().toBuilder()
        .content(null)
        .proposal(Text.of("Der Rat beschließt den Haushalt."))
        .statementOfFacts(Text.of("Der Entwurf liegt vor."))
        .deliberation(Text.of("Ratsfrau Lindner erklärt sich für befangen."))
        .resolutionText(Text.of("Der Rat beschließt den Haushalt mit Änderungen."))
        .votes(List.of(procedural, amendment, secret, rollCall))
        .excludedForBias(List.of(BiasExclusion.of(LINDNER, "Geschäftsführerin eines Zuwendungsempfängers")))
        .build();
  }

  private static Excerpt excerpt(AgendaItem item) {
    return ReferenceExcerpt.excerpt().withAgendaItem(item);
  }

  @Test
  void theContestedItemIsValid() {
    assertEquals(List.of(), ModelValidator.standard().validate(excerpt(contested()), Locale.ENGLISH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void theContestedItemMatchesTheGoldenFile(String language) throws IOException {
    ExcerptDocument document = ExcerptLayout.builder().locale(Locale.forLanguageTag(language)).build()
        .layout(excerpt(contested()));
    GoldenTrees.assertMatches("contested-" + language + ".txt", document);
  }

  @Test
  void textsComeInTheirFixedOrderThenTheVotes() {
    ExcerptDocument document = ExcerptLayout.standard().layout(excerpt(contested()));
    List<SectionKind> kinds = document.blocks().stream()
        .filter(Section.class::isInstance).map(b -> ((Section) b).kind()).toList();
    assertEquals(List.of(SectionKind.PAPER, SectionKind.PROPOSAL, SectionKind.CONTENT,
        SectionKind.DELIBERATION, SectionKind.RESOLUTION, SectionKind.VOTES), kinds);
  }

  @Test
  void severalVotesAreNumberedSectionsAfterTheBiasNote() {
    Section votes = section(ExcerptLayout.standard().layout(excerpt(contested())), SectionKind.VOTES);
    assertEquals("Abstimmungen", votes.heading());
    assertEquals(new Paragraph(Paragraph.Style.NOTE, "Wegen Befangenheit von Beratung und Abstimmung "
        + "ausgeschlossen: Lindner, Petra (Geschäftsführerin eines Zuwendungsempfängers)"), votes.blocks().get(0));
    List<String> headings = votes.blocks().stream().skip(1).map(b -> ((Section) b).heading()).toList();
    assertEquals(List.of("1. Abstimmung: Antrag auf Vertagung", "2. Abstimmung: Änderungsantrag",
        "3. Abstimmung: Einzelabstimmung", "4. Abstimmung: Hauptantrag"), headings);
  }

  @Test
  void aRollCallIsATableOfNamesAndItsCountsATally() {
    AgendaItem item = contested();
    Vote rollCall = item.votes().get(3);
    Section vote = section(ExcerptLayout.standard().layout(excerpt(item.withVotes(List.of(rollCall)))),
        SectionKind.VOTE);
    assertEquals("Abstimmungsergebnis", vote.heading(), "one untitled vote on the main motion");
    List<Table> tables = vote.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    assertEquals(2, tables.size());
    assertEquals(List.of("gesamt", "SPD", "CDU"), tables.get(0).columnHeaders());
    assertEquals(new Table.Row("befangen", List.of("1", "1", "0")), tables.get(0).rows().get(3));
    Table names = tables.get(1);
    assertEquals("Namentliche Abstimmung", names.caption());
    assertEquals("Name", names.cornerHeader());
    assertEquals(List.of("Fraktion", "Stimme"), names.columnHeaders());
    assertEquals(new Table.Row("Lindner, Petra", List.of("SPD", "befangen")), names.rows().get(0));
    assertTrue(vote.blocks().contains(new Paragraph(Paragraph.Style.NOTE, "Namentliche Abstimmung")));
    assertTrue(vote.blocks().contains(new Paragraph(Paragraph.Style.NOTE, "Anwesend: 4, stimmberechtigt: 3")));
    // The bias note comes before the outcome, which the counts give (2 : 1).
    int bias = indexOf(vote, "Wegen Befangenheit");
    int outcome = indexOf(vote, "Ergebnis: angenommen");
    assertTrue(bias >= 0 && bias < outcome, vote.toString());
  }

  @Test
  void withheldBallotsLeaveTheCountsAndWithheldBiasLeavesNoNote() {
    ExcerptDocument document = ExcerptLayout.builder()
        .withheldFromPublic(FieldKey.BALLOTS, FieldKey.EXCLUDED_FOR_BIAS, FieldKey.MOVERS)
        .build().layout(excerpt(contested()).withAudience(Audience.PUBLIC));
    String tree = TreePrinter.print(document);
    assertFalse(tree.contains("Brandt"), tree);
    assertFalse(tree.contains("Lindner, Petra"), tree);
    assertFalse(tree.contains("Antragsteller"), tree);
    assertTrue(tree.contains("row befangen: \"1\" \"1\" \"0\""), "the counts stay: " + tree);
    // Ballots shown, bias withheld: the roll call leaves out the member who voted "befangen".
    String ballotsShown = TreePrinter.print(ExcerptLayout.builder()
        .withheldFromPublic(FieldKey.EXCLUDED_FOR_BIAS).build()
        .layout(excerpt(contested()).withAudience(Audience.PUBLIC)));
    assertTrue(ballotsShown.contains("row Brandt, Bernd"), ballotsShown);
    assertFalse(ballotsShown.contains("Lindner, Petra"), ballotsShown);
    ExcerptDocument internal = ExcerptLayout.builder()
        .withheldFromPublic(FieldKey.BALLOTS, FieldKey.EXCLUDED_FOR_BIAS, FieldKey.MOVERS)
        .build().layout(excerpt(contested()).withAudience(Audience.INTERNAL));
    String all = TreePrinter.print(internal);
    assertTrue(all.contains("Brandt, Bernd") && all.contains("Lindner, Petra") && all.contains("Antragsteller"), all);
  }

  @Test
  void aWithheldDecisionTakesEveryOutcomeLine() {
    String tree = TreePrinter.print(ExcerptLayout.builder().withheldFromPublic(FieldKey.DECISION).build()
        .layout(excerpt(contested())));
    assertFalse(tree.contains("Ergebnis:"), tree);
  }

  @Test
  void theVotesOwnMajorityDecides() {
    // 23 : 20 is a simple majority, but not one of the 48 statutory members.
    Section secret = (Section) section(ExcerptLayout.standard().layout(excerpt(contested())),
        SectionKind.VOTES).blocks().get(3);
    assertTrue(secret.blocks().contains(new Paragraph(Paragraph.Style.NOTE, "Geheime Abstimmung")));
    assertTrue(secret.blocks().contains(new Paragraph(Paragraph.Style.NOTE,
        "Erforderliche Mehrheit: Mehrheit der 48 gesetzlichen Mitglieder")));
    assertEquals(new Paragraph(Paragraph.Style.NOTE, "Ergebnis: abgelehnt"),
        secret.blocks().get(secret.blocks().size() - 1));
  }

  @Test
  void aStatedResultWithoutCountsIsShown() {
    Vote stated = Vote.builder().subject(VoteSubject.PROCEDURAL).result(VoteOutcome.ADOPTED).build();
    Section vote = section(ExcerptLayout.standard().layout(excerpt(contested().withVotes(List.of(stated)))),
        SectionKind.VOTE);
    assertEquals("Geschäftsordnungsantrag", vote.heading());
    assertEquals(List.of(new Paragraph(Paragraph.Style.NOTE, "Ergebnis: angenommen")), vote.blocks().subList(
        vote.blocks().size() - 1, vote.blocks().size()));
    assertTrue(vote.blocks().stream().noneMatch(Table.class::isInstance));
  }

  @Test
  void aTitledOnlyVoteIsHeadedByItsTitleInTheContentLanguage() {
    Vote titled = Vote.builder().title("Abstimmung über die Vorlage").tally(VoteTally.notTaken(List.of("SPD")))
        .build();
    ExcerptDocument document = ExcerptLayout.builder().locale(Locale.UK).build()
        .layout(excerpt(contested().withVotes(List.of(titled))));
    Section vote = section(document, SectionKind.VOTE);
    assertEquals("Abstimmung über die Vorlage", vote.heading());
    assertEquals("de-DE", vote.headingLanguage());
  }

  @Test
  void biasWithoutVotesHasASectionOfItsOwn() {
    ExcerptDocument document = ExcerptLayout.builder().locale(Locale.UK).build()
        .layout(excerpt(contested().withVotes(List.of())));
    Section bias = section(document, SectionKind.BIAS);
    assertEquals("Bias", bias.heading());
    assertEquals(List.of(new Paragraph(Paragraph.Style.NOTE, "Excluded from deliberation and votes for bias: "
        + "Lindner, Petra (Geschäftsführerin eines Zuwendungsempfängers)")), bias.blocks());
  }

  @Test
  void aTextContentIsTheStatementOfFacts() {
    AgendaItem item = contested().toBuilder().statementOfFacts(null)
        .content(org.ratsinfo.model.TextContent.of("Früher so geschrieben.")).build();
    Section facts = section(ExcerptLayout.standard().layout(excerpt(item)), SectionKind.CONTENT);
    assertEquals("Sachverhalt", facts.heading());
    assertEquals(List.of(Paragraph.of("Früher so geschrieben.")), facts.blocks());
  }

  @Test
  void noVotesNoVoteSection() {
    AgendaItem item = contested().toBuilder().votes(List.of()).excludedForBias(List.of()).build();
    ExcerptDocument document = ExcerptLayout.standard().layout(excerpt(item));
    assertTrue(document.blocks().stream().noneMatch(b -> b instanceof Section s
        && (s.kind() == SectionKind.VOTE || s.kind() == SectionKind.VOTES || s.kind() == SectionKind.BIAS)));
    assertNull(item.decidingVote());
  }

  private static int indexOf(Section section, String start) {
    for (int i = 0; i < section.blocks().size(); i++) {
      if (section.blocks().get(i) instanceof Paragraph p && p.text().startsWith(start)) {
        return i;
      }
    }
    return -1;
  }

  private static Section section(ExcerptDocument document, SectionKind kind) {
    return document.blocks().stream()
        .filter(b -> b instanceof Section s && s.kind() == kind)
        .map(Section.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + TreePrinter.print(document)));
  }
}
