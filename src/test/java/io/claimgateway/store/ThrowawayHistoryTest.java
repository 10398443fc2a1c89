package io.claimgateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay's default history: a store on disk in a folder of its own, and no folder left behind. */
class ThrowawayHistoryTest {

    @Test
    void theHistoryIsAnH2FileStoreInAFolderNamedAfterThisProcess(@TempDir Path parent) throws Exception {
        String url = ThrowawayHistory.jdbcUrl(parent);

        List<Path> folders = list(parent);
        assertEquals(1, folders.size());
        String name = folders.get(0).getFileName().toString();
        assertTrue(name.startsWith("claim-gateway-replay-" + ProcessHandle.current().pid() + "-"), name);
        assertEquals("jdbc:h2:file:" + folders.get(0).resolve("history").toAbsolutePath(), url);
        try (GatewayDatabase database = GatewayDatabase.open(url, "sa", "", Optional.empty());
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM paid_line")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
        assertTrue(Files.exists(folders.get(0).resolve("history.mv.db")));
    }

    @Test
    void aFolderOfAProcessThatIsGoneIsRemovedOthersStay(@TempDir Path parent) throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path abandoned = Files.createDirectories(parent.resolve("claim-gateway-replay-" + finished.pid() + "-1"));
        Files.writeString(abandoned.resolve("history.mv.db"), "x");
        Path ours = Files.createDirectories(parent.resolve("claim-gateway-replay-" + ProcessHandle.current().pid() + "-2"));
        Path unrelated = Files.createDirectories(parent.resolve("claim-gateway-replay-notes"));

        ThrowawayHistory.removeAbandoned(parent);

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(ours));
        assertTrue(Files.exists(unrelated));
    }

    private static List<Path> list(Path parent) throws IOException {
        try (Stream<Path> paths = Files.list(parent)) {
            return paths.toList();
        }
    }
}
