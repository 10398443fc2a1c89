package io.claimgateway.remit;

import io.claimgateway.model.BillingProvider;
import io.claimgateway.model.Claim;
import io.claimgateway.model.ClaimForm;
import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Patient;
import io.claimgateway.model.Subscriber;
import io.claimgateway.remit.SegmentWriter.Composite;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes the 277CA (005010X214) answering one 837 file: ISA, one {@code GS*HN} group, and one
 * ST..SE per accepted inbound 837 transaction set, reporting each of its claims as accepted into
 * adjudication or rejected.
 *
 * <p>Call {@link #startTransactionSet} for each inbound set, then {@link #accept} its claims in
 * file order. A new billing-provider level (2000C) starts whenever the billing provider changes.
 * The receiver (2200B) and provider (2200C) levels carry totals that precede the claims, so claims
 * are spilled to disk: each provider block to a block file, which is appended behind its header to
 * the set's detail file when the block ends. Memory holds counters, never claims. {@link #finish}
 * writes the envelope and the set headers around the detail files; {@link #close} deletes the
 * spill files whatever happened; use try-with-resources.
 *
 * <p>Identifiers (claim ids, NPIs, member ids, control numbers) are written as given and refused
 * when they contain a delimiter; names go through {@link SegmentWriter#text}.
 */
public final class ClaimAcknowledgmentWriter implements AutoCloseable {

    static final String VERSION = "005010X214";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    /** HL01 of the payer (2000A) and the submitter (2000B); providers and claims follow. */
    private static final int SOURCE_HL = 1;
    private static final int RECEIVER_HL = 2;

    private final PayerIdentity payer;
    private final RemittanceEnvelope envelope;
    private final Path spillDirectory;
    private final Path blockSpill;
    private final List<TransactionSet> sets = new ArrayList<>();
    private TransactionSet current;
    private ProviderBlock block;
    private Writer blockWriter;
    private boolean finished;
    private boolean closed;

    /** Spills into a new directory under {@code java.io.tmpdir}. */
    public ClaimAcknowledgmentWriter(PayerIdentity payer, RemittanceEnvelope envelope) {
        this(payer, envelope, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Spills into a new directory under {@code spillParent}, deleted by {@link #close}. */
    ClaimAcknowledgmentWriter(PayerIdentity payer, RemittanceEnvelope envelope, Path spillParent) {
        this.payer = payer;
        this.envelope = envelope;
        try {
            this.spillDirectory = Files.createTempDirectory(spillParent, "ack277-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the 277CA spill directory under " + spillParent, e);
        }
        this.blockSpill = spillDirectory.resolve("provider-block.x12");
    }

    /**
     * Begins the 277CA transaction set answering one accepted inbound 837 set; the claims that follow
     * belong to it. A set that gets no claim is left out of the output.
     *
     * @param inboundControlNumber the 837's ST02, echoed in 2200B TRN02
     * @param submitterName 2100B NM103, the 837's submitter (1000A)
     * @param submitterId 2100B NM109, the 837's submitter id (1000A NM109)
     * @throws IllegalArgumentException when an identifier holds a delimiter; nothing changes then
     */
    public void startTransactionSet(String inboundControlNumber, String submitterName, String submitterId) {
        requireOpen();
        if (inboundControlNumber == null || inboundControlNumber.isBlank()) {
            throw new IllegalArgumentException("the inbound 837's ST02 is required");
        }
        TransactionSet set = new TransactionSet(inboundControlNumber,
                spillDirectory.resolve("set-" + (sets.size() + 1) + ".x12"),
                receiverName(submitterName, submitterId, inboundControlNumber));
        endBlock();
        closeDetail();
        sets.add(set);
        current = set;
    }

    /**
     * Adds one claim to the current transaction set.
     *
     * @throws IllegalStateException before {@link #startTransactionSet}
     * @throws IllegalArgumentException when the claim came in another 837 set, has no service date,
     *     or holds an identifier with a delimiter; nothing of the claim is written then
     */
    public void accept(ClaimAcknowledgment acknowledgment) {
        requireOpen();
        if (current == null) {
            throw new IllegalStateException("no transaction set started: call startTransactionSet first");
        }
        ClaimSubmission submission = acknowledgment.submission();
        String claimId = submission.claim().claimId();
        String inboundSet = submission.envelope().transactionControlNumber();
        if (!inboundSet.equals(current.inboundControlNumber)) {
            throw new IllegalArgumentException("claim " + claimId + " came in 837 set " + inboundSet
                    + " but the current 277CA set answers " + current.inboundControlNumber);
        }
        BillingProvider provider = submission.billingProvider();
        boolean newBlock = block == null || !block.isFor(provider);
        int providerHl = newBlock ? current.nextHl : block.hl;
        int claimHl = newBlock ? providerHl + 1 : current.nextHl;
        Rendered providerName = newBlock ? providerName(provider, providerHl, current.inboundControlNumber) : null;
        Rendered claim = claimLoop(acknowledgment, claimHl, providerHl);

        if (newBlock) {
            endBlock();
            block = new ProviderBlock(provider, providerHl, providerName);
        }
        try {
            blockWriter().write(claim.text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill claim " + claimId, e);
        }
        block.claimSegments += claim.segments;
        block.totals.add(acknowledgment.status(), submission.claim().totalCharge());
        current.totals.add(acknowledgment.status(), submission.claim().totalCharge());
        current.nextHl = claimHl + 1;
    }

    /** True while no claim has been accepted: there is no 277CA to write then. */
    public boolean isEmpty() {
        return sets.stream().allMatch(set -> set.totals.claims() == 0);
    }

    /**
     * Writes the whole interchange to {@code out} (flushed, not closed) and deletes the spill files.
     *
     * @throws IllegalStateException when no claim was accepted (a group needs a transaction)
     */
    public void finish(OutputStream out) throws IOException {
        requireOpen();
        if (isEmpty()) {
            throw new IllegalStateException("no claim acknowledged: a 277CA needs at least one transaction");
        }
        endBlock();
        closeDetail();
        finished = true;
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 64 * 1024);
        SegmentWriter segments = new SegmentWriter(writer);
        segments.writeInterchangeHeader(payer, envelope.receiverQualifier(), envelope.receiverId(),
                envelope.produced(), envelope.interchangeControlNumber());
        segments.write("GS", "HN", payer.applicationSenderCode(), envelope.receiverApplicationCode(),
                envelope.produced().format(DATE), envelope.produced().format(TIME),
                Long.toString(envelope.groupControlNumber()), "X", VERSION);
        int transaction = 0;
        for (TransactionSet set : sets) {
            if (set.totals.claims() == 0) {
                continue;
            }
            transaction++;
            String st02 = String.format("%04d", transaction);
            SpilledDetail.writeTransaction(writer, segments, st02, header -> writeTransactionHeader(header, st02, set),
                    set.detail, set.detailSegments);
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
            closeQuietly(blockWriter);
            if (current != null) {
                closeQuietly(current.detailWriter);
            }
        } finally {
            deleteSpills();
        }
    }

    private void writeTransactionHeader(SegmentWriter segments, String st02, TransactionSet set) {
        String produced = envelope.produced().format(DATE);
        // ISA13 comes from a persistent per-partner sequence, so ISA13 + ST02 names this 277CA alone.
        String reference = SegmentWriter.interchangeControlNumber(envelope.interchangeControlNumber()) + st02;
        segments.write("ST", "277", st02, VERSION);
        segments.write("BHT", "0085", "08", reference, produced, envelope.produced().format(TIME), "TH");
        segments.write("HL", Integer.toString(SOURCE_HL), null, "20", "1");
        // PI with GS02: the payer id submitters address us by; the TIN would need FI instead.
        segments.write("NM1", "PR", "2", SegmentWriter.text(payer.name()), null, null, null, null,
                "PI", payer.applicationSenderCode());
        segments.write("TRN", "1", reference);
        segments.write("DTP", "050", "D8", envelope.asOf().format(DATE));
        segments.write("DTP", "009", "D8", produced);
        set.receiverName.copyTo(segments);
        set.totals.write(segments, produced, "90", "AA");
    }

    /** 2000B HL, 2100B NM1 and 2200B TRN: all of the receiver level but its totals. */
    private static Rendered receiverName(String submitterName, String submitterId, String inboundControlNumber) {
        return Rendered.of(segments -> {
            segments.write("HL", Integer.toString(RECEIVER_HL), Integer.toString(SOURCE_HL), "21", "1");
            segments.write("NM1", "41", "2", SegmentWriter.text(submitterName), null, null, null, null,
                    "46", submitterId);
            // The 837's ST02 links this set to the one it answers.
            segments.write("TRN", "2", inboundControlNumber);
        });
    }

    /** 2000C HL, 2100C NM1 and 2200C TRN: all of the provider level but its totals. */
    private static Rendered providerName(BillingProvider provider, int hl, String inboundControlNumber) {
        return Rendered.of(segments -> {
            segments.write("HL", Integer.toString(hl), Integer.toString(RECEIVER_HL), "19", "1");
            segments.write("NM1", "85", "2", SegmentWriter.text(provider.name()), null, null, null, null,
                    "XX", provider.npi());
            // The guide lets the payer choose this trace; the 837's ST02 again ties it to its batch.
            segments.write("TRN", "1", inboundControlNumber);
        });
    }

    /** 2000D with its 2100D and 2200D: one claim. */
    private Rendered claimLoop(ClaimAcknowledgment acknowledgment, int hl, int providerHl) {
        ClaimSubmission submission = acknowledgment.submission();
        Claim claim = submission.claim();
        ServicePeriod period = ServicePeriod.of(submission.form(), claim).orElseThrow(
                () -> new IllegalArgumentException("claim " + claim.claimId() + " has no service date for DTP*472"));
        String produced = envelope.produced().format(DATE);
        String charge = X12Amounts.format(claim.totalCharge());
        return Rendered.of(segments -> {
            // HL04 is Not Used at the patient level: nothing hangs below it.
            segments.write("HL", Integer.toString(hl), Integer.toString(providerHl), "PT");
            writePatient(segments, submission.subscriber(), submission.patient());
            segments.write("TRN", "2", claim.claimId());
            if (acknowledgment.status() instanceof ClaimStatus.Accepted accepted) {
                // A2 "accepted into the adjudication system", 20 "accepted for processing".
                segments.write("STC", new Composite(List.of("A2", "20")), produced, "WQ", charge);
                segments.write("REF", "1K", accepted.payerClaimControlNumber());
            } else if (acknowledgment.status() instanceof ClaimStatus.Rejected rejected) {
                segments.write("STC", new Composite(List.of(rejected.categoryCode(), rejected.statusCode(),
                        rejected.entityCode().orElse(""))), produced, "U", charge);
            }
            if (submission.form() == ClaimForm.INSTITUTIONAL) {
                // Bill type: facility type code (CLM05-1) followed by frequency code (CLM05-3).
                segments.write("REF", "BLT", claim.facilityCode() + claim.frequencyCode());
            }
            segments.write("DTP", "472", period.qualifier(), period.value());
        });
    }

    /** The patient's name when a dependent was billed, else the subscriber's; the member id is always the subscriber's. */
    private static void writePatient(SegmentWriter segments, Subscriber subscriber, Optional<Patient> patient) {
        String lastName = patient.map(Patient::lastName).orElse(subscriber.lastName());
        Optional<String> firstName = patient.isPresent() ? patient.get().firstName() : subscriber.firstName();
        segments.write("NM1", "QC", "1", SegmentWriter.text(lastName), firstName.map(SegmentWriter::text).orElse(null),
                null, null, null, "MI", subscriber.memberId());
    }

    /** Writes the finished provider block, header first, into the current set's detail file. */
    private void endBlock() {
        if (block == null) {
            return;
        }
        try {
            blockWriter.close();
            blockWriter = null;
            Writer detail = current.detailWriter();
            SegmentWriter segments = new SegmentWriter(detail);
            block.nameSegments.copyTo(segments);
            block.totals.write(segments, null, "QA", "QC");
            detail.flush();
            try (Reader claims = Files.newBufferedReader(blockSpill, StandardCharsets.US_ASCII)) {
                claims.transferTo(detail);
            }
            Files.delete(blockSpill);
            current.detailSegments += segments.count() + block.claimSegments;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move a provider block into " + current.detail, e);
        }
        block = null;
    }

    private Writer blockWriter() throws IOException {
        if (blockWriter == null) {
            blockWriter = Files.newBufferedWriter(blockSpill, StandardCharsets.US_ASCII);
        }
        return blockWriter;
    }

    private void closeDetail() {
        if (current != null && current.detailWriter != null) {
            try {
                current.detailWriter.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + current.detail, e);
            }
            current.detailWriter = null;
        }
    }

    private void requireOpen() {
        if (finished || closed) {
            throw new IllegalStateException("the 277CA is already finished");
        }
    }

    private static void closeQuietly(Writer writer) {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // the spill files are deleted next; nothing of them is kept
            }
        }
    }

    private void deleteSpills() {
        try {
            Files.deleteIfExists(blockSpill);
            for (TransactionSet set : sets) {
                Files.deleteIfExists(set.detail);
            }
            Files.deleteIfExists(spillDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the 277CA spill files in " + spillDirectory, e);
        }
    }

    /** Segments rendered ahead of time: a delimiter in a value fails before any state changes. */
    private record Rendered(String text, long segments) {

        static Rendered of(Consumer<SegmentWriter> body) {
            StringWriter text = new StringWriter(256);
            SegmentWriter segments = new SegmentWriter(text);
            body.accept(segments);
            return new Rendered(text.toString(), segments.count());
        }

        void copyTo(SegmentWriter segments) {
            segments.writeRendered(text, this.segments);
        }
    }

    /** One 277CA transaction set: its receiver level, totals and spilled detail. */
    private static final class TransactionSet {
        final String inboundControlNumber;
        final Path detail;
        final Rendered receiverName;
        final AcknowledgmentTotals totals = new AcknowledgmentTotals();
        Writer detailWriter;
        long detailSegments;
        int nextHl = RECEIVER_HL + 1;

        TransactionSet(String inboundControlNumber, Path detail, Rendered receiverName) {
            this.inboundControlNumber = inboundControlNumber;
            this.detail = detail;
            this.receiverName = receiverName;
        }

        Writer detailWriter() throws IOException {
            if (detailWriter == null) {
                detailWriter = Files.newBufferedWriter(detail, StandardCharsets.US_ASCII);
            }
            return detailWriter;
        }
    }

    /** The billing provider level being filled; its claims wait in the block spill file. */
    private static final class ProviderBlock {
        final String name;
        final String npi;
        final int hl;
        final Rendered nameSegments;
        final AcknowledgmentTotals totals = new AcknowledgmentTotals();
        long claimSegments;

        ProviderBlock(BillingProvider provider, int hl, Rendered nameSegments) {
            this.name = provider.name();
            this.npi = provider.npi();
            this.hl = hl;
            this.nameSegments = nameSegments;
        }

        boolean isFor(BillingProvider provider) {
            return npi.equals(provider.npi()) && name.equals(provider.name());
        }
    }
}
