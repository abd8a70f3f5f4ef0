/**
 * The register: storage of everything the pipeline records (issued checklists, returned
 * versions and their answers and findings, held files, reviews, reviewer notes, report drafts, draws,
 * focal points, the event log), on JDBC with its schema migrated by Flyway
 * ({@code src/main/resources/db/migration}). The records it stores live here with it
 * ({@link org.irm.register.Answer}, {@link org.irm.register.Finding}, ...). A lower package: it may use
 * {@code config}, {@code catalogue}, {@code identity} and {@code docx} (for the one vocabulary of
 * refusal codes), never a stage.
 */
package org.irm.register;
