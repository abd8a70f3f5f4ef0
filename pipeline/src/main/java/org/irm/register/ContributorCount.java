package org.irm.register;

/**
 * How many contributors gave input on one provision of a State, by kind (latest return of each
 * form that says something; withdrawn contributors' input not counted): what the analyses count.
 */
public record ContributorCount(String state, String kind, String provisionId, int contributors) {
}
