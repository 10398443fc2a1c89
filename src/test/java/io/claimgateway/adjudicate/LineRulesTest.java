package io.claimgateway.adjudicate;

import static io.claimgateway.adjudicate.AdjudicationFixture.assertDenied;
import static io.claimgateway.adjudicate.AdjudicationFixture.assertPaid;
import static io.claimgateway.adjudicate.TestClaims.AS_OF;
import static io.claimgateway.adjudicate.TestClaims.AUTHORIZATION;
import static io.claimgateway.adjudicate.TestClaims.DOS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgateway.model.ClaimForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each line rule of RULES.md, through the adjudicator, at its boundaries. */
class LineRulesTest {

    private final AdjudicationFixture fixture = new AdjudicationFixture();

    private static TestClaims s0353(LocalDate dos) {
        return TestClaims.professional().line("S0353", "300.00", dos);
    }

    @Test
    void lineThatPassesEveryRuleIsPaidTheFee() {
        assertPaid(fixture.decide(s0353(DOS).build()), "300.00", List.of());
    }

    @Nested
    class CodeValidOnDateOfService {

        @Test
        void codeBilledTheDayBeforeItWasAddedIsDenied() {
            fixture.asOf = LocalDate.of(2012, 4, 30);
            assertDenied(fixture.decide(s0353(LocalDate.of(2012, 3, 31)).build()),
                    "code-valid-on-dos", "CO", "181", "300.00", List.of());
        }

        @Test
        void codeBilledOnTheDayItWasAddedPassesRuleOne() {
            fixture.asOf = LocalDate.of(2012, 4, 30);
            fixture.authorize(new Authorization(AUTHORIZATION, TestClaims.MEMBER_ID, TestClaims.BILLING_NPI, "REG-1",
                    true, LocalDate.of(2012, 4, 1), LocalDate.of(2012, 4, 30)));
            assertPaid(fixture.decide(s0353(LocalDate.of(2012, 4, 1)).build()), "300.00", List.of());
        }

        @Test
        void professionalLineWithoutServiceDateIsDeniedByRuleOne() {
            LineDecision decision = fixture.decide(TestClaims.professional()
                    .line("S0353", "300.00", Optional.empty(), Optional.empty(), Optional.empty(), "1").build());
            assertDenied(decision, "code-valid-on-dos", "CO", "181", "300.00", List.of());
            assertEquals(Optional.empty(), decision.dateOfService());
        }

        @Test
        void institutionalLineWithoutServiceDateUsesTheStatementStart() {
            LineDecision decision = fixture.decide(TestClaims.institutional().statementFrom(DOS)
                    .line("S0353", "300.00", Optional.empty(), Optional.of("0960"), Optional.empty(), "1").build());
            assertPaid(decision, "300.00", List.of());
            assertEquals(Optional.of(DOS), decision.dateOfService());
        }
    }

    @Nested
    class RevenueCode {

        @Test
        void institutionalLineWithRevenueCode0960IsPaid() {
            assertPaid(fixture.decide(TestClaims.institutional().line("S0353", "300.00", DOS).build()), "300.00", List.of());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0980", "0510", ""})
        void institutionalLineWithAnyOtherRevenueCodeIsDenied(String revenueCode) {
            Optional<String> code = revenueCode.isEmpty() ? Optional.empty() : Optional.of(revenueCode);
            assertDenied(fixture.decide(TestClaims.institutional()
                            .line("S0353", "300.00", Optional.of(DOS), code, Optional.empty(), "1").build()),
                    "revenue-code", "CO", "199", "300.00", List.of("M50"));
        }
    }

    @Nested
    class TimelyFiling {

        @Test
        void lineFiled365DaysAfterServiceIsPaid() {
            assertPaid(fixture.decide(s0353(AS_OF.minusDays(365)).build()), "300.00", List.of());
        }

