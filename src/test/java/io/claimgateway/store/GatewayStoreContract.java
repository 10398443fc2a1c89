package io.claimgateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.Authorization;
import io.claimgateway.adjudicate.ClaimAdjudicator;
import io.claimgateway.adjudicate.HcpcsCodeTable;
import io.claimgateway.adjudicate.PaidLine;
import io.claimgateway.adjudicate.PatientKey;
import io.claimgateway.adjudicate.Provider;
import io.claimgateway.adjudicate.TestClaims;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.config.ProgramConfig;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.store.ProcessedInterchanges.ProcessedInterchange;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's behaviour on a real database; subclasses say which one. */
abstract class GatewayStoreContract {

    private static final PatientKey PATIENT = new PatientKey("MBR0001");
    private static final LocalDate DOS = LocalDate.of(2025, 6, 2);
    private static final String AUTHORIZATIONS_CSV = """
            authorization_number,member_id,provider_npi,regimen_id,pathway,valid_from,valid_to
            AUTH001,MBR0001,1234567893,REG-1,Y,2025-01-01,2025-12-31
            AUTH002,MBR0002,1234567893,REG-2,N,2025-03-01,2025-03-31
            """;
    private static final String PROVIDERS_CSV = """
            npi,name,in_network
            1234567893,"ONCOLOGY ASSOCIATES, PC",Y
            1111111112,OUT OF TOWN CLINIC,N
            """;

    protected GatewayDatabase database;

    /** Opens a fresh, migrated, empty database. */
    protected abstract GatewayDatabase openDatabase() throws Exception;

