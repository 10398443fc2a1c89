package io.claimgateway.remit;

import io.claimgateway.adjudicate.AdjudicatedClaim;
import io.claimgateway.adjudicate.Adjustment;
import io.claimgateway.adjudicate.LineDecision;
import io.claimgateway.model.BillingProvider;
import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Patient;
import io.claimgateway.model.ServiceLine;
import io.claimgateway.model.Subscriber;
import io.claimgateway.remit.SegmentWriter.Composite;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the one 835 interchange of an input file: ISA, one {@code GS*HP} group, and one ST..SE
 * transaction per payee (billing provider NPI) in order of first appearance.
 *
 * <p>Claims arrive one at a time through {@link #accept}; each claim's CLP loop is written at once
 * to its payee's spill file, so memory holds only per-payee totals. The headers, whose BPR02 needs
 * the payee's total, are written by {@link #finish}, which then copies each spill file behind its
 * header. {@link #close} deletes the spill files whatever happened; use try-with-resources.
 *
 * <p>Amounts are formatted by {@link X12Amounts}: 300, 350.5, 0.
 */
public final class RemittanceWriter implements AutoCloseable {

    static final String VERSION = "005010X221A1";
    /** Spill files kept open at once; more payees than this are reopened for appending. */
    private static final int MAX_OPEN_SPILLS = 16;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final PayerIdentity payer;
    private final ClaimFilingIndicators filingIndicators;
    private final RemittanceEnvelope envelope;
    private final Path spillDirectory;
    private final Map<String, Payee> payees = new LinkedHashMap<>();
    /** Open spill writers, least recently used first. */
    private final LinkedHashMap<Payee, Writer> openSpills = new LinkedHashMap<>(MAX_OPEN_SPILLS, 0.75f, true);
    private boolean finished;
    private boolean closed;

    /** Spills into a new directory under {@code java.io.tmpdir}. */
    public RemittanceWriter(PayerIdentity payer, ClaimFilingIndicators filingIndicators, RemittanceEnvelope envelope) {
        this(payer, filingIndicators, envelope, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Spills into a new directory under {@code spillParent}, deleted by {@link #close}. */
    RemittanceWriter(PayerIdentity payer, ClaimFilingIndicators filingIndicators, RemittanceEnvelope envelope,
            Path spillParent) {
        this.payer = payer;
        this.filingIndicators = filingIndicators;
        this.envelope = envelope;
        try {
            this.spillDirectory = Files.createTempDirectory(spillParent, "remit-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the 835 spill directory under " + spillParent, e);
        }
    }

    /**
     * Adds one claim to its payee's transaction.
     *
     * @throws IllegalArgumentException when the claim does not balance or holds a value the 835
     *     cannot carry; nothing of the claim is written then
     */
    public void accept(AdjudicatedClaim claim) {
        if (finished || closed) {
            throw new IllegalStateException("the 835 is already finished");
        }
        assertBalanced(claim);
        StringWriter loop = new StringWriter(512);
        SegmentWriter segments = new SegmentWriter(loop);
        writeClaim(segments, claim);

        BillingProvider provider = claim.submission().billingProvider();
        Payee payee = payees.computeIfAbsent(provider.npi(),
                npi -> new Payee(provider, spillDirectory.resolve("payee-" + (payees.size() + 1) + ".x12")));
        try {
            spillWriter(payee).write(loop.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill claim " + claim.submission().claim().claimId(), e);
        }
        payee.paid = payee.paid.add(claim.paid());
        payee.segments += segments.count();
    }

    /** True while no claim has been accepted: there is no 835 to write then. */
    boolean isEmpty() {
        return payees.isEmpty();
    }

    /**
     * Writes the whole interchange to {@code out} (flushed, not closed) and deletes the spill files.
     *
     * @throws IllegalStateException when no claim was accepted (a group needs a transaction)
     */
    public void finish(OutputStream out) throws IOException {
        if (finished || closed) {
            throw new IllegalStateException("the 835 is already finished");
        }
        if (payees.isEmpty()) {
            throw new IllegalStateException("no adjudicated claim: an 835 needs at least one transaction");
        }
        finished = true;
        closeSpillWriters();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 64 * 1024);
        SegmentWriter segments = new SegmentWriter(writer);
        writeInterchangeHeader(segments);
        int transaction = 0;
        for (Payee payee : payees.values()) {
            transaction++;
            String st02 = String.format("%04d", transaction);
            SpilledDetail.writeTransaction(writer, segments, st02, header -> writeTransactionHeader(header, st02, payee),
                    payee.spill, payee.segments);
        }
        segments.write("GE", Integer.toString(transaction), Long.toString(envelope.groupControlNumber()));
        segments.write("IEA", "1", SegmentWriter.interchangeControlNumber(envelope.interchangeControlNumber()));
        writer.flush();
        deleteSpills();
    }

    /** Deletes the spill files; safe to call more than once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeSpillWriters();
        } finally {
            deleteSpills();
        }
    }

    private void writeInterchangeHeader(SegmentWriter segments) {
        segments.writeInterchangeHeader(payer, envelope.receiverQualifier(), envelope.receiverId(),
                envelope.produced(), envelope.interchangeControlNumber());
        segments.write("GS", "HP", payer.applicationSenderCode(), envelope.receiverApplicationCode(),
                envelope.produced().format(DATE), envelope.produced().format(TIME),
                Long.toString(envelope.groupControlNumber()), "X", VERSION);
    }

    private void writeTransactionHeader(SegmentWriter segments, String st02, Payee payee) {
        // No ST03: the X221A1 guide marks it "Not Used" (GS08 names the guide).
        segments.write("ST", "835", st02);
        String asOf = envelope.asOf().format(DATE);
        boolean paying = payee.paid.signum() > 0;
        segments.write("BPR",
                paying ? "I" : "H",
                X12Amounts.format(payee.paid),
                "C",
                paying ? payer.paymentMethod() : "NON",
                null, null, null, null, null, null, null, null, null, null, null,
                asOf);
        // ISA13 comes from a persistent sequence per receiving partner, so receiver + ISA13 + ST02
        // never repeats, whichever partner the 835 goes to.
        segments.write("TRN", "1", envelope.receiverId().replaceAll("[^A-Za-z0-9]", "")
                + SegmentWriter.interchangeControlNumber(envelope.interchangeControlNumber()) + st02, payer.originatingCompanyId());
        segments.write("DTM", "405", envelope.produced().format(DATE));
        segments.write("N1", "PR", SegmentWriter.text(payer.name()));
        segments.write("N3", SegmentWriter.text(payer.addressLine()));
        segments.write("N4", SegmentWriter.text(payer.city()), payer.state(), payer.postalCode());
        segments.write("PER", "BL", SegmentWriter.text(payer.contactName()), "TE", payer.contactPhone(),
                payer.contactEmail().isPresent() ? "EM" : null, payer.contactEmail().orElse(null));
        segments.write("N1", "PE", SegmentWriter.text(payee.name), "XX", payee.npi);
        payee.taxId.ifPresent(taxId -> segments.write("REF", "TJ", taxId));
        segments.write("LX", "1");
    }

    private void writeClaim(SegmentWriter segments, AdjudicatedClaim adjudicated) {
        ClaimSubmission submission = adjudicated.submission();
        Claim claim = submission.claim();
        segments.write("CLP", claim.claimId(), "1",
                X12Amounts.format(claim.totalCharge()),
                X12Amounts.format(adjudicated.paid()),
                null,
                filingIndicators.clp06(submission.subscriber()),
                adjudicated.payerClaimControlNumber(),
                claim.facilityCode(),
                claim.frequencyCode());
        writeAdjustments(segments, adjudicated.claimAdjustments());
        writeNames(segments, submission.subscriber(), submission.patient());
        segments.write("DTM", "050", envelope.asOf().format(DATE));
        for (LineDecision decision : adjudicated.lines()) {
            writeLine(segments, decision);
        }
    }

    private static void writeNames(SegmentWriter segments, Subscriber subscriber, Optional<Patient> patient) {
        if (patient.isPresent()) {
            segments.write("NM1", "QC", "1", SegmentWriter.text(patient.get().lastName()),
                    patient.get().firstName().map(SegmentWriter::text).orElse(null));
            segments.write("NM1", "IL", "1", SegmentWriter.text(subscriber.lastName()),
                    subscriber.firstName().map(SegmentWriter::text).orElse(null),
                    null, null, null, "MI", subscriber.memberId());
        } else {
            segments.write("NM1", "QC", "1", SegmentWriter.text(subscriber.lastName()),
                    subscriber.firstName().map(SegmentWriter::text).orElse(null),
                    null, null, null, "MI", subscriber.memberId());
        }
    }

    private static void writeLine(SegmentWriter segments, LineDecision decision) {
        ServiceLine line = decision.line();
        List<String> procedure = new ArrayList<>();
        procedure.add("HC");
        procedure.add(line.procedureCode());
        procedure.addAll(line.modifiers());
        segments.write("SVC", new Composite(procedure),
                X12Amounts.format(line.charge()),
                X12Amounts.format(decision.paid()),
                line.revenueCode().orElse(null),
                X12Amounts.format(line.units()));
        decision.dateOfService().ifPresent(dos -> segments.write("DTM", "472", dos.format(DATE)));
        writeAdjustments(segments, decision.adjustments());
        // The guide requires the line item control number back when the claim sent one.
        line.lineItemControlNumber().ifPresent(number -> segments.write("REF", "6R", number));
        segments.write("AMT", "B6", X12Amounts.format(decision.allowed()));
        for (String remark : decision.remarks()) {
            segments.write("LQ", "HE", remark);
        }
    }

    /** One CAS per group code (in order of first appearance), another after every sixth reason. */
    private static void writeAdjustments(SegmentWriter segments, List<Adjustment> adjustments) {
        Map<String, List<Adjustment>> byGroup = new LinkedHashMap<>();
        for (Adjustment adjustment : adjustments) {
            byGroup.computeIfAbsent(adjustment.group(), g -> new ArrayList<>()).add(adjustment);
        }
        byGroup.forEach((group, inGroup) -> {
            for (int from = 0; from < inGroup.size(); from += 6) {
                List<Adjustment> chunk = inGroup.subList(from, Math.min(from + 6, inGroup.size()));
                Object[] elements = new Object[1 + 3 * chunk.size()];
                elements[0] = group;
                for (int i = 0; i < chunk.size(); i++) {
                    elements[1 + 3 * i] = chunk.get(i).reason();
                    elements[2 + 3 * i] = X12Amounts.format(chunk.get(i).amount());
                }
                segments.write("CAS", elements);
            }
        });
    }

    /**
     * The balance the 835 guide demands, checked before anything is written: charge − line CAS =
     * paid for each line, CLM02 − claim CAS − line CAS = paid for the claim, no zero adjustment.
     */
    static void assertBalanced(AdjudicatedClaim adjudicated) {
        Claim claim = adjudicated.submission().claim();
        String id = claim.claimId();
        if (adjudicated.lines().isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " has no adjudicated line");
        }
        BigDecimal allAdjustments = sum(id, adjudicated.claimAdjustments());
        for (LineDecision decision : adjudicated.lines()) {
            BigDecimal lineAdjustments = sum(id, decision.adjustments());
            BigDecimal expectedPaid = decision.line().charge().subtract(lineAdjustments);
            if (expectedPaid.compareTo(decision.paid()) != 0) {
                throw new IllegalArgumentException(String.format(
                        "claim %s line %d is unbalanced: charge %s - adjustments %s = %s, but paid %s",
                        id, decision.line().lineNumber(), decision.line().charge(), lineAdjustments,
                        expectedPaid, decision.paid()));
            }
            allAdjustments = allAdjustments.add(lineAdjustments);
        }
        BigDecimal expectedPaid = claim.totalCharge().subtract(allAdjustments);
        if (expectedPaid.compareTo(adjudicated.paid()) != 0) {
            throw new IllegalArgumentException(String.format(
                    "claim %s is unbalanced: charge %s - adjustments %s = %s, but paid %s",
                    id, claim.totalCharge(), allAdjustments, expectedPaid, adjudicated.paid()));
        }
    }

    private static BigDecimal sum(String claimId, List<Adjustment> adjustments) {
        BigDecimal total = ZERO;
        for (Adjustment adjustment : adjustments) {
            if (adjustment.amount().signum() == 0) {
                throw new IllegalArgumentException("claim " + claimId + " has a zero adjustment "
                        + adjustment.group() + "-" + adjustment.reason());
            }
            total = total.add(adjustment.amount());
        }
        return total;
    }

    private Writer spillWriter(Payee payee) throws IOException {
        Writer writer = openSpills.get(payee);
        if (writer != null) {
            return writer;
        }
        if (openSpills.size() >= MAX_OPEN_SPILLS) {
            Iterator<Map.Entry<Payee, Writer>> eldest = openSpills.entrySet().iterator();
            Writer evicted = eldest.next().getValue();
            eldest.remove();
            evicted.close();
        }
        writer = Files.newBufferedWriter(payee.spill, StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        openSpills.put(payee, writer);
        return writer;
    }

    private void closeSpillWriters() {
        IOException failure = null;
        for (Writer writer : openSpills.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        openSpills.clear();
        if (failure != null) {
            throw new UncheckedIOException("cannot close an 835 spill file", failure);
        }
    }

    private void deleteSpills() {
        try {
            for (Payee payee : payees.values()) {
                Files.deleteIfExists(payee.spill);
            }
            Files.deleteIfExists(spillDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the 835 spill files in " + spillDirectory, e);
        }
    }

    /** One payee's transaction while claims arrive: its identity and running totals. */
    private static final class Payee {
        final String npi;
        final String name;
        final Optional<String> taxId;
        final Path spill;
        BigDecimal paid = ZERO;
        long segments;

        Payee(BillingProvider provider, Path spill) {
            this.npi = provider.npi();
            this.name = provider.name();
            this.taxId = provider.taxId();
            this.spill = spill;
        }
    }
}
