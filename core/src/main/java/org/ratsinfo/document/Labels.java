package org.ratsinfo.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.internal.Bundle;
import org.ratsinfo.model.DecisionKind;

/**
 * The labels of an excerpt in one language: field labels, headings, status words, decisions, vote
 * options, weekday and month abbreviations and the patterns dates and titles are made of.
 *
 * <p>There are two languages: German ({@link #GERMAN}, the default) and English ({@link #ENGLISH}).
 * The labels are read from the UTF-8 files {@code org/ratsinfo/document/labels.properties} (German)
 * and {@code labels_en.properties} (English) of this module, each once, when labels of that language
 * are first used (a program that renders only German never reads the English file). The JVM's default
 * locale never picks the language: only {@link #forLocale(Locale)} does.
 *
 * <p>Keys are readable, stable and part of the public API, so that custom renderers can use them:
 * {@code field.<FieldKey>} (e.g. {@code field.AGENDA_ITEM} = "TOP"), {@code decision.<DecisionKind>},
 * {@code heading.<SectionKind>}, {@code vote.<VoteOption>}, {@code visibility.<Visibility>}, {@code
 * visibility.prefix.<Visibility>}, {@code publicity.<MeetingPublicity>}, {@code
 * meetingState.<MeetingState>}, {@code weekday.<DayOfWeek>}, {@code month.<Month>}, and {@code
 * document.title}, {@code question.label}, {@code answer.introduction}, {@code vote.notTaken}, {@code
 * page.footer} and others; {@link #keys()} lists them all.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Labels {

  /** German labels: "TOP", "Gremium", "zur Kenntnis genommen" …; the default. */
  public static final Labels GERMAN = load(Locale.GERMANY, "labels.properties");

  /** English labels: "Agenda item", "Committee", "noted" …. */
  public static final Labels ENGLISH = load(Locale.ENGLISH, "labels_en.properties");

  private final Locale locale;
  private final String resource;
  /** Read on first use; a race reads the same file twice and keeps one of two equal bundles. */
  private volatile @Nullable Bundle labels;

  private Labels(Locale locale, String resource) {
    this.locale = locale;
    this.resource = resource;
  }

  /**
   * The labels for a locale: {@link #ENGLISH} for every locale whose language is English ({@code
   * en}, {@code en_US}, {@code en_GB} …), {@link #GERMAN} for German ({@code de}, {@code de_AT} …) and
   * for every other language, since German is the language of the council information systems
   * ratsinfo reads.
   *
   * @param locale the locale wanted
   * @return the labels in the language for the locale
   */
  public static Labels forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "en".equals(locale.getLanguage()) ? ENGLISH : GERMAN;
  }

  /**
   * The locale of these labels: {@link Locale#GERMANY} or {@link Locale#ENGLISH}.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The language of these labels as a BCP 47 tag, for document metadata: "de-DE" or "en".
   *
   * @return the language tag
   */
  public String languageTag() {
    return get("language.tag");
  }

  /**
   * The label of a key.
   *
   * @param key the key, e.g. {@code "field.ORGANIZATION"}
   * @return the label, e.g. "Gremium"
   * @throws IllegalArgumentException if there is no such key
   */
  public String get(String key) {
    Objects.requireNonNull(key, "key");
    Bundle labels = labels();
    String label = labels.find(key);
    if (label == null) {
      throw new IllegalArgumentException(
          "unknown label key '" + key + "' (bundle " + labels.name() + ")");
    }
    return label;
  }

  /**
   * The label of a key with its placeholders {@code {0}}, {@code {1}} … replaced by the arguments'
   * {@link String#valueOf(Object) string values}, as they are: no number or date formatting, no
   * quoting rules. A brace that does not start a placeholder (such as "{x}" or a lone "&#123;")
   * stays as it is.
   *
   * @param key the key, e.g. {@code "document.title"}
   * @param args the arguments, already formatted
   * @return the label with its placeholders replaced, e.g. "Auszug - Anfrage: …"
   * @throws IllegalArgumentException if there is no such key, or the label refers to an argument that
   *     is not given
   */
  public String format(String key, Object... args) {
    String pattern = get(key);
    try {
      String[] values = new String[args.length];
      for (int i = 0; i < args.length; i++) {
        values[i] = String.valueOf(args[i]);
      }
      return Bundle.substitute(pattern, Arrays.asList(values));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("label '" + key + "': " + e.getMessage(), e);
    }
  }

  /**
   * The label of a field, e.g. "Gremium" for {@link FieldKey#ORGANIZATION}.
   *
   * @param key the field
   * @return its label, without a colon
   */
  public String field(FieldKey key) {
    return get("field." + key.name());
  }

  /**
   * The standard wording of a decision, e.g. "zur Kenntnis genommen" for {@link
   * DecisionKind#ACKNOWLEDGED}.
   *
   * @param kind the kind of decision
   * @return its label
   */
  public String decision(DecisionKind kind) {
    return get("decision." + kind.name());
  }

  /**
   * Whether there is a label for a key.
   *
   * @param key the key
   * @return {@code true} if {@link #get(String)} returns a label for it
   */
  public boolean contains(String key) {
    return labels().find(key) != null;
  }

  /**
   * Every key, sorted.
   *
   * @return the keys, unmodifiable
   */
  public SortedSet<String> keys() {
    return labels().keys();
  }

  @Override
  public String toString() {
    return "Labels[" + locale.toLanguageTag() + "]";
  }

  private Bundle labels() {
    Bundle bundle = labels;
    if (bundle == null) {
      bundle = Bundle.load(resource);
      labels = bundle;
    }
    return bundle;
  }

  private static Labels load(Locale locale, String fileName) {
    return new Labels(locale, "org/ratsinfo/document/" + fileName);
  }
}
