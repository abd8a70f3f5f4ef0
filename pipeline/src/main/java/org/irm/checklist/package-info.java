/**
 * Stage: issuing a State's checklist. Lays out the Word document from the catalogue with docx4j
 * (body, paragraphs, styles and fonts) and seals it with its identity. May use the lower packages
 * ({@code config}, {@code catalogue}, {@code identity}, ...).
 */
package org.irm.checklist;
