/**
 * Stage: issuing a State's checklist. Lays out the Word document from the catalogue (body, footer,
 * protection) with the WordprocessingML kit of {@code docx} and seals it with its identity. May use
 * the lower packages ({@code config}, {@code catalogue}, {@code docx}, {@code identity}, ...).
 */
package org.irm.checklist;
