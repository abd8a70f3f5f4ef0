/**
 * All WordprocessingML reading and writing. Reading, bounded and safe (StAX, no external entities,
 * size and entry limits): content controls, bookmarks, comments, tracked changes, document
 * properties, custom XML parts, Strict Open XML names, and the refusal reasons a package can earn.
 * Writing: the element writer ({@link org.irm.docx.WordXml}), paragraphs and runs in our styles
 * ({@link org.irm.docx.Paragraphs}, {@link org.irm.docx.DocumentStyles}), tracked changes and
 * comment parts, one package assembly ({@link org.irm.docx.PackageWriter}), the annotated copy of
 * someone else's package ({@link org.irm.docx.CommentedCopy}). The namespaces are spelled once,
 * in {@link org.irm.docx.WordNames}. A lower package: it may use {@code config} (templates),
 * {@code catalogue} (languages) and {@code folders} (the file mode of what it writes into an outbox),
 * never a stage.
 */
package org.irm.docx;
