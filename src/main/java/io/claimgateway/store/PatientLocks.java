package io.claimgateway.store;

import io.claimgateway.parse.HistoryKeys;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Serialises the files that may touch one patient's history, across every instance sharing the
 * store, and only those: paid-history reads see committed lines only, so two files for one
 * patient adjudicated at once could both pay an S0353. Each key has a row of {@code patient_lock}
 * (migration V5), added as patients come, in ascending order and committed at once; the file's
 * transaction then locks its rows in ascending key order (no two files wait on each other in a
 * cycle) and holds them until it ends.
 */
public final class PatientLocks {

    private static final String DUPLICATE_KEY = "23505";

    private PatientLocks() {
    }

    /**
     * Must be the first work of the file's transaction: the rows it adds are committed at once
     * (so adding never waits on another file), then the locks are taken and held until it ends.
     *
     * @return how many keys were locked
     */
    public static int acquire(Connection transaction, HistoryKeys keys) {
        long[] sorted = keys.sorted();
        if (sorted.length == 0) {
            return 0;
        }
        try {
            boolean postgres = transaction.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            if (postgres) {
                addOnPostgres(transaction, sorted);
            } else {
                addOneByOne(transaction, sorted);
            }
            transaction.commit();
            int locked = postgres ? lockOnPostgres(transaction, sorted) : lockOneByOne(transaction, sorted);
            if (locked != sorted.length) {
                throw new StoreException("Locked " + locked + " of " + sorted.length + " patient_lock rows");
            }
            return locked;
        } catch (SQLException e) {
            throw new StoreException("Could not take the patient locks", e);
        }
    }

    private static void addOnPostgres(Connection connection, long[] sorted) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO patient_lock (patient_key) SELECT unnest(?) ON CONFLICT DO NOTHING")) {
            insert.setArray(1, bigints(connection, sorted));
            insert.executeUpdate();
        }
    }

    /** One statement: PostgreSQL sorts before it locks (ORDER BY runs below the lock step). */
    private static int lockOnPostgres(Connection transaction, long[] sorted) throws SQLException {
        try (PreparedStatement lock = transaction.prepareStatement(
                "SELECT patient_key FROM patient_lock WHERE patient_key = ANY(?) ORDER BY patient_key FOR UPDATE")) {
            lock.setArray(1, bigints(transaction, sorted));
            int locked = 0;
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    locked++;
                }
            }
            return locked;
        }
    }

    /**
     * H2 is embedded: a round trip is a call, so one statement a key costs little. An existing row
     * is left alone (not locked, as MERGE would); a row another thread added meanwhile is there.
     */
    private static void addOneByOne(Connection connection, long[] sorted) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO patient_lock (patient_key) "
                + "SELECT CAST(? AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM patient_lock WHERE patient_key = ?)")) {
            for (long key : sorted) {
                insert.setLong(1, key);
                insert.setLong(2, key);
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }

    private static int lockOneByOne(Connection transaction, long[] sorted) throws SQLException {
        int locked = 0;
        try (PreparedStatement lock = transaction.prepareStatement(
                "SELECT patient_key FROM patient_lock WHERE patient_key = ? FOR UPDATE")) {
            for (long key : sorted) {
                lock.setLong(1, key);
                try (ResultSet rows = lock.executeQuery()) {
                    locked += rows.next() ? 1 : 0;
                }
            }
        }
        return locked;
    }

    private static Array bigints(Connection connection, long[] keys) throws SQLException {
        return connection.createArrayOf("bigint", Arrays.stream(keys).boxed().toArray(Long[]::new));
    }
}
