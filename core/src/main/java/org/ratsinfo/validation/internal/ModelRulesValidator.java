package org.ratsinfo.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.QuestionAnswer;
import org.ratsinfo.model.Signature;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;

/**
 * Checks the rules that span several values of a model type. Each broken rule is reported at the
 * property it concerns, with a message key and numbers as parameters: never the input's text.
 */
public final class ModelRulesValidator implements ConstraintValidator<ModelRules, Object> {

  /** Used by Hibernate Validator. */
  public ModelRulesValidator() {}

  @Override
  public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    RuleReport report = new RuleReport(context);
    if (value instanceof Excerpt e) {
      excerpt(e, report);
    } else if (value instanceof MeetingExcerpts m) {
      meetingExcerpts(m, report);
    } else if (value instanceof Meeting m) {
      meeting(m, report);
    } else if (value instanceof AgendaItem a) {
      agendaItem(a, report);
    } else if (value instanceof Decision d) {
      decision(d, report);
    } else if (value instanceof Mover m) {
      if ((m.person() == null) == (m.organization() == null)) {
        report.at("person").add("org.ratsinfo.rule.mover.exactlyOne");
      }
    } else if (value instanceof Vote v) {
      VoteRules.vote(v, report);
    } else if (value instanceof VoteTally t) {
      voteTally(t, report);
    } else if (value instanceof Inquiry i) {
      inquiry(i, report);
    } else if (value instanceof SupplementaryQuestion q) {
      supplementaryQuestion(q, report);
    } else if (value instanceof Participant p) {
      MeetingRules.participant(p, report);
    } else if (value instanceof Signature s) {
      MeetingRules.signature(s, report);
    }
    return report.valid();
  }

  private static void excerpt(Excerpt excerpt, RuleReport report) {
    Visibility visibility = excerpt.agendaItem().visibility();
    if (excerpt.audience() == Audience.PUBLIC && visibility == Visibility.NON_PUBLIC) {
      report.at("agendaItem", "visibility").add("org.ratsinfo.rule.excerpt.nonPublicItem");
    } else if (!excerpt.meeting().publicity().allows(visibility)) {
      report.at("agendaItem", "visibility").add("org.ratsinfo.rule.meeting.publicity");
    }
  }

  private static void meetingExcerpts(MeetingExcerpts excerpts, RuleReport report) {
    // The meeting's own rules (numbers, publicity) cascade; here only what the batch adds.
    if (excerpts.items().isEmpty()) {
      report.at("meeting", "agenda").add(excerpts.meeting().agenda().isEmpty()
          ? "org.ratsinfo.rule.meetingExcerpts.emptyAgenda"
          : "org.ratsinfo.rule.meetingExcerpts.noPublicItem");
    }
  }

  private static void meeting(Meeting meeting, RuleReport report) {
    if (meeting.end() != null && meeting.end().isBefore(meeting.start())) {
      report.at("end").add("org.ratsinfo.rule.meeting.end");
    }
    Set<String> numbers = new HashSet<>();
    List<AgendaItem> agenda = meeting.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      AgendaItem item = agenda.get(i);
      if (!numbers.add(item.visibility() + " " + item.number())) {
        report.atIndex("agenda", i, "number").add("org.ratsinfo.rule.agenda.duplicateNumber");
      }
      if (!meeting.publicity().allows(item.visibility())) {
        report.atIndex("agenda", i, "visibility").add("org.ratsinfo.rule.meeting.publicity");
      }
    }
    MeetingRules.meeting(meeting, report);
  }

  private static void agendaItem(AgendaItem item, RuleReport report) {
    VoteRules.agendaItem(item, report);
  }

  private static void decision(Decision decision, RuleReport report) {
    if (decision.kind() == DecisionKind.OTHER && decision.text() == null) {
      report.at("text").add("org.ratsinfo.rule.decision.otherNeedsText");
    }
  }

  private static void voteTally(VoteTally tally, RuleReport report) {
    List<VotingGroup> groups = tally.groups();
    long withCounts = groups.stream().filter(g -> g.counts() != null).count();
    boolean mixed = withCounts > 0 && withCounts < groups.size();
    Set<String> names = new HashSet<>();
    VoteCounts sum = null;
    for (int i = 0; i < groups.size(); i++) {
      VotingGroup group = groups.get(i);
      if (!names.add(group.name())) {
        report.atIndex("groups", i, "name").add("org.ratsinfo.rule.tally.duplicateGroup");
      }
      VoteCounts counts = group.counts();
      if (counts == null) {
        if (mixed) {
          report.atIndex("groups", i, "counts").add("org.ratsinfo.rule.tally.missingCounts");
        }
        continue;
      }
      if (group.seats() != null && counts.members() > group.seats()) {
        report.atIndex("groups", i, "counts")
            .param("votes", counts.members())
            .param("seats", group.seats())
            .add("org.ratsinfo.rule.tally.seats");
      }
      sum = sum == null ? counts : sum.plus(counts);
    }
    VoteCounts stated = tally.statedTotal();
    if (stated != null && sum != null && !mixed) {
      for (VoteOption option : VoteOption.values()) {
        Integer expected = sum.count(option);
        Integer given = stated.count(option);
        if (expected != null && !expected.equals(given)) {
          report.at("statedTotal", property(option))
              .param("sum", expected)
              .add("org.ratsinfo.rule.tally.total");
        }
      }
    }
  }

  private static String property(VoteOption option) {
    return switch (option) {
      case YES -> "yes";
      case NO -> "no";
      case ABSTENTION -> "abstentions";
      case BIASED -> "biased";
      case ABSENT -> "absent";
    };
  }

  private static void inquiry(Inquiry inquiry, RuleReport report) {
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < inquiry.questions().size(); i++) {
      int number = inquiry.questions().get(i).number();
      numbers.add(number);
      if (number != i + 1) {
        report.atIndex("questions", i, "number").param("expected", i + 1)
            .add("org.ratsinfo.rule.inquiry.numbering");
      }
    }
    if (inquiry.answer() == null) {
      return;
    }
    List<QuestionAnswer> answers = inquiry.answer().answers();
    Map<Integer, Integer> answered = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      int number = answers.get(i).questionNumber();
      if (!numbers.contains(number)) {
        report.at("answer").atIndex("answers", i, "questionNumber")
            .add("org.ratsinfo.rule.inquiry.unknownQuestion");
      } else if (answered.putIfAbsent(number, i) != null) {
        report.at("answer").atIndex("answers", i, "questionNumber")
            .add("org.ratsinfo.rule.inquiry.answeredTwice");
      }
    }
  }

  private static void supplementaryQuestion(SupplementaryQuestion question, RuleReport report) {
    if (question.askedByOrganization() == null && question.askedByPerson() == null) {
      report.at("askedByOrganization").add("org.ratsinfo.rule.supplementaryQuestion.askedBy");
    }
  }
}
