/**
 * ratsinfo OParl: imports meetings, agenda items and papers from OParl 1.0 and 1.1 JSON into the model, and
 * exports a meeting as OParl 1.1 JSON with its votes, exclusions for bias and item texts as vendor extensions
 * and its votes as Popolo vote events.
 * Reads and writes JSON only; never opens a network connection.
 */
module org.ratsinfo.oparl {
  requires transitive org.ratsinfo.core;
  requires tools.jackson.databind;

  exports org.ratsinfo.oparl;
}