        @Test
        void lineFiled366DaysAfterServiceIsDenied() {
            assertDenied(fixture.decide(s0353(AS_OF.minusDays(366)).build()),
                    "timely-filing", "CO", "29", "300.00", List.of());
        }
    }

    @Nested
    class AuthorizationPresent {

        @Test
        void claimWithoutAuthorizationNumberIsDenied() {
            assertDenied(fixture.decide(s0353(DOS).claimAuthorization(Optional.empty()).build()),
                    "authorization-present", "CO", "197", "300.00", List.of("M62"));
        }

        @Test
        void unknownAuthorizationNumberIsDenied() {
            assertDenied(fixture.decide(s0353(DOS).claimAuthorization(Optional.of("NOPE")).build()),
                    "authorization-present", "CO", "197", "300.00", List.of("M62"));
        }

        @Test
        void authorizationOfAnotherMemberIsDenied() {
            fixture.authorize(new Authorization("AUTH-OTHER", "MBR0002", TestClaims.BILLING_NPI, "REG-1", true,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
            assertDenied(fixture.decide(s0353(DOS).claimAuthorization(Optional.of("AUTH-OTHER")).build()),
                    "authorization-present", "CO", "197", "300.00", List.of("M62"));
        }

        @Test
        void lineAuthorizationWinsOverTheClaimAuthorization() {
            LineDecision paid = fixture.decide(TestClaims.professional().claimAuthorization(Optional.of("NOPE"))
                    .line("S0353", "300.00", Optional.of(DOS), Optional.empty(), Optional.of(AUTHORIZATION), "1").build());
            assertPaid(paid, "300.00", List.of());
            LineDecision denied = fixture.decide(TestClaims.professional()
                    .line("S0354", "300.00", Optional.of(DOS.plusDays(60)), Optional.empty(), Optional.of("NOPE"), "1")
                    .build());
            assertDenied(denied, "authorization-present", "CO", "197", "300.00", List.of("M62"));
        }
    }

    @Nested
    class PathwayRegimen {

        @Test
        void authorizationForNonPathwayRegimenIsDenied() {
            fixture.authorize(new Authorization(AUTHORIZATION, TestClaims.MEMBER_ID, TestClaims.BILLING_NPI, "REG-9",
                    false, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
            assertDenied(fixture.decide(s0353(DOS).build()), "pathway-regimen", "CO", "284", "300.00", List.of("N54"));
        }
    }

    @Nested
    class AuthorizationProvider {

        private void authorizeProvider(String npi) {
            fixture.authorize(new Authorization(AUTHORIZATION, TestClaims.MEMBER_ID, npi, "REG-1", true,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        }

        @Test
        void professionalClaimWithTheAuthorizedRenderingProviderIsPaid() {
            authorizeProvider(TestClaims.RENDERING_NPI);
            assertPaid(fixture.decide(s0353(DOS).renderingNpi(TestClaims.RENDERING_NPI).build()), "300.00", List.of());
        }

        @Test
        void institutionalClaimWithTheAuthorizedAttendingProviderIsPaid() {
            authorizeProvider(TestClaims.ATTENDING_NPI);
            assertPaid(fixture.decide(TestClaims.institutional().attendingNpi(TestClaims.ATTENDING_NPI)
                    .line("S0353", "300.00", DOS).build()), "300.00", List.of());
        }

        @Test
        void professionalClaimDoesNotMatchOnAnAttendingProvider() {
            authorizeProvider(TestClaims.ATTENDING_NPI);
            assertDenied(fixture.decide(s0353(DOS).attendingNpi(TestClaims.ATTENDING_NPI).build()),
                    "authorization-provider", "CO", "296", "300.00", List.of());
        }

        @Test
        void authorizationForAnotherProviderIsDenied() {
            authorizeProvider("9999999991");
            assertDenied(fixture.decide(s0353(DOS).renderingNpi(TestClaims.RENDERING_NPI).build()),
                    "authorization-provider", "CO", "296", "300.00", List.of());
        }
    }

    @Nested
    class AuthorizationDates {

        AuthorizationDates() {
            fixture.asOf = LocalDate.of(2025, 12, 31);
        }

        @ParameterizedTest
        @CsvSource({"2025-01-01", "2025-12-31"})
        void firstAndLastAuthorizedDaysArePaid(LocalDate dos) {
            assertPaid(fixture.decide(s0353(dos).build()), "300.00", List.of());
        }

        @ParameterizedTest
        @CsvSource({"2024-12-31", "2026-01-01"})
        void dayBeforeAndDayAfterTheAuthorizationAreDenied(LocalDate dos) {
            assertDenied(fixture.decide(s0353(dos).build()), "authorization-dates", "CO", "198", "300.00", List.of("N54"));
        }
    }

    @Nested
    class InNetwork {

        @Test
        void outOfNetworkBillingProviderIsDenied() {
            fixture.providers.put(TestClaims.BILLING_NPI, new Provider(TestClaims.BILLING_NPI, "ONCOLOGY ASSOCIATES", false));
            assertDenied(fixture.decide(s0353(DOS).build()), "in-network", "CO", "242", "300.00", List.of());
        }

        @Test
        void billingProviderMissingFromTheProvidersFileIsDenied() {
            fixture.providers.clear();
            assertDenied(fixture.decide(s0353(DOS).build()), "in-network", "CO", "242", "300.00", List.of());
        }
    }

    @Nested
    class Duplicates {

        @Test
        void samePatientCodeAndDateOnTheSameFormIsAnExactDuplicate() {
            assertPaid(fixture.decide(s0353(DOS).build()), "300.00", List.of());
            assertDenied(fixture.decide(s0353(DOS).claimId("PCN002").sequence(2).build()),
                    "exact-duplicate", "OA", "18", "300.00", List.of());
        }

        @Test
        void duplicateLineWithinOneClaimIsDeniedAfterTheFirstIsPaid() {
            AdjudicatedClaim claim = fixture.adjudicate(TestClaims.professional()
                    .line("S0354", "300.00", DOS).line("S0354", "300.00", DOS).build());
            assertPaid(claim.lines().get(0), "300.00", List.of());
            assertDenied(claim.lines().get(1), "exact-duplicate", "OA", "18", "300.00", List.of());
        }

        @Test
        void samePatientCodeAndDateOnTheOtherFormIsACrossFormDuplicate() {
            assertPaid(fixture.decide(s0353(DOS).build()), "300.00", List.of());
            assertDenied(fixture.decide(TestClaims.institutional().claimId("PCN002").line("S0353", "300.00", DOS).build()),
                    "cross-form-duplicate", "CO", "B13", "300.00", List.of("M86"));
        }

        @Test
        void deniedLineIsNotHistory() {
            fixture.providers.clear();
            fixture.decide(s0353(DOS).build());
            fixture.providers.put(TestClaims.BILLING_NPI, new Provider(TestClaims.BILLING_NPI, "ONCOLOGY ASSOCIATES", true));
            assertPaid(fixture.decide(s0353(DOS).build()), "300.00", List.of());
        }
    }

    @Nested
    class S0353Once {

        @Test
        void secondS0353ForTheSamePatientIsDeniedMonthsLater() {
            assertPaid(fixture.decide(s0353(DOS).build()), "300.00", List.of());
            assertDenied(fixture.decide(s0353(DOS.plusDays(120)).build()),
                    "s0353-once", "CO", "119", "300.00", List.of("N117"));
        }

        @Test
        void dependentHasAPatientKeyOfTheirOwn() {
            assertPaid(fixture.decide(s0353(DOS).build()), "300.00", List.of());
            assertPaid(fixture.decide(s0353(DOS.plusDays(1)).dependent("DOE", "JOHN", LocalDate.of(2010, 5, 1)).build()),
                    "300.00", List.of());
            assertDenied(fixture.decide(s0353(DOS.plusDays(90)).dependent("Doe", "John", LocalDate.of(2010, 5, 1)).build()),
                    "s0353-once", "CO", "119", "300.00", List.of("N117"));
        }
    }

    @Nested
    class S0354AfterS0353 {

        @ParameterizedTest
        @CsvSource({"29, true", "-29, true", "30, false", "-30, false"})
        void s0354Within30DaysOfAPaidS0353IsDenied(int daysFromS0353, boolean denied) {
            fixture.decide(s0353(DOS).build());
            LineDecision decision = fixture.decide(TestClaims.professional()
                    .line("S0354", "300.00", DOS.plusDays(daysFromS0353)).build());
            if (denied) {
                assertDenied(decision, "s0354-after-s0353", "CO", "119", "300.00", List.of("N640"));
            } else {
                assertPaid(decision, "300.00", List.of());
            }
        }
    }

    @Nested
    class S0354Interval {

        @ParameterizedTest
        @CsvSource({"29, true", "-29, true", "30, false", "-30, false"})
        void s0354Within30DaysOfAPaidS0354IsDenied(int daysFromFirst, boolean denied) {
            fixture.decide(TestClaims.professional().line("S0354", "300.00", DOS).build());
            LineDecision decision = fixture.decide(TestClaims.professional()
                    .line("S0354", "300.00", DOS.plusDays(daysFromFirst)).build());
            if (denied) {
                assertDenied(decision, "s0354-interval", "CO", "119", "300.00", List.of("N640"));
            } else {
                assertPaid(decision, "300.00", List.of());
            }
        }
    }

    @Nested
    class S0354Limit {

        /** Earlier S0354s under the authorization, for other patients so the interval rule stays out. */
        private void alreadyPaid(int count) {
            for (int i = 0; i < count; i++) {
                fixture.history.record(new PaidLine(new PatientKey("OTHER" + i), "S0354", DOS, AUTHORIZATION,
                        "OLD" + i, ClaimForm.PROFESSIONAL));
            }
        }

        @Test
        void eleventhS0354UnderOneAuthorizationIsPaid() {
            alreadyPaid(10);
            assertPaid(fixture.decide(TestClaims.professional().line("S0354", "300.00", DOS).build()), "300.00", List.of());
        }

        @Test
        void twelfthS0354UnderOneAuthorizationIsDenied() {
            alreadyPaid(11);
            assertDenied(fixture.decide(TestClaims.professional().line("S0354", "300.00", DOS).build()),
                    "s0354-limit", "CO", "119", "300.00", List.of("N362"));
        }

        @Test
        void elevenS0354AMonthApartArePaidAndTheTwelfthIsDenied() {
            fixture.asOf = LocalDate.of(2025, 12, 31);
            for (int i = 0; i < 11; i++) {
                assertPaid(fixture.decide(TestClaims.professional().line("S0354", "300.00", LocalDate.of(2025, 1, 1)
                        .plusDays(30L * i)).build()), "300.00", List.of());
            }
            assertDenied(fixture.decide(TestClaims.professional().line("S0354", "300.00", LocalDate.of(2025, 12, 31))
                    .build()), "s0354-limit", "CO", "119", "300.00", List.of("N362"));
            assertEquals(11, fixture.history.countPaid(AUTHORIZATION, "S0354"));
        }
    }

    @Test
    void paidLineIsRecordedWithItsAuthorizationClaimAndForm() {
        fixture.decide(TestClaims.institutional().claimId("PCN777").line("S0353", "300.00", DOS).build());
        assertEquals(List.of(new PaidLine(PatientKey.hashOf(TestClaims.MEMBER_ID), "S0353", DOS, AUTHORIZATION, "PCN777",
                ClaimForm.INSTITUTIONAL)), fixture.history.lines());
    }
}
