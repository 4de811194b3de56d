package org.ratsinfo.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.FieldKey;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Attendance;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Body;
import org.ratsinfo.model.Consultation;
import org.ratsinfo.model.Decision;
import org.ratsinfo.model.DecisionKind;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.File;
import org.ratsinfo.model.Inquiry;
import org.ratsinfo.model.ItemContent;
import org.ratsinfo.model.Location;
import org.ratsinfo.model.Meeting;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.QuestionAnswer;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;
import org.ratsinfo.model.VotingMethod;
import org.ratsinfo.testkit.internal.Draws;
import org.ratsinfo.testkit.internal.RandomVotes;

/**
 * A seeded generator of valid meetings whose every string carries a unique marker that says what the
 * string is: public content, non-public content (of a non-public agenda item or paper), a field the
 * integrator withholds from the public, or a value no excerpt ever shows (identifiers, short names,
 * the meeting's name …). Tests render the meeting for the public and look for the markers that must
 * not be there, and render it for the internal audience and find the markers that must be.
 *
 * <p>A marker is {@link Kind#prefix() two letters} for its kind, four letters or digits for the
 * case and three for its number, e.g. {@code NPK7Q200A}: nine upper-case letters and digits that no
 * renderer hyphenates, breaks into ligatures or changes, and that no other text of the case contains.
 * Extracted PDF text may break a line inside one: look for markers in {@link #squeezed(String) text
 * without white space}.
 *
 * <p>Every meeting has at least one public item; about half of them consult a non-public paper, and
 * the withheld fields are a random set of {@link #WITHHOLDABLE} (sometimes none, sometimes all). The
 * texts are small (a few words per paragraph) so that thousands of cases render quickly in every
 * format. To reproduce a failure, take the seed from the test's message: {@code
 * MarkedModels.of(seed).meeting()}. Not thread-safe; one instance per seed.
 */
public final class MarkedModels {

  /**
   * The fields a case may withhold from the public: every field that can carry a marker (the TOP
   * through the agenda number, which also names the batch's files unless withheld).
   */
  public static final Set<FieldKey> WITHHOLDABLE = Collections.unmodifiableSet(EnumSet.of(
      FieldKey.AGENDA_ITEM, FieldKey.ORGANIZATION, FieldKey.DECISION, FieldKey.OCCASION, FieldKey.ROOM, FieldKey.LOCATION,
      FieldKey.PAPER_TYPE, FieldKey.ORIGINATORS, FieldKey.LEAD_DEPARTMENT, FieldKey.CLERK,
      FieldKey.CONSULTATION_ROLE, FieldKey.MOVERS, FieldKey.BALLOTS, FieldKey.EXCLUDED_FOR_BIAS,
      FieldKey.CHAIR, FieldKey.MINUTE_TAKER, FieldKey.ATTENDANCE));

  /** What a marked string is. */
  public enum Kind {
    /** Public content: shown to everyone. */
    PUBLIC("OE"),
    /** Content of a non-public agenda item or paper: shown to the internal audience only. */
    NON_PUBLIC("NP"),
    /** A field withheld from the public: shown to the internal audience only. */
    WITHHELD("WH"),
    /** A value no excerpt shows, for any audience: identifiers, short names, the meeting's name. */
    NEVER_SHOWN("ZZ");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** The two letters every marker of this kind starts with. */
    public String prefix() {
      return prefix;
    }
  }

  /** Every marker of any kind and case, in text from which white space has been removed. */
  public static final Pattern MARKER = Pattern.compile("(?:OE|NP|WH|ZZ)[0-9A-Z]{7}");

  private static final String[] WORDS = {
    "Rat", "Stadt", "Änderung", "Straße", "Grünfläche", "Öffnungszeiten", "Maßnahme", "über",
    "Haushalt", "Schließung", "Radweg", "Bücherei", "Spielplatz", "und", "für", "Förderung", "der",
    "die", "das", "Sachstand", "€", "§ 31", "„Zitat“", "Brücke", "Weißdorn", "zur",
  };

