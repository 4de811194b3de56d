/**
 * The implementation of the native JSON format on Jackson's data binding: what the model's types are
 * to Jackson ({@code ModelTypes}, {@code ModelIntrospector}, the string types' (de)serializers), the
 * strict mapper behind {@code RatsinfoJson} ({@code JsonBinding}) and the translation of Jackson's
 * exceptions into failures with path, line and column ({@code ReadErrors}). Not exported, except to the
 * OParl module, which reads its documents with the same failures and messages.
 */
@NullMarked
package org.ratsinfo.json.internal;

import org.jspecify.annotations.NullMarked;