    /** Removes what {@link #openDatabase()} created, after the pool is closed. */
    protected void dropDatabase() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        database = openDatabase();
    }

    @AfterEach
    void close() throws Exception {
        if (database != null) {
            database.close();
            dropDatabase();
        }
    }

    @Test
    void paidHistoryAnswersTheRuleLookUps() {
        database.inTransaction(connection -> {
            JdbcPaidHistory history = new JdbcPaidHistory(connection);
            history.record(new PaidLine(PATIENT, "S0354", DOS.plusDays(40), "AUTH001", "PCN2", ClaimForm.PROFESSIONAL));
            history.record(new PaidLine(PATIENT, "S0354", DOS, "AUTH001", "PCN1", ClaimForm.PROFESSIONAL));
            history.record(new PaidLine(new PatientKey("MBR0002"), "S0354", DOS, "AUTH001", "PCN3", ClaimForm.INSTITUTIONAL));
            return null;
        });
        database.inTransaction(connection -> {
            JdbcPaidHistory history = new JdbcPaidHistory(connection);
            assertTrue(history.existsPaid(PATIENT, "S0354", DOS, ClaimForm.PROFESSIONAL));
            assertFalse(history.existsPaid(PATIENT, "S0354", DOS, ClaimForm.INSTITUTIONAL));
            assertFalse(history.existsPaid(PATIENT, "S0353", DOS, ClaimForm.PROFESSIONAL));
            assertEquals(List.of(DOS, DOS.plusDays(40)), history.paidDates(PATIENT, "S0354"));
            assertEquals(List.of(), history.paidDates(PATIENT, "S0353"));
            assertEquals(3, history.countPaid("AUTH001", "S0354"));
            assertEquals(0, history.countPaid("AUTH002", "S0354"));
            return null;
        });
    }

    @Test
    void historyWrittenInARolledBackTransactionIsGone() {
        assertThrows(IllegalStateException.class, () -> database.inTransaction(connection -> {
            new JdbcPaidHistory(connection).record(new PaidLine(PATIENT, "S0353", DOS, "AUTH001", "PCN1", ClaimForm.PROFESSIONAL));
            assertEquals(List.of(DOS), new JdbcPaidHistory(connection).paidDates(PATIENT, "S0353"));
            throw new IllegalStateException("835 could not be written");
        }));
        assertEquals(List.of(), database.inTransaction(connection -> new JdbcPaidHistory(connection).paidDates(PATIENT, "S0353")));
    }

    @Test
    void lineAdjudicatedEarlierInTheFileCountsForLaterClaimsInTheSameTransaction() {
        loadReferenceData();
        List<String> rules = database.inTransaction(connection -> {
            ClaimAdjudicator adjudicator = new ClaimAdjudicator(ProgramConfig.load(ConfigurationLayers.defaults()), HcpcsCodeTable.defaults(),
                    new JdbcAuthorizationRegistry(connection), new JdbcProviderRegistry(connection),
                    new JdbcPaidHistory(connection), LocalDate.of(2026, 3, 31));
            List<String> decided = new ArrayList<>();
            for (int sequence = 1; sequence <= 2; sequence++) {
                AdjudicatedClaim claim = (AdjudicatedClaim) adjudicator.adjudicate(TestClaims.professional()
                        .sequence(sequence).claimId("PCN" + sequence).line("S0353", "300.00", DOS).build());
                decided.add(claim.lines().get(0).rule());
            }
            return decided;
        });
        assertEquals(List.of("fee-schedule", "exact-duplicate"), rules);
        int paid = database.inTransaction(connection -> new JdbcPaidHistory(connection).countPaid("AUTH001", "S0353"));
        assertEquals(1, paid);
    }

    @Test
    void referenceDataIsLoadedAndFoundByKey() {
        loadReferenceData();
        database.inTransaction(connection -> {
            assertEquals(Optional.of(new Authorization("AUTH002", "MBR0002", "1234567893", "REG-2", false,
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))), new JdbcAuthorizationRegistry(connection).find("AUTH002"));
            assertEquals(Optional.empty(), new JdbcAuthorizationRegistry(connection).find("AUTH999"));
            assertEquals(Optional.of(new Provider("1234567893", "ONCOLOGY ASSOCIATES, PC", true)),
                    new JdbcProviderRegistry(connection).find("1234567893"));
            assertEquals(Optional.of(new Provider("1111111112", "OUT OF TOWN CLINIC", false)),
                    new JdbcProviderRegistry(connection).find("1111111112"));
            return null;
        });
    }

    @Test
    void reloadingReplacesTheTableContents() {
        loadReferenceData();
        ReferenceDataLoader loader = new ReferenceDataLoader(database);
        assertEquals(1, loader.loadProviders("providers.csv", new StringReader("in_network,npi,name\nN,9999999991,NEW CLINIC\n")));
        database.inTransaction(connection -> {
            assertEquals(Optional.empty(), new JdbcProviderRegistry(connection).find("1234567893"));
            assertEquals(Optional.of(new Provider("9999999991", "NEW CLINIC", false)),
                    new JdbcProviderRegistry(connection).find("9999999991"));
            return null;
        });
    }

    @Test
    void fileWithBadRowsIsRejectedWholeAndTheTableKeepsItsContents() {
        loadReferenceData();
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> new ReferenceDataLoader(database).loadAuthorizations("authorizations.csv", new StringReader("""
                        authorization_number,member_id,provider_npi,regimen_id,pathway,valid_from,valid_to
                        AUTH100,MBR0100,1234567893,REG-1,Y,2025-01-01,2025-12-31
                        AUTH101,MBR0101,12345,REG-1,Y,2025-01-01,2025-12-31
                        AUTH102,MBR0102,1234567893,REG-1,maybe,2025-01-01,2025-12-31
                        AUTH103,MBR0103,1234567893,REG-1,Y,2025-02-30,2025-12-31
                        AUTH104,MBR0104,1234567893,REG-1,Y,2025-12-31,2025-01-01
                        AUTH100,MBR0100,1234567893,REG-1,Y,2025-01-01,2025-12-31
                        AUTH105,MBR0105,1234567893
                        ,MBR0106,1234567893,REG-1,Y,2025-01-01,2025-12-31
                        """)));
        assertEquals(List.of(
                "line 3: provider_npi must be 10 digits, was '12345'",
                "line 4: pathway must be Y or N, was 'maybe'",
                "line 5: valid_from must be a date YYYY-MM-DD, was '2025-02-30'",
                "line 6: valid_from is after valid_to",
                "line 7: duplicate authorization_number AUTH100",
                "line 8: expected 7 fields, found 3",
                "line 9: authorization_number is empty"), e.problems());
        database.inTransaction(connection -> {
            assertTrue(new JdbcAuthorizationRegistry(connection).find("AUTH001").isPresent());
            assertEquals(Optional.empty(), new JdbcAuthorizationRegistry(connection).find("AUTH100"));
            return null;
        });
    }

    @Test
    void fileWithoutItsHeaderRowIsRejected() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> new ReferenceDataLoader(database)
                .loadProviders("providers.csv", new StringReader("1234567893,ONCOLOGY ASSOCIATES,Y\n")));
        assertEquals(List.of("line 1: header must name the columns npi,name,in_network, was 1234567893,ONCOLOGY ASSOCIATES,Y"),
                e.problems());
    }

    @Test
    void controlNumbersCountUpPerName() {
        ControlNumberSequence sequence = new ControlNumberSequence(database.dataSource());
        assertEquals(1, sequence.next("ISA13"));
        assertEquals(2, sequence.next("ISA13"));
        assertEquals(1, sequence.next("GS06"));
        assertEquals(3, sequence.next("ISA13"));
    }

    @Test
    void concurrentCallersNeverShareAControlNumber() throws Exception {
        ControlNumberSequence sequence = new ControlNumberSequence(database.dataSource());
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Long>>> callers = new ArrayList<>();
            for (int caller = 0; caller < 4; caller++) {
                callers.add(() -> {
                    List<Long> taken = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        taken.add(sequence.next("ST02"));
                    }
                    return taken;
                });
            }
            Set<Long> all = new TreeSet<>();
            for (Future<List<Long>> future : executor.invokeAll(callers)) {
                all.addAll(future.get());
            }
            assertEquals(100, all.size());
            assertEquals(1L, ((TreeSet<Long>) all).first());
            assertEquals(100L, ((TreeSet<Long>) all).last());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void processedInterchangeIsFoundBySenderAndControlNumberOrByContent() {
        Instant processedAt = Instant.parse("2026-03-31T12:00:00Z");
        ProcessedInterchange interchange = new ProcessedInterchange("SENDER01", "000000101", "a".repeat(64),
                "claims-0331.837", "COMPLETED", processedAt);
        database.inTransaction(connection -> {
            new ProcessedInterchanges(connection).record(interchange);
            return null;
        });
        database.inTransaction(connection -> {
            ProcessedInterchanges interchanges = new ProcessedInterchanges(connection);
            assertEquals(Optional.of(interchange), interchanges.find("SENDER01", "000000101"));
            assertEquals(Optional.of(interchange), interchanges.findByContent("a".repeat(64)));
            assertEquals(Optional.empty(), interchanges.find("SENDER01", "000000102"));
            return null;
        });
    }

    private void loadReferenceData() {
        ReferenceDataLoader loader = new ReferenceDataLoader(database);
        assertEquals(2, loader.loadAuthorizations("authorizations.csv", new StringReader(AUTHORIZATIONS_CSV)));
        assertEquals(2, loader.loadProviders("providers.csv", new StringReader(PROVIDERS_CSV)));
    }
}
