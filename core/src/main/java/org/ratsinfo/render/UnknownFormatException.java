package org.ratsinfo.render;

import java.io.Serial;
import java.util.List;

/** No renderer is registered for the requested format. The message lists the formats there are. */
public final class UnknownFormatException extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  /** The format asked for. */
  private final String format;

  /** The formats there are; a serialised exception keeps their names. */
  @SuppressWarnings("serial") // an immutable list of strings
  private final List<String> known;

  /**
   * An exception for a format.
   *
   * @param format the format asked for
   * @param known the identifiers of the formats there are
   */
  public UnknownFormatException(String format, List<String> known) {
    super("unknown format '" + format + "'; known formats: "
        + (known.isEmpty() ? "none" : String.join(", ", known)));
    this.format = format;
    this.known = List.copyOf(known);
  }

  /** The format asked for. */
  public String format() {
    return format;
  }

  /** The identifiers of the formats there are. */
  public List<String> known() {
    return known;
  }
}
