/**
 * The ratsinfo test kit, for the tests of renderers and integrations (use it in test scope).
 *
 * <ul>
 *   <li>{@link org.ratsinfo.testkit.RandomModels}: seeded random valid models (excerpts, meetings with
 *       votes, roll calls, Beratungsfolge, files and participants) and models that break exactly one
 *       validation rule ({@link org.ratsinfo.testkit.RandomModels.Invalid});
 *   <li>{@link org.ratsinfo.testkit.MarkedModels}: seeded meetings whose every text carries a marker
 *       that says who may see it, to prove redaction in any output: a {@link
 *       org.ratsinfo.testkit.MarkedModels.Case} with its {@link org.ratsinfo.testkit.MarkedModels.Item
 *       items}, their {@link org.ratsinfo.testkit.MarkedModels.Marks markers} and the {@link
 *       org.ratsinfo.testkit.MarkedModels.Kind kind} of each;
 *   <li>{@link org.ratsinfo.testkit.HostileCorpus}: hostile and odd inputs (markup, scripts, control
 *       and bidi characters, huge values, references to a {@link org.ratsinfo.testkit.LoopbackServer}
 *       that counts requests), each a {@link org.ratsinfo.testkit.HostileCorpus.Case} with what it
 *       must give ({@link org.ratsinfo.testkit.HostileCorpus.Expected});
 *   <li>{@link org.ratsinfo.testkit.DocumentFacts}: every fact of a laid-out document;
 *   <li>the conformance suite a renderer's test implements, {@link
 *       org.ratsinfo.testkit.RendererConformance}, and the checks of a renderer's output built on the
 *       generators: {@link org.ratsinfo.testkit.RedactionChecks}, {@link
 *       org.ratsinfo.testkit.SharedRendererChecks}.
 * </ul>
 *
 * <p>Every generator is deterministic for its seed: a failing test names the seed, and {@code
 * RandomModels.of(seed)} reproduces it. How the models are made is in {@code
 * org.ratsinfo.testkit.internal}, which the module does not export: not part of the API.
 */
@NullMarked
package org.ratsinfo.testkit;

import org.jspecify.annotations.NullMarked;
