package io.claimgateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimgateway.parse.HistoryKeys;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two transactions on one store: files for different patients do not wait for each other, files
 * sharing a patient do. The second transaction may not wait at all (H2 lock timeout 0), so
 * "waits" shows as a lock-timeout failure rather than as time.
 */
class PatientLocksTest {

    private GatewayDatabase database;
    private Connection holder;
    private Connection other;

    @BeforeEach
    void open() throws Exception {
        database = GatewayDatabase.open("jdbc:h2:mem:locks-" + UUID.randomUUID(), "sa", "", Optional.empty());
        holder = database.dataSource().getConnection();
        holder.setAutoCommit(false);
        other = database.dataSource().getConnection();
        other.setAutoCommit(false);
        try (Statement statement = other.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT 0");
        }
    }

    @AfterEach
    void close() throws Exception {
        holder.rollback();
        other.rollback();
        holder.close();
        other.close();
        database.close();
    }

    @Test
    void aFileForOtherPatientsGoesOnWhileOneHoldsItsLocks() {
        assertEquals(2, PatientLocks.acquire(holder, keys("MBR0001", "MBR0002")));
        assertEquals(1, PatientLocks.acquire(other, keys("MBR0003")));
    }

    @Test
    void aFileSharingOnePatientWaitsForTheHolder() {
        PatientLocks.acquire(holder, keys("MBR0001", "MBR0002"));

        assertThrows(StoreException.class,
                () -> PatientLocks.acquire(other, keys("MBR0002", "MBR0009")));
    }

    @Test
    void theLocksGoWithTheHoldersTransaction() throws Exception {
        PatientLocks.acquire(holder, keys("MBR0001"));
        holder.commit();

        assertEquals(1, PatientLocks.acquire(other, keys("MBR0001")));
    }

    private static HistoryKeys keys(String... memberIds) {
        return new HistoryKeys().with(List.of(memberIds));
    }
}
