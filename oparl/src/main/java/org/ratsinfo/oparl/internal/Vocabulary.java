package org.ratsinfo.oparl.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.OrganizationType;

/**
 * What OParl 1.1 defines: the object types, their properties, and the values of the properties that
 * the model knows as enumerations. Taken from the specification's schema (github.com/OParl/spec,
 * {@code schema/*.json}).
 */
public final class Vocabulary {

  /** The prefix of every OParl 1.1 type. */
  public static final String TYPE_PREFIX = "https://schema.oparl.org/1.1/";
  /** The prefix of OParl 1.0 types, whose names 1.1 shares. */
  public static final String TYPE_PREFIX_1_0 = "https://schema.oparl.org/1.0/";

  /** The prefix of ratsinfo's own extension properties. */
  public static final String EXTENSION_PREFIX = "ratsinfo:";
  /**
   * The votes taken at an agenda item, in ratsinfo's native JSON form: an array of {@code Vote}s, in
   * the order they were taken.
   */
  public static final String EXT_VOTES = "ratsinfo:votes";
  /**
   * The votes as Popolo {@code VoteEvent}s, for open-data portals: an array, one event per vote taken.
   * Written only, never read: {@link #EXT_VOTES} holds the same and more.
   */
  public static final String EXT_VOTE_EVENTS = "ratsinfo:voteEvents";
  /**
   * The members excluded for bias from an agenda item, in native JSON form: an array of {@code
   * BiasExclusion}s.
   */
  public static final String EXT_EXCLUDED_FOR_BIAS = "ratsinfo:excludedForBias";
  /** An agenda item's proposal (Beschlussvorschlag), in native JSON form (a text). */
  public static final String EXT_PROPOSAL = "ratsinfo:proposal";
  /** An agenda item's statement of facts (Sachverhalt), in native JSON form (a text). */
  public static final String EXT_STATEMENT_OF_FACTS = "ratsinfo:statementOfFacts";
  /** An agenda item's course of the debate (Beratungsverlauf), in native JSON form (a text). */
  public static final String EXT_DELIBERATION = "ratsinfo:deliberation";
  /**
   * The deciding vote's tally in native JSON form, as exports before {@link #EXT_VOTES} wrote it; read
   * as one open vote on the main motion, never written.
   */
  public static final String EXT_VOTE_TALLY = "ratsinfo:voteTally";
  /**
   * The deciding vote's tally as one Popolo VoteEvent, as exports before {@link #EXT_VOTE_EVENTS} wrote
   * it; neither read nor written.
   */
  public static final String EXT_VOTE_EVENT = "ratsinfo:voteEvent";
  /** An inquiry with its questions and answers, in native JSON form. */
  public static final String EXT_INQUIRY = "ratsinfo:inquiry";
  /** The text content of an agenda item (Sachverhalt), in native JSON form. */
  public static final String EXT_TEXT_CONTENT = "ratsinfo:textContent";
  /** The kind of decision, when {@code result} is a local wording. */
  public static final String EXT_DECISION_KIND = "ratsinfo:decisionKind";
  /** The occasion (Anlass) of a meeting. */
  public static final String EXT_OCCASION = "ratsinfo:occasion";
  /** Whether a meeting had public and non-public parts. */
  public static final String EXT_PUBLICITY = "ratsinfo:publicity";
  /** The function of a person shown with the name. */
  public static final String EXT_FUNCTION = "ratsinfo:function";
  /** The clerk of a paper (Bearbeiter/-in): the id of a Person. */
  public static final String EXT_CLERK = "ratsinfo:clerk";

  /**
   * The part of a meeting an agenda heading opens: {@code "public"}, {@code "nonPublic"}, or {@value
   * #OPENS_NONE} for a heading that only groups items.
   */
  public static final String EXT_OPENS = "ratsinfo:opens";
  /** The {@link #EXT_OPENS} of a heading that opens no part. */
  public static final String OPENS_NONE = "none";

  /**
   * The date of a consultation ({@code yyyy-mm-dd}) where the meeting it names does not give it: a
   * meeting the export does not hold, or one whose start is withheld.
   */
  public static final String EXT_DATE = "ratsinfo:date";
  /** The status of a consultation, e.g. "beraten"; beyond OParl. */
  public static final String EXT_STATUS = "ratsinfo:status";
  /** The result of a consultation where its agenda item does not give it; beyond OParl. */
  public static final String EXT_RESULT = "ratsinfo:result";
  /** {@code "nonPublic"} on a consultation at a non-public item or meeting the export does not hold. */
  public static final String EXT_VISIBILITY = "ratsinfo:visibility";
  /** The id of a consultation's meeting where the export does not hold the meeting (any string). */
  public static final String EXT_MEETING_ID = "ratsinfo:meetingId";
  /** The id of a consultation's agenda item where the export does not hold the item (any string). */
  public static final String EXT_AGENDA_ITEM_ID = "ratsinfo:agendaItemId";
  /** The related papers ({@code relatedPaper}) this paper amends (Änderungsantrag zu). */
  public static final String EXT_AMENDS = "ratsinfo:amends";
  /** The related papers that amend this one. */
  public static final String EXT_AMENDED_BY = "ratsinfo:amendedBy";
  /** The related papers this paper supplements (Ergänzungsvorlage zu). */
  public static final String EXT_SUPPLEMENTS = "ratsinfo:supplements";
  /** The related papers that supplement this one. */
  public static final String EXT_SUPPLEMENTED_BY = "ratsinfo:supplementedBy";

