package org.ratsinfo.cli;

import java.util.Locale;

/** The languages of messages and labels: {@code --locale de|en}. */
enum Language {
  /** German. */
  de(Locale.GERMANY),
  /** English. */
  en(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** German on a German system, English elsewhere. */
  @SuppressForbidden("the messages follow the machine's language unless --locale says otherwise")
  static Language ofSystem() {
    return "de".equals(Locale.getDefault().getLanguage()) ? de : en;
  }
}
