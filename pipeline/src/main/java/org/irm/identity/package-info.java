/**
 * The identity of the documents we issue, which every stage reads: the checklist identity and
 * its HMAC seal ({@link org.irm.identity.ChecklistIdentity}, {@link org.irm.identity.IdentitySeal}),
 * how it is written into a package twice (custom XML part and document properties,
 * {@link org.irm.identity.IdentityParts}) and read back and verified
 * ({@link org.irm.identity.IdentityVerifier}), and the field map and bookmark names that tie a field
 * id to its place in the document ({@link org.irm.identity.FieldMarks}, {@link org.irm.identity.ManifestXml},
 * {@link org.irm.identity.FieldMapPart}). A lower package: it may use {@code catalogue} and {@code docx},
 * never a stage.
 */
package org.irm.identity;
