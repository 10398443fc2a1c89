package io.claimgateway.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The gateway's database: a HikariCP pool on a JDBC URL (H2 file by default, H2 in memory for
 * tests, PostgreSQL in production), migrated by Flyway from {@code db/migration} on open.
 */
public final class GatewayDatabase implements AutoCloseable {

    static final String MIGRATIONS = "classpath:db/migration";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** Work done inside one transaction; see {@link #inTransaction}. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** How long an H2 session waits for a row lock another file holds: ten minutes. */
    static final int H2_LOCK_TIMEOUT_MS = 600_000;

    private final HikariDataSource dataSource;

    private GatewayDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens the pool and migrates.
     *
     * @param schema a schema to use instead of the connection's default (created if missing)
     */
    public static GatewayDatabase open(String jdbcUrl, String user, String password, Optional<String> schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setPoolName("gateway-store");
        config.setAutoCommit(true);
        if (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("LOCK_TIMEOUT")) {
            // H2 gives up on a row lock after about 2 s; a file for a patient another file holds (the
            // folder route and an SFTP route at once) waits for it instead, as on PostgreSQL.
            config.setConnectionInitSql("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MS);
        }
        schema.ifPresent(s -> {
            createSchema(jdbcUrl, user, password, s);
            config.setSchema(s);
        });
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            var flyway = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS);
            schema.ifPresent(flyway::schemas);
            flyway.load().migrate();
            if (jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.startsWith("jdbc:h2:./")
                    || jdbcUrl.startsWith("jdbc:h2:/")) {
                writeCommitsAtOnce(dataSource);
            }
            return new GatewayDatabase(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * H2 writes committed transactions to its file up to half a second later by default; a kill
     * in that window would lose a commit whose outputs are already published. Every commit is
     * written at once instead (a persistent setting of the database).
     */
    private static void writeCommitsAtOnce(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw new StoreException("Could not make the H2 store write its commits at once", e);
        }
    }

    /** The pool's connections switch to the schema as they open, so it must exist first. */
    private static void createSchema(String jdbcUrl, String user, String password, String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("Schema name must be letters, digits and underscores: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new StoreException("Could not create schema " + schema, e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs work on one connection with autocommit off: commits when it returns, rolls back when
     * it throws. The file's paid-history writes and its outcome belong in one such transaction.
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Transaction failed", e);
        }
    }

    @Override
    public void close() {
        String url = dataSource.getJdbcUrl();
        String user = dataSource.getUsername();
        String password = dataSource.getPassword();
        dataSource.close();
        if (url.startsWith("jdbc:h2:mem:")) {
            // An in-memory store (replay, tests) kept alive by DB_CLOSE_DELAY=-1 ends with the gateway.
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new StoreException("Could not shut the in-memory store down", e);
            }
        }
    }
}
