/**
 * Stage: the console ({@code irm serve}, issue 16), the web window on the register. Pages rendered on
 * the server with FreeMarker (HTML auto-escaping: what a State wrote shows as text), JSON for the same
 * data, report drafts to download by id, the audit log; users and roles ({@link org.irm.console.ConsoleUsers},
 * Argon2id password hashes), sessions, CSRF tokens and login throttling on Javalin (Jetty 12).
 *
 * <p>Who may see what is decided in ONE place, {@link org.irm.console.AccessPolicy}, which every route,
 * page, download and JSON endpoint consults: the secretariat sees everything, a focal point its State
 * only, an expert the reviews where its State is drawn.
 *
 * <p>It reads the register, tracking, stages, follow-up and notices through their services and never
 * writes a State's data: the only writes are its users ({@code register.ConsoleAccounts}), the
 * secretariat's publication of executive summaries ({@code register.PublishedSummaries}) and the audit
 * events of logins and downloads. May use the lower packages and the stages it shows ({@code stages},
 * {@code notice}, {@code followup}, {@code analysis}: the tracker and the TA-needs and outcomes
 * analyses, read through their services); no package uses it but {@code cli}, and none of those
 * stages uses it (one-way). No Javalin type leaves
 * {@link org.irm.console.ConsoleServer}.
 */
package org.irm.console;