  /** The extension properties ratsinfo writes or reads, those of earlier exports included. */
  public static final Set<String> EXTENSIONS = Set.of(EXT_VOTES, EXT_VOTE_EVENTS, EXT_EXCLUDED_FOR_BIAS,
      EXT_PROPOSAL, EXT_STATEMENT_OF_FACTS, EXT_DELIBERATION, EXT_VOTE_TALLY, EXT_VOTE_EVENT, EXT_INQUIRY,
      EXT_TEXT_CONTENT, EXT_DECISION_KIND, EXT_OCCASION, EXT_PUBLICITY, EXT_FUNCTION, EXT_CLERK,
      EXT_OPENS, EXT_DATE, EXT_STATUS, EXT_RESULT, EXT_VISIBILITY, EXT_MEETING_ID, EXT_AGENDA_ITEM_ID,
      EXT_AMENDS, EXT_AMENDED_BY, EXT_SUPPLEMENTS, EXT_SUPPLEMENTED_BY);

  /**
   * The extension properties of an agenda item that only an item has, never a heading: an entry that
   * carries one of them is an item.
   */
  public static final Set<String> ITEM_EXTENSIONS = Set.of(EXT_VOTES, EXT_VOTE_EVENTS,
      EXT_EXCLUDED_FOR_BIAS, EXT_PROPOSAL, EXT_STATEMENT_OF_FACTS, EXT_DELIBERATION, EXT_VOTE_TALLY,
      EXT_VOTE_EVENT, EXT_INQUIRY, EXT_TEXT_CONTENT, EXT_DECISION_KIND);

  private static final List<String> COMMON =
      List.of("id", "type", "license", "keyword", "web", "created", "modified", "deleted");

  /** The properties of each type, beyond the common ones. */
  private static final Map<String, Set<String>> PROPERTIES = Map.ofEntries(
      entry("System", "oparlVersion", "otherOparlVersions", "body", "name", "contactEmail",
          "contactName", "website", "vendor", "product"),
      entry("Body", "system", "shortName", "name", "website", "licenseValidSince", "oparlSince", "ags",
          "rgs", "equivalent", "contactEmail", "contactName", "organization", "person", "meeting",
          "paper", "legislativeTerm", "agendaItem", "consultation", "file", "locationList",
          "legislativeTermList", "membership", "classification", "location"),
      entry("LegislativeTerm", "body", "name", "startDate", "endDate"),
      entry("Organization", "body", "name", "membership", "meeting", "consultation", "shortName",
          "post", "subOrganizationOf", "organizationType", "classification", "startDate", "endDate",
          "website", "location", "externalBody"),
      entry("Person", "body", "name", "familyName", "givenName", "formOfAddress", "affix", "title",
          "gender", "phone", "email", "location", "locationObject", "status", "membership", "life",
          "lifeSource"),
      entry("Membership", "person", "organization", "role", "votingRight", "startDate", "endDate",
          "onBehalfOf"),
      entry("Meeting", "name", "meetingState", "cancelled", "start", "end", "location", "organization",
          "participant", "invitation", "resultsProtocol", "verbatimProtocol", "auxiliaryFile",
          "agendaItem"),
      entry("AgendaItem", "meeting", "number", "order", "name", "public", "consultation", "result",
          "resolutionText", "resolutionFile", "auxiliaryFile", "start", "end"),
      entry("Paper", "body", "name", "reference", "date", "paperType", "relatedPaper",
          "superordinatedPaper", "subordinatedPaper", "mainFile", "auxiliaryFile", "location",
          "originatorPerson", "underDirectionOf", "originatorOrganization", "consultation"),
      entry("Consultation", "paper", "agendaItem", "meeting", "organization", "authoritative", "role"),
      entry("File", "name", "fileName", "mimeType", "date", "size", "sha1Checksum", "sha512Checksum",
          "text", "accessUrl", "downloadUrl", "externalServiceUrl", "masterFile", "derivativeFile",
          "fileLicense", "meeting", "agendaItem", "paper"),
      entry("Location", "description", "geojson", "streetAddress", "room", "postalCode",
          "subLocality", "locality", "bodies", "organizations", "persons", "meetings", "papers"));

