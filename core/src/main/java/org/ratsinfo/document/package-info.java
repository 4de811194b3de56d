/**
 * The format-neutral document tree of the documents of a meeting (an excerpt, the agenda, the
 * minutes), and the layout that makes it.
 *
 * <p>{@link org.ratsinfo.document.ExcerptLayout} lays an {@link org.ratsinfo.model.Excerpt} out once
 * into an {@link org.ratsinfo.document.ExcerptDocument}: what is shown, in which order, with which
 * labels and formatted values, after redaction for the audience. Renderers only map this tree to their
 * format; none of them decides what is shown, so what a public excerpt leaves out is left out by every
 * format alike.
 *
 * <p>An excerpt's document, in order:
 *
 * <ol>
 *   <li>the title "Auszug - " and the agenda item's title, and the body's name;
 *   <li>a {@link org.ratsinfo.document.FieldList.Kind#MEETING meeting} field list: TOP ("Ö 19.1"), Gremium, Beschlussart (the
 *       decision's own text, else the kind's label), Datum ("Di, 28.02.2017", in the start's own time
 *       zone), Status (the meeting's publicity), Zeit ("16:00 - 17:55", or just "16:00" without an
 *       end), Anlass, Raum, Ort. A field whose value is absent is left out. A cancelled meeting says so
 *       in its Status: "öffentlich, abgesagt";
 *   <li>a {@link org.ratsinfo.document.SectionKind#PAPER paper} section headed by the paper's reference and title, with its
 *       field list: Status, Vorlage-Art (as given, in every locale), Datum, Verfasser, Federführend,
 *       Bearbeiter/-in, Beratungsrolle; inside it, where the paper records them, its {@link
 *       SectionKind#CONSULTATIONS Beratungsfolge} (a {@link org.ratsinfo.document.Table}: a row per consultation headed by
 *       its date, the row of this meeting's saying "(diese Sitzung)"; columns Gremium, Rolle,
 *       Ergebnis), its {@link org.ratsinfo.document.SectionKind#LINKED_PAPERS linked papers} and its {@link
 *       SectionKind#ATTACHMENTS files} ({@link org.ratsinfo.document.LinkList}s, the main file first). A further paper dealt
 *       with under the item (an amendment) follows as a paper section of its own;
 *   <li>the item's texts, each its own section where it is given, in this order: the {@link
 *       SectionKind#PROPOSAL proposal} (Beschlussvorschlag), the {@link org.ratsinfo.document.SectionKind#CONTENT statement of
 *       facts} (Sachverhalt; {@link org.ratsinfo.model.AgendaItem#effectiveStatementOfFacts()}), for an inquiry sections of
 *       its {@link org.ratsinfo.document.SectionKind#QUESTIONS questions}, its {@link org.ratsinfo.document.SectionKind#ANSWER answer} (an
 *       introduction, then each answer with its question) and its {@link
 *       SectionKind#SUPPLEMENTARY_QUESTIONS supplementary questions}, the {@link
 *       SectionKind#DELIBERATION course of the debate} (Beratungsverlauf) and the {@link
 *       SectionKind#RESOLUTION resolution} (Beschluss);
 *   <li>the votes. An item's only vote is a {@link org.ratsinfo.document.SectionKind#VOTE vote} section, headed by its title,
 *       or "Abstimmungsergebnis" for an untitled vote on the main motion (as an item with one tally has
 *       always looked), or its subject ("Änderungsantrag"); several votes are {@link org.ratsinfo.document.SectionKind#VOTE
 *       vote} sections inside one {@link org.ratsinfo.document.SectionKind#VOTES votes} section, headed "1. Abstimmung:" and
 *       the title or subject. A vote shows, each where given: the movers ("Antragsteller: …"), the
 *       motion's wording, the method where the vote was not open ("Namentliche Abstimmung", "Geheime
 *       Abstimmung"), the majority required where it is not simple, the members present and entitled
 *       to vote, the tally as a {@link org.ratsinfo.document.Table} (columns "gesamt" and each group; rows dafür, dagegen,
 *       Enthaltung, and befangen and nicht anwesend where the tally records them; or, where the groups
 *       would not fit across a page or {@link org.ratsinfo.document.ExcerptLayout.Builder#tallyLayout(TallyLayout)} says so, transposed:
 *       columns dafür, dagegen …, rows "gesamt" and each group; for a roll call without a tally, the
 *       tally counted from the ballots), the roll call as a {@link org.ratsinfo.document.Table} (rows: the members' names;
 *       columns: Fraktion where a ballot names one, Stimme), and the outcome: the stated {@link
 *       org.ratsinfo.model.Vote#result() result}, else the counts under the vote's own majority or the
 *       layout's {@link org.ratsinfo.document.ExcerptLayout.Builder#majorityRule(MajorityRule) rule} ("Ergebnis: angenommen", "Ergebnis:
 *       einstimmig angenommen", "Ergebnis: abgelehnt"). Where no vote was taken, every cell is empty and
 *       the table's note says "Es wurde nicht abgestimmt.". The members excluded for bias are named
 *       in one note: in the only vote's section before the outcome, at the head of the votes section
 *       for several, or in a {@link org.ratsinfo.document.SectionKind#BIAS bias} section for an item without votes;
 *   <li>the item's own {@link org.ratsinfo.document.SectionKind#ATTACHMENTS attachments}, then its resolution file.
 * </ol>
 *
 * <p>The same tree holds the other documents of a meeting ({@link org.ratsinfo.document.DocumentKind}):
 * the agenda ({@link org.ratsinfo.document.ExcerptLayout#agenda}) and the minutes ({@link
 * org.ratsinfo.document.ExcerptLayout#minutes}). A renderer renders every kind alike.
 *
 * <h2>Redaction</h2>
 *
 * <p>Redaction happens in the layout and nowhere else (one step, asked by every part of the layout).
 * Renderers are given the {@link org.ratsinfo.document.ExcerptDocument} only, so what it does not hold
 * no format can show. For {@link org.ratsinfo.model.Audience#PUBLIC}:
 *
 * <ul>
 *   <li><b>Non-public by nature</b>, always: an excerpt of a non-public agenda item is refused with an
 *       {@link IllegalArgumentException} (validation normally reports this first; {@link
 *       org.ratsinfo.model.MeetingExcerpts#excerpts()} leaves such items out), and a non-public paper
 *       (the only part below the agenda item that has a {@link org.ratsinfo.model.Visibility}) is left
 *       out completely: no paper section, no consultation role, and neither its reference nor its type
 *       in the {@link org.ratsinfo.document.DocumentInfo}; so are a non-public further paper, a non-public linked paper and
 *       a non-public file. A consultation of the Beratungsfolge at a non-public item or meeting keeps
 *       its date, body and role, which the Beratungsfolge printed on a public paper shows too; its
 *       status and result read "nichtöffentlich".
 *   <li><b>Internal-only by the integrator's choice</b>: the fields of {@link
 *       ExcerptLayout.Builder#withheldFromPublic(java.util.Set)}, e.g. {@link org.ratsinfo.document.FieldKey#CLERK} (Bearbeiter/-in) or {@link
 *       FieldKey#ORIGINATORS} (Verfasser). A withheld field is left out of its field list and of the
 *       {@link org.ratsinfo.document.DocumentInfo} (which becomes the metadata of PDF, DOCX and HTML): {@link
 *       FieldKey#PAPER_TYPE}, {@link org.ratsinfo.document.FieldKey#ORGANIZATION} and {@link org.ratsinfo.document.FieldKey#DATE} are keywords as
 *       well. {@link org.ratsinfo.document.FieldKey#DECISION} takes the votes' outcome lines ("Ergebnis: einstimmig
 *       angenommen") with it, which state the decision in other words; the tally's counts are the
 *       vote, not the decision, and stay. {@link org.ratsinfo.document.FieldKey#BALLOTS} leaves out the roll calls' tables
 *       of who voted how (their counts stay), {@link org.ratsinfo.document.FieldKey#EXCLUDED_FOR_BIAS} the note naming the
 *       members excluded for bias and the roll calls' rows of members who voted "befangen", {@link org.ratsinfo.document.FieldKey#MOVERS} the movers of the motions. A field list left without fields is left out. Default: nothing is withheld, as in the
 *       public excerpts of the RIS products (SessionNet, ALLRIS), which name the clerk and the authors
 *       of a public paper: whether a public excerpt names them is the body's decision under its data
 *       protection rules, not the library's.
 *   <li><b>The documents of the whole meeting</b>: the agenda and the minutes leave out the content
 *       of the non-public items (papers, texts, votes, files); the agenda lists their numbers and
 *       titles only where {@link org.ratsinfo.document.ExcerptLayout.Builder#nonPublicAgendaTitles} says
 *       so, the minutes never. {@link org.ratsinfo.document.FieldKey#ATTENDANCE} withholds the
 *       attendance list, {@link org.ratsinfo.document.FieldKey#CHAIR} and {@link
 *       org.ratsinfo.document.FieldKey#MINUTE_TAKER} the names of the chair and the minute-taker.
 *   <li><b>Never shown, for any audience</b>: every identifier ({@code id}), the meeting's own agenda
 *       (other items), the meeting's name and state, short names, a location's address, the seats of a
 *       voting group.
 * </ul>
 *
 * <p>For {@link org.ratsinfo.model.Audience#INTERNAL} everything but the last group is shown, withheld fields included.
 *
 * <p>The tree is made of immutable records, and {@link org.ratsinfo.document.Block} is sealed. A
 * renderer walks it with {@link org.ratsinfo.document.ExcerptDocument#walk(BlockVisitor)}: a {@link
 * org.ratsinfo.document.BlockVisitor} has one method per kind of block, without defaults, so that a
 * kind added to the tree is a compile error in the renderer rather than a block it silently leaves
 * out (Java 17 cannot switch over a sealed interface, and an {@code instanceof} chain compiles
 * whatever it misses). Each call gets a {@link org.ratsinfo.document.BlockContext}: the heading level
 * (the title is the only level 1, a section at the top level 2), the depth, the section the block is
 * in, and the language of the block's texts as a BCP 47 tag, the block's own where it has one (German
 * data in an English document is tagged "de-DE") or else the document's.
 *
 * <p>Text in the tree is plain text, never markup; a renderer escapes every character, for a text
 * format with a {@link org.ratsinfo.render.TextEscaper}. {@code \n} inside a paragraph is a line
 * break.
 *
 * <p>{@link org.ratsinfo.document.Labels} holds the German (default) and English labels the layout
 * uses; custom renderers use the same labels for what they add, such as a page footer.
 */
@NullMarked
package org.ratsinfo.document;

import org.jspecify.annotations.NullMarked;
