package io.claimgateway.store;

import io.claimgateway.parse.HistoryKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Serialises the files that may touch one patient's history, across every instance sharing the
 * store, and only those: paid-history reads see committed lines only, so two files for one
 * patient adjudicated at once could both pay an S0353. Each history key maps to one of
 * {@value #BUCKETS} rows of {@code patient_lock} (migration V5); the rows are locked one by one in
 * ascending order (two files never wait on each other in a cycle) and held until the caller's
 * transaction ends.
 */
public final class PatientLocks {

    /** Rows of patient_lock; divides {@link HistoryKeys#SPACE}, so a hash maps to one bucket. */
    static final int BUCKETS = 1024;

    private PatientLocks() {
    }

    /** @return how many buckets were locked */
    public static int acquire(Connection connection, HistoryKeys keys) {
        int[] buckets = keys.hashes().map(hash -> hash % BUCKETS).distinct().sorted().toArray();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT bucket FROM patient_lock WHERE bucket = ? FOR UPDATE")) {
            for (int bucket : buckets) {
                statement.setInt(1, bucket);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("patient_lock row " + bucket + " is missing (migration V5 not applied?)");
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not take the patient locks", e);
        }
        return buckets.length;
    }
}
