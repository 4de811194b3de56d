package org.ratsinfo.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonValueFormat;
import tools.jackson.databind.ser.std.StdScalarSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * The date-times and dates of the model's records, whatever a mapper's own java.time settings: a
 * {@link ZonedDateTime} is ISO 8601 with the zone's region in brackets (RFC 9557), or with an offset
 * only, which must then hold in the region; it is never adjusted to another zone. A {@link LocalDate} is
 * ISO 8601. Immutable and thread-safe.
 */
final class Temporals {

  private static final ValueSerializer<?> ZONED_SERIALIZER =
      new Writer<>(ZonedDateTime.class, DateTimeFormatter.ISO_ZONED_DATE_TIME, JsonValueFormat.DATE_TIME);
  private static final ValueSerializer<?> DATE_SERIALIZER =
      new Writer<>(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE, JsonValueFormat.DATE);
  private static final ValueDeserializer<?> ZONED_DESERIALIZER = new ZonedDateTimeReader();
  private static final ValueDeserializer<?> DATE_DESERIALIZER = new LocalDateReader();

  private Temporals() {}

  /** The serializer of a type, or {@code null} if the format leaves the type to Jackson. */
  static @Nullable ValueSerializer<?> serializer(@Nullable Class<?> type) {
    if (type == ZonedDateTime.class) {
      return ZONED_SERIALIZER;
    }
    return type == LocalDate.class ? DATE_SERIALIZER : null;
  }

  /** The deserializer of a type, or {@code null} if the format leaves the type to Jackson. */
  static @Nullable ValueDeserializer<?> deserializer(@Nullable Class<?> type) {
    if (type == ZonedDateTime.class) {
      return ZONED_DESERIALIZER;
    }
    return type == LocalDate.class ? DATE_DESERIALIZER : null;
  }

  /** Writes a temporal value as a string in the given format. */
  private static final class Writer<T extends TemporalAccessor> extends StdScalarSerializer<T> {
    private final DateTimeFormatter format;
    private final JsonValueFormat schemaFormat;

    Writer(Class<T> type, DateTimeFormatter format, JsonValueFormat schemaFormat) {
      super(type);
      this.format = format;
      this.schemaFormat = schemaFormat;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(format.format(value));
    }

    @Override
    public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType typeHint) {
      visitStringFormat(visitor, typeHint, schemaFormat);
    }
  }

  /** Reads a date-time with its zone, or with an offset only. */
  private static final class ZonedDateTimeReader extends StdScalarDeserializer<ZonedDateTime> {
    ZonedDateTimeReader() {
      super(ZonedDateTime.class);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }

    @Override
    public ZonedDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (ZonedDateTime) ctxt.handleUnexpectedToken(ZonedDateTime.class, p);
      }
      String text = p.getString();
      ZonedDateTime dateTime;
      TemporalAccessor parsed;
      try {
        parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
        dateTime = ZonedDateTime.from(parsed);
      } catch (DateTimeException e) {
        throw (ValueFormatException) new ValueFormatException(p, text, ZonedDateTime.class, "dateTime")
            .initCause(e);
      }
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)
          && parsed.get(ChronoField.OFFSET_SECONDS) != dateTime.getOffset().getTotalSeconds()) {
        throw new ValueFormatException(p, text, ZonedDateTime.class, "dateTimeOffset");
      }
      return dateTime;
    }
  }

  /** Reads a date. */
  private static final class LocalDateReader extends StdScalarDeserializer<LocalDate> {
    LocalDateReader() {
      super(LocalDate.class);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getString();
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeException e) {
        throw (ValueFormatException) new ValueFormatException(p, text, LocalDate.class, "date").initCause(e);
      }
    }
  }
}
