/**
 * Everything this project reads from a Word package, bounded and safe (StAX, no external
 * entities, size and entry limits): content controls, bookmarks, comments, tracked changes, document
 * properties, custom XML parts, Strict Open XML names, and the refusal reasons a package can earn. A
 * lower package: it uses no other {@code org.irm} package, never a stage.
 */
package org.irm.docx;
