package org.ratsinfo.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a crawl of a council information system as an OParl 1.0 server of the SD.NET RIM kind
 * publishes it, in list pages on disk: the body, its organizations, meetings 20 to a page and papers
 * 50 to a page with their consultations embedded. Every meeting has the patterns real exports show: no
 * {@code public} flag and no {@code order}, a heading that opens the public part and one that opens
 * the non-public part (whose items are published all the same), a heading that only groups items,
 * numbers written "1.", an amendment without a number under the motion it amends, and, in every third
 * meeting, an end at 00:00 of the meeting's day.
 *
 * <p>Each meeting has {@value #ITEMS_PER_MEETING} items: {@value #PUBLIC_PER_MEETING} public (one of
 * them the unnumbered amendment) and {@value #NON_PUBLIC_PER_MEETING} non-public, besides its three
 * headings.
 */
public final class CrawlFixture {

  /** The items of each meeting, headings not counted. */
  public static final int ITEMS_PER_MEETING = 12;
  /** The public items of each meeting. */
  public static final int PUBLIC_PER_MEETING = 9;
  /** The non-public items of each meeting. */
  public static final int NON_PUBLIC_PER_MEETING = 3;

  private static final String BASE = "https://ris.gemeinde.example/oparl/";
  private static final String STAMP =
      "\"created\": \"2019-01-01T10:00:00+01:00\", \"modified\": \"2019-06-01T10:00:00+02:00\"";
  private static final String TYPE = "https://schema.oparl.org/1.0/";
  private static final int MEETINGS_PER_PAGE = 20;
  private static final int PAPERS_PER_PAGE = 50;
  private static final String[] COMMITTEES = {
    "Gemeinderat", "Haupt- und Finanzausschuss", "Bauausschuss", "Ausschuss für Schule und Sport"};

  private CrawlFixture() {}

  /**
   * Writes a crawl of at least the given number of agenda items (whole meetings).
   *
   * @param dir an empty directory
   * @param items how many items, at least
   * @return how many meetings were written
   * @throws IOException if writing fails
   */
  public static int write(Path dir, int items) throws IOException {
    int meetings = Math.max(1, (items + ITEMS_PER_MEETING - 1) / ITEMS_PER_MEETING);
    write(dir.resolve("body.json"), w -> w.write(body()));
    write(dir.resolve("organizations.json"), w -> {
      w.write("{\"data\": [");
      for (int o = 0; o < COMMITTEES.length; o++) {
        w.write(o == 0 ? "" : ",");
        w.write(String.format(Locale.ROOT, "{\"id\": \"%sorganization/%d\", \"type\": \"%sOrganization\","
            + " \"body\": \"%sbody/1\", \"name\": \"%s\", \"organizationType\": \"Gremium\", " + STAMP + "}",
            BASE, o, TYPE, BASE, COMMITTEES[o]));
      }
      w.write("], \"links\": {}}");
    });
    list(dir, "meetings", meetings, MEETINGS_PER_PAGE, CrawlFixture::meeting);
    // the papers: each meeting has four, consulted at items 2, 4, 5 (the amendment) and 10
    list(dir, "papers", meetings * 4, PAPERS_PER_PAGE, CrawlFixture::paper);
    return meetings;
  }

  /** One object of a list, the {@code n}th. */
  @FunctionalInterface
  private interface Element {
    void write(Writer w, int n) throws IOException;
  }

  /** A list of {@code count} objects on pages of {@code perPage}, each page a file of its own. */
  private static void list(Path dir, String list, int count, int perPage, Element element)
      throws IOException {
    int pages = (count + perPage - 1) / perPage;
    for (int page = 0; page < pages; page++) {
      int first = page * perPage;
      int last = Math.min(count, first + perPage);
      int number = page;
      write(dir.resolve(String.format(Locale.ROOT, "%s-%05d.json", list, page + 1)), w -> {
        w.write("{\"data\": [");
        for (int n = first; n < last; n++) {
          w.write(n == first ? "" : ",");
          element.write(w, n);
        }
        w.write("], ");
        links(w, list, number, pages);
        w.write("}");
      });
    }
  }

  private static String body() {
    return String.format(Locale.ROOT, "{\"id\": \"%sbody/1\", \"type\": \"%sBody\", \"name\":"
        + " \"Gemeinde Musterhausen\", \"shortName\": \"Musterhausen\", \"system\": \"%ssystem\","
        + " \"organization\": \"%sbody/1/organizations\", \"person\": \"%sbody/1/persons\","
        + " \"meeting\": \"%sbody/1/meetings\", \"paper\": \"%sbody/1/papers\", \"legislativeTerm\": [],"
        + " \"created\": \"2014-06-01T10:00:00+02:00\", \"modified\": \"2020-01-01T10:00:00+01:00\"}",
        BASE, TYPE, BASE, BASE, BASE, BASE, BASE);
  }

  private static void links(Writer w, String list, int page, int pages) throws IOException {
    w.write(String.format(Locale.ROOT, "\"pagination\": {\"currentPage\": %d, \"totalPages\": %d},"
        + " \"links\": {\"first\": \"%sbody/1/%s?page=1\"", page + 1, pages, BASE, list));
    if (page + 1 < pages) {
      w.write(String.format(Locale.ROOT, ", \"next\": \"%sbody/1/%s?page=%d\"", BASE, list, page + 2));
    }
    w.write("}");
  }

  private static void meeting(Writer w, int m) throws IOException {
    int day = m % 28 + 1;
    int month = m / 28 % 12 + 1;
    int year = 2010 + m / 336;
    String date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    String offset = month >= 4 && month <= 10 ? "+02:00" : "+01:00";
    w.write(String.format(Locale.ROOT, "{\"id\": \"%smeeting/%d\", \"type\": \"%sMeeting\", \"name\":"
        + " \"%d. Sitzung\", \"start\": \"%sT17:00:00%s\", " + STAMP, BASE, m, TYPE, m + 1, date,
        offset));
    if (m % 3 == 0) {
      w.write(String.format(Locale.ROOT, ", \"end\": \"%sT00:00:00%s\"", date, offset));
    }
    w.write(String.format(Locale.ROOT, ", \"organization\": [\"%sorganization/%d\"], \"agendaItem\": [",
        BASE, m % COMMITTEES.length));
    int id = m * 100;
    heading(w, m, id++, "", "A Öffentliche Sitzung");
    w.write(",");
    int paper = m * 4;
    for (int n = 1; n <= 8; n++) {
      if (n == 4) {
        heading(w, m, id++, "", "ANTRÄGE");
        w.write(",");
      }
      String result = n == 1 ? null : n % 3 == 0 ? "ungeändert beschlossen" : "einstimmig beschlossen";
      Integer consults = n == 2 ? Integer.valueOf(paper) : n == 4 ? Integer.valueOf(paper + 1) : null;
      item(w, m, id++, n + ".", "Tagesordnungspunkt " + n + " der Sitzung " + (m + 1), result, consults);
      w.write(",");
      if (n == 4) { // the amendment to the motion of item 4, without a number
        item(w, m, id++, "", "Änderungsantrag zu TOP 4 der Sitzung " + (m + 1), "abgelehnt", paper + 2);
        w.write(",");
      }
    }
    heading(w, m, id++, "B", "Nichtöffentliche Sitzung");
    for (int n = 9; n <= 11; n++) {
      w.write(",");
      item(w, m, id++, n + ".", "Vertrauliche Angelegenheit " + n + " der Sitzung " + (m + 1),
          "beschlossen", n == 10 ? Integer.valueOf(paper + 3) : null);
    }
    w.write("]}");
  }

  private static void heading(Writer w, int m, int id, String number, String name) throws IOException {
    w.write(String.format(Locale.ROOT, "{\"id\": \"%sagendaitem/%d\", \"type\": \"%sAgendaItem\","
        + " \"meeting\": \"%smeeting/%d\", \"number\": \"%s\", \"name\": \"%s\", " + STAMP + "}",
        BASE, id, TYPE, BASE, m, number, name));
  }

  private static void item(Writer w, int m, int id, String number, String name, String result,
      Integer paper) throws IOException {
    w.write(String.format(Locale.ROOT, "{\"id\": \"%sagendaitem/%d\", \"type\": \"%sAgendaItem\","
        + " \"meeting\": \"%smeeting/%d\", \"number\": \"%s\", \"name\": \"%s\", " + STAMP,
        BASE, id, TYPE, BASE, m, number, name));
    if (paper != null) {
      w.write(String.format(Locale.ROOT, ", \"consultation\": \"%sconsultation/%d\"", BASE, paper));
    }
    if (result != null) {
      w.write(", \"result\": \"" + result + "\", \"resolutionText\": \"Der Beschluss zu " + name + ".\"");
    }
    w.write("}");
  }

  private static void paper(Writer w, int p) throws IOException {
    int m = p / 4;
    int item = m * 100 + switch (p % 4) {
      case 0 -> 2;     // heading A, item 1, item 2
      case 1 -> 5;     // ..., heading ANTRÄGE, item 4
      case 2 -> 6;     // the amendment
      default -> 13;   // ..., heading B, item 9, item 10
    };
    String type = p % 4 == 2 ? "Antrag" : "Beschlussvorlage";
    w.write(String.format(Locale.ROOT, "{\"id\": \"%spaper/%d\", \"type\": \"%sPaper\", \"body\":"
        + " \"%sbody/1\", \"name\": \"Vorlage %d\", \"reference\": \"%d/%04d\", \"paperType\": \"%s\","
        + " \"date\": \"2019-01-%02d\", \"consultation\": [{\"id\": \"%sconsultation/%d\", \"type\":"
        + " \"%sConsultation\", \"paper\": \"%spaper/%d\", \"agendaItem\": \"%sagendaitem/%d\","
        + " \"meeting\": \"%smeeting/%d\", \"role\": \"Entscheidung\", \"authoritative\": true, "
        + STAMP + "}], " + STAMP + "}",
        BASE, p, TYPE, BASE, p, 2010 + m / 336, p % 10000, type, p % 28 + 1, BASE, p, TYPE, BASE, p,
        BASE, item, BASE, m));
  }

  @FunctionalInterface
  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(w);
    }
  }
}
