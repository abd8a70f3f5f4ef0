package org.irm.intake;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * What the intake routes do when the pipeline itself fails (archive not writable, register down,
 * mail server gone): say so plainly in the log and leave the work where it was. Nothing is
 * retried inside the route: the dropped file stays in its folder, the e-mail stays unread, the
 * queued answer stays queued, and the next look at the folder or mailbox takes them again.
 */
public final class IntakeErrorPolicy extends RouteConfigurationBuilder {

    /** The id the intake routes name to take this policy. */
    public static final String ID = "intake-error-policy";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .errorHandler(defaultErrorHandler().maximumRedeliveries(0).logExhausted(false).logStackTrace(false))
                .onException(Exception.class)
                    .handled(false)
                    .log(LoggingLevel.ERROR, "org.irm.intake",
                            "${routeId}: could not finish ${header.CamelFileRelativePath}${header.irmWhat}: "
                            + "${exception.message} -- nothing is lost, it stays where it is and is tried again "
                            + "at the next look.");
    }
}
