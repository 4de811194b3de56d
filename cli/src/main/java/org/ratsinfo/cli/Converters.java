package org.ratsinfo.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.ratsinfo.document.FieldKey;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The converters of {@code ratsinfo render}'s option values. */
final class Converters {

  private Converters() {}

  /**
   * The names of the header fields for {@code --withhold}: the {@link FieldKey} in lower case with
   * hyphens ({@code clerk}, {@code lead-department}); case and {@code _} for {@code -} do not matter.
   */
  static final class FieldNames implements ITypeConverter<FieldKey>, Iterable<String> {

    static String name(FieldKey key) {
      return key.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public FieldKey convert(String value) {
      String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      for (FieldKey key : FieldKey.values()) {
        if (name(key).equals(wanted)) {
          return key;
        }
      }
      throw new TypeConversionException("no header field '" + value + "'; the fields are "
          + String.join(", ", this));
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(FieldKey.values()).map(FieldNames::name).iterator();
    }
  }

  /** A BCP 47 language tag with a language, for {@code --content-language}: "de-DE", "de", "en". */
  static final class LanguageTags implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      try {
        Locale locale = new Locale.Builder().setLanguageTag(value.strip()).build();
        if (!locale.getLanguage().isEmpty()) {
          return locale;
        }
      } catch (java.util.IllformedLocaleException e) {
        // reported below, with what is expected
      }
      throw new TypeConversionException("'" + value + "' is no language tag such as de-DE, de or en");
    }
  }
}
