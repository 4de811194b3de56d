/**
 * OParl import (1.0 and 1.1) and export (1.1). {@link org.ratsinfo.oparl.OParlReader} reads the JSON
 * of any council information system that speaks OParl (SessionNet, ALLRIS, SD.NET RIM and others) into
 * {@link org.ratsinfo.model.MeetingExcerpts}, tolerant of what real servers send (each repair reported
 * as an {@link org.ratsinfo.oparl.OParlWarning}) or strict, whole or one meeting at a time for exports
 * of any size; {@link org.ratsinfo.oparl.OParlWriter} writes a meeting as OParl 1.1 with its votes,
 * exclusions for bias and item texts as vendor extensions, and its votes as Popolo vote events.
 *
 * <pre>{@code
 * OParlImport imported = OParlReader.standard().read(Path.of("oparl"));
 * MeetingExcerpts meeting = imported.meetings().get(0);
 * String oparl = OParlWriter.builder().baseUrl("https://ris.example.org/oparl/v1/").build()
 *     .writeString(meeting);
 * }</pre>
 *
 * <p>Nothing here opens a network connection: the caller provides the objects, and may plug in an
 * {@link org.ratsinfo.oparl.OParlObjectSource} to fetch what references name.
 */
@NullMarked
package org.ratsinfo.oparl;

import org.jspecify.annotations.NullMarked;
