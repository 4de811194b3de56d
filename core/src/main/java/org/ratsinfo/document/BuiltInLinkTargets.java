package org.ratsinfo.document;

import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.File;

/** The link targets {@link LinkTargets#accessUrls()} and {@link LinkTargets#none()}. */
enum BuiltInLinkTargets implements LinkTargets {
  ACCESS_URLS,
  NONE {
    @Override
    public @Nullable String file(File file) {
      return null;
    }
  }
}
