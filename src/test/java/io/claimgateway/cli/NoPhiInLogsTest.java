package io.claimgateway.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Replays every sample with every logger at DEBUG and checks that no log line carries a member
 * name, member id or birth date taken from the samples' NM1*IL, NM1*QC and DMG segments.
 */
class NoPhiInLogsTest {

    @Test
    void replayingTheSamplesLogsNoMemberNamesIdsOrBirthDates(@TempDir Path out) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger gateway = (Logger) LoggerFactory.getLogger("io.claimgateway");
        Level rootLevel = root.getLevel();
        Level gatewayLevel = gateway.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        gateway.setLevel(Level.DEBUG);
        try {
            GatewayCommand.execute(SampleReplayTest.replayArguments(out));
        } finally {
            root.detachAppender(captured);
            root.setLevel(rootLevel);
            gateway.setLevel(gatewayLevel);
        }

        Set<String> phi = phiInSamples();
        assertTrue(phi.size() > 20, "the samples hold member data to look for");
        assertFalse(captured.list.isEmpty(), "something was logged");
        for (ILoggingEvent event : captured.list) {
            String line = event.getFormattedMessage();
            for (String value : phi) {
                assertFalse(line.contains(value), "log line carries PHI '" + value + "': " + line);
            }
        }
        // The operator's reports too, including those of files with invalid and non-ASCII values.
        try (Stream<Path> reports = Files.list(out)) {
            for (Path report : reports.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(report);
                for (String value : phi) {
                    assertFalse(text.contains(value), report.getFileName() + " carries PHI '" + value + "'");
                }
            }
        }
    }

    /** Last and first names, member ids and birth dates of subscribers and patients in the samples. */
    private static Set<String> phiInSamples() throws Exception {
        Set<String> phi = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".x12")).toList()) {
                for (String segment : Files.readString(file).split("~\\s*")) {
                    String[] e = segment.split("\\*");
                    if ((segment.startsWith("NM1*IL*") || segment.startsWith("NM1*QC*")) && e.length > 3) {
                        phi.add(e[3]);
                        if (e.length > 4 && !e[4].isEmpty()) {
                            phi.add(e[4]);
                        }
                        if (e.length > 9) {
                            phi.add(e[9]);
                        }
                    } else if (segment.startsWith("DMG*D8*") && e.length > 2) {
                        phi.add(e[2]);
                    }
                }
            }
        }
        return phi;
    }
}
