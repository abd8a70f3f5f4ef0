/**
 * The catalogue of the review: conventions, chapters, articles, provisions, questions with
 * their rules and code lists, field ids, the States list and the labels in the six UN languages, read
 * and checked from {@code templates/catalogue}. A lower package: it may use {@code config} only, never
 * a stage.
 */
package org.irm.catalogue;
