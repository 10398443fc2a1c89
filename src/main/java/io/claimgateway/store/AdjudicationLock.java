package io.claimgateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Serialises file adjudication across every gateway instance sharing the store: paid-history
 * reads only see committed lines, so two files for one patient adjudicated at once could both
 * pay. Held until the caller's transaction ends.
 */
public final class AdjudicationLock {

    private AdjudicationLock() {
    }

    public static void acquire(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM adjudication_lock WHERE id = 1 FOR UPDATE");
                ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("adjudication_lock row is missing (migration V2 not applied?)");
            }
        } catch (SQLException e) {
            throw new StoreException("Could not take the adjudication lock", e);
        }
    }
}
