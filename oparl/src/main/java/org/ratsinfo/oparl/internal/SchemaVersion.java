package org.ratsinfo.oparl.internal;

import org.jspecify.annotations.Nullable;

/** A version of the OParl specification that ratsinfo reads, known by the prefix of its type URLs. */
public enum SchemaVersion {
  /** OParl 1.0 (2016), which many servers still speak. */
  V1_0("1.0"),
  /** OParl 1.1 (2018). */
  V1_1("1.1");

  private static final String SCHEMA = "https://schema.oparl.org/";
  private static final SchemaVersion[] ALL = values();

  private final String label;
  private final String prefix;

  SchemaVersion(String label) {
    this.label = label;
    this.prefix = SCHEMA + label + "/";
  }

  /** The version number, e.g. {@code "1.1"}. */
  public String label() {
    return label;
  }

  /** The prefix of the version's type URLs, e.g. {@code "https://schema.oparl.org/1.1/"}. */
  public String prefix() {
    return prefix;
  }

  /** The type URL of a type in this version, e.g. {@code "https://schema.oparl.org/1.1/Meeting"}. */
  public String typeUrl(String type) {
    return prefix + type;
  }

  /**
   * The version a type URL names by its prefix, without looking at the type after it.
   *
   * @param typeUrl the value of an object's {@code type}
   * @return the version, or {@code null} if the URL starts with no known version's prefix
   */
  public static @Nullable SchemaVersion ofTypeUrl(String typeUrl) {
    for (SchemaVersion version : ALL) {
      if (typeUrl.startsWith(version.prefix)) {
        return version;
      }
    }
    return null;
  }
}
