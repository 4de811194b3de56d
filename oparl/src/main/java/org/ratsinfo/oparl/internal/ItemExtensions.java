package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * Reads what ratsinfo's extension properties add to an agenda item, each in the native JSON form:
 * the votes ({@code ratsinfo:votes}, or the single tally {@code ratsinfo:voteTally} of earlier
 * exports as one open vote on the main motion), the members excluded for bias, the proposal, the
 * statement of facts, the course of the debate, and the inquiry or text dealt with. A value that is not
 * of the native form is reported, naming the property and the path within it, and left out: a list's
 * element alone, so that the other votes stay. Not thread-safe (its warnings are not).
 */
final class ItemExtensions {

  private final Values values;
  private final Warnings warnings;

  ItemExtensions(Values values, Warnings warnings) {
    this.values = values;
    this.warnings = warnings;
  }

  /**
   * Whether an agenda entry carries any of them (or the Popolo vote events written with them): then
   * it is an item, never a heading.
   */
  static boolean any(Node ai) {
    return any(ai.json());
  }

  /** Whether an agenda entry's JSON carries any of them. */
  static boolean any(JsonNode ai) {
    for (String extension : Vocabulary.ITEM_EXTENSIONS) {
      if (isGiven(ai.get(extension))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the item's extension values to its builder.
   *
   * @param ai the agenda item as read
   * @param item the builder of the model's item
   * @return the builder
   */
  AgendaItem.Builder read(Node ai, AgendaItem.Builder item) {
    return item.votes(votes(ai))
        .excludedForBias(values.extensionList(ai, Vocabulary.EXT_EXCLUDED_FOR_BIAS, BiasExclusion.class))
        .proposal(values.extension(ai, Vocabulary.EXT_PROPOSAL, Text.class))
        .statementOfFacts(values.extension(ai, Vocabulary.EXT_STATEMENT_OF_FACTS, Text.class))
        .deliberation(values.extension(ai, Vocabulary.EXT_DELIBERATION, Text.class))
        .content(content(ai));
  }

  private List<Vote> votes(Node ai) {
    if (isGiven(ai.json().get(Vocabulary.EXT_VOTES))) {
      if (isGiven(ai.json().get(Vocabulary.EXT_VOTE_TALLY))) {
        warnings.warn(ai.name(), Vocabulary.EXT_VOTE_TALLY, OParlIssue.INVALID_EXTENSION,
            key("reason.votesGivenToo"));
      }
      return values.extensionList(ai, Vocabulary.EXT_VOTES, Vote.class);
    }
    VoteTally tally = values.extension(ai, Vocabulary.EXT_VOTE_TALLY, VoteTally.class);
    return tally == null ? List.of() : List.of(Vote.of(tally));
  }

  private @Nullable ItemContent content(Node ai) {
    ItemContent content = values.extension(ai, Vocabulary.EXT_INQUIRY, Inquiry.class);
    return content != null ? content : values.extension(ai, Vocabulary.EXT_TEXT_CONTENT, TextContent.class);
  }

  private static boolean isGiven(@Nullable JsonNode value) {
    return value != null && !value.isNull();
  }
}
