package org.ratsinfo.model;

/**
 * What was dealt with at an agenda item beyond its decision: an {@link Inquiry} with its questions and
 * answers, or plain {@link TextContent} (Sachverhalt, Beratungsverlauf). The set of kinds is closed so
 * that every renderer shows every kind.
 */
public sealed interface ItemContent permits Inquiry, TextContent {}