  private static final PaperType[] STANDARD_TYPES = {
    PaperType.INQUIRY, PaperType.MOTION, PaperType.DRAFT_RESOLUTION, PaperType.COMMUNICATION,
  };

  private final long seed;
  private final Random random;
  private final String tag;
  private int counter;
  private final Map<String, Kind> kinds = new LinkedHashMap<>();
  /** The markers of the value being built, and which of them the layout is sure to show. */
  private Marks current = new Marks();

  private MarkedModels(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    this.tag = String.format(Locale.ROOT, "%4s", Long.toString(random.nextInt(36 * 36 * 36 * 36), 36))
        .replace(' ', '0').toUpperCase(Locale.ROOT);
  }

  /** A generator for the given seed. */
  public static MarkedModels of(long seed) {
    return new MarkedModels(seed);
  }

  /**
   * {@code count} seeds, the same on every run unless the system property {@code ratsinfo.seed} names
   * one seed to start from (e.g. a seed from a failure); {@code ratsinfo.cases} overrides the count.
   *
   * @param count the number of seeds by default
   * @return the seeds
   */
  public static LongStream seeds(int count) {
    int n = Integer.getInteger("ratsinfo.cases", count);
    String seed = System.getProperty("ratsinfo.seed");
    if (seed != null && !seed.isBlank()) {
      long first = Long.parseLong(seed.strip());
      return LongStream.concat(LongStream.of(first),
          new SplittableRandom(first).longs(Math.max(0, n - 1), 0, Long.MAX_VALUE));
    }
    return new SplittableRandom(RandomModels.MASTER_SEED ^ 0x7EDAC7L).longs(n, 0, Long.MAX_VALUE);
  }

  // ---------------------------------------------------------------------------------------------
  // Cases

  /** The markers of one value: all of them, and those the layout always shows (for its audience). */
  public static final class Marks {
    private final Set<String> all = new LinkedHashSet<>();
    private final Set<String> shown = new LinkedHashSet<>();

    /** Every marker of the value. */
    public Set<String> all() {
      return Collections.unmodifiableSet(all);
    }

    /**
     * The markers an excerpt of the value shows for an audience that may see them: every marker that
     * is not {@link Kind#NEVER_SHOWN} and that the layout is sure to show (a person's family name, a
     * title, a paragraph …), whatever the other values are.
     */
    public Set<String> shown() {
      return Collections.unmodifiableSet(shown);
    }
  }

  /**
   * One agenda item of a case with its markers (those of its consultation and paper included).
   *
   * @param item the agenda item
   * @param marks its markers
   */
  public record Item(AgendaItem item, Marks marks) {}

