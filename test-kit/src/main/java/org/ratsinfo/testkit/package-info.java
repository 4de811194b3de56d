/**
 * The ratsinfo test kit, for the tests of renderers and integrations (use it in test scope).
 *
 * <ul>
 *   <li>{@link org.ratsinfo.testkit.RandomModels}: seeded random valid models (excerpts, meetings with
 *       votes, roll calls, Beratungsfolge, files and participants) and models that break exactly one
 *       validation rule;
 *   <li>{@link org.ratsinfo.testkit.MarkedModels}: seeded meetings whose every text carries a marker
 *       that says who may see it, to prove redaction in any output;
 *   <li>{@link org.ratsinfo.testkit.HostileCorpus}: hostile and odd inputs (markup, scripts, control
 *       and bidi characters, huge values, references to a {@link org.ratsinfo.testkit.LoopbackServer}
 *       that counts requests);
 *   <li>{@link org.ratsinfo.testkit.DocumentFacts}: every fact of a laid-out document;
 *   <li>the checks of a renderer's output built on them: {@link org.ratsinfo.testkit.RedactionChecks},
 *       {@link org.ratsinfo.testkit.SharedRendererChecks}.
 * </ul>
 *
 * <p>Every generator is deterministic for its seed: a failing test names the seed, and {@code
 * RandomModels.of(seed)} reproduces it.
 */
@NullMarked
package org.ratsinfo.testkit;

import org.jspecify.annotations.NullMarked;
