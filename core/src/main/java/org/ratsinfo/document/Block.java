package org.ratsinfo.document;

/**
 * A block of an {@link ExcerptDocument}. The kinds are closed, and a renderer handles every one; with a
 * {@link BlockVisitor}, the compiler checks that it does:
 *
 * <ul>
 *   <li>{@link Section}: a heading and the blocks under it; sections nest;
 *   <li>{@link FieldList}: label/value pairs, such as the header of an excerpt;
 *   <li>{@link Paragraph}: a paragraph of text;
 *   <li>{@link NumberedList}: a numbered list, such as the questions of an inquiry;
 *   <li>{@link QuestionAnswer}: a numbered question with its answer;
 *   <li>{@link Table}: a table with column and row headers, such as a vote tally;
 *   <li>{@link LinkList}: a list of references that may be links, such as the attachments.
 * </ul>
 */
public sealed interface Block
    permits Section, FieldList, Paragraph, NumberedList, QuestionAnswer, Table, LinkList {}
