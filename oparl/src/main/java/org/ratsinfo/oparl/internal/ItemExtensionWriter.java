package org.ratsinfo.oparl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteOption;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what OParl cannot carry of an agenda item into ratsinfo's extension properties, each value in
 * the native JSON form (straight from the data binding): {@code ratsinfo:votes} (every vote), {@code
 * ratsinfo:voteEvents} (the votes as Popolo vote events, see {@link VoteEvents}), {@code
 * ratsinfo:excludedForBias}, {@code ratsinfo:proposal}, {@code ratsinfo:statementOfFacts}, {@code
 * ratsinfo:deliberation}, and {@code ratsinfo:inquiry} or {@code ratsinfo:textContent}. {@link
 * ItemExtensions} reads them back.
 *
 * <p>What the integrator withholds from the public is left out as the layout leaves it out of a public
 * excerpt: {@link FieldKey#BALLOTS} the ballots of a roll call (and the Popolo {@code votes}), whose
 * counts stay as the vote's tally; {@link FieldKey#MOVERS} the movers; {@link
 * FieldKey#EXCLUDED_FOR_BIAS} the exclusions for bias and the "biased" ballots; {@link
 * FieldKey#DECISION} every vote's stated result and the vote events' {@code result}. Immutable.
 */
final class ItemExtensionWriter {

  private final JsonMapper mapper;
  private final Set<FieldKey> withheld;
  private final boolean voteEvents;

  /**
   * A writer.
   *
   * @param mapper the mapper with {@code RatsinfoModule}
   * @param withheld the fields withheld from the public
   * @param voteEvents whether to write the Popolo vote events
   */
  ItemExtensionWriter(JsonMapper mapper, Set<FieldKey> withheld, boolean voteEvents) {
    this.mapper = mapper;
    this.withheld = withheld;
    this.voteEvents = voteEvents;
  }

  private boolean shows(FieldKey field) {
    return !withheld.contains(field);
  }

  /**
   * Writes the item's extension properties onto its object.
   *
   * @param a the item's object
   * @param item the (public) agenda item
   * @param startDate the meeting's start as OParl writes it, or {@code null} where it is withheld
   */
  void write(ObjectNode a, AgendaItem item, @Nullable String startDate) {
    List<Vote> votes = shownVotes(item.votes());
    if (!votes.isEmpty()) {
      a.set(Vocabulary.EXT_VOTES, mapper.valueToTree(votes));
      if (voteEvents) {
        ArrayNode events = VoteEvents.of(mapper, votes, item, shows(FieldKey.AGENDA_ITEM), startDate,
            shows(FieldKey.DECISION));
        if (!events.isEmpty()) {
          a.set(Vocabulary.EXT_VOTE_EVENTS, events);
        }
      }
    }
    if (!item.excludedForBias().isEmpty() && shows(FieldKey.EXCLUDED_FOR_BIAS)) {
      a.set(Vocabulary.EXT_EXCLUDED_FOR_BIAS, mapper.valueToTree(item.excludedForBias()));
    }
    text(a, Vocabulary.EXT_PROPOSAL, item.proposal());
    text(a, Vocabulary.EXT_STATEMENT_OF_FACTS, item.statementOfFacts());
    text(a, Vocabulary.EXT_DELIBERATION, item.deliberation());
    if (item.content() instanceof Inquiry inquiry) {
      a.set(Vocabulary.EXT_INQUIRY, mapper.valueToTree(inquiry));
    } else if (item.content() instanceof TextContent text) {
      a.set(Vocabulary.EXT_TEXT_CONTENT, mapper.valueToTree(text));
    }
  }

  private void text(ObjectNode a, String name, @Nullable Text text) {
    if (text != null) {
      a.set(name, mapper.valueToTree(text));
    }
  }

  /**
   * The votes as the public may see them: without the ballots of a roll call where they are withheld
   * (the counts they give become the vote's tally, unless it has one), without the "biased" ballots
   * where the exclusions for bias are withheld (likewise), without movers where they are withheld,
   * without the stated result where the decision is withheld.
   */
  List<Vote> shownVotes(List<Vote> votes) {
    List<Vote> shown = new ArrayList<>(votes.size());
    for (Vote vote : votes) {
      Vote.Builder b = vote.toBuilder();
      if (!vote.ballots().isEmpty() && !shows(FieldKey.BALLOTS)) {
        b.tally(vote.effectiveTally().orElse(null)).ballots(List.of());
      } else if (!shows(FieldKey.EXCLUDED_FOR_BIAS)
          && vote.ballots().stream().anyMatch(x -> x.option() == VoteOption.BIASED)) {
        // A "biased" ballot names a member excluded for bias, as the excerpt's layout leaves it out.
        b.tally(vote.effectiveTally().orElse(null))
            .ballots(vote.ballots().stream().filter(x -> x.option() != VoteOption.BIASED).toList());
      }
      if (!shows(FieldKey.MOVERS)) {
        b.movers(List.of());
      }
      if (!shows(FieldKey.DECISION)) {
        b.result(null);
      }
      shown.add(b.build());
    }
    return shown;
  }
}
