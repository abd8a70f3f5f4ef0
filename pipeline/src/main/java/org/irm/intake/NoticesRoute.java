package org.irm.intake;

import org.apache.camel.builder.RouteBuilder;

/**
 * Reminders and notifications: every {@code irm.notices.period.ms} the notice desk queues what is
 * due (each once, claimed in the register first) in the mail queue, from which the replies route
 * sends it. The timer only wires; {@link org.irm.notice.NoticeDesk} decides, on its injected clock.
 * Several instances may run it on one register: each notice is claimed by one.
 */
public final class NoticesRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:notices?period={{irm.notices.period.ms}}")
                .routeId("notices")
                .routeConfigurationId(IntakeErrorPolicy.ID)
                .setHeader("irmWhat", constant("the reminders and notifications due"))
                .bean(IntakeDaemon.NOTICES, "sendDue()");
    }
}
