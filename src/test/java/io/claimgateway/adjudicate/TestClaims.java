package io.claimgateway.adjudicate;

import io.claimgateway.model.BillingProvider;
import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Envelope;
import io.claimgateway.model.Patient;
import io.claimgateway.model.Payer;
import io.claimgateway.model.ServiceLine;
import io.claimgateway.model.Subscriber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds claim submissions for tests: one in-network provider, one member, one authorization. */
public final class TestClaims {

    public static final String MEMBER_ID = "MBR0001";
    public static final String BILLING_NPI = "1234567893";
    public static final String RENDERING_NPI = "1111111112";
    public static final String ATTENDING_NPI = "2222222224";
    public static final String AUTHORIZATION = "AUTH001";
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    public static final LocalDate DOS = LocalDate.of(2025, 6, 2);

    private ClaimForm form;
    private int sequence = 1;
    private String claimId = "PCN001";
    private String memberId = MEMBER_ID;
    private String billingNpi = BILLING_NPI;
    private Optional<Patient> patient = Optional.empty();
    private Optional<String> claimAuthorization = Optional.of(AUTHORIZATION);
    private Optional<BigDecimal> totalCharge = Optional.empty();
    private Optional<LocalDate> statementFrom = Optional.empty();
    private Optional<String> renderingNpi = Optional.empty();
    private Optional<String> attendingNpi = Optional.empty();
    private String interchangeControlNumber = "000000101";
    private final List<ServiceLine> lines = new ArrayList<>();

    private TestClaims(ClaimForm form) {
        this.form = form;
    }

    public static TestClaims professional() {
        return new TestClaims(ClaimForm.PROFESSIONAL);
    }

    public static TestClaims institutional() {
        return new TestClaims(ClaimForm.INSTITUTIONAL);
    }

    /** A line dated {@code dos}; on an 837I it carries revenue code 0960. */
    public TestClaims line(String code, String charge, LocalDate dos) {
        return line(code, charge, Optional.of(dos), form == ClaimForm.INSTITUTIONAL ? Optional.of("0960") : Optional.empty(),
                Optional.empty(), "1");
    }

    public TestClaims line(String code, String charge, Optional<LocalDate> dos, Optional<String> revenueCode,
            Optional<String> authorization, String units) {
        lines.add(new ServiceLine(lines.size() + 1, code, List.of(), revenueCode, new BigDecimal(charge),
                new BigDecimal(units), dos, Optional.empty(), authorization, Optional.empty()));
        return this;
    }

    public TestClaims sequence(int value) {
        this.sequence = value;
        return this;
    }

    public TestClaims claimId(String value) {
        this.claimId = value;
        return this;
    }

    public TestClaims memberId(String value) {
        this.memberId = value;
        return this;
    }

    public TestClaims billingNpi(String value) {
        this.billingNpi = value;
        return this;
    }

    public TestClaims dependent(String lastName, String firstName, LocalDate birthDate) {
        this.patient = Optional.of(new Patient(lastName, Optional.of(firstName), Optional.of(birthDate)));
        return this;
    }

    public TestClaims claimAuthorization(Optional<String> value) {
        this.claimAuthorization = value;
        return this;
    }

    public TestClaims totalCharge(String value) {
        this.totalCharge = Optional.of(new BigDecimal(value));
        return this;
    }

    public TestClaims statementFrom(LocalDate value) {
        this.statementFrom = Optional.of(value);
        return this;
    }

    public TestClaims renderingNpi(String value) {
        this.renderingNpi = Optional.of(value);
        return this;
    }

    public TestClaims attendingNpi(String value) {
        this.attendingNpi = Optional.of(value);
        return this;
    }

    public TestClaims interchangeControlNumber(String value) {
        this.interchangeControlNumber = value;
        return this;
    }

    public ClaimSubmission build() {
        BigDecimal total = totalCharge.orElseGet(
                () -> lines.stream().map(ServiceLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add));
        Claim claim = new Claim(claimId, total, form == ClaimForm.PROFESSIONAL ? "11" : "13", "1", claimAuthorization,
                Optional.empty(), List.of("C50911"), statementFrom, statementFrom, renderingNpi, attendingNpi, lines);
        Envelope envelope = new Envelope("ZZ", "SENDER01", "ZZ", "BCBSMA", interchangeControlNumber, "101", "0001",
                form.implementationGuide());
        return new ClaimSubmission(sequence, envelope, form,
                new BillingProvider("ONCOLOGY ASSOCIATES", billingNpi, Optional.of("123456789")),
                new Subscriber(memberId, "DOE", Optional.of("JANE"), Optional.of(LocalDate.of(1960, 1, 15)),
                        Optional.of("BL")),
                patient, new Payer("BCBSMA", Optional.of("BCBSMA")), claim);
    }
}