  private static Map.Entry<String, Set<String>> entry(String type, String... properties) {
    return Map.entry(type, Stream.concat(COMMON.stream(), Stream.of(properties))
        .collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * The OParl version a type URL is of, {@code "1.0"} or {@code "1.1"}; {@code null} for a URL of
   * neither.
   */
  public static @Nullable String version(String typeUrl) {
    if (typeUrl.startsWith(TYPE_PREFIX)) {
      return "1.1";
    }
    if (typeUrl.startsWith(TYPE_PREFIX_1_0)) {
      return "1.0";
    }
    return null;
  }

  /** The short name of a type URL of OParl 1.0 or 1.1 ("Meeting"); empty for another URL. */
  public static String shortType(String typeUrl) {
    if (typeUrl.startsWith(TYPE_PREFIX)) {
      return typeUrl.substring(TYPE_PREFIX.length());
    }
    if (typeUrl.startsWith(TYPE_PREFIX_1_0)) {
      return typeUrl.substring(TYPE_PREFIX_1_0.length());
    }
    return "";
  }

  /** The properties of a type, common ones included; empty for an unknown type. */
  public static Set<String> properties(String type) {
    return PROPERTIES.getOrDefault(type, Set.of());
  }

  /** Whether the type is an OParl 1.1 type (its short name). */
  public static boolean isType(String type) {
    return PROPERTIES.containsKey(type);
  }

  /** {@code meetingState} values. */
  private static final Map<MeetingState, String> MEETING_STATES = Map.of(
      MeetingState.SCHEDULED, "terminiert",
      MeetingState.INVITED, "eingeladen",
      MeetingState.HELD, "durchgeführt");

  /** The {@code meetingState} of a state. */
  public static String meetingState(MeetingState state) {
    return MEETING_STATES.get(state);
  }

  /** The state of a {@code meetingState}, case and surrounding space ignored; {@code null} if unknown. */
  public static @Nullable MeetingState meetingState(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (Map.Entry<MeetingState, String> e : MEETING_STATES.entrySet()) {
      if (e.getValue().equals(v)) {
        return e.getKey();
      }
    }
    return switch (v) {
      case "durchgefuehrt", "abgeschlossen", "beendet" -> MeetingState.HELD;
      case "geplant" -> MeetingState.SCHEDULED;
      default -> null;
    };
  }

  /** {@code organizationType} values, as the specification names them. */
  private static final Map<OrganizationType, String> ORGANIZATION_TYPES = Map.of(
      OrganizationType.COMMITTEE, "Gremium",
      OrganizationType.FACTION, "Fraktion",
      OrganizationType.PARTY, "Partei",
      OrganizationType.ADMINISTRATIVE_UNIT, "Verwaltungsbereich",
      OrganizationType.OTHER, "Sonstiges");

  /** The {@code organizationType} of a kind of organization. */
  public static String organizationType(OrganizationType type) {
    return ORGANIZATION_TYPES.get(type);
  }

  /** The kind of an {@code organizationType}; {@code null} if not known. */
  public static @Nullable OrganizationType organizationType(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (Map.Entry<OrganizationType, String> e : ORGANIZATION_TYPES.entrySet()) {
      if (e.getValue().toLowerCase(Locale.ROOT).equals(v)) {
        return e.getKey();
      }
    }
    return switch (v) {
      case "ausschuss", "rat", "bezirksvertretung", "beirat", "kommission" -> OrganizationType.COMMITTEE;
      case "gruppe", "fraktion/gruppe" -> OrganizationType.FACTION;
      case "verwaltung", "fachbereich", "amt", "dezernat" -> OrganizationType.ADMINISTRATIVE_UNIT;
      case "sonstige", "sonstiges", "institution" -> OrganizationType.OTHER;
      default -> null;
    };
  }

  /** MIME types by the file extension servers write instead. */
  private static final Map<String, String> MIME_TYPES;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("pdf", "application/pdf");
    m.put("doc", "application/msword");
    m.put("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    m.put("xls", "application/vnd.ms-excel");
    m.put("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    m.put("ppt", "application/vnd.ms-powerpoint");
    m.put("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    m.put("odt", "application/vnd.oasis.opendocument.text");
    m.put("ods", "application/vnd.oasis.opendocument.spreadsheet");
    m.put("rtf", "application/rtf");
    m.put("txt", "text/plain");
    m.put("htm", "text/html");
    m.put("html", "text/html");
    m.put("xml", "application/xml");
    m.put("json", "application/json");
    m.put("zip", "application/zip");
    m.put("jpg", "image/jpeg");
    m.put("jpeg", "image/jpeg");
    m.put("png", "image/png");
    m.put("gif", "image/gif");
    m.put("tif", "image/tiff");
    m.put("tiff", "image/tiff");
    m.put("svg", "image/svg+xml");
    MIME_TYPES = Map.copyOf(m);
  }

  /**
   * The MIME type a file extension stands for ({@code "docx"}, {@code ".PDF"}); {@code null} if the
   * value is no known extension.
   */
  public static @Nullable String mimeTypeOfExtension(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith(".")) {
      v = v.substring(1);
    }
    return MIME_TYPES.get(v);
  }

  private Vocabulary() {}
}
