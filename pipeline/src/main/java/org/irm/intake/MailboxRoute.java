package org.irm.intake;

import org.apache.camel.builder.RouteBuilder;

/**
 * The returns mailbox: each unread message goes to the desk, attachment by attachment, and is
 * marked done (seen, moved or deleted, as configured) only after all of them were taken and the
 * register is on disk ({@link RegisterCheckpoint}). The message is read with peek, so when taking
 * fails it stays unread for the next look.
 */
public final class MailboxRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("{{irm.run.imap.scheme}}://{{irm.mail.imap.host}}:{{irm.mail.imap.port}}"
                // The password is a bean, never text in the URI: whatever characters it holds
                // (")", "&", "}", "%") it reaches the server unchanged.
                + "?username={{irm.mail.imap.user}}&password=#bean:" + IntakeDaemon.IMAP_PASSWORD
                + "&folderName={{irm.mail.imap.folder}}&unseen=true&peek=true&mapMailMessage=false"
                + "&{{irm.run.imap.done}}&delay={{irm.mail.imap.poll.ms}}"
                + "&additionalJavaMailProperties=#" + IntakeDaemon.IMAP_PROPERTIES
                // Several instances on one mailbox: a message is claimed (by its Message-ID) before
                // it is taken; the claim outlives the message being marked done.
                + "&idempotentRepository=#" + IntakeDaemon.MAIL_CLAIMS + "&idempotentRepositoryRemoveOnCommit=false")
                .routeId("mailbox")
                .routeConfigurationId(IntakeErrorPolicy.ID)
                .setHeader("irmWhat", simple(" message ${header.Message-ID}"))
                .bean(IntakeDaemon.MAIL_ARRIVALS, "take")
                .bean(IntakeDaemon.REGISTER_CHECKPOINT, "persist");
    }
}
