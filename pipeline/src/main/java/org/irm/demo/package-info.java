/**
 * The demo and its sample data: {@code irm demo}'s steps (returns taken in, supporting documents sent
 * with a return, a contributor's input, a review registered, shared among experts and merged, a report
 * drafted from what those steps left in the register, a UNTOC cluster's questionnaires), the sample
 * answers and the filler that types them into an issued checklist as a State would, a sample reviewer,
 * sample laws (a text PDF, a Word act), and a fixed review for report tests and benchmarks. Used by
 * {@code irm demo}, {@code irm sample-fill} and tests, never by a stage. May use the lower packages and
 * every stage; only {@code cli} uses it.
 */
package org.irm.demo;
