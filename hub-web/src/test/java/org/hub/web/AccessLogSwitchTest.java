package org.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code HUB_REQUEST_LOG_LEVEL}: OFF leaves Jetty without an access log, INFO keeps it. */
class AccessLogSwitchTest {
    @Test
    void offRemovesTheAppenderAndWithItTheRequestLog() {
        LogbackAccessRequestLogFactory requestLog = requestLogAt("OFF");
        assertThat(requestLog.isEnabled()).isFalse();
    }

    @Test
    void infoKeepsTheAccessLog() {
        LogbackAccessRequestLogFactory requestLog = requestLogAt("INFO");
        assertThat(requestLog.isEnabled()).isTrue();
        assertThat(requestLog.getAppenders()).hasSize(1);
    }

    private static LogbackAccessRequestLogFactory requestLogAt(String threshold) {
        ConsoleAppenderFactory<ch.qos.logback.access.common.spi.IAccessEvent> console = new ConsoleAppenderFactory<>();
        console.setThreshold(threshold);
        LogbackAccessRequestLogFactory requestLog = new LogbackAccessRequestLogFactory();
        requestLog.setAppenders(List.of(console));
        DefaultServerFactory server = new DefaultServerFactory();
        server.setRequestLogFactory(requestLog);
        AccessLogSwitch.apply(server);
        return requestLog;
    }
}
