package org.ratsinfo.oparl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The string formats of OParl, on the edges of each. */
class FormatsTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-09-15", "2024-02-29", "2000-02-29", "0001-01-01", "2026-12-31"})
  void dates(String s) {
    assertTrue(Formats.isDate(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026-9-15", "2026-09-15 ", " 2026-09-15", "2026/09/15", "15.09.2026",
      "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32",
      "2026-09-15T00:00:00+02:00", "20260915", "２０２６-09-15", "2026-0a-15"})
  void notDates(String s) {
    assertFalse(Formats.isDate(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-09-15T16:00:00+02:00", "1969-07-21T02:56:00+00:00", "2026-09-15T16:00:00Z",
      "2026-09-15T16:00:00.5+02:00", "2026-09-15T16:00:00.123456789-05:30", "2026-09-15T23:59:59+18:00",
      "2026-09-15T00:00:00-17:59", "2024-02-29T12:00:00+01:00"})
  void dateTimes(String s) {
    assertEquals(Formats.VALID, Formats.dateTime(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-09-15T16:00:00", "2026-09-15T16:00:00.250"})
  void dateTimesWithoutOffset(String s) {
    assertEquals(Formats.WITHOUT_OFFSET, Formats.dateTime(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2016-01-01T12:00:00+01::00", "2026-09-15T16:00+02:00",
      "2026-09-15 16:00:00+02:00",
      "2026-09-15t16:00:00+02:00", "2026-09-15T16:00:00z", "2026-09-15T24:00:00+02:00",
      "2026-09-15T16:60:00+02:00", "2026-09-15T16:00:60+02:00", "2026-09-15T16:00:00+0200",
      "2026-09-15T16:00:00+02", "2026-09-15T16:00:00+18:01", "2026-09-15T16:00:00+19:00",
      "2026-09-15T16:00:00+02:60", "2026-09-15T16:00:00.+02:00", "2026-09-15T16:00:00.1234567890+02:00",
      "2026-09-15T16:00:00+02:00 ", "2026-09-15T16:00:00Z+02:00", "2026-02-30T16:00:00+02:00",
      "2026-09-15", "2026-09-15T16:00:00~02:00"})
  void notDateTimes(String s) {
    assertEquals(Formats.INVALID, Formats.dateTime(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://ris.example.org", "https://ris.example.org/",
      "http://ris.example.org/oparl/v1/body/1",
      "HTTPS://RIS.EXAMPLE.ORG/A", "https://ris.example.org:8443/x", "https://ris.example.org:/x",
      "https://user:pw@ris.example.org/x", "https://[2001:db8::1]/x", "https://[2001:db8::1]:80/x",
      "https://192.0.2.1/x", "https://ris.example.org/x?a=1&b=%C3%A4;c=(d)*+,'!$",
      "https://ris.example.org/x#top",
      "https://ris.example.org/x?#", "https://ris.example.org/~user/a_b-c.d",
      "https://ris.example.org?x=/a@b:c"})
  void urls(String s) {
    assertTrue(Formats.isUrl(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ris.example.org/x", "/oparl/v1/body/1", "//ris.example.org/x",
      "ftp://ris.example.org/x",
      "https:/ris.example.org/x", "https://", "https:///x", "https://:8443/x", "https://user@/x",
      "https://ris.example.org/a b", "https://ris.example.org/ä", "https://ris.example.org/%",
      "https://ris.example.org/%4",
      "https://ris.example.org/%zz", "https://ris.example.org:84a3/x", "https://ris example.org/x",
      "https://ris.example.org/x#a#b", "https://ris.example.org/x?a[]=1", "https://[2001:db8::1/x",
      "https://[]/x", "https://[2001:db8::g]/x", "https://[::1]x/y", "https://ris.example.org/x\n",
      "https://ris.example.org/\"x\"", "https://ris.example.org/<x>", "https://ris.example.org/x\\y",
      "https://ris.example.org/{x}", "https://ris.example.org/x|y", "https://ris.example.org/x^y",
      "https://ris.example.org/`x`", "https://us er@ris.example.org/"})
  void notUrls(String s) {
    assertFalse(Formats.isUrl(s), s);
  }
}
