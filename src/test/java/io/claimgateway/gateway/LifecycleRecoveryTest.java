package io.claimgateway.gateway;

import io.claimgateway.config.ConfigurationLayers;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up clean-up with several instances on one outbox: a staged output no journal entry names
 * is removed only once older than the read lock's max age; a younger one may be another live
 * instance's work in progress and is left.
 */
class LifecycleRecoveryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path outbox;

    @Test
    void onlyStagingOlderThanTheLockMaxAgeIsRemoved() throws Exception {
        Path stale = Files.writeString(outbox.resolve(".old.835.part"), "crashed attempt");
        Files.setLastModifiedTime(stale, FileTime.from(NOW.minus(Duration.ofSeconds(31))));
        Path live = Files.writeString(outbox.resolve(".new.835.part"), "another instance at work");
        Files.setLastModifiedTime(live, FileTime.from(NOW.minus(Duration.ofSeconds(5))));
        Path visible = Files.writeString(outbox.resolve("done.835"), "published");
        Files.setLastModifiedTime(visible, FileTime.from(NOW.minus(Duration.ofDays(1))));

        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:recovery-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)))) {
            new LifecycleRecovery(gateway.lifecycle(), Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC))
                    .recover(List.of(outbox));
        }

        assertFalse(Files.exists(stale), "stale uncommitted staging is removed");
        assertTrue(Files.exists(live), "recent staging may be a live instance's: left");
        assertTrue(Files.exists(visible), "visible outputs are never touched");
    }
}
