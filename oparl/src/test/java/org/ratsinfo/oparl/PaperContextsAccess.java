package org.ratsinfo.oparl;

import org.ratsinfo.model.MeetingExcerpts;

/** {@link PaperContexts} for the tests of the internal package. */
public final class PaperContextsAccess {

  private PaperContextsAccess() {}

  /** A random meeting with its papers in context, for the seed. */
  public static MeetingExcerpts meeting(long seed) {
    return PaperContexts.of(seed).meeting();
  }
}
