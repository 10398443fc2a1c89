package io.claimgateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the inbox read locks Camel keeps in the store (table {@code CAMEL_MESSAGEPROCESSED}, V4):
 * a lock's {@code createdAt} is its holder's heartbeat, refreshed while the holder lives.
 */
public final class InboxReadLockTable {

    private final Connection connection;

    public InboxReadLockTable(Connection connection) {
        this.connection = connection;
    }

    /** The last heartbeat of the lock on this file, if one is held. */
    public Optional<Instant> heartbeat(String processorName, String fileName) {
        String sql = "SELECT createdAt FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ? AND messageId = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, processorName);
            statement.setString(2, fileName);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp heartbeat = rs.getTimestamp(1);
                return Optional.ofNullable(heartbeat).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the inbox read locks failed", e);
        }
    }
}
