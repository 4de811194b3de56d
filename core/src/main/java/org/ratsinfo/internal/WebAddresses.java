package org.ratsinfo.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for which addresses may become links in a document: absolute {@code https} and {@code
 * http} URLs with a host. Every other scheme ({@code javascript:}, {@code data:}, {@code file:},
 * {@code mailto:}, relative references …) is refused, so that no address from the data or from an
 * integrator's mapping can run script, reach the reader's own files or leave a viewer's sandbox.
 * Validation ({@code @WebAddress}) and the document tree's links both ask this class.
 */
public final class WebAddresses {

  private WebAddresses() {}

  /**
   * The address as a link target, or {@code null} where it may not be one.
   *
   * @param address an address from the data or an integrator; may be {@code null}
   * @return the parsed absolute http(s) URI, or {@code null}
   */
  public static @Nullable URI parse(@Nullable CharSequence address) {
    if (address == null) {
      return null;
    }
    String text = address.toString();
    // Control characters and white space are where browsers' lenient parsing differs from the URI
    // grammar ("java\tscript:"): such an address is never a link.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        return null;
      }
    }
    try {
      URI uri = new URI(text);
      return isAllowed(uri) ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * Whether a URI may be a link target: absolute, scheme {@code https} or {@code http}, with a host.
   *
   * @param uri the URI
   * @return whether it may be linked
   */
  public static boolean isAllowed(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
      return false;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    return lower.equals("https") || lower.equals("http");
  }
}
