package io.claimgateway.gateway;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.claimgateway.validate.ClaimCheckFailure;
import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.Adjustment;
import io.claimgateway.adjudicate.ClaimDecision;
import io.claimgateway.adjudicate.ForwardedClaim;
import io.claimgateway.adjudicate.LineDecision;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.ServiceLine;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Streams {@code <name>.claims.json}: every claim of a file with its disposition and, per line,
 * the rule that decided it, the amounts and the adjustment codes. Written claim by claim, so a
 * file of any size needs no more memory than one claim. Holds no member names, ids or birth dates.
 */
final class ClaimsJsonWriter implements AutoCloseable {

    static final String ADJUDICATED = "ADJUDICATED";
    static final String FORWARDED = "FORWARDED";
    static final String REJECTED = "REJECTED";

    private final JsonGenerator json;

    ClaimsJsonWriter(OutputStream out, String inputFileName, LocalDate asOf) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        json.setPrettyPrinter(printer);
        json.writeStartObject();
        json.writeStringField("file", inputFileName);
        json.writeStringField("asOf", asOf.toString());
        json.writeArrayFieldStart("claims");
    }

    void write(ClaimDecision decision) throws IOException {
        ClaimSubmission submission = decision.submission();
        json.writeStartObject();
        writeClaimFields(submission);
        if (decision instanceof AdjudicatedClaim claim) {
            writeAdjudicated(claim);
        } else {
            writeForwarded((ForwardedClaim) decision);
        }
        json.writeEndObject();
    }

    /** A claim rejected before adjudication: the check that failed and its 277CA status. */
    void writeRejected(ClaimSubmission submission, ClaimCheckFailure failure) throws IOException {
        json.writeStartObject();
        writeClaimFields(submission);
        json.writeStringField("disposition", REJECTED);
        json.writeStringField("check", failure.check());
        json.writeStringField("status", failure.category() + ":" + failure.status()
                + failure.entity().map(e -> ":" + e).orElse(""));
        json.writeArrayFieldStart("lines");
        for (ServiceLine line : submission.claim().lines()) {
            json.writeStartObject();
            writeLineFields(line, line.serviceDate());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeClaimFields(ClaimSubmission submission) throws IOException {
        json.writeStringField("claimId", submission.claim().claimId());
        json.writeNumberField("sequence", submission.sequence());
        json.writeStringField("form", submission.form().code());
        json.writeStringField("transaction", submission.envelope().transactionControlNumber());
        json.writeStringField("billingProviderNpi", submission.billingProvider().npi());
        json.writeNumberField("charge", submission.claim().totalCharge());
    }

    private void writeAdjudicated(AdjudicatedClaim claim) throws IOException {
        json.writeStringField("disposition", ADJUDICATED);
        json.writeStringField("payerClaimControlNumber", claim.payerClaimControlNumber());
        json.writeNumberField("paid", claim.paid());
        if (!claim.claimAdjustments().isEmpty()) {
            writeAdjustments("claimAdjustments", claim.claimAdjustments());
        }
        json.writeArrayFieldStart("lines");
        for (LineDecision line : claim.lines()) {
            json.writeStartObject();
            writeLineFields(line.line(), line.dateOfService());
            json.writeNumberField("paid", line.paid());
            json.writeNumberField("allowed", line.allowed());
            json.writeStringField("rule", line.rule());
            Optional<Adjustment> decisive = line.adjustments().stream().findFirst();
            json.writeStringField("group", decisive.map(Adjustment::group).orElse(null));
            json.writeStringField("carc", decisive.map(Adjustment::reason).orElse(null));
            json.writeStringField("rarc", line.remarks().isEmpty() ? null : String.join(" ", line.remarks()));
            writeAdjustments("adjustments", line.adjustments());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeForwarded(ForwardedClaim claim) throws IOException {
        json.writeStringField("disposition", FORWARDED);
        json.writeArrayFieldStart("lines");
        for (ServiceLine line : claim.submission().claim().lines()) {
            json.writeStartObject();
            writeLineFields(line, line.serviceDate());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeLineFields(ServiceLine line, Optional<LocalDate> dateOfService) throws IOException {
        json.writeNumberField("line", line.lineNumber());
        json.writeStringField("code", line.procedureCode());
        if (!line.modifiers().isEmpty()) {
            json.writeArrayFieldStart("modifiers");
            for (String modifier : line.modifiers()) {
                json.writeString(modifier);
            }
            json.writeEndArray();
        }
        if (line.revenueCode().isPresent()) {
            json.writeStringField("revenueCode", line.revenueCode().get());
        }
        json.writeStringField("dateOfService", dateOfService.map(LocalDate::toString).orElse(null));
        json.writeNumberField("charge", line.charge());
        json.writeNumberField("units", line.units());
    }

    private void writeAdjustments(String field, List<Adjustment> adjustments) throws IOException {
        json.writeArrayFieldStart(field);
        for (Adjustment adjustment : adjustments) {
            json.writeStartObject();
            json.writeStringField("group", adjustment.group());
            json.writeStringField("carc", adjustment.reason());
            json.writeNumberField("amount", adjustment.amount());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Ends the document with the file's totals. */
    void finish(int claims, int adjudicated, int forwarded, int rejected, BigDecimal paid) throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart("totals");
        json.writeNumberField("claims", claims);
        json.writeNumberField("adjudicated", adjudicated);
        json.writeNumberField("forwarded", forwarded);
        json.writeNumberField("rejected", rejected);
        json.writeNumberField("paid", paid);
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
