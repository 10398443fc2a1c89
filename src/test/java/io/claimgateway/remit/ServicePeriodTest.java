package io.claimgateway.remit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServicePeriodTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate MARCH_9 = LocalDate.of(2024, 3, 9);

    @Test
    void oneDayIsD8() {
        ServicePeriod period = ServicePeriod.of(ClaimForm.PROFESSIONAL,
                claim(Optional.empty(), Optional.empty(), line(MARCH_9, Optional.empty()))).orElseThrow();
        assertEquals("D8", period.qualifier());
        assertEquals("20240309", period.value());
    }

    @Test
    void linesSpanFromTheEarliestDateToTheLatestEndInAnyOrder() {
        ServicePeriod period = ServicePeriod.of(ClaimForm.PROFESSIONAL, claim(Optional.empty(), Optional.empty(),
                line(MARCH_9, Optional.empty()), line(MARCH_1, Optional.of(LocalDate.of(2024, 3, 3))))).orElseThrow();
        assertEquals("RD8", period.qualifier());
        assertEquals("20240301-20240309", period.value());
    }

    @Test
    void institutionalStatementPeriodWinsOverLineDates() {
        Claim claim = claim(Optional.of(MARCH_1), Optional.of(LocalDate.of(2024, 3, 31)), line(MARCH_9, Optional.empty()));
        assertEquals("20240301-20240331", ServicePeriod.of(ClaimForm.INSTITUTIONAL, claim).orElseThrow().value());
        // A professional claim has no statement period: its lines decide.
        assertEquals("20240309", ServicePeriod.of(ClaimForm.PROFESSIONAL, claim).orElseThrow().value());
    }

    @Test
    void statementWithoutEndIsOneDay() {
        Claim claim = claim(Optional.of(MARCH_1), Optional.empty(), line(MARCH_9, Optional.empty()));
        assertEquals("20240301", ServicePeriod.of(ClaimForm.INSTITUTIONAL, claim).orElseThrow().value());
    }

    @Test
    void undatedClaimHasNoPeriodAndABackwardRangeIsRefused() {
        assertEquals(Optional.empty(), ServicePeriod.of(ClaimForm.PROFESSIONAL,
                claim(Optional.empty(), Optional.empty())));
        assertThrows(IllegalArgumentException.class, () -> new ServicePeriod(MARCH_9, MARCH_1));
    }

    private static ServiceLine line(LocalDate from, Optional<LocalDate> to) {
        return new ServiceLine(1, "S0353", List.of(), Optional.empty(), BigDecimal.TEN, BigDecimal.ONE,
                Optional.of(from), to, Optional.empty(), Optional.empty());
    }

    private static Claim claim(Optional<LocalDate> statementFrom, Optional<LocalDate> statementTo,
            ServiceLine... lines) {
        return new Claim("PCN1", BigDecimal.TEN, "13", "1", Optional.empty(), Optional.empty(), List.of(),
                statementFrom, statementTo, Optional.empty(), Optional.empty(), List.of(lines));
    }
}
