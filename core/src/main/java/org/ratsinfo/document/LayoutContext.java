package org.ratsinfo.document;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.WebAddresses;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.Visibility;

/**
 * What every part of a layout needs: the labels and date formats of the document's language, the
 * content language's tag, and the configured rules for votes. Immutable; one per {@link ExcerptLayout}.
 */
final class LayoutContext {

  final Labels labels;
  final DateTimeLabels dates;
  final MajorityRule majorityRule;
  final TallyLayout tallyLayout;
  final TallyFit tallyFit;
  /** The content language's tag where it is not the labels' language, else {@code null}. */
  final @Nullable String dataLanguage;
  final LinkTargets links;

  LayoutContext(Labels labels, MajorityRule majorityRule, TallyLayout tallyLayout, TallyFit tallyFit,
      @Nullable String dataLanguage, LinkTargets links) {
    this.labels = labels;
    this.dates = new DateTimeLabels(labels);
    this.majorityRule = majorityRule;
    this.tallyLayout = tallyLayout;
    this.tallyFit = tallyFit;
    this.dataLanguage = dataLanguage;
    this.links = links;
  }

  /**
   * An address as a link target: {@code null} for none, and for every address that is not an absolute
   * https or http URL, whatever the data or the integrator's {@link LinkTargets} gave.
   */
  @Nullable URI link(@Nullable String address) {
    return WebAddresses.parse(address);
  }

  /** An agenda item's number as every document shows it, with its visibility: "Ö 19.1", "N 3". */
  String itemNumber(Visibility visibility, String number) {
    return labels.format("agendaItem.number", labels.get("visibility.prefix." + visibility.name()), number);
  }

  /** A section headed by its kind's label. */
  Section section(SectionKind kind, List<Block> blocks) {
    return new Section(kind, labels.get("heading." + kind.name()), blocks);
  }

  /** The paragraphs of a text from the data, in the content language. */
  List<Block> paragraphs(Paragraph.Style style, Text text) {
    List<Block> blocks = new ArrayList<>(text.paragraphs().size());
    for (String paragraph : text.paragraphs()) {
      blocks.add(new Paragraph(style, paragraph, dataLanguage));
    }
    return blocks;
  }

  /** The fields of one field list, leaving out absent values and what the redaction withholds. */
  Fields fields(Redaction redaction) {
    return new Fields(redaction);
  }

  /** The fields of one field list being collected. */
  final class Fields {
    private final Redaction redaction;
    private final List<Field> list = new ArrayList<>();

    private Fields(Redaction redaction) {
      this.redaction = redaction;
    }

    /** A value made from the labels: in the document's language. */
    void add(FieldKey key, @Nullable String value) {
      add(key, value, null);
    }

    /** A value from the data, as given: in the content language. */
    void addData(FieldKey key, @Nullable String value) {
      add(key, value, dataLanguage);
    }

    private void add(FieldKey key, @Nullable String value, @Nullable String language) {
      if (value != null && !value.isBlank() && redaction.shows(key)) {
        list.add(new Field(key, labels.field(key), value, language));
      }
    }

    List<Field> list() {
      return list;
    }
  }
}
