package org.ratsinfo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.VotingMethod;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.RequiredMajority;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.QuestionAnswer;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.testing.LocaleSensitive;

class ModelValidatorTest {

  private static final ModelValidator VALIDATOR = ModelValidator.standard();

  @Test
  void validExcerptHasNoViolations() {
    assertEquals(List.of(), VALIDATOR.validate(ValidExcerpts.excerpt(), Locale.GERMAN));
    assertEquals(List.of(), VALIDATOR.validate(ValidExcerpts.excerpt(), Locale.ENGLISH));
  }

  static Stream<Arguments> brokenExcerpts() {
    return Stream.of(
        broken("end before start", e -> e.withMeeting(e.meeting().toBuilder()
                .end(LocalDateTime.of(2020, 3, 3, 15, 0)).build()),
            "meeting.end", "org.ratsinfo.rule.meeting.end"),
        broken("public excerpt of a non-public item",
            e -> e.withAgendaItem(e.agendaItem().withVisibility(Visibility.NON_PUBLIC)),
            "agendaItem.visibility", "org.ratsinfo.rule.excerpt.nonPublicItem"),
        broken("non-public item in a public-only meeting", e -> e
                .withAudience(Audience.INTERNAL)
                .withAgendaItem(e.agendaItem().withVisibility(Visibility.NON_PUBLIC))
                .withMeeting(e.meeting().toBuilder().publicity(MeetingPublicity.PUBLIC).build()),
            "agendaItem.visibility", "org.ratsinfo.rule.meeting.publicity"),
        broken("malformed agenda number", e -> e.withAgendaItem(e.agendaItem().toBuilder()
                .number("7..2").build()),
            "agendaItem.number", "org.ratsinfo.agendaNumber"),
        broken("blank title", e -> e.withAgendaItem(e.agendaItem().toBuilder().title(" ").build()),
            "agendaItem.title", "jakarta.validation.constraints.NotBlank.message"),
        broken("title of no-break spaces", e -> e.withAgendaItem(e.agendaItem().toBuilder()
                .title("\u00A0\u00A0\u202F").build()),
            "agendaItem.title", "jakarta.validation.constraints.NotBlank.message"),
        broken("body name of zero-width and bidirectional characters", e -> new Excerpt(
                org.ratsinfo.model.Body.of("\u200B\u200D\u2060\uFEFF\u202E\u3000"), e.meeting(), e.agendaItem(), e.audience()),
            "body.name", "jakarta.validation.constraints.NotBlank.message"),
        broken("voting group named by a Hangul filler", e -> withTally(e, VoteTally.notTaken(
                List.of("\u3164"))),
            "agendaItem.votes[0].tally.groups[0].name", "jakarta.validation.constraints.NotBlank.message"),
        broken("title too long", e -> e.withAgendaItem(e.agendaItem().toBuilder()
                .title("x".repeat(1001)).build()),
            "agendaItem.title", "jakarta.validation.constraints.Size.message"),
        broken("control character in a name", e -> e.withMeeting(e.meeting().toBuilder()
                .organization(Organization.committee("Rat\u0007")).build()),
            "meeting.organization.name", "org.ratsinfo.validation.constraints.XmlText.message"),
        broken("lone surrogate in an answer", e -> withInquiry(e, i -> new Inquiry(i.questions(),
                new Answer(null, null, List.of(new QuestionAnswer(1, Text.of("ok \uD800 no")))),
                List.of())),
            "agendaItem.content.answer.answers[0].text[0]",
            "org.ratsinfo.validation.constraints.XmlText.message"),
        broken("negative count", e -> withTally(e, VoteTally.of(List.of(
                VotingGroup.of("SPD", new VoteCounts(-1, 0, 0, null, null))))),
            "agendaItem.votes[0].tally.groups[0].counts.yes",
            "jakarta.validation.constraints.PositiveOrZero.message"),
        broken("more votes than seats", e -> withTally(e, VoteTally.of(List.of(
                new VotingGroup("SPD", 20, VoteCounts.of(18, 2, 1))))),
            "agendaItem.votes[0].tally.groups[0].counts", "org.ratsinfo.rule.tally.seats"),
        broken("stated total does not match", e -> withTally(e, new VoteTally(List.of(
                VotingGroup.of("SPD", VoteCounts.of(3, 0, 0)),
                VotingGroup.of("CDU", VoteCounts.of(0, 2, 0))), VoteCounts.of(3, 1, 0))),
            "agendaItem.votes[0].tally.statedTotal.no", "org.ratsinfo.rule.tally.total"),
        broken("some groups without counts", e -> withTally(e, VoteTally.of(List.of(
                VotingGroup.of("SPD", VoteCounts.of(3, 0, 0)), VotingGroup.of("CDU")))),
            "agendaItem.votes[0].tally.groups[1].counts", "org.ratsinfo.rule.tally.missingCounts"),
        broken("duplicate group", e -> withTally(e, VoteTally.notTaken(List.of("SPD", "SPD"))),
            "agendaItem.votes[0].tally.groups[1].name", "org.ratsinfo.rule.tally.duplicateGroup"),
        broken("secret ballot with ballots", e -> withVotes(e, Vote.builder().method(VotingMethod.SECRET)
                .ballots(List.of(Ballot.of(MEIER, "SPD", VoteOption.YES))).build()),
            "agendaItem.votes[0].ballots", "org.ratsinfo.rule.vote.secretBallots"),
        broken("two ballots of one member", e -> withVotes(e, rollCall(
                Ballot.of(MEIER, "SPD", VoteOption.YES), Ballot.of(SCHULZ, "CDU", VoteOption.NO),
                Ballot.of(Person.of("Hans", "Meier"), "SPD", VoteOption.NO))),
            "agendaItem.votes[0].ballots[2].person", "org.ratsinfo.rule.vote.duplicateBallot"),
        broken("majority of the statutory members without their number", e -> withVotes(e,
                Vote.builder().majority(RequiredMajority.MAJORITY_OF_STATUTORY_MEMBERS).build()),
            "agendaItem.votes[0].statutoryMembers", "org.ratsinfo.rule.vote.statutoryMembers"),
        broken("ballots that do not add up to their group's counts", e -> withVotes(e, rollCall(
                Ballot.of(MEIER, "SPD", VoteOption.YES), Ballot.of(SCHULZ, "CDU", VoteOption.NO))
                .withTally(VoteTally.of(List.of(VotingGroup.of("SPD", VoteCounts.of(2, 0, 0)),
                    VotingGroup.of("CDU", VoteCounts.of(0, 1, 0)))))),
            "agendaItem.votes[0].tally.groups[0].counts", "org.ratsinfo.rule.vote.ballotsGroup"),
        broken("ballot of a group the tally does not have", e -> withVotes(e, rollCall(
                Ballot.of(MEIER, "FDP", VoteOption.YES), Ballot.of(SCHULZ, "CDU", VoteOption.NO))
                .withTally(VoteTally.of(List.of(VotingGroup.of("SPD", VoteCounts.of(0, 0, 0)),
                    VotingGroup.of("CDU", VoteCounts.of(0, 1, 0)))))),
            "agendaItem.votes[0].ballots[0].group", "org.ratsinfo.rule.vote.unknownGroup"),
        broken("ballots that do not add up to the stated total", e -> withVotes(e, rollCall(
                Ballot.of(MEIER, null, VoteOption.YES), Ballot.of(SCHULZ, null, VoteOption.NO))
                .withTally(new VoteTally(List.of(), VoteCounts.of(2, 1, 0)))),
            "agendaItem.votes[0].tally.statedTotal", "org.ratsinfo.rule.vote.ballotsTotal"),
        broken("stated adopted, but the two-thirds majority missed", e -> withVotes(e, Vote.builder()
                .majority(RequiredMajority.TWO_THIRDS_OF_VOTES_CAST)
                .tally(new VoteTally(List.of(), VoteCounts.of(10, 6, 2))).result(VoteOutcome.ADOPTED).build()),
            "agendaItem.votes[0].result", "org.ratsinfo.rule.vote.result.ADOPTED"),
        broken("stated rejected, but more yes than no", e -> withVotes(e, Vote.builder()
                .tally(new VoteTally(List.of(), VoteCounts.of(21, 10, 1))).result(VoteOutcome.REJECTED).build()),
            "agendaItem.votes[0].result", "org.ratsinfo.rule.vote.result.REJECTED"),
        broken("a member excluded for bias votes", e -> withVotes(e.withAgendaItem(e.agendaItem()
                .toBuilder().excludedForBias(List.of(BiasExclusion.of(SCHULZ, null))).build()),
                Vote.of(VoteTally.notTaken(List.of("SPD"))),
                rollCall(Ballot.of(MEIER, "SPD", VoteOption.YES), Ballot.of(SCHULZ, "CDU", VoteOption.NO))),
            "agendaItem.votes[1].ballots[1].option", "org.ratsinfo.rule.vote.biasedBallot"),
        broken("a member excluded for bias twice", e -> e.withAgendaItem(e.agendaItem().toBuilder()
                .excludedForBias(List.of(BiasExclusion.of(SCHULZ, null), BiasExclusion.of(SCHULZ, "x")))
                .build()),
            "agendaItem.excludedForBias[1].person", "org.ratsinfo.rule.bias.duplicate"),
        broken("a statement of facts and a text content", e -> e.withAgendaItem(e.agendaItem().toBuilder()
                .content(TextContent.of("Sachverhalt")).statementOfFacts(Text.of("Sachverhalt")).build()),
            "agendaItem.statementOfFacts", "org.ratsinfo.rule.agendaItem.twoStatements"),
        broken("a mover who is nobody", e -> withVotes(e, Vote.builder()
                .movers(List.of(new Mover(null, null))).build()),
            "agendaItem.votes[0].movers[0].person", "org.ratsinfo.rule.mover.exactlyOne"),
        broken("unanimous decision of a split roll call", e -> withVotes(e.withAgendaItem(e.agendaItem()
                .withDecision(Decision.of(DecisionKind.ADOPTED_UNANIMOUSLY))),
                rollCall(Ballot.of(MEIER, "SPD", VoteOption.YES), Ballot.of(SCHULZ, "CDU", VoteOption.NO),
                    Ballot.of(Person.of("Eva", "Lange"), "CDU", VoteOption.YES))),
            "agendaItem.decision", "org.ratsinfo.rule.decision.notUnanimous"),
        broken("question numbers with a gap", e -> withInquiry(e, i -> new Inquiry(
                List.of(Question.of(1, "a?"), Question.of(3, "b?")), null, List.of())),
            "agendaItem.content.questions[1].number", "org.ratsinfo.rule.inquiry.numbering"),
        broken("answer to a question that does not exist", e -> withInquiry(e, i -> new Inquiry(
                i.questions(), Answer.by(null, List.of(QuestionAnswer.of(9, "x"))), List.of())),
            "agendaItem.content.answer.answers[0].questionNumber",
            "org.ratsinfo.rule.inquiry.unknownQuestion"),
        broken("question answered twice", e -> withInquiry(e, i -> new Inquiry(i.questions(),
                Answer.by(null, List.of(QuestionAnswer.of(1, "x"), QuestionAnswer.of(1, "y"))),
                List.of())),
            "agendaItem.content.answer.answers[1].questionNumber",
            "org.ratsinfo.rule.inquiry.answeredTwice"),
        broken("supplementary question asked by nobody", e -> withInquiry(e, i -> new Inquiry(
                i.questions(), i.answer(),
                List.of(new SupplementaryQuestion(null, null, Text.of("Warum?"), null)))),
            "agendaItem.content.supplementaryQuestions[0].askedByOrganization",
            "org.ratsinfo.rule.supplementaryQuestion.askedBy"),
        broken("empty question text", e -> withInquiry(e, i -> new Inquiry(
                List.of(Question.of(1, "  ")), null, List.of())),
            "agendaItem.content.questions[0].text",
            "jakarta.validation.constraints.NotEmpty.message"),
        broken("decision of kind other without text", e -> e.withAgendaItem(
                e.agendaItem().withDecision(Decision.of(DecisionKind.OTHER))),
            "agendaItem.decision.text", "org.ratsinfo.rule.decision.otherNeedsText"),
        broken("unanimous decision with votes against", e -> e.withAgendaItem(
                e.agendaItem().withDecision(Decision.of(DecisionKind.ADOPTED_UNANIMOUSLY))),
            "agendaItem.decision", "org.ratsinfo.rule.decision.notUnanimous"),
        broken("duplicate agenda number", e -> e.withMeeting(e.meeting().withAgenda(List.of(
                e.agendaItem(), e.agendaItem().toBuilder().order(13).build()))),
            "meeting.agenda[1].number", "org.ratsinfo.rule.agenda.duplicateNumber"),
        broken("person without family name", e -> e.withAgendaItem(e.agendaItem().toBuilder()
                .paper(e.agendaItem().paper().withClerk(Person.of("Erika", "")))
                .build()),
            "agendaItem.consultations[0].paper.clerk.familyName",
            "jakarta.validation.constraints.NotBlank.message"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenExcerpts")
  void brokenRuleIsReportedAtItsPathInBothLanguages(
      String description, UnaryOperator<Excerpt> breakIt, String path, String rule) {
    Excerpt excerpt = breakIt.apply(ValidExcerpts.excerpt());

    List<Violation> german = VALIDATOR.validate(excerpt, Locale.GERMAN);
    List<Violation> english = VALIDATOR.validate(excerpt, Locale.ENGLISH);

    Violation de = find(german, path, rule);
    Violation en = find(english, path, rule);
    assertEquals(1, german.size(), () -> "exactly one violation expected: " + german);
    assertEquals(german.size(), english.size());
    assertNotEquals(de.message(), en.message(), "messages are translated");
    for (Violation v : List.of(de, en)) {
      assertFalse(v.message().contains("{"), () -> "uninterpolated message: " + v);
      assertFalse(v.message().isBlank());
    }
  }

  @Test
  @LocaleSensitive
  void theJvmDefaultLocaleDoesNotChooseTheLanguage() {
    Excerpt excerpt = brokenEnd();
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String english = VALIDATOR.validate(excerpt, Locale.ENGLISH).get(0).message();
      Locale.setDefault(Locale.US);
      String german = VALIDATOR.validate(excerpt, Locale.GERMAN).get(0).message();
      assertEquals("must not be before the start", english);
      assertEquals("darf nicht vor dem Beginn liegen", german);
      assertEquals(english, VALIDATOR.validate(excerpt, Locale.FRENCH).get(0).message(),
          "languages other than German get English");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void requireValidListsEveryViolation() {
    Excerpt excerpt = brokenEnd().withAgendaItem(
        ValidExcerpts.excerpt().agendaItem().toBuilder().number("?").build());
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> VALIDATOR.requireValid(excerpt, Locale.GERMAN));
    assertEquals(List.of("agendaItem.number", "meeting.end"),
        e.violations().stream().map(Violation::path).toList());
    assertTrue(e.getMessage().startsWith("Excerpt ist ungültig (2 Verstöße):"), e.getMessage());
    assertTrue(e.getMessage().contains("meeting.end: darf nicht vor dem Beginn liegen"),
        e.getMessage());
    assertEquals(excerpt.meeting(), VALIDATOR.requireValid(ValidExcerpts.excerpt(), Locale.GERMAN)
        .meeting().toBuilder().end(excerpt.meeting().end()).build());
  }

  /** The overloads without a locale speak the JVM's default language: run under both defaults. */
  @Test
  @LocaleSensitive
  void theOverloadsWithoutALocaleUseTheJvmDefault() {
    Excerpt excerpt = brokenEnd();
    Locale jvm = Locale.getDefault();
    assertEquals(VALIDATOR.validate(excerpt, jvm), VALIDATOR.validate(excerpt));
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> VALIDATOR.requireValid(excerpt));
    assertEquals(VALIDATOR.validate(excerpt, jvm), e.violations());
    assertEquals(ValidExcerpts.excerpt(), VALIDATOR.requireValid(ValidExcerpts.excerpt()));
  }

  @Test
  void inputTextNeverReachesAMessage() {
    String marker = "${1+1}{max}<script>MARKER";
    Excerpt excerpt = ValidExcerpts.excerpt().withAgendaItem(ValidExcerpts.excerpt().agendaItem()
        .toBuilder().number(marker).title(marker.repeat(100) + "\u0000").build());
    List<Violation> violations = VALIDATOR.validate(excerpt, Locale.ENGLISH);
    assertEquals(4, violations.size(), violations::toString);
    for (Violation v : violations) {
      assertFalse(v.message().contains("MARKER"), v::toString);
      assertFalse(v.message().contains("script"), v::toString);
    }
  }

  @Test
  void xmlTextReportsThePosition() {
    Excerpt excerpt = ValidExcerpts.excerpt().withAgendaItem(ValidExcerpts.excerpt().agendaItem()
        .toBuilder().title("abc\uFFFE").build());
    assertEquals("contains a character that XML 1.0 cannot carry (at position 4)",
        VALIDATOR.validate(excerpt, Locale.ENGLISH).get(0).message());
  }

  @Test
  void everyModelTypeCanBeValidatedOnItsOwn() {
    Meeting meeting = brokenEnd().meeting();
    assertEquals("end", VALIDATOR.validate(meeting, Locale.ENGLISH).get(0).path());
    assertEquals(List.of(), VALIDATOR.validate(Person.of("Erika", "Muster"), Locale.ENGLISH));
  }

  @Test
  void bundlesHaveTheSameKeys() {
    assertEquals(
        org.ratsinfo.validation.internal.Messages.forLocale(Locale.ENGLISH).keys(),
        org.ratsinfo.validation.internal.Messages.forLocale(Locale.GERMAN).keys());
  }

  private static Excerpt brokenEnd() {
    Excerpt e = ValidExcerpts.excerpt();
    return e.withMeeting(e.meeting().toBuilder().end(LocalDateTime.of(2020, 3, 3, 15, 0)).build());
  }

  private static Excerpt withTally(Excerpt e, VoteTally tally) {
    return e.withAgendaItem(e.agendaItem().toBuilder().decision((Decision) null).voteTally(tally)
        .build());
  }

  private static final Person MEIER = Person.of("Hans", "Meier");
  private static final Person SCHULZ = Person.of("Eva", "Schulz");

  private static Excerpt withVotes(Excerpt e, Vote... votes) {
    return e.withAgendaItem(e.agendaItem().toBuilder().votes(List.of(votes)).build());
  }

  private static Vote rollCall(Ballot... ballots) {
    return Vote.builder().method(VotingMethod.ROLL_CALL).ballots(List.of(ballots)).build();
  }

  private static Excerpt withInquiry(Excerpt e, UnaryOperator<Inquiry> change) {
    AgendaItem item = e.agendaItem();
    return e.withAgendaItem(item.withContent(change.apply((Inquiry) item.content())));
  }

  private static Violation find(List<Violation> violations, String path, String rule) {
    return violations.stream()
        .filter(v -> v.path().equals(path) && v.rule().equals(rule))
        .findFirst()
        .orElseThrow(() -> new AssertionError(
            "no violation of " + rule + " at " + path + " in " + violations));
  }

  private static Arguments broken(
      String description, UnaryOperator<Excerpt> breakIt, String path, String rule) {
    return Arguments.of(description, breakIt, path, rule);
  }
}
