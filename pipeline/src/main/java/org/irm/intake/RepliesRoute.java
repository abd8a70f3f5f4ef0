package org.irm.intake;

import org.apache.camel.builder.RouteBuilder;
import org.irm.mail.MailQueue;

/**
 * The mail queue: each waiting answer, oldest first, is handed to the SMTP server and then moved to
 * {@code sent/} beside the queue ({@link OutgoingMail} moves it itself, at once, rather than after
 * the exchange: Camel leaves the file alone); while the server cannot take it, it stays queued and
 * is tried again at the next look. Several instances on one watch root share the queue: each
 * queued answer is claimed in the register before it is sent (by its name, which no other answer
 * has), so only one of them sends it.
 */
public final class RepliesRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{irm.run.queue}}?antInclude=*" + MailQueue.SUFFIX + "&noop=true&idempotent=false&autoCreate=true"
                + "&readLock=idempotent&idempotentRepository=#" + IntakeDaemon.QUEUE_CLAIMS + "&idempotentKey=${file:name}"
                + "&readLockRemoveOnCommit=false&readLockRemoveOnRollback=true"
                + "&sortBy=file:modified;file:name&delay={{irm.mail.queue.poll.ms}}")
                .routeId("replies")
                .routeConfigurationId(IntakeErrorPolicy.ID)
                .bean(IntakeDaemon.OUTGOING_MAIL, "send(${header.CamelFileAbsolutePath})");
    }
}
