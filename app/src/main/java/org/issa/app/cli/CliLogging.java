package org.issa.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Logging of the commands that start no server: everything logged goes to standard error, so that
 * standard output holds only what the command prints (its JSON, its report) and can be piped.
 * Without Spring, logback's default writes every DEBUG line to standard output; those commands
 * then log warnings, and ISSA's own information, only.
 */
public final class CliLogging {

    /** The key under which Spring Boot marks a logback context it has configured. */
    private static final String SPRING_MARK = "org.springframework.boot.logging.LoggingSystem";

    private CliLogging() {
    }

    public static void toStandardError() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof ConsoleAppender<ILoggingEvent> console && !"System.err".equals(console.getTarget())) {
                console.stop();
                console.setTarget("System.err");
                console.start();
            }
        }
        if (context.getObject(SPRING_MARK) == null) {
            root.setLevel(Level.WARN);
            context.getLogger("org.issa").setLevel(Level.INFO);
        }
    }
}
