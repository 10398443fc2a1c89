package io.claimgateway.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.claimgateway.config.ConfigurationLayers;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway's meters as Prometheus scrapes them at /observe/metrics: every one tagged by partner
 * (ISA06) and by its outcome, as the README's "Operations" lists them.
 */
class GatewayMetricsTest {

    private static final Path SAMPLE = Path.of("samples/01-harborview-oncology.837p.x12");

    @TempDir
    Path dir;

    @Test
    void everyGatewayMeterIsTaggedByPartnerAndOutcome() throws Exception {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("gateway.db.url", "jdbc:h2:mem:metrics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Gateway gateway = Gateway.open(properties, AdjudicationClock.fixed(LocalDate.of(2026, 11, 20)), meters)) {
            assertInstanceOf(FileOutcome.Processed.class, gateway.processor().process(SAMPLE,
                    OutputFiles.inDirectory(dir.resolve("first"), "a.x12")));
            assertInstanceOf(FileOutcome.Duplicate.class, gateway.processor().process(SAMPLE,
                    OutputFiles.inDirectory(dir.resolve("second"), "b.x12")));
        }

        // Sample 01 (sender NCX0001): 6 claims adjudicated and 1 forwarded; 6 lines paid without
        // adjustment, 1 paid with CO-45, 1 denied with CO-181; $2,050.00 paid.
        assertEquals(List.of(
                "gateway_claims_total{disposition=\"adjudicated\",partner=\"NCX0001\"} 6.0",
                "gateway_claims_total{disposition=\"forwarded\",partner=\"NCX0001\"} 1.0",
                "gateway_file_processing_seconds_count{outcome=\"duplicate\",partner=\"NCX0001\"} 1",
                "gateway_file_processing_seconds_count{outcome=\"processed\",partner=\"NCX0001\"} 1",
                "gateway_files_received_total{partner=\"NCX0001\"} 2.0",
                "gateway_files_total{outcome=\"duplicate\",partner=\"NCX0001\"} 1.0",
                "gateway_files_total{outcome=\"processed\",partner=\"NCX0001\"} 1.0",
                "gateway_lines_total{carc=\"CO-181\",outcome=\"denied\",partner=\"NCX0001\"} 1.0",
                "gateway_lines_total{carc=\"CO-45\",outcome=\"paid\",partner=\"NCX0001\"} 1.0",
                "gateway_lines_total{carc=\"none\",outcome=\"paid\",partner=\"NCX0001\"} 6.0",
                "gateway_paid_amount_USD_total{partner=\"NCX0001\"} 2050.0"),
                gatewaySamples(meters.scrape()));
    }

    /** The scrape's gateway samples, sorted, without the timers' sums and maxima (durations). */
    private static List<String> gatewaySamples(String scrape) {
        return scrape.lines().filter(line -> line.startsWith("gateway_"))
                .filter(line -> !line.startsWith("gateway_file_processing_seconds_sum")
                        && !line.startsWith("gateway_file_processing_seconds_max"))
                .sorted().toList();
    }
}
