package io.claimgateway.adjudicate;

import io.claimgateway.adjudicate.rule.LineContext;
import io.claimgateway.adjudicate.rule.LineRule;
import io.claimgateway.adjudicate.rule.LineRules;
import io.claimgateway.config.AdjustmentReason;
import io.claimgateway.config.ProgramConfig;
import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.ServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adjudicates claims one at a time, in file order: forwards claims without program codes,
 * denies every line of a mixed claim (stand-alone rule), and runs each program line through the
 * line rules; the first failing rule denies the line. Paid lines go into the paid history at
 * once, so they count for the lines and claims after them. One instance per file (its history
 * and registries are bound to the file's transaction); not thread-safe.
 */
public final class ClaimAdjudicator {

    static final String STAND_ALONE_RULE_ID = "stand-alone";

    private static final Logger LOG = LoggerFactory.getLogger(ClaimAdjudicator.class);

    private final ProgramConfig config;
    private final AuthorizationRegistry authorizations;
    private final PaidHistory history;
    private final List<LineRule> rules;
    private final FeeSchedule feeSchedule;

    public ClaimAdjudicator(ProgramConfig config, HcpcsCodeTable codes, AuthorizationRegistry authorizations,
            ProviderRegistry providers, PaidHistory history, LocalDate asOf) {
        this.config = config;
        this.authorizations = authorizations;
        this.history = history;
        this.rules = LineRules.inOrder(config, codes, providers, history, asOf);
        this.feeSchedule = new FeeSchedule(config);
    }

    public ClaimDecision adjudicate(ClaimSubmission submission) {
        List<ServiceLine> lines = submission.claim().lines();
        long programLines = lines.stream().filter(l -> config.isProgramCode(l.procedureCode())).count();
        if (programLines == 0) {
            LOG.debug("Claim {} forwarded: no program code", submission.sequence());
            return new ForwardedClaim(submission);
        }
        boolean mixed = programLines < lines.size();
        PatientKey patientKey = PatientKey.of(submission.subscriber(), submission.patient());
        List<LineDecision> decisions = new ArrayList<>();
        for (ServiceLine line : lines) {
            decisions.add(mixed ? denyStandAlone(submission, line) : decide(submission, line, patientKey));
        }
        return new AdjudicatedClaim(submission, PayerClaimControlNumber.of(submission), decisions,
                claimAdjustments(submission.claim()));
    }

    private LineDecision denyStandAlone(ClaimSubmission submission, ServiceLine line) {
        Optional<LocalDate> dos = DateOfService.of(submission.form(), submission.claim(), line);
        return FeeSchedule.deny(line, dos, STAND_ALONE_RULE_ID, config.denial(STAND_ALONE_RULE_ID));
    }

    private LineDecision decide(ClaimSubmission submission, ServiceLine line, PatientKey patientKey) {
        Optional<LocalDate> dos = DateOfService.of(submission.form(), submission.claim(), line);
        Optional<String> authorizationNumber = line.priorAuthorization()
                .or(() -> submission.claim().priorAuthorization())
                .map(String::trim)
                .filter(number -> !number.isEmpty());
        LineContext context = new LineContext(submission, line, dos, patientKey, authorizationNumber,
                authorizationNumber.flatMap(authorizations::find));
        for (LineRule rule : rules) {
            if (!rule.passes(context)) {
                LOG.debug("Claim {} line {} denied by {}", submission.sequence(), line.lineNumber(), rule.id());
                return FeeSchedule.deny(line, dos, rule.id(), config.denial(rule.id()));
            }
        }
        LocalDate dateOfService = context.requiredDateOfService();
        history.record(new PaidLine(patientKey, line.procedureCode(), dateOfService, authorizationNumber.orElseThrow(),
                submission.claim().claimId(), submission.form()));
        return feeSchedule.price(line, dateOfService);
    }

    /** A claim-level adjustment for CLM02 minus the sum of the line charges, when they differ. */
    private List<Adjustment> claimAdjustments(Claim claim) {
        BigDecimal lineTotal = claim.lines().stream()
                .map(l -> FeeSchedule.money(l.charge()))
                .reduce(FeeSchedule.ZERO, BigDecimal::add);
        BigDecimal difference = FeeSchedule.money(claim.totalCharge()).subtract(lineTotal);
        if (difference.signum() == 0) {
            return List.of();
        }
        AdjustmentReason mismatch = config.claimTotalMismatch();
        return List.of(new Adjustment(mismatch.group(), mismatch.reason(), difference));
    }
}
