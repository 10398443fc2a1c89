package io.claimgateway.remit;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.Adjustment;
import io.claimgateway.adjudicate.LineDecision;
import io.claimgateway.model.BillingProvider;
import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Envelope;
import io.claimgateway.model.Patient;
import io.claimgateway.model.Payer;
import io.claimgateway.model.ServiceLine;
import io.claimgateway.model.Subscriber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Hand-built adjudicated claims and the envelope of the golden 835s. */
final class RemitFixtures {

    static final Envelope INBOUND = new Envelope("ZZ", "CLAIMHUB       ", "ZZ", "BCBSMA", "000000871", "871",
            "0001", "005010X222A1");
    static final LocalDateTime PRODUCED = LocalDateTime.of(2024, 4, 2, 9, 30);
    static final LocalDate AS_OF = LocalDate.of(2024, 4, 1);

    static final BillingProvider ONCOLOGY_ASSOCIATES = new BillingProvider("Oncology Associates of Boston",
            "1234567893", Optional.of("042223333"));
    static final BillingProvider HARBOR_ONCOLOGY = new BillingProvider("Harbor Oncology Group", "1765432103",
            Optional.empty());
    static final BillingProvider HARBOR_CANCER_CENTER = new BillingProvider("Harbor Cancer Center", "1982736450",
            Optional.empty());

    static final Subscriber JANE_DOE = new Subscriber("XYZ123456789", "Doe", Optional.of("Jane"),
            Optional.of(LocalDate.of(1961, 7, 14)), Optional.of("CI"));
    static final Subscriber ROBERT_SMITH = new Subscriber("XYZ987654321", "Smith", Optional.of("Robert"),
            Optional.of(LocalDate.of(1955, 2, 3)), Optional.of("HM"));
    static final Subscriber JOHN_DOE = new Subscriber("XYZ555000111", "Doe", Optional.of("John"),
            Optional.of(LocalDate.of(1970, 1, 20)), Optional.of("BL"));
    static final Patient TIMMY_DOE = new Patient("Doe", Optional.of("Timmy"), Optional.of(LocalDate.of(2010, 5, 6)));

    private RemitFixtures() {
    }

    static PayerIdentity payer() {
        return PayerIdentity.load(payerProperties());
    }

    static Properties payerProperties() {
        Properties properties = new Properties();
        try (InputStream in = RemitFixtures.class.getResourceAsStream("/payer.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static RemittanceEnvelope envelope() {
        return new RemittanceEnvelope(INBOUND.senderQualifier(), INBOUND.senderId().trim(), "CLAIMHUB", 123, 45,
                PRODUCED, AS_OF);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    static ServiceLine line(int number, String code, List<String> modifiers, Optional<String> revenueCode,
            String charge, LocalDate dos, Optional<String> lineItemControlNumber) {
        return new ServiceLine(number, code, modifiers, revenueCode, money(charge), BigDecimal.ONE,
                Optional.of(dos), Optional.empty(), Optional.empty(), lineItemControlNumber);
    }

    static ServiceLine professionalLine(int number, String code, String charge, LocalDate dos) {
        return line(number, code, List.of(), Optional.empty(), charge, dos, Optional.empty());
    }

    /** Paid at the fee: the charge above it adjusted CO-45. */
    static LineDecision paidAtFee(ServiceLine line, String fee) {
        BigDecimal paid = money(fee).min(line.charge());
        BigDecimal excess = line.charge().subtract(paid);
        List<Adjustment> adjustments = excess.signum() > 0 ? List.of(new Adjustment("CO", "45", excess)) : List.of();
        return new LineDecision(line, line.serviceDate(), "FEE", paid, paid, adjustments, List.of());
    }

    static LineDecision denied(ServiceLine line, String group, String reason, String... remarks) {
        return new LineDecision(line, line.serviceDate(), "DENY-" + reason, money("0"), money("0"),
                List.of(new Adjustment(group, reason, line.charge())), List.of(remarks));
    }

    static AdjudicatedClaim claim(int sequence, ClaimForm form, BillingProvider provider, Subscriber subscriber,
            Optional<Patient> patient, String claimId, String totalCharge, String facility, String pccn,
            List<LineDecision> lines, List<Adjustment> claimAdjustments) {
        Claim claim = new Claim(claimId, money(totalCharge), facility, "1", Optional.empty(), Optional.empty(),
                List.of("C50911"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                lines.stream().map(LineDecision::line).toList());
        ClaimSubmission submission = new ClaimSubmission(sequence, INBOUND, form, provider, subscriber, patient,
                new Payer("BCBSMA", Optional.of("BCBSMA")), claim);
        return new AdjudicatedClaim(submission, pccn, lines, claimAdjustments);
    }

    static AdjudicatedClaim professional(int sequence, BillingProvider provider, Subscriber subscriber,
            String claimId, String pccn, LineDecision... lines) {
        BigDecimal total = List.of(lines).stream().map(d -> d.line().charge()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return claim(sequence, ClaimForm.PROFESSIONAL, provider, subscriber, Optional.empty(), claimId,
                total.toPlainString(), "11", pccn, List.of(lines), List.of());
    }
}
