package org.hub.web;

import ch.qos.logback.classic.Level;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;

/**
 * Makes {@code requestLog.appenders[].threshold} (config.yml's {@code HUB_REQUEST_LOG_LEVEL}) mean
 * what it says. Dropwizard builds the access log's appenders with a filter that ignores levels,
 * since access events have none, so {@code threshold: OFF} still logged every request, query
 * strings and all. An appender whose threshold is OFF is removed here, and with none left Jetty
 * gets no request log at all.
 */
final class AccessLogSwitch {
    private AccessLogSwitch() {}

    /** Call before the server is built, i.e. from {@code Application.run}. */
    static void apply(ServerFactory serverFactory) {
        if (serverFactory instanceof AbstractServerFactory server
                && server.getRequestLogFactory() instanceof LogbackAccessRequestLogFactory requestLog) {
            requestLog.setAppenders(requestLog.getAppenders().stream()
                    .filter(appender -> !(appender instanceof AbstractAppenderFactory<?> withThreshold
                            && Level.toLevel(withThreshold.getThreshold()) == Level.OFF))
                    .toList());
        }
    }
}
