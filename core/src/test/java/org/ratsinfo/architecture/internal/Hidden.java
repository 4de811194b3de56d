package org.ratsinfo.architecture.internal;

/** A type of an internal package, for {@code ArchitectureRulesTest}. */
public final class Hidden {

  /** Internal types may name each other. */
  public Hidden self() {
    return this;
  }
}
