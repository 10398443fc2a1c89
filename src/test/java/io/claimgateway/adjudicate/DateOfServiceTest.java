package io.claimgateway.adjudicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgateway.model.ClaimSubmission;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateOfServiceTest {

    private static final LocalDate STATEMENT_START = LocalDate.of(2025, 6, 1);
    private static final LocalDate LINE_DATE = LocalDate.of(2025, 6, 3);

    private static Optional<LocalDate> dateOfService(ClaimSubmission submission) {
        return DateOfService.of(submission.form(), submission.claim(), submission.claim().lines().get(0));
    }

    @Test
    void lineServiceDateWinsOverTheStatementStart() {
        assertEquals(Optional.of(LINE_DATE), dateOfService(TestClaims.institutional().statementFrom(STATEMENT_START)
                .line("S0353", "300.00", LINE_DATE).build()));
    }

    @Test
    void institutionalLineWithoutServiceDateTakesTheStatementStart() {
        assertEquals(Optional.of(STATEMENT_START), dateOfService(TestClaims.institutional().statementFrom(STATEMENT_START)
                .line("S0353", "300.00", Optional.empty(), Optional.of("0960"), Optional.empty(), "1").build()));
    }

    @Test
    void professionalLineWithoutServiceDateHasNone() {
        assertEquals(Optional.empty(), dateOfService(TestClaims.professional().statementFrom(STATEMENT_START)
                .line("S0353", "300.00", Optional.empty(), Optional.empty(), Optional.empty(), "1").build()));
    }
}
