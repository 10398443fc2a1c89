package io.claimgateway.remit;

import static io.claimgateway.remit.AcknowledgmentCheck.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TA1 alone in its interchange, accepted or rejected, byte for byte as the golden files. */
class InterchangeAcknowledgmentWriterTest {

    private static final LocalDateTime PRODUCED = LocalDateTime.of(2026, 11, 1, 13, 5);
    private static final RemittanceEnvelope TO = new RemittanceEnvelope("ZZ", "NCX0001", "NCX0001", 42, 42,
            PRODUCED, PRODUCED.toLocalDate());

    private final InterchangeAcknowledgmentWriter writer = new InterchangeAcknowledgmentWriter(RemitFixtures.payer());

    @Test
    void acceptedInterchangeIsA000() throws IOException {
        String x12 = writer.write(TO, "000000871", "261101", "1200", true, "000");

        assertGolden("accepted.ta1", x12);
        AcknowledgmentCheck.Read read = AcknowledgmentCheck.read(x12);
        assertEquals(List.of("ISA", "TA1", "IEA"), read.tags());
        assertEquals(List.of(List.of("000000871", "261101", "1200", "A", "000")), read.all("TA1"));
    }

    @Test
    void rejectedInterchangeCarriesItsNoteCode() throws IOException {
        // 001: "The Interchange Control Number in the Header and Trailer Do Not Match".
        String x12 = writer.write(TO, "000000910", "261031", "2359", false, "001");

        assertGolden("rejected.ta1", x12);
        assertEquals(List.of(List.of("000000910", "261031", "2359", "R", "001")),
                AcknowledgmentCheck.read(x12).all("TA1"));
    }

    @Test
    void acceptedWithANoteIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(TO, "000000871", "261101", "1200", true, "023"));
    }

    @Test
    void rejectedWithoutANoteIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(TO, "000000871", "261101", "1200", false, "000"));
    }

    @Test
    void receivedValuesMustBeIsaShaped() {
        assertThrows(IllegalArgumentException.class, () -> writer.write(TO, "871", "261101", "1200", true, "000"));
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(TO, "000000871", "2026-11-01", "1200", true, "000"));
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(TO, "000000871", "261101", "12:00", true, "000"));
    }
}
