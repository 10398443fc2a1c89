package io.claimgateway.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.bench.Synthetic837Generator.SyntheticFile;
import io.claimgateway.gateway.AdjudicationClock;
import io.claimgateway.gateway.FileOutcome;
import io.claimgateway.gateway.Gateway;
import io.claimgateway.config.ConfigurationLayers;
import io.claimgateway.gateway.OutputFiles;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.parse.ClaimFileReader;
import io.claimgateway.parse.EnvelopeScanner;
import io.claimgateway.parse.ScanPolicy;
import io.claimgateway.parse.ScanResult;
import io.claimgateway.parse.TransactionSummary;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Synthetic837GeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final int CLAIMS = 25;

    @TempDir
    Path directory;

    @Test
    void generatedFilePassesTheStrictEnvelopeScanWithItsCounts() throws Exception {
        SyntheticFile file = generate(CLAIMS);

        ScanResult scan = new EnvelopeScanner(ScanPolicy.strict()).scan(file.path());

        ScanResult.Accepted accepted = assertInstanceOf(ScanResult.Accepted.class, scan);
        List<TransactionSummary> transactions = accepted.transactions();
        assertEquals(5, transactions.size(), "one transaction set per billing provider");
        assertEquals(file.segments() - 4, transactions.stream().mapToInt(TransactionSummary::segmentCount).sum(),
                "every segment but ISA, GS, GE and IEA lies in a transaction set");
        assertEquals(106, Files.readAllLines(file.path(), StandardCharsets.US_ASCII).get(0).length());
        assertEquals(Files.size(file.path()), file.bytes());
    }

    @Test
    void generatedFileParsesIntoExactlyTheClaimsAndLinesWritten() throws Exception {
        SyntheticFile file = generate(CLAIMS);
        List<ClaimSubmission> claims = new ArrayList<>();

        ClaimFileReader.Result result = new ClaimFileReader(ScanPolicy.strict()).read(file.path(), claims::add);

        ClaimFileReader.Result.Read read = assertInstanceOf(ClaimFileReader.Result.Read.class, result);
        assertEquals(CLAIMS, read.claims());
        assertEquals(CLAIMS, claims.size());
        assertEquals(file.serviceLines(), claims.stream().mapToInt(c -> c.claim().lines().size()).sum());
        assertEquals(CLAIMS, file.programClaims() + file.forwardedClaims());
    }

    @Test
    void gatewayAdjudicatesTheProgramClaimsAgainstTheGeneratedReferenceData() throws Exception {
        SyntheticFile file;
        Path authorizations;
        Path providers;
        try (Synthetic837Generator generator = new Synthetic837Generator(directory, AS_OF, 7L)) {
            file = generator.write(directory.resolve("bench.837p.x12"), 200, "T");
            authorizations = generator.authorizations();
            providers = generator.providers();
        }
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.reference.authorizations", authorizations.toString());
        properties.setProperty("gateway.reference.providers", providers.toString());
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:generator-" + UUID.randomUUID());
        properties.setProperty("gateway.db.user", "sa");
        properties.setProperty("gateway.db.password", "");

        FileOutcome outcome;
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(AS_OF))) {
            outcome = gateway.processor().process(file.path(),
                    OutputFiles.inDirectory(directory.resolve("out"), file.path().getFileName().toString()));
        }

        FileOutcome.Processed processed = assertInstanceOf(FileOutcome.Processed.class, outcome);
        assertEquals(200, processed.claims());
        assertEquals(file.programClaims(), processed.adjudicated());
        assertEquals(file.forwardedClaims(), processed.forwarded());
        assertTrue(processed.forwarded() > 0, "some claims are forwarded");
        // Most program lines are meant to be paid at up to $300: far more than half of them.
        assertTrue(processed.paid().compareTo(BigDecimal.valueOf(150L * file.programClaims())) > 0,
                "paid " + processed.paid() + " for " + file.programClaims() + " program claims");
        assertTrue(processed.remittance().isPresent());
    }

    @Test
    void sameSeedWritesTheSameFile() throws Exception {
        Path first = generate(CLAIMS).path();
        Path again;
        try (Synthetic837Generator generator = new Synthetic837Generator(directory.resolve("again"), AS_OF, 7L)) {
            again = generator.write(directory.resolve("again.837p.x12"), CLAIMS, "T").path();
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
    }

    @Test
    void npiCheckDigitIsTheLuhnDigitOverThe80840Prefix() {
        assertEquals("1900001011", Synthetic837Generator.npi(190000101));
        assertEquals("1900003033", Synthetic837Generator.npi(190000303));
    }

    private SyntheticFile generate(int claims) throws Exception {
        try (Synthetic837Generator generator = new Synthetic837Generator(directory, AS_OF, 7L)) {
            return generator.write(directory.resolve("synthetic.837p.x12"), claims, "T");
        }
    }
}
