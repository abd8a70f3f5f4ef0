/**
 * Stage: the optional contributors' section of a self-assessment (issue 18, point 2). A State may
 * invite representatives of academia, the private sector and civil society to add their input on
 * provisions it chooses ({@link org.irm.contributors.ContributorForms}: a sealed Word form per
 * contributor, the State's answers shown read-only where the State allows). The form comes back
 * through the return desk ({@link org.irm.contributors.ContributorReturns}: from the contributor's
 * registered address or the State's folder) and its input is registered apart from the State's
 * answers, attributed to the organisation, versions kept; a contributor's address never submits the
 * State's checklist ({@link org.irm.contributors.ContributorAddressCheck}). Reviewers see the input
 * only for the provisions the State shared with them
 * ({@link org.irm.contributors.ContributorsInReviewCopy}). Storage is {@code register.Contributors}.
 *
 * <p>May use the lower packages ({@code config}, {@code catalogue}, {@code docx}, {@code identity},
 * {@code register}, {@code mail}, {@code folders}), {@code submission} (the desk's handler contract,
 * its checks and answers) and {@code review} (the review copy's section contract). No stage uses this
 * package but the composition roots ({@code cli}, {@code notice}'s review copies).
 */
package org.irm.contributors;
