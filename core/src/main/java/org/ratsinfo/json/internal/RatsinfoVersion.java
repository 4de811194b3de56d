package org.ratsinfo.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The version of ratsinfo, as the build wrote it beside this class, for Jackson's module registry. */
public final class RatsinfoVersion {

  /** The version, e.g. 0.1.0-SNAPSHOT of org.ratsinfo:ratsinfo-core. */
  public static final Version VERSION = read();

  private RatsinfoVersion() {}

  private static Version read() {
    try (InputStream in = RatsinfoVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties properties = new Properties();
      properties.load(in);
      return VersionUtil.parseVersion(properties.getProperty("version", ""), "org.ratsinfo",
          "ratsinfo-core");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
  }
}
