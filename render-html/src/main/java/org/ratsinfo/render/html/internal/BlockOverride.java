package org.ratsinfo.render.html.internal;

import java.io.IOException;
import org.ratsinfo.document.Block;

/** Renders blocks of one kind instead of the default way; made from a public block renderer. */
@FunctionalInterface
public interface BlockOverride {

  /**
   * Renders a block.
   *
   * @param block the block, of the kind this override is registered for
   * @param writer where the markup goes
   * @throws IOException if writing fails
   */
  void render(Block block, BlockWriter writer) throws IOException;
}
