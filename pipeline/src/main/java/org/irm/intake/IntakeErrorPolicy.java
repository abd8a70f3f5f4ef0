package org.irm.intake;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.irm.submission.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the intake routes do when the pipeline itself fails (archive not writable, register down,
 * mail server gone): say so plainly in the log and leave the work where it was. Nothing is
 * retried inside the route: the dropped file stays in its folder, the e-mail stays unread, the
 * queued answer stays queued, and the next look at the folder or mailbox takes them again.
 * A file that fails on its own account never gets here: the desk holds it for the secretariat.
 */
public final class IntakeErrorPolicy extends RouteConfigurationBuilder {

    /** The id the intake routes name to take this policy. */
    public static final String ID = "intake-error-policy";

    private static final Logger LOG = LoggerFactory.getLogger("org.irm.intake");

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .errorHandler(defaultErrorHandler().maximumRedeliveries(0).logExhausted(false).logStackTrace(false))
                .onException(Exception.class)
                    .handled(false)
                    .process(IntakeErrorPolicy::log);
    }

    // The file name, Message-ID and exception message can hold what a sender chose: one line each, escaped.
    private static void log(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String file = exchange.getIn().getHeader("CamelFileRelativePath", String.class);
        String what = exchange.getIn().getHeader("irmWhat", String.class);
        LOG.error("{}: could not finish {}{}: {} -- nothing is lost, it stays where it is and is tried again at the next"
                        + " look.", exchange.getFromRouteId(), LogText.of(file == null ? "" : file),
                LogText.of(what == null ? "" : what), LogText.of(failure == null ? "" : failure.getMessage()));
    }
}
