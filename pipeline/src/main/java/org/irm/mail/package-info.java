/**
 * Outgoing mail: composing messages from the templates in six languages, the mail queue (a folder of
 * finished messages, filled before an answer is recorded, so none is lost), SMTP sending and its
 * security settings, and the checklist mail to the registered focal points. A lower package: it may
 * use {@code config}, {@code catalogue}, {@code identity} and {@code register}, never a stage.
 */
package org.irm.mail;
