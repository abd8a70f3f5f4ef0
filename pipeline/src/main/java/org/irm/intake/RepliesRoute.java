package org.irm.intake;

import org.apache.camel.builder.RouteBuilder;

/**
 * The mail queue: each waiting answer is handed to the SMTP server and then moved to
 * {@code sent/} beside the queue; while the server cannot take it, it stays queued.
 */
public final class RepliesRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{irm.run.queue}}?antInclude=*.eml&move=sent&autoCreate=true&readLock=none"
                + "&sortBy=file:name&delay={{irm.mail.queue.poll.ms}}")
                .routeId("replies")
                .routeConfigurationId(IntakeErrorPolicy.ID)
                .bean(IntakeDaemon.OUTGOING_MAIL, "send(${header.CamelFileAbsolutePath})");
    }
}
