package org.ratsinfo.oparl;

import java.util.List;

/**
 * What a test expects of an {@link OParlWarning}, which only the reader makes: the object, the
 * property, the issue and the arguments as the English message shows them.
 *
 * @param objectId the object
 * @param field the property
 * @param issue the issue
 * @param arguments the arguments, in English
 */
record Seen(String objectId, String field, OParlIssue issue, List<String> arguments) {

  Seen(String objectId, String field, OParlIssue issue, String... arguments) {
    this(objectId, field, issue, List.of(arguments));
  }

  static Seen of(OParlWarning warning) {
    return new Seen(warning.objectId(), warning.field(), warning.issue(), warning.arguments());
  }

  static List<Seen> of(List<OParlWarning> warnings) {
    return warnings.stream().map(Seen::of).toList();
  }
}
