package vn.danhgia.dashboard.auth;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's messages through SLF4J, its routine ones ("Migrating schema …") at debug: every
 * {@code danhgia user} command opens the database, and its user should read one line, not ten.
 * Warnings and errors stay as they are. Public only because Flyway instantiates it by name.
 */
public final class FlywayLog implements LogCreator {
    @Override
    public Log createLogger(Class<?> type) {
        Logger logger = LoggerFactory.getLogger(type);
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return logger.isDebugEnabled();
            }

            @Override
            public void debug(String message) {
                logger.debug(message);
            }

            @Override
            public void info(String message) {
                logger.debug(message);
            }

            @Override
            public void warn(String message) {
                logger.warn(message);
            }

            @Override
            public void error(String message) {
                logger.error(message);
            }

            @Override
            public void error(String message, Exception exception) {
                logger.error(message, exception);
            }

            @Override
            public void notice(String message) {
                logger.debug(message);
            }
        };
    }
}
