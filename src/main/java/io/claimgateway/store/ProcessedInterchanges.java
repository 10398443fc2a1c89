package io.claimgateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Interchanges the gateway has processed, for idempotent intake. Works on the caller's
 * connection so the record commits together with the file's paid history.
 */
public final class ProcessedInterchanges {

    /** One processed interchange. */
    public record ProcessedInterchange(
            String senderId,
            String interchangeControlNumber,
            String contentSha256,
            String fileName,
            String outcome,
            Instant processedAt) {
    }

    private final Connection connection;

    public ProcessedInterchanges(Connection connection) {
        this.connection = connection;
    }

    public void record(ProcessedInterchange interchange) {
        String sql = "INSERT INTO processed_interchange (sender_id, interchange_control_number, content_sha256,"
                + " file_name, outcome, processed_at) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, interchange.senderId());
            statement.setString(2, interchange.interchangeControlNumber());
            statement.setString(3, interchange.contentSha256());
            statement.setString(4, interchange.fileName());
            statement.setString(5, interchange.outcome());
            statement.setObject(6, OffsetDateTime.ofInstant(interchange.processedAt(), ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Recording a processed interchange failed", e);
        }
    }

    /** The latest record of an interchange from this sender with this ISA13, if any. */
    public Optional<ProcessedInterchange> find(String senderId, String interchangeControlNumber) {
        return query("sender_id = ? AND interchange_control_number = ?", senderId, interchangeControlNumber);
    }

    /** The latest record of a file with this content, if any. */
    public Optional<ProcessedInterchange> findByContent(String contentSha256) {
        return query("content_sha256 = ?", contentSha256);
    }

    private Optional<ProcessedInterchange> query(String where, String... parameters) {
        String sql = "SELECT sender_id, interchange_control_number, content_sha256, file_name, outcome, processed_at"
                + " FROM processed_interchange WHERE " + where + " ORDER BY processed_at DESC, id DESC";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.setMaxRows(1);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ProcessedInterchange(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new StoreException("Processed interchange look-up failed", e);
        }
    }
}
