package org.ratsinfo.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.AgendaHeading;
import org.ratsinfo.model.Attendance;
import org.ratsinfo.model.ItemReference;
import org.ratsinfo.model.Participant;
import org.ratsinfo.model.ParticipantRole;
import org.ratsinfo.model.Signature;
import org.ratsinfo.model.VotingMethod;
import org.ratsinfo.model.VoteSubject;
import org.ratsinfo.model.VoteOutcome;
import org.ratsinfo.model.VoteOption;
import org.ratsinfo.model.Vote;
import org.ratsinfo.model.RequiredMajority;
import org.ratsinfo.model.Mover;
import org.ratsinfo.model.MajorityRule;
import org.ratsinfo.model.BiasExclusion;
import org.ratsinfo.model.Ballot;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.model.Answer;
import org.ratsinfo.model.Audience;
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
import org.ratsinfo.model.MeetingPublicity;
import org.ratsinfo.model.MeetingState;
import org.ratsinfo.model.Organization;
import org.ratsinfo.model.OrganizationType;
import org.ratsinfo.model.Paper;
import org.ratsinfo.model.PaperConsultation;
import org.ratsinfo.model.PaperLink;
import org.ratsinfo.model.PaperType;
import org.ratsinfo.model.Person;
import org.ratsinfo.model.Question;
import org.ratsinfo.model.QuestionAnswer;
import org.ratsinfo.model.SupplementaryQuestion;
import org.ratsinfo.model.Text;
import org.ratsinfo.model.TextContent;
import org.ratsinfo.model.Visibility;
import org.ratsinfo.model.VoteCounts;
import org.ratsinfo.model.VoteTally;
import org.ratsinfo.model.VotingGroup;

/**
 * A seeded generator of random but valid model values, for property-style tests: the same seed gives
 * the same values on every machine and JDK (only {@link Random} with its documented algorithm is used).
 *
 * <p>Every optional value is sometimes present and sometimes absent; text is drawn from German words
 * with umlauts and ß, typographic quotes, €, §, emoji, markup-looking and placeholder-looking strings,
 * in paragraphs of one or more lines. {@link #invalid()} breaks exactly one rule of a valid excerpt and
 * says which.
 *
 * <p>To reproduce a failure, take the seed from the test's display name: {@code RandomModels.of(seed)}.
 * Not thread-safe; one instance per seed.
 */
public final class RandomModels {

  /** The seed the seeds of the test runs are drawn from; fixed so that every run tests the same values. */
  public static final long MASTER_SEED = 0x5EED_2026_0A75L;

  private static final String[] WORDS = {
    "Rat", "Stadt", "Bürger", "Änderung", "Straße", "Grünfläche", "Müllabfuhr", "Öffnungszeiten",
    "Maßnahme", "Größe", "außerplanmäßig", "Fußgängerzone", "Kita", "Überprüfung", "Haushalt",
    "Schließung", "Radweg", "Bücherei", "Spielplatz", "Übergang", "Gewerbesteuer", "Ausschuss",
    "Beleuchtung", "Schwimmbad", "Brücke", "Förderung", "Kläranlage", "Feuerwehr", "Sachstand",
    "Internetauftritt", "der", "die", "das", "und", "oder", "für", "über", "mit", "zur", "im",
    "Weißdorn", "Dübel", "Ärger", "Öl", "Übermut", "Maß", "Soße", "Grüße", "heißt", "süß", "groß",
  };

  private static final String[] SPECIALS = {
    "„Zitat“", "‚halb‘", "»Guillemets«", "€", "1.234,56 €", "5\u00A0€", "§", "§ 31 GO NRW",
    "§\u00A024 Abs. 2", "§§ 1–3", "😀", "🚲", "🏛️", "👩‍⚖️", "🇩🇪", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "<b>&amp;</b>",
    "<script>alert(1)</script>", "]]>", "&lt;", "&#x1F600;", "{max}", "{0}", "{1}", "${1+1}",
    "#{x}", "{org.ratsinfo.rule}", "%s", "%n", "'Apostroph'", "\"gerade\"", "C:\\Pfad\\",
    "\\u0041", "a/b", "–", "—", "…", "İstanbul", "Łódź", "Zürich", "ﬁ", "x\u200By", "½", "m²",
  };

  private static final String[] FACTIONS = {
    "SPD", "CDU", "Grüne", "FDP", "Die Linke", "Piraten/AL", "AfD", "OB", "Freie Wähler",
    "Die PARTEI", "Volt", "BVB/Freie Wähler", "Unabhängige Wählergemeinschaft", "Einzelmitglied",
  };

  private static final String[] FAMILY_NAMES = {
    "Müller", "Weiß", "Groß", "Öztürk", "Nguyễn", "O'Brien", "van der Straaten", "Çelik",
    "Schäfer-Özdemir", "Dudda", "Prennig", "Gresch", "Łukasiewicz", "Strauß", "Kühn",
  };

  private static final String[] GIVEN_NAMES = {
    "Andreas", "Jürgen", "Ömer", "Zoë", "Anne-Marie", "Björn", "Frank", "Norbert", "Søren", "Ilse",
  };

  private static final String[] REGIONS = {
    "Europe/Berlin", "Europe/London", "Europe/Dublin", "America/New_York", "America/St_Johns",
    "America/Sao_Paulo", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham",
    "Pacific/Kiritimati", "Africa/Casablanca", "Africa/Monrovia", "UTC", "Etc/GMT-14", "Asia/Tokyo",
  };

