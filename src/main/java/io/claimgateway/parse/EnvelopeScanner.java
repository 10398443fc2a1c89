package io.claimgateway.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pre-check before the DFDL parse: reads the file once, segment by segment, and checks the
 * envelopes (ISA/IEA, GS/GE, ST/SE pairing, counts, control numbers, versions) and segment
 * identifiers. Holds no segments, so memory does not grow with the file. Stops at the first problem.
 */
public final class EnvelopeScanner {

    private final ScanPolicy policy;

    public EnvelopeScanner() {
        this(ScanPolicy.strict());
    }

    public EnvelopeScanner(ScanPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public ScanResult scan(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(in);
        }
    }

    /** Reads the stream to its end (or to the first problem); does not close it. */
    public ScanResult scan(InputStream in) throws IOException {
        StringBuilder header = new StringBuilder();
        InputStream stream = IsaHeader.peek(in, header);
        Delimiters delimiters;
        try {
            delimiters = Delimiters.fromIsa(header);
        } catch (RejectionException e) {
            return new ScanResult.Rejected(e.rejection());
        }
        Scan scan = new Scan(new SegmentReader(stream, delimiters), delimiters);
        try {
            return new ScanResult.Accepted(delimiters, scan.run());
        } catch (RejectionException e) {
            return new ScanResult.Rejected(e.rejection());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The state of one pass over one file. */
    private final class Scan {
        private final SegmentReader reader;
        private final Delimiters delimiters;
        private final List<TransactionSummary> accepted = new ArrayList<>();

        private String tag = "";
        private boolean interchangeOpen;
        private boolean afterInterchange;
        private String senderId = "";
        private String interchangeControl;
        private int groups;

        private boolean groupOpen;
        private String groupControl;
        private String groupVersion = "";
        private int transactions;

        private boolean transactionOpen;
        private String transactionControl;
        private String transactionVersion = "";
        private long transactionStart;
        private int position;

        Scan(SegmentReader reader, Delimiters delimiters) {
            this.reader = reader;
            this.delimiters = delimiters;
        }

        List<TransactionSummary> run() throws IOException {
            while (reader.next()) {
                tag = reader.tag();
                if (transactionOpen) {
                    position++;
                }
                if (reader.startsWith("ISA") && (reader.captured() == 3 || !isAlphanumeric(reader.charAt(3)))) {
                    tag = "ISA";
                    onIsa();
                    checkTerminated();
                    continue;
                }
                if (afterInterchange) {
                    throw reject(RejectionReason.DATA_AFTER_LAST_INTERCHANGE, "Only whitespace may follow the last IEA,"
                            + " found " + shown(tag) + " at byte " + reader.start());
                }
                if (!isValidTag(tag)) {
                    String message = tag.isEmpty() ? "Segment has an empty identifier"
                            : "Segment identifier " + quoted(tag) + " is not 2-3 uppercase letters or digits";
                    throw reject(RejectionReason.INVALID_SEGMENT_ID,
                            message + (transactionOpen ? " (segment " + position + ")" : " (at byte " + reader.start() + ")"));
                }
                switch (tag) {
                    case "IEA" -> onIea();
                    case "GS" -> onGs();
                    case "GE" -> onGe();
                    case "ST" -> onSt();
                    case "SE" -> onSe();
                    default -> onOther();
                }
                checkTerminated();
            }
            atEndOfFile();
            return accepted;
        }

        private void onIsa() {
            closeTransactionMissing();
            closeGroupMissing();
            if (interchangeOpen) {
                throw reject(RejectionReason.INTERCHANGE_TRAILER_MISSING, "Interchange " + interchangeControl
                        + " has no IEA: found ISA" + where());
            }
            Delimiters own;
            try {
                own = Delimiters.fromIsa(isaText());
            } catch (RejectionException e) {
                Rejection r = e.rejection();
                throw new RejectionException(r.withByteOffset(reader.start()));
            }
            if (!own.sameCharactersAs(delimiters)) {
                throw reject(RejectionReason.DELIMITERS_DIFFER_BETWEEN_INTERCHANGES, "This ISA uses " + describe(own)
                        + " but the file's first ISA uses " + describe(delimiters)
                        + "; all interchanges in a file must use the same delimiters" + where());
            }
            String[] e = reader.elements();
            interchangeOpen = true;
            afterInterchange = false;
            senderId = e[6].trim();
            interchangeControl = e[13];
            groups = 0;
        }

        private CharSequence isaText() {
            StringBuilder text = new StringBuilder(reader.text(Delimiters.ISA_LENGTH));
            if (text.length() < Delimiters.ISA_LENGTH && reader.terminated()) {
                text.append(delimiters.segmentTerminator());
            }
            return text;
        }

        private void onIea() {
            closeTransactionMissing();
            closeGroupMissing();
            String[] e = envelopeElements(2);
            int declared = number(e, 1, RejectionReason.INVALID_ENVELOPE_ELEMENT);
            if (policy.checkControlCounts() && declared != groups) {
                throw reject(RejectionReason.GROUP_COUNT_MISMATCH, "IEA01 says " + declared + " but interchange "
                        + interchangeControl + " has " + groups + " functional group" + plural(groups) + where());
            }
            if (!e[2].equals(interchangeControl)) {
                throw reject(RejectionReason.INTERCHANGE_CONTROL_NUMBER_MISMATCH, "IEA02 " + e[2]
                        + " does not match ISA13 " + interchangeControl + where());
            }
            interchangeOpen = false;
            afterInterchange = true;
        }

        private void onGs() {
            closeTransactionMissing();
            closeGroupMissing();
            String[] e = envelopeElements(8);
            groupOpen = true;
            groupControl = e[6].isEmpty() ? null : e[6];
            if (!"HC".equals(e[1])) {
                throw reject(RejectionReason.GROUP_NOT_HEALTH_CARE_CLAIM, "GS01 is " + shown(e[1])
                        + ", not HC (health care claim); only 837 claims are accepted" + where());
            }
            if (e[6].isEmpty()) {
                throw reject(RejectionReason.INVALID_ENVELOPE_ELEMENT,
                        "GS06 (group control number) is empty" + where());
            }
            if (!policy.supportedVersions().contains(e[8])) {
                throw reject(RejectionReason.GROUP_VERSION_NOT_SUPPORTED, "GS08 " + shown(e[8])
                        + " is not supported; supported versions are " + supported() + where());
            }
            groupVersion = e[8];
            transactions = 0;
            groups++;
        }

        private void onGe() {
            closeTransactionMissing();
            if (!groupOpen) {
                throw reject(RejectionReason.SEGMENT_OUTSIDE_ENVELOPE, "GE without a matching GS" + where());
            }
            String[] e = envelopeElements(2);
            int declared = number(e, 1, RejectionReason.INVALID_ENVELOPE_ELEMENT);
            if (policy.checkControlCounts() && declared != transactions) {
                throw reject(RejectionReason.TRANSACTION_COUNT_MISMATCH, "GE01 says " + declared
                        + " but functional group " + groupControl + " has " + transactions + " transaction set"
                        + plural(transactions) + where());
            }
            if (!e[2].equals(groupControl)) {
                throw reject(RejectionReason.GROUP_CONTROL_NUMBER_MISMATCH, "GE02 " + shown(e[2])
                        + " does not match GS06 " + groupControl + where());
            }
            groupOpen = false;
        }

        private void onSt() {
            closeTransactionMissing();
            if (!groupOpen) {
                throw reject(RejectionReason.TRANSACTION_OUTSIDE_GROUP,
                        "ST is not inside a functional group" + where());
            }
            transactionOpen = true;
            position = 1;
            transactionStart = reader.start();
            String[] e = controlElements();
            String st01 = e.length > 1 ? e[1] : "";
            String st02 = e.length > 2 ? e[2] : "";
            transactionControl = st02.isEmpty() ? null : st02;
            if (!"837".equals(st01)) {
                throw reject(RejectionReason.TRANSACTION_SET_NOT_SUPPORTED, "ST01 is " + shown(st01)
                        + ", not 837; only claims are accepted" + where());
            }
            if (st02.isEmpty()) {
                throw reject(RejectionReason.TRANSACTION_CONTROL_NUMBER_MISSING,
                        "ST02 (transaction set control number) is empty" + where());
            }
            transactionVersion = groupVersion;
            if (e.length > 3 && !e[3].isEmpty()) {
                if (!e[3].equals(groupVersion)) {
                    throw reject(RejectionReason.IMPLEMENTATION_REFERENCE_MISMATCH, "ST03 " + shown(e[3])
                            + " does not match GS08 " + groupVersion + where());
                }
                transactionVersion = e[3];
            }
            transactions++;
        }

        private void onSe() {
            if (!transactionOpen) {
                throw reject(RejectionReason.SEGMENT_OUTSIDE_ENVELOPE, "SE without a matching ST" + where());
            }
            String[] e = controlElements();
            if (e.length < 2 || e[1].isEmpty()) {
                throw reject(RejectionReason.TRANSACTION_ELEMENT_MISSING, "SE01 is missing" + where());
            }
            int declared = number(e, 1, RejectionReason.TRANSACTION_ELEMENT_NOT_NUMERIC);
            if (policy.checkControlCounts() && declared != position) {
                throw reject(RejectionReason.SEGMENT_COUNT_MISMATCH, "SE01 says " + declared
                        + " segments but the transaction set " + transactionControl + " has " + position + where());
            }
            String se02 = e.length > 2 ? e[2] : "";
            if (!se02.equals(transactionControl)) {
                throw reject(RejectionReason.TRANSACTION_CONTROL_NUMBER_MISMATCH, "SE02 " + shown(se02)
                        + " does not match ST02 " + transactionControl + where());
            }
            accepted.add(new TransactionSummary(senderId, interchangeControl, groupControl, transactionControl,
                    transactionVersion, position, transactionStart));
            transactionOpen = false;
        }

        private void onOther() {
            if (transactionOpen) {
                return;
            }
            String context = groupOpen ? "outside a transaction set, in functional group " + groupControl
                    : "between ISA and GS, in interchange " + interchangeControl;
            throw reject(RejectionReason.SEGMENT_OUTSIDE_ENVELOPE, "Segment " + tag + " appears " + context + where());
        }

        private void atEndOfFile() {
            tag = "";
            if (transactionOpen) {
                throw rejectAtEnd(RejectionReason.TRANSACTION_TRAILER_MISSING, "The file ends inside transaction set "
                        + transactionControl + " after its segment " + position + "; SE is missing");
            }
            if (groupOpen) {
                throw rejectAtEnd(RejectionReason.GROUP_TRAILER_MISSING, "The file ends inside functional group "
                        + groupControl + "; GE is missing");
            }
            if (interchangeOpen) {
                throw rejectAtEnd(RejectionReason.INTERCHANGE_TRAILER_MISSING, "The file ends inside interchange "
                        + interchangeControl + "; IEA is missing");
            }
        }

        private void closeTransactionMissing() {
            if (transactionOpen) {
                int last = position - 1;
                throw reject(RejectionReason.TRANSACTION_TRAILER_MISSING, "Transaction set " + transactionControl
                        + " has no SE: found " + tag + " after its segment " + last + where());
            }
        }

        private void closeGroupMissing() {
            if (groupOpen) {
                throw reject(RejectionReason.GROUP_TRAILER_MISSING, "Functional group " + groupControl
                        + " has no GE: found " + tag + where());
            }
        }

        private void checkTerminated() {
            if (!reader.terminated() && !delimiters.newlineTerminated()) {
                throw reject(RejectionReason.LAST_SEGMENT_UNTERMINATED, "The file ends inside segment " + tag
                        + ": no segment terminator " + Delimiters.describe(delimiters.segmentTerminator())
                        + " after it" + where());
            }
        }

        /** Elements of ISA/IEA/GS/GE; these have a fixed minimum and are short. */
        private String[] envelopeElements(int required) {
            if (!reader.complete()) {
                throw reject(RejectionReason.INVALID_ENVELOPE_ELEMENT, tag + " is longer than "
                        + SegmentReader.CAPTURE_LIMIT + " characters" + where());
            }
            String[] e = reader.elements();
            if (e.length <= required) {
                throw reject(RejectionReason.INVALID_ENVELOPE_ELEMENT, tag + " has " + (e.length - 1) + " element"
                        + plural(e.length - 1) + "; " + tag + "01 to " + tag + String.format("%02d", required)
                        + " are required" + where());
            }
            return e;
        }

        private String[] controlElements() {
            if (!reader.complete()) {
                throw reject(RejectionReason.TRANSACTION_ELEMENT_MISSING, tag + " is longer than "
                        + SegmentReader.CAPTURE_LIMIT + " characters" + where());
            }
            return reader.elements();
        }

        private int number(String[] e, int index, RejectionReason reason) {
            String value = e[index];
            String name = tag + String.format("%02d", index);
            if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw reject(reason, name + " " + shown(value) + " is not a number" + where());
            }
            return Integer.parseInt(value);
        }

        /** Names the current segment: its position in the transaction set, or its byte offset. */
        private String where() {
            return transactionOpen ? " (segment " + position + ", " + tag + ")"
                    : " (" + tag + " at byte " + reader.start() + ")";
        }

        private RejectionException reject(RejectionReason reason, String message) {
            Rejection r = Rejection.of(reason, message).withByteOffset(reader.start());
            if (!tag.isEmpty()) {
                r = r.withTag(tag);
            }
            if (transactionOpen) {
                r = r.withPosition(position);
            }
            return new RejectionException(withControls(r));
        }

        private RejectionException rejectAtEnd(RejectionReason reason, String message) {
            return new RejectionException(withControls(Rejection.of(reason, message)
                    .withByteOffset(reader.bytesRead())));
        }

        private Rejection withControls(Rejection r) {
            return r.withControlNumbers(
                    interchangeOpen ? Optional.ofNullable(interchangeControl) : Optional.empty(),
                    groupOpen ? Optional.ofNullable(groupControl) : Optional.empty(),
                    transactionOpen ? Optional.ofNullable(transactionControl) : Optional.empty());
        }

        private String supported() {
            return String.join(", ", policy.supportedVersions().stream().sorted().toList());
        }
    }

    private static String describe(Delimiters d) {
        return "element " + Delimiters.describe(d.element())
                + ", component " + Delimiters.describe(d.component())
                + ", repetition " + d.repetition().map(Delimiters::describe).orElse("none")
                + ", terminator " + Delimiters.describe(d.segmentTerminator());
    }

    private static boolean isValidTag(String tag) {
        if (tag.length() < 2 || tag.length() > 3) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** A value for a message: control data only, cut short so a misplaced delimiter cannot leak content. */
    private static String shown(String value) {
        if (value.isEmpty()) {
            return "empty";
        }
        return quotedIfOdd(value.length() > 15 ? value.substring(0, 15) + "..." : value);
    }

    private static String quoted(String tag) {
        return "\"" + escape(tag.length() > 6 ? tag.substring(0, 6) + "..." : tag) + "\"";
    }

    private static String quotedIfOdd(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                return "\"" + escape(value) + "\"";
            }
        }
        return value;
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c < ' ' || c > '~' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