  /**
   * A marked meeting.
   *
   * @param seed the seed it was made from
   * @param excerpts the meeting with its whole agenda, for the public
   * @param withheld the fields withheld from the public in this case
   * @param meetingMarks the markers of the body and the meeting (not of its items), shown in every
   *     excerpt
   * @param items the agenda items in agenda order, public and non-public
   * @param participantMarks the markers of the participants (the chair, the minute-taker, the
   *     attendees), shown in the minutes only
   * @param kinds the kind of every marker of the case
   */
  public record Case(long seed, MeetingExcerpts excerpts, Set<FieldKey> withheld, Marks meetingMarks,
      List<Item> items, Marks participantMarks, Map<String, Kind> kinds) {

    /** The public items, in agenda order. */
    public List<Item> publicItems() {
      return items.stream().filter(i -> i.item().visibility().isPublic()).toList();
    }

    /**
     * The excerpt of one item, for an audience, with the meeting carrying its whole agenda (which no
     * excerpt shows).
     */
    public Excerpt excerpt(Item item, Audience audience) {
      return new Excerpt(excerpts.body(), excerpts.meeting(), item.item(), audience);
    }

    /** The markers of every kind but {@link Kind#PUBLIC}: none of them may reach the public. */
    public Set<String> notForThePublic() {
      Set<String> out = new LinkedHashSet<>();
      kinds.forEach((marker, kind) -> {
        if (kind != Kind.PUBLIC) {
          out.add(marker);
        }
      });
      return out;
    }

    /**
     * The markers that must not be in any excerpt of the item, for any audience: those of every other
     * item, and those never shown.
     */
    public Set<String> neverIn(Item item) {
      Set<String> out = new LinkedHashSet<>();
      for (Item other : items) {
        if (other != item) {
          out.addAll(other.marks().all());
        }
      }
      kinds.forEach((marker, kind) -> {
        if (kind == Kind.NEVER_SHOWN) {
          out.add(marker);
        }
      });
      return out;
    }

    /** The markers an internal excerpt of the item must show. */
    public Set<String> shownInternally(Item item) {
      Set<String> out = new LinkedHashSet<>(meetingMarks.shown());
      out.addAll(item.marks().shown());
      return out;
    }

    /** The markers a public excerpt of a public item must show: those of public content. */
    public Set<String> shownPublicly(Item item) {
      Set<String> out = new LinkedHashSet<>();
      for (String marker : shownInternally(item)) {
        if (kinds.get(marker) == Kind.PUBLIC) {
          out.add(marker);
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return "MarkedModels case seed " + seed;
    }
  }

  /**
   * A valid meeting of one to five agenda items, at least one of them public, with its markers.
   *
   * @return the case
   */
  public Case meeting() {
    Set<FieldKey> withheld = EnumSet.noneOf(FieldKey.class);
    switch (random.nextInt(6)) {
      case 0 -> { } // nothing withheld
      case 1 -> withheld.addAll(WITHHOLDABLE);
      default -> {
        for (FieldKey key : WITHHOLDABLE) {
          if (chance(0.4)) {
            withheld.add(key);
          }
        }
      }
    }
    Marks meetingMarks = new Marks();
    current = meetingMarks;
    Body body = new Body(optional(() -> text(Kind.NEVER_SHOWN, false)), text(Kind.PUBLIC, true),
        optional(() -> text(Kind.NEVER_SHOWN, false)));
    Kind organizationKind = withheld.contains(FieldKey.ORGANIZATION) ? Kind.WITHHELD : Kind.PUBLIC;
    Organization committee = new Organization(optional(() -> marker(Kind.NEVER_SHOWN, false)),
        text(organizationKind, true), optional(() -> marker(Kind.NEVER_SHOWN, false)),
        OrganizationType.COMMITTEE);
    String occasion = optional(() -> text(kind(withheld, FieldKey.OCCASION), true));
    Location location = chance(0.7)
        ? new Location(optional(() -> text(kind(withheld, FieldKey.LOCATION), true)),
            optional(() -> text(kind(withheld, FieldKey.ROOM), true)),
            optional(() -> text(Kind.NEVER_SHOWN, false)), optional(() -> "44623"),
            optional(() -> text(Kind.NEVER_SHOWN, false)))
        : null;
    String name = optional(() -> text(Kind.NEVER_SHOWN, false));
    String meetingId = optional(() -> marker(Kind.NEVER_SHOWN, false));

    int publicCount = 1 + random.nextInt(3);
    int nonPublicCount = random.nextInt(3);
    List<Visibility> visibilities = new ArrayList<>();
    for (int i = 0; i < publicCount; i++) {
      visibilities.add(Visibility.PUBLIC);
    }
    for (int i = 0; i < nonPublicCount; i++) {
      visibilities.add(Visibility.NON_PUBLIC);
    }
    Collections.shuffle(visibilities, random);
    List<Item> items = new ArrayList<>();
    for (Visibility visibility : visibilities) {
      Marks marks = new Marks();
      current = marks;
      items.add(new Item(agendaItem(visibility, items.size(), withheld), marks));
    }
    LocalDateTime start = LocalDateTime.of(2000 + random.nextInt(30), 1 + random.nextInt(12),
        1 + random.nextInt(28), 8 + random.nextInt(10), random.nextInt(4) * 15);
    Meeting meeting = Meeting.builder()
        .id(meetingId)
        .name(name)
        .organization(committee)
        .occasion(occasion)
        .start(start)
        .end(chance(0.7) ? start.plusMinutes(30 + random.nextInt(300)) : null)
        .location(location)
        .cancelled(chance(0.1))
        .publicity(nonPublicCount == 0 ? MeetingPublicity.PUBLIC : MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        .agenda(items.stream().map(Item::item).toList())
        // The meeting's own files are no part of any excerpt.
        .invitation(chance(0.3) ? neverShownFile() : null)
        .resultsProtocol(chance(0.3) ? neverShownFile() : null)
        .auxiliaryFiles(chance(0.2) ? List.of(neverShownFile()) : List.of())
        .build();
    // Drawn last, so that the draws before stay as they were: the participants, for the minutes.
    Marks participantMarks = new Marks();
    current = participantMarks;
    meeting = meeting.withParticipants(participants(withheld));
    MeetingExcerpts excerpts = MeetingExcerpts.builder().body(body).meeting(meeting)
        .audience(Audience.PUBLIC).build();
    return new Case(seed, excerpts, Collections.unmodifiableSet(withheld), meetingMarks,
        List.copyOf(items), participantMarks, Collections.unmodifiableMap(new LinkedHashMap<>(kinds)));
  }

  /**
   * None to six participants: the chair and the minute-taker (named in the minutes' header, withheld
   * with {@link FieldKey#CHAIR} and {@link FieldKey#MINUTE_TAKER}, and in the attendance list, withheld
   * with {@link FieldKey#ATTENDANCE}), members of marked voting groups, a deputy.
   */
  private List<Participant> participants(Set<FieldKey> withheld) {
    List<Participant> participants = new ArrayList<>();
    if (!chance(0.7)) {
      return participants;
    }
    boolean attendance = !withheld.contains(FieldKey.ATTENDANCE);
    // A chair or minute-taker is named in the header and in the attendance list: withheld only where
    // both are.
    Kind chair = attendance || !withheld.contains(FieldKey.CHAIR) ? Kind.PUBLIC : Kind.WITHHELD;
    Kind minuteTaker = attendance || !withheld.contains(FieldKey.MINUTE_TAKER) ? Kind.PUBLIC : Kind.WITHHELD;
    Kind attendee = attendance ? Kind.PUBLIC : Kind.WITHHELD;
    participants.add(Participant.of(listed(chair), ParticipantRole.CHAIR, null));
    if (chance(0.7)) {
      participants.add(Participant.of(listed(minuteTaker), ParticipantRole.MINUTE_TAKER, null));
    }
    int members = random.nextInt(3);
    boolean deputy = chance(0.4);
    // A group's name is shown as its heading in the attendance list: made only where it has members.
    String group = members > 0 || deputy ? text(attendee, true) : null;
    for (int i = members; i > 0; i--) {
      participants.add(Participant.of(listed(attendee), ParticipantRole.MEMBER, group)
          .withAttendance(pick(Attendance.values())));
    }
    if (deputy) {
      Person member = listed(attendee);
      participants.add(Participant.of(member, ParticipantRole.MEMBER, group).withAttendance(Attendance.EXCUSED));
      participants.add(Participant.deputy(listed(attendee), group, member));
    }
    return participants;
  }

  /** A person whose list name ("Family, Title Given") is shown wherever the person is. */
  private Person listed(Kind kind) {
    return Person.builder()
        .id(optional(() -> marker(Kind.NEVER_SHOWN, false)))
        .formOfAddress(optional(() -> marker(kind, false)))
        .title(optional(() -> marker(kind, true)))
        .givenName(optional(() -> marker(kind, true)))
        .familyName(marker(kind, true))
        .build();
  }

  private static Kind kind(Set<FieldKey> withheld, FieldKey key) {
    return withheld.contains(key) ? Kind.WITHHELD : Kind.PUBLIC;
  }

  private AgendaItem agendaItem(Visibility visibility, int order, Set<FieldKey> withheld) {
    boolean isPublic = visibility.isPublic();
    Kind own = isPublic ? Kind.PUBLIC : Kind.NON_PUBLIC;
    Decision decision = null;
    if (chance(0.8)) {
      DecisionKind decisionKind = pick(DecisionKind.ADOPTED, DecisionKind.ADOPTED_BY_MAJORITY,
          DecisionKind.REJECTED, DecisionKind.OTHER, DecisionKind.ACKNOWLEDGED, DecisionKind.REFERRED);
      Kind decisionText = isPublic && withheld.contains(FieldKey.DECISION) ? Kind.WITHHELD : own;
      decision = new Decision(decisionKind,
          decisionKind == DecisionKind.OTHER || chance(0.3) ? text(decisionText, true) : null);
    }
    ItemContent content = switch (random.nextInt(3)) {
      case 0 -> null;
      case 1 -> new TextContent(paragraphs(own));
      default -> inquiry(own);
    };
    Consultation consultation = null;
    if (isPublic ? chance(0.9) : chance(0.6)) {
      Visibility paperVisibility = isPublic && chance(0.5) ? Visibility.NON_PUBLIC : visibility;
      consultation = consultation(paperVisibility, isPublic ? withheld : Set.of());
    }
    Set<FieldKey> withheldHere = isPublic ? withheld : Set.of();
    List<BiasExclusion> bias = chance(0.3)
        ? excludedForBias(fieldKind(own, withheldHere, FieldKey.EXCLUDED_FOR_BIAS))
        : List.of();
    AgendaItem.Builder builder = AgendaItem.builder()
        .id(optional(() -> marker(Kind.NEVER_SHOWN, false)))
        .number(marker(isPublic && withheld.contains(FieldKey.AGENDA_ITEM) ? Kind.WITHHELD : own, true))
        .visibility(visibility)
        .order(order)
        .title(text(own, true))
        .consultation(consultation)
        .decision(decision)
        .resolutionText(chance(0.6) ? paragraphs(own) : null)
        .votes(votes(own, withheldHere, bias))
        .content(content)
        .excludedForBias(bias)
        .proposal(chance(0.3) ? paragraphs(own) : null)
        .statementOfFacts(content instanceof TextContent || chance(0.7) ? null : paragraphs(own))
        .deliberation(chance(0.3) ? paragraphs(own) : null);
    // Drawn after everything an item had before, so that a seed's earlier draws stay as they were: a
    // further paper (an amendment dealt with under the item), the item's own files.
    if (consultation != null && chance(0.3)) {
      Visibility further = isPublic && chance(0.5) ? Visibility.NON_PUBLIC : visibility;
      builder.addConsultation(consultation(further, isPublic ? withheld : Set.of()));
    }
    if (chance(0.3)) {
      List<File> files = new ArrayList<>();
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        files.add(file(own));
      }
      builder.auxiliaryFiles(files);
    }
    if (chance(0.2)) {
      builder.resolutionFile(file(own));
    }
    return builder.build();
  }

  private static Kind fieldKind(Kind own, Set<FieldKey> withheld, FieldKey key) {
    return own == Kind.PUBLIC && withheld.contains(key) ? Kind.WITHHELD : own;
  }

  /**
   * None to three votes: open, secret or roll calls, with titles, motions and movers; a roll call's
   * members are named in its table (withheld with {@link FieldKey#BALLOTS}), its groups in the tally
   * counted from the ballots; a member excluded for bias may vote "biased" in it (that row is withheld
   * with {@link FieldKey#EXCLUDED_FOR_BIAS} as well).
   */
  private List<Vote> votes(Kind own, Set<FieldKey> withheld, List<BiasExclusion> bias) {
    if (!chance(0.7)) {
      return List.of();
    }
    List<Vote> votes = new ArrayList<>();
    for (int n = chance(0.6) ? 1 : 2 + random.nextInt(2); n > 0; n--) {
      Vote.Builder vote = Vote.builder()
          .subject(n == 1 ? VoteSubject.MAIN : pick(VoteSubject.values()))
          .title(chance(0.5) ? text(own, true) : null)
          .motion(chance(0.4) ? paragraphs(own) : null)
          .present(chance(0.2) ? random.nextInt(60) : null)
          .eligible(chance(0.2) ? random.nextInt(60) : null);
      if (chance(0.4)) {
        Kind movers = fieldKind(own, withheld, FieldKey.MOVERS);
        List<Mover> list = new ArrayList<>();
        for (int m = 1 + random.nextInt(2); m > 0; m--) {
          list.add(chance(0.5) ? Mover.of(person(movers))
              : Mover.of(new Organization(optional(() -> marker(Kind.NEVER_SHOWN, false)),
                  text(movers, true), null, OrganizationType.FACTION)));
        }
        vote.movers(list);
      }
      switch (random.nextInt(3)) {
        case 0 -> vote.tally(tally(own));
        case 1 -> vote.method(VotingMethod.SECRET).tally(tally(own));
        default -> {
          Kind members = fieldKind(own, withheld, FieldKey.BALLOTS);
          // A group's marker is made when a ballot first names it: every group made is shown.
          String[] groups = new String[1 + random.nextInt(3)];
          List<Ballot> ballots = new ArrayList<>();
          for (int b = 1 + random.nextInt(4); b > 0; b--) {
            int g = random.nextInt(groups.length);
            if (groups[g] == null) {
              groups[g] = marker(own, true);
            }
            ballots.add(Ballot.of(person(members), groups[g],
                pick(VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION, VoteOption.ABSENT)));
          }
          // A member excluded for bias may be in the roll call, as "biased": named by the bias's marker.
          for (BiasExclusion exclusion : bias) {
            if (chance(0.5)) {
              // In a group some other ballot names: a ballot without a group would leave the counted
              // tally without groups, and their markers unshown.
              String group = ballots.get(random.nextInt(ballots.size())).group();
              ballots.add(Ballot.of(exclusion.person(), group, VoteOption.BIASED));
            }
          }
          vote.method(VotingMethod.ROLL_CALL).ballots(ballots);
        }
      }
      votes.add(vote.build());
    }
    return votes;
  }

  private List<BiasExclusion> excludedForBias(Kind kind) {
    List<BiasExclusion> list = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      list.add(BiasExclusion.of(person(kind), chance(0.6) ? text(kind, true) : null));
    }
    return list;
  }

  private Consultation consultation(Visibility visibility, Set<FieldKey> withheld) {
    Kind own = visibility.isPublic() ? Kind.PUBLIC : Kind.NON_PUBLIC;
    List<Person> persons = new ArrayList<>();
    List<Organization> organizations = new ArrayList<>();
    Kind originators = own == Kind.PUBLIC && withheld.contains(FieldKey.ORIGINATORS) ? Kind.WITHHELD : own;
    for (int i = random.nextInt(3); i > 0; i--) {
      persons.add(person(originators));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      organizations.add(new Organization(optional(() -> marker(Kind.NEVER_SHOWN, false)),
          text(originators, true), optional(() -> marker(Kind.NEVER_SHOWN, false)),
          pick(OrganizationType.FACTION, OrganizationType.PARTY, OrganizationType.ADMINISTRATIVE_UNIT)));
    }
    Kind lead = own == Kind.PUBLIC && withheld.contains(FieldKey.LEAD_DEPARTMENT) ? Kind.WITHHELD : own;
    Kind clerk = own == Kind.PUBLIC && withheld.contains(FieldKey.CLERK) ? Kind.WITHHELD : own;
    Kind type = own == Kind.PUBLIC && withheld.contains(FieldKey.PAPER_TYPE) ? Kind.WITHHELD : own;
    Kind role = own == Kind.PUBLIC && withheld.contains(FieldKey.CONSULTATION_ROLE) ? Kind.WITHHELD : own;
    Paper paper = Paper.builder()
        .id(optional(() -> marker(Kind.NEVER_SHOWN, false)))
        .reference(marker(own, true))
        .title(text(own, true))
        .paperType(chance(0.6) ? PaperType.of(text(type, true)) : pick(STANDARD_TYPES))
        .visibility(visibility)
        .date(chance(0.6) ? LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12),
            1 + random.nextInt(28)) : null)
        .originatorPersons(persons)
        .originatorOrganizations(organizations)
        .leadDepartment(chance(0.6) ? new Organization(optional(() -> marker(Kind.NEVER_SHOWN, false)),
            text(lead, true), optional(() -> marker(Kind.NEVER_SHOWN, false)),
            OrganizationType.ADMINISTRATIVE_UNIT) : null)
        .clerk(chance(0.7) ? person(clerk) : null)
        .build();
    Consultation consultation =
        new Consultation(paper, chance(0.7) ? text(role, true) : null, chance(0.5));
    // Drawn after everything a paper had before, so that a seed's earlier draws stay as they were.
    return new Consultation(withContext(paper, own), consultation.role(), consultation.authoritative());
  }

  /**
   * The paper with its context: a Beratungsfolge (a non-public step's body, date and role are
   * shown to the public, its status and result are not), linked papers and files, public or not.
   */
  private Paper withContext(Paper paper, Kind own) {
    Paper.Builder builder = paper.toBuilder();
    if (chance(0.5)) {
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        Visibility visibility = own == Kind.PUBLIC && chance(0.5) ? Visibility.NON_PUBLIC
            : own == Kind.PUBLIC ? Visibility.PUBLIC : Visibility.NON_PUBLIC;
        Kind outcome = visibility.isPublic() ? own : Kind.NON_PUBLIC;
        String result = chance(0.6) ? text(outcome, true) : null;
        builder.consultation(new PaperConsultation(
            chance(0.8) ? LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12),
                1 + random.nextInt(28)) : null,
            new Organization(optional(() -> marker(Kind.NEVER_SHOWN, false)), text(own, true),
                optional(() -> marker(Kind.NEVER_SHOWN, false)), OrganizationType.COMMITTEE),
            chance(0.7) ? text(own, true) : null, chance(0.3),
            chance(0.5) ? text(outcome, result == null) : null, result,
            optional(() -> marker(Kind.NEVER_SHOWN, false)),
            optional(() -> marker(Kind.NEVER_SHOWN, false)), visibility));
      }
    }
    if (chance(0.4)) {
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        Visibility visibility = own == Kind.PUBLIC && chance(0.6) ? Visibility.PUBLIC : Visibility.NON_PUBLIC;
        Kind kind = visibility.isPublic() ? own : Kind.NON_PUBLIC;
        builder.link(new PaperLink(pick(PaperLink.Kind.values()),
            optional(() -> marker(Kind.NEVER_SHOWN, false)), optional(() -> marker(kind, true)),
            text(kind, true), visibility));
      }
    }
    if (chance(0.3)) {
      builder.mainFile(file(own));
    }
    if (chance(0.4)) {
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        builder.auxiliaryFile(file(own));
      }
    }
    return builder.build();
  }

  /**
   * A file of content of the given kind, public or not; its name is shown, its address (which carries
   * a marker of its kind) is a link in the formats that have links, its file name and identifier never
   * shown.
   */
  private File file(Kind own) {
    Visibility visibility = own == Kind.PUBLIC && chance(0.6) ? Visibility.PUBLIC : Visibility.NON_PUBLIC;
    Kind kind = visibility.isPublic() ? own : Kind.NON_PUBLIC;
    return new File(optional(() -> marker(Kind.NEVER_SHOWN, false)), text(kind, true),
        optional(() -> marker(Kind.NEVER_SHOWN, false) + ".pdf"),
        chance(0.5) ? "application/pdf" : null, chance(0.5) ? (long) random.nextInt(5_000_000) : null,
        null, chance(0.7) ? "https://ris.example/datei/" + marker(kind, false) + ".pdf" : null,
        visibility);
  }

  private File neverShownFile() {
    return new File(null, text(Kind.NEVER_SHOWN, false), null, null, null, null,
        "https://ris.example/datei/" + marker(Kind.NEVER_SHOWN, false) + ".pdf", Visibility.PUBLIC);
  }

  /**
   * A person whose every name part carries a marker of the kind; the family name is shown wherever
   * the person is shown, the other parts depend on the form of the name the layout uses.
   */
  private Person person(Kind kind) {
    return person(kind, true);
  }

  private Person person(Kind kind, boolean shown) {
    return Person.builder()
        .id(optional(() -> marker(Kind.NEVER_SHOWN, false)))
        .formOfAddress(optional(() -> marker(kind, false)))
        .title(optional(() -> marker(kind, false)))
        .givenName(optional(() -> marker(kind, false)))
        .familyName(marker(kind, shown))
        .function(optional(() -> marker(kind, false)))
        .build();
  }

  private Inquiry inquiry(Kind own) {
    int n = random.nextInt(4);
    List<Question> questions = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      questions.add(new Question(i, paragraphs(own)));
    }
    Answer answer = null;
    if (chance(0.7)) {
      List<QuestionAnswer> answers = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        if (chance(0.8)) {
          answers.add(new QuestionAnswer(i, paragraphs(own)));
        }
      }
      Text introduction = chance(0.4) ? paragraphs(own) : null;
      // Without an introduction of its own, the standard one names the respondent.
      Person respondent = chance(0.7) ? person(own, introduction == null) : null;
      answer = new Answer(respondent, introduction, answers);
    }
    List<SupplementaryQuestion> supplementary = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      // The label names the faction if there is one, else the person.
      Organization faction = chance(0.6)
          ? new Organization(optional(() -> marker(Kind.NEVER_SHOWN, false)), text(own, true),
              null, OrganizationType.FACTION)
          : null;
      Person person = faction == null || chance(0.3) ? person(own, faction == null) : null;
      supplementary.add(new SupplementaryQuestion(faction, person, paragraphs(own),
          chance(0.7) ? paragraphs(own) : null));
    }
    return new Inquiry(questions, answer, supplementary);
  }

  private VoteTally tally(Kind own) {
    VoteTally random = new RandomVotes(new Draws(this.random.nextLong())).voteTally(false);
    List<VotingGroup> groups = new ArrayList<>();
    for (VotingGroup group : random.groups()) {
      groups.add(new VotingGroup(marker(own, true), group.seats(), group.counts()));
    }
    return new VoteTally(groups, random.statedTotal());
  }

  // ---------------------------------------------------------------------------------------------
  // Marked strings

  /** A text of one or two paragraphs, each with a marker of its own. */
  private Text paragraphs(Kind kind) {
    int n = 1 + random.nextInt(2);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      paragraphs.add(text(kind, true));
    }
    return new Text(paragraphs);
  }

  /** A few words around a new marker, e.g. "Radweg über NPK7Q200A Straße". */
  private String text(Kind kind, boolean shown) {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(3); i > 0; i--) {
      sb.append(pick(WORDS)).append(' ');
    }
    sb.append(marker(kind, shown));
    for (int i = random.nextInt(3); i > 0; i--) {
      sb.append(' ').append(pick(WORDS));
    }
    return sb.toString();
  }

  /** A new marker of the kind, recorded with the value being built. */
  private String marker(Kind kind, boolean shown) {
    String number = Long.toString(counter++, 36).toUpperCase(Locale.ROOT);
    String marker = kind.prefix() + tag + "000".substring(number.length()) + number;
    kinds.put(marker, kind);
    current.all.add(marker);
    if (shown && kind != Kind.NEVER_SHOWN) {
      current.shown.add(marker);
    }
    return marker;
  }

  // ---------------------------------------------------------------------------------------------
  // Finding markers

  /** The text without any white space, so that line and page breaks inside a marker do not matter. */
  public static String squeezed(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** The markers of the given set that the text holds, white space inside them ignored. */
  public static Set<String> found(String text, Set<String> markers) {
    String squeezed = squeezed(text);
    Set<String> out = new LinkedHashSet<>();
    for (String marker : markers) {
      if (squeezed.contains(marker)) {
        out.add(marker);
      }
    }
    return out;
  }

  /** Every marker in the text (white space ignored). */
  public static Set<String> markers(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = MARKER.matcher(squeezed(text));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Randomness

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> @Nullable T optional(java.util.function.Supplier<T> value) {
    return chance(0.5) ? value.get() : null;
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  @Override
  public String toString() {
    return "MarkedModels[seed=" + seed + "]";
  }
}