  private static final ZoneOffset[] OFFSETS = {
    ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5),
    ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHoursMinutes(-3, -30), ZoneOffset.ofHours(14),
    ZoneOffset.ofHours(-12), ZoneOffset.ofTotalSeconds(-(44 * 60 + 30)), ZoneOffset.ofHoursMinutesSeconds(1, 2, 3),
  };

  private static final PaperType[] PAPER_TYPES = {
    PaperType.INQUIRY, PaperType.MOTION, PaperType.DRAFT_RESOLUTION, PaperType.COMMUNICATION,
  };

  private final long seed;
  private final Random random;

  private RandomModels(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** A generator for the given seed. */
  public static RandomModels of(long seed) {
    return new RandomModels(seed);
  }

  /** {@code count} seeds, the same on every run. */
  public static LongStream seeds(int count) {
    return new SplittableRandom(MASTER_SEED).longs(count, 0, Long.MAX_VALUE);
  }

  /** The seed of this generator. */
  public long seed() {
    return seed;
  }

  // ---------------------------------------------------------------------------------------------
  // Excerpts and meetings

  /**
   * A valid excerpt for a random audience: a public excerpt shows a public item of a meeting that has
   * public parts; its meeting sometimes carries an agenda.
   */
  public Excerpt excerpt() {
    Audience audience = random.nextBoolean() ? Audience.PUBLIC : Audience.INTERNAL;
    MeetingPublicity publicity = audience == Audience.PUBLIC
        ? pick(MeetingPublicity.PUBLIC, MeetingPublicity.PUBLIC_AND_NON_PUBLIC)
        : pick(MeetingPublicity.values());
    Meeting meeting = meeting(publicity, chance(0.3));
    Visibility visibility = audience == Audience.PUBLIC ? Visibility.PUBLIC : visibilityFor(publicity);
    AgendaItem item;
    List<AgendaItem> candidates = meeting.agenda().stream()
        .filter(i -> i.visibility() == visibility).toList();
    if (!candidates.isEmpty() && chance(0.5)) {
      item = pick(candidates);
    } else {
      item = agendaItem(visibility, agendaNumber(), random.nextInt(200));
    }
    return Excerpt.builder()
        .body(body())
        .meeting(meeting)
        .agendaItem(item)
        .audience(audience)
        .build();
  }

  /** A valid meeting of random publicity with an agenda of up to 8 items (possibly none). */
  public Meeting meeting() {
    return meeting(pick(MeetingPublicity.values()), true);
  }

  private Meeting meeting(MeetingPublicity publicity, boolean withAgenda) {
    ZonedDateTime start = dateTime();
    ZonedDateTime end = null;
    if (chance(0.7)) {
      end = start.plusSeconds(random.nextInt(12 * 3600));
      if (chance(0.2)) {
        end = end.withZoneSameInstant(zone());
      }
    }
    List<AgendaItem> agenda = new ArrayList<>();
    if (withAgenda) {
      int n = random.nextInt(9);
      Set<String> used = new LinkedHashSet<>();
      for (int i = 0; i < n; i++) {
        Visibility visibility = visibilityFor(publicity);
        String number = agendaNumber();
        if (!used.add(visibility + " " + number)) {
          continue; // numbers are unique per visibility
        }
        agenda.add(agendaItem(visibility, number, i));
      }
    }
    Meeting.Builder builder = Meeting.builder()
        .id(optional(this::id))
        .name(optional(() -> phrase(1, 6, 300)))
        .organization(organization(OrganizationType.COMMITTEE))
        .occasion(optional(() -> pick("Sitzung", "Sondersitzung", "konstituierende Sitzung", phrase(1, 3, 100))))
        .location(optional(this::location))
        .state(chance(0.5) ? pick(MeetingState.values()) : null)
        .cancelled(chance(0.15))
        .publicity(publicity)
        .agenda(agenda);
    // Local date-times only where they keep the order: in the hour repeated when summer time ends,
    // an end after the start may read earlier than the start on the clock.
    if (chance(0.2) && start.getZone().equals(Meeting.DEFAULT_TIME_ZONE) && (end == null
        || !end.withZoneSameInstant(Meeting.DEFAULT_TIME_ZONE).toLocalDateTime()
            .isBefore(start.toLocalDateTime()))) {
      // The builder's local date-times, read in Europe/Berlin (a gap shifts forward, like of()).
      builder.start(start.toLocalDateTime());
      builder.end(end == null ? null : end.withZoneSameInstant(Meeting.DEFAULT_TIME_ZONE).toLocalDateTime());
    } else {
      builder.start(start).end(end);
    }
    if (chance(0.2)) {
      builder.invitation(file()).resultsProtocol(chance(0.5) ? file() : null)
          .auxiliaryFiles(chance(0.5) ? files() : List.of());
    }
    if (withAgenda && chance(0.3)) {
      // drawn last, so that the models of the draws before stay as they were
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        builder.heading(new AgendaHeading(optional(this::id), optional(() -> pick("A", "B", "II")),
            random.nextInt(10), phrase(1, 4, 1000), chance(0.5) ? pick(Visibility.values()) : null));
      }
    }
    if (chance(0.4)) {
      minutes(builder, start, agenda); // drawn last as well, after everything a meeting had before
    }
    return builder.build();
  }

  /**
   * What the minutes record of a meeting, valid: opening and closing in order, the invitation's date
   * and text, participants in every role and attendance (one chair at most, present; deputies naming
   * whom they stand in for; present ones arriving and leaving at items of the agenda in order), a
   * changed chair at some items (a present participant), signatures by a person or a name.
   */
  private void minutes(Meeting.Builder builder, ZonedDateTime start, List<AgendaItem> agenda) {
    ZonedDateTime opened = chance(0.6) ? start.plusSeconds(random.nextInt(1800) - 600) : null;
    ZonedDateTime closed = chance(0.6)
        ? (opened != null ? opened : start).plusSeconds(random.nextInt(12 * 3600)) : null;
    builder.openedAt(opened != null && chance(0.2) ? opened.withZoneSameInstant(zone()) : opened)
        .closedAt(closed != null && chance(0.2) ? closed.withZoneSameInstant(zone()) : closed)
        .invitationDate(chance(0.5) ? start.toLocalDate().minusDays(random.nextInt(30)) : null)
        .invitationText(chance(0.5) ? text() : null);
    List<Participant> participants = new ArrayList<>();
    List<Person> present = new ArrayList<>();
    boolean chair = false;
    for (int i = random.nextInt(13); i > 0; i--) {
      Person person = person().toBuilder().id("https://oparl.example/person/participant-" + i).build();
      ParticipantRole role = pick(ParticipantRole.values());
      if (role == ParticipantRole.CHAIR && chair) {
        role = ParticipantRole.MEMBER;
      }
      Attendance attendance = role == ParticipantRole.CHAIR || chance(0.75)
          ? Attendance.PRESENT : pick(Attendance.EXCUSED, Attendance.ABSENT_UNEXCUSED);
      chair |= role == ParticipantRole.CHAIR;
      ItemReference arrived = null;
      ItemReference left = null;
      if (attendance.isPresent() && !agenda.isEmpty() && chance(0.3)) {
        // the items are in agenda order in the list: the earlier index for the arrival
        int a = random.nextInt(agenda.size());
        int b = a + random.nextInt(agenda.size() - a);
        arrived = chance(0.7) ? ItemReference.to(agenda.get(a)) : null;
        left = chance(0.7) ? ItemReference.to(agenda.get(b)) : null;
      }
      participants.add(new Participant(person, role,
          chance(0.6) ? (chance(0.7) ? pick(FACTIONS) : phrase(1, 3, 100)) : null,
          role == ParticipantRole.DEPUTY ? person() : null, attendance, arrived, left));
      if (attendance.isPresent()) {
        present.add(person);
      }
    }
    builder.participants(participants);
    List<Signature> signatures = new ArrayList<>();
    for (int i = chance(0.5) ? 1 + random.nextInt(2) : 0; i > 0; i--) {
      Person signatory = chance(0.5) ? person() : null;
      String name = signatory != null ? null
          : chance(0.5) ? phrase(1, 4, 300) : pick(GIVEN_NAMES) + " " + pick(FAMILY_NAMES);
      signatures.add(new Signature(signatory, name,
          optional(() -> pick("Bürgermeisterin", "Schriftführerin", "Vorsitzender", phrase(1, 3, 200))),
          optional(() -> pick("Musterstadt", "Görlitz", phrase(1, 2, 200))),
          chance(0.5) ? start.toLocalDate().plusDays(random.nextInt(30)) : null));
    }
    builder.signatures(signatures);
    if (!agenda.isEmpty() && (participants.isEmpty() || !present.isEmpty())) {
      // Where attendance is recorded, an item's chair is one who was present.
      List<AgendaItem> chaired = new ArrayList<>();
      for (AgendaItem item : agenda) {
        chaired.add(chance(0.2) ? item.withChair(present.isEmpty() ? person() : pick(present)) : item);
      }
      builder.agenda(chaired);
    }
  }

  private Visibility visibilityFor(MeetingPublicity publicity) {
    return switch (publicity) {
      case PUBLIC -> Visibility.PUBLIC;
      case NON_PUBLIC -> Visibility.NON_PUBLIC;
      case PUBLIC_AND_NON_PUBLIC -> pick(Visibility.values());
    };
  }

  /** A valid agenda item of the given visibility. */
  public AgendaItem agendaItem(Visibility visibility, String number, int order) {
    Decision decision = chance(0.8) ? decision() : null;
    boolean unanimous = decision != null && decision.kind() == DecisionKind.ADOPTED_UNANIMOUSLY;
    ItemContent content = switch (random.nextInt(3)) {
      case 0 -> null;
      case 1 -> new TextContent(text());
      default -> inquiry();
    };
    AgendaItem.Builder item = AgendaItem.builder()
        .id(optional(this::id))
        .number(number)
        .visibility(visibility)
        .order(order)
        .title(phrase(1, 12, 1000))
        .consultation(chance(0.75) ? consultation() : null)
        .decision(decision)
        .resolutionText(chance(0.5) ? text() : null)
        .voteTally(chance(0.7) ? voteTally(unanimous) : null)
        .content(content);
    // Drawn after everything an item had before, so that a seed's earlier draws stay as they were.
    AgendaItem drawn = item.build();
    List<BiasExclusion> bias = chance(0.2) ? biasExclusions() : List.of();
    item.votes(votes(drawn.votes(), bias, unanimous))
        .excludedForBias(bias)
        .proposal(chance(0.3) ? text() : null)
        .statementOfFacts(content instanceof TextContent || chance(0.7) ? null : text())
        .deliberation(chance(0.3) ? text() : null);
    if (drawn.consultation() != null && chance(0.2)) {
      item.addConsultation(consultation());
    }
    return item.auxiliaryFiles(chance(0.3) ? files() : List.of())
        .resolutionFile(chance(0.2) ? file() : null)
        .build();
  }

  /**
   * Valid votes around an item's main vote (if it has one): procedural motions, amendments and separate
   * points before it, open, secret or by roll call, with titles, motions, movers, attendance, majorities
   * and stated results that agree with the counts; the members excluded for bias vote "biased" in a
   * roll call or not at all.
   *
   * @param main the main vote, or none
   * @param bias the members excluded for bias from the item
   * @param unanimous whether the item's decision says unanimous, which the last vote must then be
   * @return the votes in the order taken, the main vote last
   */
  public List<Vote> votes(List<Vote> main, List<BiasExclusion> bias, boolean unanimous) {
    List<Vote> votes = new ArrayList<>();
    if (main.isEmpty() && unanimous) {
      return votes;
    }
    for (int n = chance(0.7) ? 0 : 1 + random.nextInt(3); n > 0; n--) {
      votes.add(vote(pick(VoteSubject.AMENDMENT, VoteSubject.SUPPLEMENTARY, VoteSubject.PROCEDURAL,
          VoteSubject.SEPARATE_POINT, VoteSubject.OTHER), bias));
    }
    for (Vote vote : main) {
      votes.add(chance(0.5) ? enrich(vote.toBuilder(), vote.effectiveTally().orElse(null)).build() : vote);
    }
    if (main.isEmpty() && chance(0.15)) {
      votes.add(vote(VoteSubject.MAIN, bias));
    }
    return votes;
  }

  /** A valid vote on the subject: a tally, or a roll call with or without the tally of its ballots. */
  public Vote vote(VoteSubject subject, List<BiasExclusion> bias) {
    Vote.Builder vote = Vote.builder().subject(subject);
    VoteTally tally;
    switch (random.nextInt(3)) {
      case 0 -> {
        tally = voteTally(false);
        vote.tally(tally);
      }
      case 1 -> {
        tally = voteTally(false);
        vote.method(VotingMethod.SECRET).tally(tally);
      }
      default -> {
        List<Ballot> ballots = ballots(bias);
        vote.method(VotingMethod.ROLL_CALL).ballots(ballots);
        Vote counted = vote.build();
        tally = counted.effectiveTally().orElseThrow();
        if (chance(0.4) && ballots.stream().allMatch(b -> b.group() != null)) {
          vote.tally(tally);
        }
      }
    }
    return enrich(vote, tally).build();
  }

  /** A vote's optional parts: title, motion, movers, attendance, a majority and a stated result. */
  private Vote.Builder enrich(Vote.Builder vote, @Nullable VoteTally tally) {
    vote.title(chance(0.4) ? phrase(1, 8, 1000) : null)
        .motion(chance(0.3) ? text() : null)
        .present(chance(0.2) ? random.nextInt(100) : null)
        .eligible(chance(0.2) ? random.nextInt(100) : null);
    if (chance(0.3)) {
      List<Mover> movers = new ArrayList<>();
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        movers.add(chance(0.5) ? Mover.of(person()) : Mover.of(organization(OrganizationType.FACTION)));
      }
      vote.movers(movers);
    }
    RequiredMajority majority = chance(0.2) ? pick(RequiredMajority.values()) : null;
    vote.majority(majority)
        .statutoryMembers(majority != null && majority.needsStatutoryMembers() || chance(0.1)
            ? 1 + random.nextInt(90) : null);
    if (chance(0.3)) {
      Vote built = vote.build();
      vote.result(built.derivedOutcome(MajorityRule.SIMPLE)
          .orElseGet(() -> pick(VoteOutcome.values())));
    }
    return vote;
  }

  /** The ballots of a roll call: distinct members, those excluded for bias voting "biased" or not at all. */
  private List<Ballot> ballots(List<BiasExclusion> bias) {
    List<Ballot> ballots = new ArrayList<>();
    List<String> groups = groupNames(1 + random.nextInt(4));
    boolean grouped = chance(0.85);
    for (int i = random.nextInt(12); i >= 0; i--) {
      Person member = person().toBuilder().id("https://oparl.example/person/ballot-" + i).build();
      ballots.add(Ballot.of(member, grouped ? pick(groups.toArray(String[]::new)) : null,
          pick(VoteOption.YES, VoteOption.YES, VoteOption.NO, VoteOption.ABSTENTION, VoteOption.ABSENT)));
    }
    for (BiasExclusion exclusion : bias) {
      if (chance(0.5)) {
        ballots.add(random.nextInt(ballots.size() + 1), Ballot.of(exclusion.person(),
            grouped ? pick(groups.toArray(String[]::new)) : null, VoteOption.BIASED));
      }
    }
    return ballots;
  }

  /** Members excluded for bias, each distinct from every other person drawn. */
  public List<BiasExclusion> biasExclusions() {
    List<BiasExclusion> list = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      Person member = person().toBuilder().id("https://oparl.example/person/biased-" + i).build();
      list.add(BiasExclusion.of(member, chance(0.6) ? phrase(1, 8, 1000) : null));
    }
    return list;
  }

  /** An agenda number: segments of letters and digits separated by dots, at most 20 characters. */
  public String agendaNumber() {
    StringBuilder sb = new StringBuilder();
    int segments = 1 + random.nextInt(3);
    for (int i = 0; i < segments; i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(switch (random.nextInt(6)) {
        case 0 -> pick("a", "b", "C", "Ä", "ß", "Ö");
        case 1 -> (1 + random.nextInt(30)) + pick("a", "b", "c", "ä");
        default -> Integer.toString(1 + random.nextInt(120));
      });
    }
    return sb.toString();
  }

  /** A decision of any kind; {@link DecisionKind#OTHER} always with a text, the others sometimes. */
  public Decision decision() {
    DecisionKind kind = pick(DecisionKind.values());
    String text = kind == DecisionKind.OTHER || chance(0.2) ? phrase(1, 5, 300) : null;
    return new Decision(kind, text);
  }

  // ---------------------------------------------------------------------------------------------
  // Votes

  /**
   * A valid vote tally: not taken, per group (with and without biased and absent, with and without
   * seats that are respected, with and without a stated total that matches), or a stated total alone.
   *
   * @param unanimous whether a vote, if taken, must be unanimous
   */
  public VoteTally voteTally(boolean unanimous) {
    List<String> names = groupNames(random.nextInt(7));
    List<VotingGroup> groups = new ArrayList<>();
    switch (random.nextInt(5)) {
      case 0 -> {
        for (String name : names) {
          groups.add(new VotingGroup(name, chance(0.3) ? random.nextInt(40) : null, null));
        }
        return chance(0.5) && groups.stream().allMatch(g -> g.seats() == null)
            ? VoteTally.notTaken(names) : new VoteTally(groups, null);
      }
      case 1 -> {
        for (String name : names) {
          groups.add(new VotingGroup(name, chance(0.3) ? random.nextInt(40) : null, null));
        }
        return new VoteTally(groups, counts(unanimous, true));
      }
      default -> {
        if (names.isEmpty()) {
          names = groupNames(1);
        }
        boolean biased = chance(0.4);
        boolean absent = chance(0.4);
        for (String name : names) {
          VoteCounts counts = counts(unanimous, false);
          if (biased || chance(0.1)) {
            counts = new VoteCounts(counts.yes(), counts.no(), counts.abstentions(), random.nextInt(3),
                counts.absent());
          }
          if (absent || chance(0.1)) {
            counts = new VoteCounts(counts.yes(), counts.no(), counts.abstentions(), counts.biased(),
                random.nextInt(4));
          }
          Integer seats = chance(0.5) ? counts.members() + random.nextInt(3) : null;
          groups.add(new VotingGroup(name, seats, counts));
        }
        if (unanimous && groups.stream().allMatch(g -> g.counts().yes() == 0)) {
          VotingGroup first = groups.get(0);
          VoteCounts c = first.counts();
          groups.set(0, new VotingGroup(first.name(), first.seats() == null ? null : first.seats() + 1,
              new VoteCounts(1, 0, 0, c.biased(), c.absent())));
        }
        VoteCounts sum = groups.stream().map(VotingGroup::counts).reduce(VoteCounts::plus).orElseThrow();
        return new VoteTally(groups, chance(0.4) ? sum : null);
      }
    }
  }

  private VoteCounts counts(boolean unanimous, boolean optionals) {
    int yes = random.nextInt(25);
    if (unanimous) {
      return new VoteCounts(Math.max(1, yes), 0, 0, optionals && chance(0.3) ? random.nextInt(3) : null,
          optionals && chance(0.3) ? random.nextInt(5) : null);
    }
    return new VoteCounts(yes, random.nextInt(25), random.nextInt(6),
        optionals && chance(0.3) ? random.nextInt(3) : null,
        optionals && chance(0.3) ? random.nextInt(5) : null);
  }

  private List<String> groupNames(int count) {
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      names.add(chance(0.7) ? pick(FACTIONS) : phrase(1, 3, 100));
    }
    return new ArrayList<>(names);
  }

  // ---------------------------------------------------------------------------------------------
  // Inquiries

  /**
   * A valid inquiry: questions numbered 1, 2, 3 …; an answer (or none) whose answers each refer to a
   * different existing question; supplementary questions asked by an organization, a person or both.
   */
  public Inquiry inquiry() {
    int n = random.nextInt(6);
    List<Question> questions = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      questions.add(new Question(i, text()));
    }
    Answer answer = null;
    if (chance(0.7)) {
      List<Integer> numbers = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        if (chance(0.8)) {
          numbers.add(i);
        }
      }
      if (chance(0.3)) {
        Collections.shuffle(numbers, random);
      }
      List<QuestionAnswer> answers = new ArrayList<>();
      for (int number : numbers) {
        answers.add(new QuestionAnswer(number, text()));
      }
      answer = new Answer(chance(0.7) ? person() : null, chance(0.4) ? text() : null, answers);
    }
    List<SupplementaryQuestion> supplementary = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      Text answerText = chance(0.7) ? text() : null;
      supplementary.add(switch (random.nextInt(3)) {
        case 0 -> new SupplementaryQuestion(organization(OrganizationType.FACTION), null, text(), answerText);
        case 1 -> new SupplementaryQuestion(null, person(), text(), answerText);
        default -> new SupplementaryQuestion(organization(OrganizationType.FACTION), person(), text(),
            answerText);
      });
    }
    if (chance(0.15) && n > 0) {
      // The same through the builder: questions numbered as added, each answered.
      Inquiry.Builder builder = Inquiry.builder();
      for (Question q : questions) {
        builder.question(q.text().asString(), text().asString());
      }
      supplementary.forEach(builder::supplementaryQuestion);
      return builder.respondent(chance(0.5) ? person() : null).build();
    }
    return new Inquiry(questions, answer, supplementary);
  }

  // ---------------------------------------------------------------------------------------------
  // Papers, people, organizations

  /** A consultation of a random paper. */
  public Consultation consultation() {
    return new Consultation(paper(pick(Visibility.values())),
        optional(() -> pick("Entscheidung", "Kenntnisnahme", "Vorberatung", phrase(1, 4, 200))),
        random.nextBoolean());
  }

  /** A valid paper of the given visibility. */
  public Paper paper(Visibility visibility) {
    List<Person> persons = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      persons.add(person());
    }
    List<Organization> organizations = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      organizations.add(organization(pick(OrganizationType.values())));
    }
    return Paper.builder()
        .id(optional(this::id))
        .reference(reference())
        .title(phrase(1, 12, 1000))
        .paperType(chance(0.7) ? pick(PAPER_TYPES) : PaperType.of(phrase(1, 2, 100)))
        .visibility(visibility)
        .date(chance(0.7) ? LocalDate.of(1990 + random.nextInt(50), 1 + random.nextInt(12),
            1 + random.nextInt(28)) : null)
        .originatorPersons(persons)
        .originatorOrganizations(organizations)
        .leadDepartment(chance(0.5) ? organization(OrganizationType.ADMINISTRATIVE_UNIT) : null)
        .clerk(chance(0.5) ? person() : null)
        .consultations(chance(0.4) ? paperConsultations() : List.of())
        .links(chance(0.3) ? paperLinks() : List.of())
        .mainFile(chance(0.3) ? file() : null)
        .auxiliaryFiles(chance(0.3) ? files() : List.of())
        .build();
  }

  /** A valid Beratungsfolge of one to four steps, public or not, with or without identifiers. */
  public List<PaperConsultation> paperConsultations() {
    List<PaperConsultation> steps = new ArrayList<>();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      steps.add(new PaperConsultation(
          chance(0.8) ? LocalDate.of(1990 + random.nextInt(50), 1 + random.nextInt(12),
              1 + random.nextInt(28)) : null,
          organization(OrganizationType.COMMITTEE),
          optional(() -> pick("Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung", phrase(1, 3, 200))),
          random.nextBoolean(),
          optional(() -> pick("beraten", "vertagt", "geplant", phrase(1, 3, 200))),
          optional(() -> pick("ungeändert beschlossen", "zur Kenntnis genommen", phrase(1, 8, 1000))),
          optional(this::id), optional(this::id), pick(Visibility.values())));
    }
    return steps;
  }

  /** One to three valid links to other papers, of every kind, public or not. */
  public List<PaperLink> paperLinks() {
    List<PaperLink> links = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      links.add(new PaperLink(pick(PaperLink.Kind.values()), optional(this::id),
          optional(this::reference), phrase(1, 12, 1000), pick(Visibility.values())));
    }
    return links;
  }

  /** A valid file, public or not; its access URL, where it has one, is an https or http address. */
  public File file() {
    return new File(optional(this::id), phrase(1, 8, 500),
        optional(() -> phrase(1, 2, 200).replace(' ', '-') + ".pdf"),
        optional(() -> pick("application/pdf", "image/png", "text/plain; charset=UTF-8",
            "application/vnd.oasis.opendocument.text")),
        chance(0.6) ? (long) random.nextInt(Integer.MAX_VALUE) * (chance(0.1) ? 1000L : 1L) : null,
        chance(0.5) ? LocalDate.of(1990 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))
            : null,
        optional(() -> pick("https://", "http://", "HTTPS://") + pick("ris.example", "xn--mnster-3ya.example",
            "[2001:db8::1]", "127.0.0.1:8443") + "/file/" + random.nextInt(100000)
            + pick("", ".pdf", "?download=1&x=%3Cy%3E", "#Seite%202")),
        pick(Visibility.values()));
  }

  /** One to three valid files. */
  public List<File> files() {
    List<File> files = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      files.add(file());
    }
    return files;
  }

  private String reference() {
    return switch (random.nextInt(3)) {
      case 0 -> (1990 + random.nextInt(50)) + "/" + String.format(java.util.Locale.ROOT, "%04d", random.nextInt(10000));
      case 1 -> "V-" + random.nextInt(1000) + "/" + (10 + random.nextInt(90));
      default -> phrase(1, 3, 100);
    };
  }

  /** A valid person; every part but the family name optional. */
  public Person person() {
    return Person.builder()
        .id(optional(this::id))
        .formOfAddress(optional(() -> pick("Herr", "Frau", "Dr.-Ing.", "Mx.")))
        .title(optional(() -> pick("Dr.", "Prof. Dr.", "Dipl.-Ing.", "Dr. h.\u00A0c.")))
        .givenName(optional(() -> pick(GIVEN_NAMES)))
        .familyName(chance(0.8) ? pick(FAMILY_NAMES) : phrase(1, 3, 200))
        .function(optional(() -> pick("Oberbürgermeister", "SVO", "Bürgermeisterin", "Stadtkämmerer",
            phrase(1, 3, 200))))
        .build();
  }

  /** A valid organization of the given type. */
  public Organization organization(OrganizationType type) {
    String name = switch (type) {
      case FACTION, PARTY -> chance(0.7) ? pick(FACTIONS) : phrase(1, 4, 300);
      case COMMITTEE -> chance(0.5)
          ? pick("Rat der Stadt", "Haupt- und Finanzausschuss", "Bezirksvertretung Mitte",
              "Ausschuss für Umwelt, Klima & Grün")
          : phrase(1, 6, 300);
      default -> chance(0.5) ? pick("FB 11 - Rat und Bezirksvertretungen", "FB 67 - Grünflächen")
          : phrase(1, 6, 300);
    };
    return new Organization(optional(this::id), name, optional(() -> phrase(1, 2, 100)), type);
  }

  /** A valid body. */
  public Body body() {
    return new Body(optional(this::id), chance(0.5) ? "Stadt " + pick("Herne", "Köln", "Görlitz", "Fürth")
        : phrase(1, 5, 300), optional(() -> phrase(1, 2, 100)));
  }

  private Location location() {
    return new Location(
        optional(() -> pick("Rathaus Herne", "Bürgerhaus Süd", phrase(1, 4, 300))),
        optional(() -> pick("großer Sitzungssaal (Raum 312)", "Raum 1.03", phrase(1, 4, 300))),
        optional(() -> pick("Friedrich-Ebert-Platz 2", "Hauptstraße 1a", phrase(1, 4, 300))),
        optional(() -> pick("44623", "D-50667", "01067")),
        optional(() -> pick("Herne", "Köln", "Görlitz", phrase(1, 2, 200))));
  }

  private String id() {
    return pick("https://oparl.example.org/", "urn:ratsinfo:", "")
        + pick("meeting", "paper", "person", "organization", "body", "Sitzung/Ä")
        + "/" + random.nextInt(100_000) + (chance(0.2) ? "?a=<b>&c=\"ü\"#{x}" : "");
  }

  // ---------------------------------------------------------------------------------------------
  // Date-times

  /**
   * A date-time in Europe/Berlin (most often), another region, or a fixed offset, always made with
   * {@link ZonedDateTime#of}: a local time in a daylight-saving gap is shifted forward, one in an
   * overlap gets the earlier offset (or, sometimes, the later one).
   */
  public ZonedDateTime dateTime() {
    ZoneId zone = zone();
    LocalDateTime local;
    if (chance(0.15)) {
      // Near the daylight-saving switches of the EU: last Sunday of March or October, 01:00 – 03:59.
      int year = 1996 + random.nextInt(40);
      LocalDate day = LocalDate.of(year, chance(0.5) ? 3 : 10, 31);
      while (day.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
        day = day.minusDays(1);
      }
      local = day.atTime(1 + random.nextInt(3), random.nextInt(60), random.nextInt(4) * 15);
    } else {
      int year = zone.getId().equals("Africa/Monrovia") ? 1950 + random.nextInt(40) : 1990 + random.nextInt(50);
      local = LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
          random.nextInt(60), chance(0.2) ? random.nextInt(60) : 0,
          chance(0.05) ? random.nextInt(1_000_000_000) : 0);
    }
    ZonedDateTime dateTime = ZonedDateTime.of(local, zone);
    return chance(0.5) ? dateTime.withLaterOffsetAtOverlap() : dateTime;
  }

  private ZoneId zone() {
    int kind = random.nextInt(10);
    if (kind < 6) {
      return Meeting.DEFAULT_TIME_ZONE;
    }
    return kind < 8 ? ZoneId.of(pick(REGIONS)) : pick(OFFSETS);
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /**
   * A text of one to four paragraphs, some of several lines, made either from one string (paragraphs
   * separated by blank lines of several kinds, line ends of several kinds) or from its paragraphs.
   */
  public Text text() {
    int n = 1 + random.nextInt(4);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      paragraphs.add(paragraph());
    }
    if (chance(0.5)) {
      if (chance(0.2)) {
        // Paragraphs given as they are may hold what a string of paragraphs cannot: a blank line inside,
        // or a line of nothing but no-break spaces at an edge. The text must still read back.
        int i = random.nextInt(n);
        paragraphs.set(i, pick(
            paragraphs.get(i) + pick("\n\n", "\n \n", "\n\u00A0\n", "\n\t \n\n") + paragraph(),
            paragraphs.get(i) + "\n\u00A0",
            "\u00A0\n" + paragraphs.get(i),
            "\u00A0" + paragraphs.get(i) + "\u00A0"));
      }
      return new Text(paragraphs);
    }
    StringBuilder sb = new StringBuilder(chance(0.2) ? "\n \n" : "");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(pick("\n\n", "\r\n\r\n", "\n \n", "\n\t\n\n", "\n\u00A0\n", "\r\r"));
      }
      sb.append(paragraphs.get(i).replace("\n", pick("\n", "\r\n", "\r")));
    }
    return Text.of(sb.toString());
  }

  private String paragraph() {
    int lines = chance(0.3) ? 2 + random.nextInt(3) : 1;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(phrase(1, 15, 2000));
    }
    return sb.toString();
  }

  /**
   * Words and specials separated by spaces: between {@code min} and {@code max} tokens as far as they
   * fit into {@code maxLength} UTF-16 units; never blank, never cut inside a character.
   */
  public String phrase(int min, int max, int maxLength) {
    int count = min + random.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String token = chance(0.2) ? pick(SPECIALS) : pick(WORDS);
      if (i > 0 && chance(0.1)) {
        token = pick(WORDS) + pick(SPECIALS); // glued: "Rat€", "Straße{0}"
      }
      int length = sb.length() + (sb.length() > 0 ? 1 : 0) + token.length();
      if (length > maxLength) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(token);
    }
    return sb.length() > 0 ? sb.toString() : "Rat";
  }

  // ---------------------------------------------------------------------------------------------
  // The non-public paper variant

  /**
   * A copy of an excerpt whose agenda item consults a non-public paper whose reference and title
   * carry the marker, as do the non-public papers of the meeting's agenda. The item, its audience and
   * everything else stay as they are; for a public excerpt, the marker must never be shown.
   */
  public Excerpt withNonPublicPaper(Excerpt excerpt, String marker) {
    Paper paper = paper(Visibility.NON_PUBLIC);
    paper = paper.toBuilder()
        .reference(marker)
        .title(phrase(1, 4, 200) + " " + marker + " " + phrase(1, 4, 200))
        .build();
    Consultation old = excerpt.agendaItem().consultation();
    Consultation consultation = old == null
        ? Consultation.of(paper) : new Consultation(paper, old.role(), old.authoritative());
    List<AgendaItem> agenda = new ArrayList<>();
    for (AgendaItem item : excerpt.meeting().agenda()) {
      Paper p = item.paper();
      if (p != null && !p.visibility().isPublic()) {
        item = item.toBuilder().consultation(new Consultation(
            p.toBuilder().reference(marker + "/" + agenda.size()).title(marker + " " + p.title()).build(),
            item.consultation().role(), item.consultation().authoritative())).build();
      }
      agenda.add(item);
    }
    return excerpt
        .withMeeting(excerpt.meeting().withAgenda(agenda))
        .withAgendaItem(excerpt.agendaItem().toBuilder().consultation(consultation).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Invalid variants

  /**
   * An excerpt that breaks exactly one rule, and what it breaks.
   *
   * @param name what was broken, for messages
   * @param excerpt the excerpt
   * @param path the expected violation's path
   * @param rule the expected violation's rule
   * @param injected the text put into the model to break the rule (possibly none); a message must
   *     never repeat it
   */
  public record Invalid(String name, Excerpt excerpt, String path, String rule, List<String> injected) {

    /** Copies the list. */
    public Invalid {
      injected = List.copyOf(injected);
    }
  }

  /** The rules {@link #invalid()} knows how to break, by their rule identifier. */
  public static final List<String> BROKEN_RULES = List.of(
      "org.ratsinfo.rule.meeting.end",
      "org.ratsinfo.rule.excerpt.nonPublicItem",
      "org.ratsinfo.rule.meeting.publicity",
      "org.ratsinfo.agendaNumber",
      "jakarta.validation.constraints.NotBlank.message",
      "jakarta.validation.constraints.Size.message",
      "org.ratsinfo.validation.constraints.XmlText.message",
      "org.ratsinfo.rule.decision.otherNeedsText",
      "org.ratsinfo.rule.decision.notUnanimous",
      "org.ratsinfo.rule.tally.duplicateGroup",
      "org.ratsinfo.rule.tally.missingCounts",
      "org.ratsinfo.rule.tally.seats",
      "org.ratsinfo.rule.tally.total",
      "org.ratsinfo.rule.inquiry.numbering",
      "org.ratsinfo.rule.inquiry.unknownQuestion",
      "org.ratsinfo.rule.inquiry.answeredTwice",
      "org.ratsinfo.rule.supplementaryQuestion.askedBy",
      "org.ratsinfo.rule.agenda.duplicateNumber",
      "jakarta.validation.constraints.PositiveOrZero.message",
      "jakarta.validation.constraints.NotEmpty.message");

  /** A valid excerpt broken in exactly one rule, chosen at random from {@link #BROKEN_RULES}. */
  public Invalid invalid() {
    return invalid(BROKEN_RULES.get(random.nextInt(BROKEN_RULES.size())));
  }

  /** A valid excerpt broken in exactly the given rule, one of {@link #BROKEN_RULES}. */
  public Invalid invalid(String rule) {
    Excerpt e = excerpt();
    AgendaItem item = e.agendaItem();
    String tag = "Zq" + Long.toString(seed % 100_000, 36);
    return switch (rule) {
      case "org.ratsinfo.rule.meeting.end" -> {
        Meeting m = e.meeting();
        ZonedDateTime end = m.start().minusSeconds(1 + random.nextInt(100_000));
        if (chance(0.3)) {
          end = end.withZoneSameInstant(zone());
        }
        yield new Invalid("end before start", e.withMeeting(m.toBuilder().end(end).build()),
            "meeting.end", rule, List.of());
      }
      case "org.ratsinfo.rule.excerpt.nonPublicItem" -> new Invalid("public excerpt of a non-public item",
          e.withAudience(Audience.PUBLIC).withAgendaItem(item.withVisibility(Visibility.NON_PUBLIC)),
          "agendaItem.visibility", rule, List.of());
      case "org.ratsinfo.rule.meeting.publicity" -> {
        MeetingPublicity publicity = pick(MeetingPublicity.PUBLIC, MeetingPublicity.NON_PUBLIC);
        Visibility visibility = publicity == MeetingPublicity.PUBLIC ? Visibility.NON_PUBLIC : Visibility.PUBLIC;
        yield new Invalid("item not allowed by the meeting's publicity", e.withAudience(Audience.INTERNAL)
            .withMeeting(e.meeting().toBuilder().publicity(publicity).agenda(List.of()).build())
            .withAgendaItem(item.withVisibility(visibility)),
            "agendaItem.visibility", rule, List.of());
      }
      case "org.ratsinfo.agendaNumber" -> {
        String number = pick(tag + "..1", "1." + tag + ".", "." + tag, tag + " 2", tag + "-7", "§" + tag,
            "3/" + tag);
        yield new Invalid("malformed agenda number", e.withAgendaItem(item.toBuilder().number(number).build()),
            "agendaItem.number", rule, List.of(number));
      }
      case "jakarta.validation.constraints.NotBlank.message" -> notBlank(e, rule);
      case "jakarta.validation.constraints.Size.message" -> tooLong(e, rule, tag);
      case "org.ratsinfo.validation.constraints.XmlText.message" -> notXml(e, rule, tag);
      case "org.ratsinfo.rule.decision.otherNeedsText" -> new Invalid("other decision without text",
          e.withAgendaItem(item.withDecision(new Decision(DecisionKind.OTHER, pick(null, " ", "\t\n")))),
          "agendaItem.decision.text", rule, List.of());
      case "org.ratsinfo.rule.decision.notUnanimous" -> {
        VoteTally tally = voteTally(false);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        VoteCounts against = VoteCounts.of(random.nextInt(20), 1 + random.nextInt(5), random.nextInt(3));
        if (tally.statedTotal() != null || groups.isEmpty()) {
          groups.replaceAll(g -> g.withCounts(null));
          tally = new VoteTally(groups, against);
        } else if (tally.voteTaken()) {
          groups.set(0, new VotingGroup(groups.get(0).name(), null, against));
          tally = VoteTally.of(groups);
        } else {
          tally = new VoteTally(groups, against);
        }
        yield new Invalid("unanimous decision of a split vote", e.withAgendaItem(item.toBuilder()
            .decision(new Decision(DecisionKind.ADOPTED_UNANIMOUSLY, chance(0.5) ? phrase(1, 3, 300) : null))
            .voteTally(tally).build()), "agendaItem.decision", rule, List.of());
      }
      case "org.ratsinfo.rule.tally.duplicateGroup" -> {
        VoteTally tally = takenTally(2);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        int j = 1 + random.nextInt(groups.size() - 1);
        int i = random.nextInt(j);
        groups.set(j, new VotingGroup(groups.get(i).name(), groups.get(j).seats(), groups.get(j).counts()));
        yield withTally(e, "duplicate group name", new VoteTally(groups, tally.statedTotal()),
            "agendaItem.votes[0].tally.groups[" + j + "].name", rule);
      }
      case "org.ratsinfo.rule.tally.missingCounts" -> {
        VoteTally tally = takenTally(2);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        int j = random.nextInt(groups.size());
        groups.set(j, groups.get(j).withCounts(null));
        yield withTally(e, "a group without counts", new VoteTally(groups, tally.statedTotal()),
            "agendaItem.votes[0].tally.groups[" + j + "].counts", rule);
      }
      case "org.ratsinfo.rule.tally.seats" -> {
        VoteTally tally = takenTally(1);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        int j = random.nextInt(groups.size());
        VotingGroup g = groups.get(j);
        VoteCounts c = g.counts();
        if (c.members() == 0) {
          c = new VoteCounts(1, c.no(), c.abstentions(), c.biased(), c.absent());
        }
        groups.set(j, new VotingGroup(g.name(), random.nextInt(c.members()), c));
        VoteCounts sum = groups.stream().map(VotingGroup::counts).reduce(VoteCounts::plus).orElseThrow();
        yield withTally(e, "more votes than seats", new VoteTally(groups, tally.statedTotal() == null ? null : sum),
            "agendaItem.votes[0].tally.groups[" + j + "].counts", rule);
      }
      case "org.ratsinfo.rule.tally.total" -> {
        VoteTally tally = takenTally(1);
        VoteCounts sum = tally.groups().stream().map(VotingGroup::counts).reduce(VoteCounts::plus)
            .orElseThrow();
        int delta = 1 + random.nextInt(5);
        String option = sum.biased() != null && chance(0.3) ? "biased" : pick("yes", "no", "abstentions");
        VoteCounts stated = switch (option) {
          case "yes" -> new VoteCounts(sum.yes() + delta, sum.no(), sum.abstentions(), sum.biased(), sum.absent());
          case "no" -> new VoteCounts(sum.yes(), sum.no() + delta, sum.abstentions(), sum.biased(), sum.absent());
          case "abstentions" -> new VoteCounts(sum.yes(), sum.no(), sum.abstentions() + delta, sum.biased(),
              sum.absent());
          default -> new VoteCounts(sum.yes(), sum.no(), sum.abstentions(), chance(0.5) ? null : sum.biased() + delta,
              sum.absent());
        };
        yield withTally(e, "stated total off", new VoteTally(tally.groups(), stated),
            "agendaItem.votes[0].tally.statedTotal." + option, rule);
      }
      case "org.ratsinfo.rule.inquiry.numbering" -> {
        int n = 1 + random.nextInt(5);
        int i = random.nextInt(n);
        List<Question> questions = new ArrayList<>();
        for (int q = 1; q <= n; q++) {
          questions.add(new Question(q, text()));
        }
        int wrong = i + 2 + random.nextInt(5);
        questions.set(i, new Question(wrong, questions.get(i).text()));
        yield withContent(e, "question numbers with a gap", new Inquiry(questions, null, List.of()),
            "agendaItem.content.questions[" + i + "].number", rule);
      }
      case "org.ratsinfo.rule.inquiry.unknownQuestion", "org.ratsinfo.rule.inquiry.answeredTwice" -> {
        Inquiry inquiry = inquiry();
        int n = inquiry.questions().size();
        List<QuestionAnswer> answers = new ArrayList<>(
            inquiry.answer() == null ? List.of() : inquiry.answer().answers());
        boolean unknown = rule.endsWith("unknownQuestion") || answers.isEmpty();
        int j = random.nextInt(answers.size() + 1);
        int number = unknown ? n + 1 + random.nextInt(3) : answers.get(random.nextInt(answers.size())).questionNumber();
        if (!unknown) {
          int first = 0;
          while (answers.get(first).questionNumber() != number) {
            first++;
          }
          j = first + 1 + random.nextInt(answers.size() - first);
        }
        answers.add(j, new QuestionAnswer(number, text()));
        Answer old = inquiry.answer();
        Answer answer = new Answer(old == null ? null : old.respondent(), old == null ? null : old.introduction(),
            answers);
        yield withContent(e, unknown ? "answer to no question" : "question answered twice",
            new Inquiry(inquiry.questions(), answer, inquiry.supplementaryQuestions()),
            "agendaItem.content.answer.answers[" + j + "].questionNumber",
            unknown ? "org.ratsinfo.rule.inquiry.unknownQuestion" : "org.ratsinfo.rule.inquiry.answeredTwice");
      }
      case "org.ratsinfo.rule.supplementaryQuestion.askedBy" -> {
        Inquiry inquiry = inquiry();
        List<SupplementaryQuestion> questions = new ArrayList<>(inquiry.supplementaryQuestions());
        int k = random.nextInt(questions.size() + 1);
        questions.add(k, new SupplementaryQuestion(null, null, text(), chance(0.5) ? text() : null));
        yield withContent(e, "supplementary question by nobody",
            new Inquiry(inquiry.questions(), inquiry.answer(), questions),
            "agendaItem.content.supplementaryQuestions[" + k + "].askedByOrganization", rule);
      }
      case "org.ratsinfo.rule.agenda.duplicateNumber" -> {
        Meeting m = e.meeting();
        Visibility visibility = visibilityFor(m.publicity());
        List<AgendaItem> agenda = new ArrayList<>(m.agenda());
        AgendaItem original = agendaItem(visibility, "D" + agenda.size(), agenda.size());
        int i = random.nextInt(agenda.size() + 1);
        agenda.add(i, original);
        int j = i + 1 + random.nextInt(agenda.size() - i);
        agenda.add(j, agendaItem(visibility, original.number(), j));
        yield new Invalid("duplicate agenda number", e.withMeeting(m.withAgenda(agenda)),
            "meeting.agenda[" + j + "].number", rule, List.of());
      }
      case "jakarta.validation.constraints.PositiveOrZero.message" -> chance(0.5)
          ? new Invalid("negative order", e.withAgendaItem(item.toBuilder().order(-1 - random.nextInt(100)).build()),
              "agendaItem.order", rule, List.of())
          : withTally(e, "negative stated total", new VoteTally(List.of(),
              new VoteCounts(random.nextInt(10), -1 - random.nextInt(10), random.nextInt(3), null, null)),
              "agendaItem.votes[0].tally.statedTotal.no", rule);
      case "jakarta.validation.constraints.NotEmpty.message" -> {
        Text empty = chance(0.5) ? Text.of(pick(" ", "\n\n", "\r\n \r\n\t")) : new Text(List.of(" ", "\n"));
        yield chance(0.5)
            ? new Invalid("empty resolution", e.withAgendaItem(item.toBuilder().resolutionText(empty).build()),
                "agendaItem.resolutionText", rule, List.of())
            : withContent(e, "empty text content", new TextContent(empty), "agendaItem.content.text", rule);
      }
      default -> throw new IllegalArgumentException("cannot break " + rule);
    };
  }

  private Invalid notBlank(Excerpt e, String rule) {
    String blank = pick(" ", "\t", "  \n ", "\r\n", "\u2003", "\u3000 \u2003");
    AgendaItem item = e.agendaItem();
    switch (random.nextInt(6)) {
      case 0:
        return new Invalid("blank body name", withBody(e, new Body(e.body().id(), blank, e.body().shortName())),
            "body.name", rule, List.of());
      case 1:
        return new Invalid("blank title", e.withAgendaItem(item.toBuilder().title(blank).build()),
            "agendaItem.title", rule, List.of());
      case 2: {
        Organization o = e.meeting().organization();
        return new Invalid("blank committee name", e.withMeeting(e.meeting().toBuilder()
            .organization(new Organization(o.id(), blank, o.shortName(), o.type())).build()),
            "meeting.organization.name", rule, List.of());
      }
      case 3: {
        Paper paper = paper(pick(Visibility.values())).toBuilder().reference(blank).build();
        return new Invalid("blank paper reference", e.withAgendaItem(item.toBuilder().paper(paper).build()),
            "agendaItem.consultations[0].paper.reference", rule, List.of());
      }
      case 4: {
        Paper paper = paper(pick(Visibility.values())).toBuilder()
            .clerk(person().toBuilder().familyName(blank).build()).build();
        return new Invalid("blank family name", e.withAgendaItem(item.toBuilder().paper(paper).build()),
            "agendaItem.consultations[0].paper.clerk.familyName", rule, List.of());
      }
      default: {
        VoteTally tally = takenTally(1);
        List<VotingGroup> groups = new ArrayList<>(tally.groups());
        int j = random.nextInt(groups.size());
        groups.set(j, new VotingGroup(blank, groups.get(j).seats(), groups.get(j).counts()));
        return withTally(e, "blank group name", new VoteTally(groups, tally.statedTotal()),
            "agendaItem.votes[0].tally.groups[" + j + "].name", rule);
      }
    }
  }

  private Invalid tooLong(Excerpt e, String rule, String tag) {
    AgendaItem item = e.agendaItem();
    switch (random.nextInt(4)) {
      case 0: {
        String title = longText(tag, 1000);
        return new Invalid("title too long", e.withAgendaItem(item.toBuilder().title(title).build()),
            "agendaItem.title", rule, List.of(title));
      }
      case 1: {
        String occasion = longText(tag, 100);
        return new Invalid("occasion too long", e.withMeeting(e.meeting().toBuilder().occasion(occasion).build()),
            "meeting.occasion", rule, List.of(occasion));
      }
      case 2: {
        String text = longText(tag, 300);
        return new Invalid("decision text too long",
            e.withAgendaItem(item.withDecision(new Decision(pick(DecisionKind.OTHER, DecisionKind.ADOPTED), text))),
            "agendaItem.decision.text", rule, List.of(text));
      }
      default: {
        String name = longText(tag, 100);
        return new Invalid("short name too long", e.withMeeting(e.meeting().toBuilder().organization(
            e.meeting().organization().withShortName(name)).build()),
            "meeting.organization.shortName", rule, List.of(name));
      }
    }
  }

  /** Words starting with the tag, one character or more beyond {@code max}. */
  private String longText(String tag, int max) {
    StringBuilder sb = new StringBuilder(tag);
    while (sb.length() <= max) {
      sb.append(' ').append(chance(0.2) ? pick(SPECIALS) : pick(WORDS));
    }
    return sb.toString();
  }

  private Invalid notXml(Excerpt e, String rule, String tag) {
    String bad = pick("\u0000", "\u0007", "\u000B", "\u001B", "\u001F", "\uFFFE", "\uFFFF", "\uD800",
        "\uDC00", "\u0008");
    String value = tag + " " + phrase(0, 3, 80) + bad + phrase(1, 3, 80);
    AgendaItem item = e.agendaItem();
    switch (random.nextInt(4)) {
      case 0:
        return new Invalid("control character in the body's name",
            withBody(e, new Body(e.body().id(), value, e.body().shortName())), "body.name", rule, List.of(value));
      case 1:
        return new Invalid("control character in the title", e.withAgendaItem(item.toBuilder().title(value).build()),
            "agendaItem.title", rule, List.of(value));
      case 2: {
        Person p = person();
        Paper paper = paper(pick(Visibility.values())).toBuilder().clerk(p.toBuilder().givenName(value).build())
            .build();
        return new Invalid("control character in a given name",
            e.withAgendaItem(item.toBuilder().paper(paper).build()),
            "agendaItem.consultations[0].paper.clerk.givenName", rule, List.of(value));
      }
      default: {
        List<String> paragraphs = new ArrayList<>(text().paragraphs());
        int p = random.nextInt(paragraphs.size() + 1);
        paragraphs.add(p, value);
        return new Invalid("control character in the resolution",
            e.withAgendaItem(item.toBuilder().resolutionText(new Text(paragraphs)).build()),
            "agendaItem.resolutionText[" + p + "]", rule, List.of(value));
      }
    }
  }

  /** A tally where each of at least {@code minGroups} groups has counts, possibly with a stated total. */
  private VoteTally takenTally(int minGroups) {
    while (true) {
      VoteTally tally = voteTally(false);
      if (tally.groups().size() >= minGroups && tally.groups().stream().allMatch(g -> g.counts() != null)) {
        return tally;
      }
    }
  }

  private Invalid withTally(Excerpt e, String name, VoteTally tally, String path, String rule) {
    // A decision other than "unanimous", so that a changed tally breaks no second rule.
    Decision decision = chance(0.5) ? null : new Decision(pick(DecisionKind.ADOPTED, DecisionKind.REJECTED), null);
    return new Invalid(name, e.withAgendaItem(e.agendaItem().toBuilder().decision(decision).voteTally(tally).build()),
        path, rule, List.of());
  }

  private static Excerpt withBody(Excerpt e, Body body) {
    return new Excerpt(body, e.meeting(), e.agendaItem(), e.audience());
  }

  private Invalid withContent(Excerpt e, String name, ItemContent content, String path, String rule) {
    AgendaItem item = e.agendaItem();
    // A text content is the statement of facts: an item with one of its own would break a second rule.
    AgendaItem changed = item.toBuilder().content(content)
        .statementOfFacts(content instanceof TextContent ? null : item.statementOfFacts()).build();
    return new Invalid(name, e.withAgendaItem(changed), path, rule, List.of());
  }

  // ---------------------------------------------------------------------------------------------
  // Strings of a value

  /**
   * Every string reachable from a value through record components and lists (map keys and values
   * too): to check what a document tree or a model holds.
   */
  public static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    collect(value, out);
    return out;
  }

  private static void collect(@Nullable Object value, List<String> out) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof java.net.URI uri) {
      out.add(uri.toString());   // a link's target: an address may carry what it must not show
    } else if (value instanceof Iterable<?> list) {
      list.forEach(v -> collect(v, out));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        collect(k, out);
        collect(v, out);
      });
    } else if (value instanceof Record) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          collect(c.getAccessor().invoke(value), out);
        } catch (IllegalAccessException | InvocationTargetException ex) {
          throw new IllegalStateException("cannot read " + c, ex);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Randomness

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> @Nullable T optional(Supplier<T> value) {
    return chance(0.5) ? value.get() : null;
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  @Override
  public String toString() {
    return "RandomModels[seed=" + seed + "]";
  }
}
