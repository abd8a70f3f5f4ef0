/**
 * Stage: reading a returned checklist: answers extracted from content controls, bookmarks or the
 * field map, validated against the catalogue's rules (findings), and the inspection of any of our
 * documents ({@code irm inspect}). May use the lower packages and {@code screening}. (Issue 13 merges
 * {@code returns}, {@code screening} and this package into one {@code submission} stage.)
 */
package org.irm.submission;
