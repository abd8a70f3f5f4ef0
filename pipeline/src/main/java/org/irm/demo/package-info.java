/**
 * The demo and its sample data: {@code irm demo}'s steps (returns taken in, a review registered and
 * merged, a report drafted from what those steps left in the register), the sample answers and the
 * filler that types them into an issued checklist as a State would, a sample reviewer, and a fixed
 * review for report tests and benchmarks. Used by {@code irm demo}, {@code irm
 * sample-fill} and tests, never by a stage. May use the lower packages and every stage; only
 * {@code cli} uses it.
 */
package org.irm.demo;
