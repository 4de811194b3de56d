/**
 * ratsinfo test kit: seeded model generators, the hostile corpus and the renderer conformance suite,
 * for the tests of renderers and integrations. Use it in test scope.
 */
module org.ratsinfo.testkit {
  requires transitive org.ratsinfo.core;
  requires transitive org.junit.jupiter.api;

  exports org.ratsinfo.testkit;
}
