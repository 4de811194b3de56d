package org.ratsinfo.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.QuestionAnswer;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.model.VotingMethod;
import org.ratsinfo.testkit.MarkedModels.Kind;

/**
 * The agenda items of a marked meeting: decisions, contents (a text or an inquiry), papers, votes
 * and roll calls, members excluded for bias, files, every string marked with its kind and withheld
 * where the case withholds its field. Not thread-safe, like its {@link Draws}.
 */
public final class MarkedItems {

  private final Draws random;
  private final Markers markers;
  private final MarkedPapers papers;

  /** The generator drawing from {@code random}, marking with {@code markers}. */
  MarkedItems(Draws random, Markers markers) {
    this.random = random;
    this.markers = markers;
    this.papers = new MarkedPapers(random, markers);
  }

  /**
   * An agenda item of the visibility: its own strings of the kind its visibility gives, those of a
   * public item's withheld fields withheld.
   */
  AgendaItem agendaItem(Visibility visibility, int order, Set<FieldKey> withheld) {
    boolean isPublic = visibility.isPublic();
    Kind own = isPublic ? Kind.PUBLIC : Kind.NON_PUBLIC;
    Decision decision = null;
    if (random.chance(0.8)) {
      DecisionKind decisionKind = random.pick(DecisionKind.ADOPTED, DecisionKind.ADOPTED_BY_MAJORITY,
          DecisionKind.REJECTED, DecisionKind.OTHER, DecisionKind.ACKNOWLEDGED, DecisionKind.REFERRED);
      Kind decisionText = isPublic && withheld.contains(FieldKey.DECISION) ? Kind.WITHHELD : own;
      decision = new Decision(decisionKind,
          decisionKind == DecisionKind.OTHER || random.chance(0.3) ? markers.text(decisionText, true) : null);
    }
    ItemContent content = switch (random.nextInt(3)) {
      case 0 -> null;
      case 1 -> new TextContent(markers.paragraphs(own));
      default -> inquiry(own);
    };
    Consultation consultation = null;
    if (isPublic ? random.chance(0.9) : random.chance(0.6)) {
      Visibility paperVisibility = isPublic && random.chance(0.5) ? Visibility.NON_PUBLIC : visibility;
      consultation = papers.consultation(paperVisibility, isPublic ? withheld : Set.of());
    }
    Set<FieldKey> withheldHere = isPublic ? withheld : Set.of();
    List<BiasExclusion> bias = random.chance(0.3)
        ? excludedForBias(fieldKind(own, withheldHere, FieldKey.EXCLUDED_FOR_BIAS))
        : List.of();
    AgendaItem.Builder builder = AgendaItem.builder()
        .id(random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)))
        .number(markers.marker(isPublic && withheld.contains(FieldKey.AGENDA_ITEM) ? Kind.WITHHELD : own, true))
        .visibility(visibility)
        .order(order)
        .title(markers.text(own, true))
        .consultation(consultation)
        .decision(decision)
        .resolutionText(random.chance(0.6) ? markers.paragraphs(own) : null)
        .votes(votes(own, withheldHere, bias))
        .content(content)
        .excludedForBias(bias)
        .proposal(random.chance(0.3) ? markers.paragraphs(own) : null)
        .statementOfFacts(content instanceof TextContent || random.chance(0.7) ? null : markers.paragraphs(own))
        .deliberation(random.chance(0.3) ? markers.paragraphs(own) : null);
    // Drawn after everything an item had before, so that a seed's earlier draws stay as they were: a
    // further paper (an amendment dealt with under the item), the item's own files.
    if (consultation != null && random.chance(0.3)) {
      Visibility further = isPublic && random.chance(0.5) ? Visibility.NON_PUBLIC : visibility;
      builder.addConsultation(papers.consultation(further, isPublic ? withheld : Set.of()));
    }
    if (random.chance(0.3)) {
      List<File> files = new ArrayList<>();
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        files.add(papers.file(own));
      }
      builder.auxiliaryFiles(files);
    }
    if (random.chance(0.2)) {
      builder.resolutionFile(papers.file(own));
    }
    return builder.build();
  }

  private static Kind fieldKind(Kind own, Set<FieldKey> withheld, FieldKey key) {
    return own == Kind.PUBLIC && withheld.contains(key) ? Kind.WITHHELD : own;
  }

  /**
   * None to three votes: open, secret or roll calls, with titles, motions and movers; a roll call's
   * members are named in its table (withheld with {@link FieldKey#BALLOTS}), its groups in the tally
   * counted from the ballots; a member excluded for bias may vote "biased" in it (that row is withheld
   * with {@link FieldKey#EXCLUDED_FOR_BIAS} as well).
   */
  private List<Vote> votes(Kind own, Set<FieldKey> withheld, List<BiasExclusion> bias) {
    if (!random.chance(0.7)) {
      return List.of();
    }
    List<Vote> votes = new ArrayList<>();
    for (int n = random.chance(0.6) ? 1 : 2 + random.nextInt(2); n > 0; n--) {
      Vote.Builder vote = Vote.builder()
          .subject(n == 1 ? VoteSubject.MAIN : random.pick(VoteSubject.values()))
          .title(random.chance(0.5) ? markers.text(own, true) : null)
          .motion(random.chance(0.4) ? markers.paragraphs(own) : null)
          .present(random.chance(0.2) ? random.nextInt(60) : null)
          .eligible(random.chance(0.2) ? random.nextInt(60) : null);
      if (random.chance(0.4)) {
        Kind movers = fieldKind(own, withheld, FieldKey.MOVERS);
        List<Mover> list = new ArrayList<>();
        for (int m = 1 + random.nextInt(2); m > 0; m--) {
          list.add(random.chance(0.5) ? Mover.of(markers.person(movers))
              : Mover.of(new Organization(random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)),
                  markers.text(movers, true), null, OrganizationType.FACTION)));
        }
        vote.movers(list);
      }
      switch (random.nextInt(3)) {
        case 0 -> vote.tally(tally(own));
        case 1 -> vote.method(VotingMethod.SECRET).tally(tally(own));
        default -> {
          Kind members = fieldKind(own, withheld, FieldKey.BALLOTS);
          // A group's marker is made when a ballot first names it: every group made is shown.
          String[] groups = new String[1 + random.nextInt(3)];
          List<Ballot> ballots = new ArrayList<>();
          for (int b = 1 + random.nextInt(4); b > 0; b--) {
            int g = random.nextInt(groups.length);
            if (groups[g] == null) {
              groups[g] = markers.marker(own, true);
            }
            ballots.add(Ballot.of(markers.person(members), groups[g],
                random.pick(VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION, VoteOption.ABSENT)));
          }
          // A member excluded for bias may be in the roll call, as "biased": named by the bias's marker.
          for (BiasExclusion exclusion : bias) {
            if (random.chance(0.5)) {
              // In a group some other ballot names: a ballot without a group would leave the counted
              // tally without groups, and their markers unshown.
              String group = ballots.get(random.nextInt(ballots.size())).group();
              ballots.add(Ballot.of(exclusion.person(), group, VoteOption.BIASED));
            }
          }
          vote.method(VotingMethod.ROLL_CALL).ballots(ballots);
        }
      }
      votes.add(vote.build());
    }
    return votes;
  }

  private List<BiasExclusion> excludedForBias(Kind kind) {
    List<BiasExclusion> list = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      list.add(BiasExclusion.of(markers.person(kind), random.chance(0.6) ? markers.text(kind, true) : null));
    }
    return list;
  }

  private Inquiry inquiry(Kind own) {
    int n = random.nextInt(4);
    List<Question> questions = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      questions.add(new Question(i, markers.paragraphs(own)));
    }
    Answer answer = null;
    if (random.chance(0.7)) {
      List<QuestionAnswer> answers = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        if (random.chance(0.8)) {
          answers.add(new QuestionAnswer(i, markers.paragraphs(own)));
        }
      }
      Text introduction = random.chance(0.4) ? markers.paragraphs(own) : null;
      // Without an introduction of its own, the standard one names the respondent.
      Person respondent = random.chance(0.7) ? markers.person(own, introduction == null) : null;
      answer = new Answer(respondent, introduction, answers);
    }
    List<SupplementaryQuestion> supplementary = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      // The label names the faction if there is one, else the person.
      Organization faction = random.chance(0.6)
          ? new Organization(random.optional(() -> markers.marker(Kind.NEVER_SHOWN, false)), markers.text(own, true),
              null, OrganizationType.FACTION)
          : null;
      Person person = faction == null || random.chance(0.3) ? markers.person(own, faction == null) : null;
      supplementary.add(new SupplementaryQuestion(faction, person, markers.paragraphs(own),
          random.chance(0.7) ? markers.paragraphs(own) : null));
    }
    return new Inquiry(questions, answer, supplementary);
  }

  private VoteTally tally(Kind own) {
    // The tallies of RandomModels, drawn from a stream of their own seeded from this one, with marked groups.
    VoteTally drawn = new RandomVotes(new Draws(random.nextLong())).voteTally(false);
    List<VotingGroup> groups = new ArrayList<>();
    for (VotingGroup group : drawn.groups()) {
      groups.add(new VotingGroup(markers.marker(own, true), group.seats(), group.counts()));
    }
    return new VoteTally(groups, drawn.statedTotal());
  }
}
