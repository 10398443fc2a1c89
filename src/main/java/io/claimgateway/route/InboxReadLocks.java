package io.claimgateway.route;

import io.claimgateway.gateway.FileLifecycle;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;

/**
 * The inbox read lock shared by competing instances: Camel's orphan-aware JDBC idempotent
 * repository on the gateway's store (table CAMEL_MESSAGEPROCESSED, Flyway V4), registered as
 * {@value #BEAN} for routes/folder-inbox.camel.yaml and started and stopped with the context.
 */
final class InboxReadLocks {

    /** The bean name the folder route refers to. */
    static final String BEAN = "inboxReadLocks";

    private InboxReadLocks() {
    }

    /**
     * @param keepAlive how often the holder refreshes its locks
     * @param maxAge    after how long without a refresh a lock is an orphan (a crashed holder's),
     *                  taken over by another instance; must exceed keepAlive
     */
    static JdbcOrphanLockAwareIdempotentRepository register(CamelContext context, DataSource dataSource,
            Duration keepAlive, Duration maxAge) {
        JdbcOrphanLockAwareIdempotentRepository locks = new JdbcOrphanLockAwareIdempotentRepository(dataSource,
                FileLifecycle.INBOX_LOCKS, context);
        locks.setCreateTableIfNotExists(false);
        locks.setLockKeepAliveIntervalMillis(keepAlive.toMillis());
        locks.setLockMaxAgeMillis(maxAge.toMillis());
        try {
            context.addService(locks, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the inbox read lock repository", e);
        }
        context.getRegistry().bind(BEAN, locks);
        return locks;
    }
}
