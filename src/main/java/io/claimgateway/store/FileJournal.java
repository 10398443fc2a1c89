package io.claimgateway.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file journal (table {@code file_journal}): each input's outcome, its outputs (staged and
 * final names) and where the input goes. An entry is written on the file's own transaction, so it
 * exists exactly when the file's paid history does; its state then moves on as the outputs are
 * published and the input is moved.
 */
public final class FileJournal {

    /** committed → published → done. */
    public enum State {
        COMMITTED, PUBLISHED, DONE;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State of(String column) {
            return valueOf(column.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** One output: written under {@code staged}, visible under {@code target} once published. */
    public record Output(Path staged, Path target) {
    }

    /**
     * @param inputPath        where the input was read, when the gateway moves it itself
     * @param inputDestination where the input goes: moved by the gateway from {@code inputPath}, or,
     *                         without an input path, a path on a partner's server where the channel's
     *                         route moves it (then {@code done} means moved there: the delivery finished)
     * @param updatedAt        when the entry last changed state
     */
    public record Entry(long id, String channel, String fileName, String contentSha256, String outcome, State state,
            Optional<Path> inputPath, Optional<Path> inputDestination, List<Output> outputs, Instant updatedAt) {
        public Entry {
            outputs = List.copyOf(outputs);
        }

        /** True when the input is on a partner's server and its route, not the gateway, moves it. */
        public boolean inputMovedByChannel() {
            return inputPath.isEmpty() && inputDestination.isPresent();
        }
    }

    private final Connection connection;

    public FileJournal(Connection connection) {
        this.connection = connection;
    }

    /** Records a committed outcome (on the caller's transaction). */
    public Entry record(String channel, String fileName, String contentSha256, String outcome,
            Optional<Path> inputPath, Optional<Path> inputDestination, List<Output> outputs) {
        String sql = "INSERT INTO file_journal (channel, file_name, content_sha256, outcome, state, input_path,"
                + " input_destination, committed_at, updated_at) VALUES (?, ?, ?, ?, 'committed', ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
            statement.setString(1, channel);
            statement.setString(2, fileName);
            statement.setString(3, contentSha256);
            statement.setString(4, outcome);
            statement.setString(5, inputPath.map(Path::toString).orElse(null));
            statement.setString(6, inputDestination.map(Path::toString).orElse(null));
            statement.setObject(7, now);
            statement.setObject(8, now);
            statement.executeUpdate();
            long id;
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            recordOutputs(id, outputs);
            return new Entry(id, channel, fileName, contentSha256, outcome, State.COMMITTED, inputPath,
                    inputDestination, outputs, now.toInstant());
        } catch (SQLException e) {
            throw new StoreException("Recording a file in the journal failed", e);
        }
    }

    /** Whether a journal entry names this staged output (its outcome committed). */
    public boolean recordsStaged(Path staged) {
        String sql = "SELECT COUNT(*) FROM file_journal_output WHERE staged_path = ? OR staged_path = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, staged.toString());
            statement.setString(2, staged.toAbsolutePath().toString());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the journal's staged outputs failed", e);
        }
    }

    private void recordOutputs(long id, List<Output> outputs) throws SQLException {
        String sql = "INSERT INTO file_journal_output (journal_id, position, staged_path, final_path) VALUES (?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < outputs.size(); i++) {
                statement.setLong(1, id);
                statement.setInt(2, i);
                statement.setString(3, outputs.get(i).staged().toString());
                statement.setString(4, outputs.get(i).target().toString());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    public void advance(long id, State state) {
        String sql = "UPDATE file_journal SET state = ?, updated_at = ? WHERE id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, state.column());
            statement.setObject(2, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            statement.setLong(3, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Updating the journal failed", e);
        }
    }

    /** The latest entry of this file (channel, name and content), in any state. */
    public Optional<Entry> latest(String channel, String fileName, String contentSha256) {
        List<Entry> entries = query("channel = ? AND file_name = ? AND content_sha256 = ?", channel, fileName,
                contentSha256);
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /**
     * Which delivery of this name on this channel a file is, counting every journalled delivery of
     * the name (1 for the first, 2 for the next ...): an unfinished delivery of the same content
     * keeps its number (it is being finished); anything else, the same content included once its
     * earlier delivery is done, is a new delivery with the next number.
     */
    public int deliveryNumber(String channel, String fileName, String contentSha256) {
        String sql = "SELECT content_sha256, state FROM file_journal WHERE channel = ? AND file_name = ? ORDER BY id";
        int number = 0;
        int unfinished = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, channel);
            statement.setString(2, fileName);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    number++;
                    if (rs.getString(1).equals(contentSha256)) {
                        unfinished = State.of(rs.getString(2)) == State.DONE ? 0 : number;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Journal look-up failed", e);
        }
        return unfinished > 0 ? unfinished : number + 1;
    }

    /** Entries whose outputs or input have not all reached their place, oldest first. */
    public List<Entry> unfinished() {
        return query("state <> 'done'");
    }

    private List<Entry> query(String where, String... parameters) {
        String sql = "SELECT id, channel, file_name, content_sha256, outcome, state, input_path, input_destination,"
                + " updated_at FROM file_journal WHERE " + where + " ORDER BY id";
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    entries.add(new Entry(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            State.of(rs.getString(6)), Optional.ofNullable(rs.getString(7)).map(Path::of),
                            Optional.ofNullable(rs.getString(8)).map(Path::of), List.of(),
                            rs.getObject(9, OffsetDateTime.class).toInstant()));
                }
            }
            List<Entry> withOutputs = new ArrayList<>();
            for (Entry entry : entries) {
                withOutputs.add(new Entry(entry.id(), entry.channel(), entry.fileName(), entry.contentSha256(),
                        entry.outcome(), entry.state(), entry.inputPath(), entry.inputDestination(),
                        outputs(entry.id()), entry.updatedAt()));
            }
            return withOutputs;
        } catch (SQLException e) {
            throw new StoreException("Journal look-up failed", e);
        }
    }

    private List<Output> outputs(long id) throws SQLException {
        String sql = "SELECT staged_path, final_path FROM file_journal_output WHERE journal_id = ? ORDER BY position";
        List<Output> outputs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    outputs.add(new Output(Path.of(rs.getString(1)), Path.of(rs.getString(2))));
                }
            }
        }
        return outputs;
    }
}
