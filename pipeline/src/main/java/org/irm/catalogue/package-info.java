/**
 * The catalogue of the review: conventions, chapters, articles, provisions, questions with
 * their rules and code lists, field ids, the States list and the labels in the six UN languages, read
 * and checked from {@code templates/catalogue}; and how each language writes what every document
 * shares: the States' names ({@link org.irm.catalogue.StateNames}, from {@code templates/states} and
 * CLDR through ICU4J), dates ({@link org.irm.catalogue.DocumentDates}) and subparagraph letters. A lower
 * package: it may use {@code config} only, never a stage.
 */
package org.irm.catalogue;
