package org.ratsinfo.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.testkit.RandomModels.Invalid;

/**
 * Excerpts with exactly one text that breaks a rule of texts, for {@link InvalidExcerpts}: blank,
 * too long, or with a character XML cannot hold. Not thread-safe, like its {@link Draws}.
 */
public final class BrokenTexts {

  private final Draws random;
  private final RandomTexts texts;
  private final RandomPeople people;
  private final RandomPapers papers;
  private final BrokenTallies tallies;

  /** The generator drawing from {@code random}. */
  public BrokenTexts(Draws random) {
    this.random = random;
    this.texts = new RandomTexts(random);
    this.people = new RandomPeople(random);
    this.papers = new RandomPapers(random);
    this.tallies = new BrokenTallies(random);
  }

  /** The excerpt with one required text blank: white space of several kinds. */
  Invalid notBlank(Excerpt e, String rule) {
    String blank = random.pick(" ", "\t", "  \n ", "\r\n", "\u2003", "\u3000 \u2003");
    AgendaItem item = e.agendaItem();
    switch (random.nextInt(6)) {
      case 0:
        return new Invalid("blank body name", withBody(e, new Body(e.body().id(), blank, e.body().shortName())),
            "body.name", rule, List.of());
      case 1:
        return new Invalid("blank title", e.withAgendaItem(item.toBuilder().title(blank).build()),
            "agendaItem.title", rule, List.of());
      case 2: {
        Organization o = e.meeting().organization();
        return new Invalid("blank committee name", e.withMeeting(e.meeting().toBuilder()
            .organization(new Organization(o.id(), blank, o.shortName(), o.type())).build()),
            "meeting.organization.name", rule, List.of());
      }
      case 3: {
        Paper paper = papers.paper(random.pick(Visibility.values())).toBuilder().reference(blank).build();
        return new Invalid("blank paper reference", e.withAgendaItem(item.toBuilder().paper(paper).build()),
            "agendaItem.consultations[0].paper.reference", rule, List.of());
      }
      case 4: {
        Paper paper = papers.paper(random.pick(Visibility.values())).toBuilder()
            .clerk(people.person().toBuilder().familyName(blank).build()).build();
        return new Invalid("blank family name", e.withAgendaItem(item.toBuilder().paper(paper).build()),
            "agendaItem.consultations[0].paper.clerk.familyName", rule, List.of());
      }
      default: {
        VoteTally tally = tallies.takenTally(1);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        int j = random.nextInt(groups.size());
        groups.set(j, new VotingGroup(blank, groups.get(j).seats(), groups.get(j).counts()));
        return tallies.withTally(e, "blank group name", new VoteTally(groups, tally.statedTotal()),
            "agendaItem.votes[0].tally.groups[" + j + "].name", rule);
      }
    }
  }

  /** The excerpt with one text longer than its field allows, starting with the tag. */
  Invalid tooLong(Excerpt e, String rule, String tag) {
    AgendaItem item = e.agendaItem();
    switch (random.nextInt(4)) {
      case 0: {
        String title = texts.longText(tag, 1000);
        return new Invalid("title too long", e.withAgendaItem(item.toBuilder().title(title).build()),
            "agendaItem.title", rule, List.of(title));
      }
      case 1: {
        String occasion = texts.longText(tag, 100);
        return new Invalid("occasion too long", e.withMeeting(e.meeting().toBuilder().occasion(occasion).build()),
            "meeting.occasion", rule, List.of(occasion));
      }
      case 2: {
        String text = texts.longText(tag, 300);
        return new Invalid("decision text too long",
            e.withAgendaItem(item.withDecision(
                new Decision(random.pick(DecisionKind.OTHER, DecisionKind.ADOPTED), text))),
            "agendaItem.decision.text", rule, List.of(text));
      }
      default: {
        String name = texts.longText(tag, 100);
        return new Invalid("short name too long", e.withMeeting(e.meeting().toBuilder().organization(
            e.meeting().organization().withShortName(name)).build()),
            "meeting.organization.shortName", rule, List.of(name));
      }
    }
  }

  /** The excerpt with one text holding a character that XML cannot hold, after the tag. */
  Invalid notXml(Excerpt e, String rule, String tag) {
    String bad = random.pick("\u0000", "\u0007", "\u000B", "\u001B", "\u001F", "\uFFFE", "\uFFFF", "\uD800",
        "\uDC00", "\u0008");
    String value = tag + " " + texts.phrase(0, 3, 80) + bad + texts.phrase(1, 3, 80);
    AgendaItem item = e.agendaItem();
    switch (random.nextInt(4)) {
      case 0:
        return new Invalid("control character in the body's name",
            withBody(e, new Body(e.body().id(), value, e.body().shortName())), "body.name", rule, List.of(value));
      case 1:
        return new Invalid("control character in the title", e.withAgendaItem(item.toBuilder().title(value).build()),
            "agendaItem.title", rule, List.of(value));
      case 2: {
        Person p = people.person();
        Paper paper = papers.paper(random.pick(Visibility.values())).toBuilder()
            .clerk(p.toBuilder().givenName(value).build()).build();
        return new Invalid("control character in a given name",
            e.withAgendaItem(item.toBuilder().paper(paper).build()),
            "agendaItem.consultations[0].paper.clerk.givenName", rule, List.of(value));
      }
      default: {
        List<String> paragraphs = new ArrayList<>(texts.text().paragraphs());
        int p = random.nextInt(paragraphs.size() + 1);
        paragraphs.add(p, value);
        return new Invalid("control character in the resolution",
            e.withAgendaItem(item.toBuilder().resolutionText(new Text(paragraphs)).build()),
            "agendaItem.resolutionText[" + p + "]", rule, List.of(value));
      }
    }
  }

  private static Excerpt withBody(Excerpt e, Body body) {
    return new Excerpt(body, e.meeting(), e.agendaItem(), e.audience());
  }
}
