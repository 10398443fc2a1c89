package io.claimgateway.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The envelope values of a rejected file that an acknowledgment echoes and a {@link Rejection} does
 * not carry: who sent the interchange, its ISA13 and date, the functional group and the transaction
 * set the rejection points at. Each value is present only when it could be read and has its X12 form
 * (ISA13 nine digits, GS06 up to nine digits, ...), so a broken file gives whatever is known.
 *
 * @param senderQualifier          ISA05
 * @param senderId                 ISA06, trimmed
 * @param interchangeDate          ISA09 (YYMMDD)
 * @param interchangeTime          ISA10 (HHMM)
 * @param interchangeControlNumber ISA13
 * @param functionalIdentifier     GS01
 * @param applicationSenderCode    GS02, trimmed
 * @param groupControlNumber       GS06
 * @param groupVersion             GS08
 * @param declaredTransactionCount GE01 of that group, when its GE was read
 * @param receivedTransactionCount ST segments seen in that group (to its GE or the end of the file)
 * @param transactionSetId         ST01
 * @param transactionControlNumber ST02
 * @param implementationReference  ST03
 */
public record RejectedEnvelope(
        Optional<String> senderQualifier,
        Optional<String> senderId,
        Optional<String> interchangeDate,
        Optional<String> interchangeTime,
        Optional<String> interchangeControlNumber,
        Optional<String> functionalIdentifier,
        Optional<String> applicationSenderCode,
        Optional<String> groupControlNumber,
        Optional<String> groupVersion,
        OptionalInt declaredTransactionCount,
        int receivedTransactionCount,
        Optional<String> transactionSetId,
        Optional<String> transactionControlNumber,
        Optional<String> implementationReference) {

    private static final Pattern QUALIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern IDENTIFIER = Pattern.compile("[\\x21-\\x7E](?:[\\x20-\\x7E]*[\\x21-\\x7E])?");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final Pattern CONTROL_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern FUNCTIONAL_ID = Pattern.compile("[A-Z]{2}");
    private static final Pattern TRANSACTION_SET_ID = Pattern.compile("[A-Z0-9]{3}");

    public RejectedEnvelope {
        Objects.requireNonNull(senderQualifier, "senderQualifier");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(interchangeDate, "interchangeDate");
        Objects.requireNonNull(interchangeTime, "interchangeTime");
        Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        Objects.requireNonNull(functionalIdentifier, "functionalIdentifier");
        Objects.requireNonNull(applicationSenderCode, "applicationSenderCode");
        Objects.requireNonNull(groupControlNumber, "groupControlNumber");
        Objects.requireNonNull(groupVersion, "groupVersion");
        Objects.requireNonNull(declaredTransactionCount, "declaredTransactionCount");
        Objects.requireNonNull(transactionSetId, "transactionSetId");
        Objects.requireNonNull(transactionControlNumber, "transactionControlNumber");
        Objects.requireNonNull(implementationReference, "implementationReference");
        if (receivedTransactionCount < 0) {
            throw new IllegalArgumentException("received transaction count is negative: " + receivedTransactionCount);
        }
    }

    /** Nothing known: the file has no readable ISA. */
    public static RejectedEnvelope unknown() {
        return new RejectedEnvelope(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether the ISA gave everything a reply needs: whom to address (ISA05/06) and what it answers (ISA13). */
    public boolean interchangeKnown() {
        return senderQualifier.isPresent() && senderId.isPresent() && interchangeControlNumber.isPresent();
    }

    public static RejectedEnvelope read(Path file, Rejection rejection) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, rejection);
        }
    }

    /**
     * Reads the envelope segments of a rejected file, streaming, up to the segment the rejection
     * points at and on to the end of that functional group (to count its transaction sets). The
     * segment is found by the rejection's byte offset, else by its control numbers, else it is the
     * first functional group. Does not close the stream; never rejects.
     */
    static RejectedEnvelope read(InputStream in, Rejection rejection) throws IOException {
        StringBuilder header = new StringBuilder();
        InputStream stream = IsaHeader.peek(in, header);
        Delimiters delimiters;
        try {
            delimiters = Delimiters.fromIsa(header);
        } catch (RejectionException e) {
            return lenientIsa(header);
        }
        return new Reading(new SegmentReader(stream, delimiters), rejection).run();
    }

    /**
     * An ISA that is there in full but breaks a delimiter or width rule: its values are still
     * separated by the character at position 3, enough to say whom to answer and what.
     */
    private static RejectedEnvelope lenientIsa(CharSequence header) {
        if (header.length() < Delimiters.ISA_LENGTH || !header.toString().startsWith("ISA")) {
            return unknown();
        }
        char separator = header.charAt(3);
        if (Character.isLetterOrDigit(separator) || Character.isWhitespace(separator)) {
            return unknown();
        }
        String[] e = header.toString().split(Pattern.quote(String.valueOf(separator)), -1);
        if (e.length < 14) {
            return unknown();
        }
        return interchange(e).envelope(null, null);
    }

    private static Interchange interchange(String[] e) {
        return new Interchange(valid(e, 5, QUALIFIER), trimmed(e, 6, 15), valid(e, 9, SIX_DIGITS),
                valid(e, 10, FOUR_DIGITS), valid(e, 13, NINE_DIGITS));
    }

    private static Optional<String> valid(String[] e, int index, Pattern pattern) {
        return index < e.length && pattern.matcher(e[index]).matches() ? Optional.of(e[index]) : Optional.empty();
    }

    private static Optional<String> trimmed(String[] e, int index, int maxLength) {
        if (index >= e.length) {
            return Optional.empty();
        }
        String value = e[index].trim();
        return value.length() <= maxLength && IDENTIFIER.matcher(value).matches() ? Optional.of(value)
                : Optional.empty();
    }

    private record Interchange(Optional<String> qualifier, Optional<String> id, Optional<String> date,
            Optional<String> time, Optional<String> controlNumber) {

        RejectedEnvelope envelope(Group group, Transaction transaction) {
            Optional<Group> g = Optional.ofNullable(group);
            Optional<Transaction> t = Optional.ofNullable(transaction);
            return new RejectedEnvelope(qualifier, id, date, time, controlNumber,
                    g.flatMap(Group::functionalIdentifier), g.flatMap(Group::applicationSenderCode),
                    g.flatMap(Group::controlNumber), g.flatMap(Group::version),
                    g.map(x -> x.declared).orElse(OptionalInt.empty()), g.map(x -> x.received).orElse(0),
                    t.flatMap(Transaction::setId), t.flatMap(Transaction::controlNumber),
                    t.flatMap(Transaction::implementationReference));
        }
    }

    /** A functional group as read so far; its counts grow while the rest of the group is read. */
    private static final class Group {
        final String[] elements;
        OptionalInt declared = OptionalInt.empty();
        int received;

        Group(String[] elements) {
            this.elements = elements;
        }

        Optional<String> functionalIdentifier() {
            return valid(elements, 1, FUNCTIONAL_ID);
        }

        Optional<String> applicationSenderCode() {
            return trimmed(elements, 2, 15);
        }

        Optional<String> controlNumber() {
            return valid(elements, 6, CONTROL_NUMBER);
        }

        Optional<String> version() {
            return trimmed(elements, 8, 12);
        }
    }

    private record Transaction(String[] elements) {
        Optional<String> setId() {
            return valid(elements, 1, TRANSACTION_SET_ID);
        }

        Optional<String> controlNumber() {
            return trimmed(elements, 2, 9).filter(v -> v.length() >= 4);
        }

        Optional<String> implementationReference() {
            return trimmed(elements, 3, 35);
        }
    }

    /** One pass: keeps the innermost envelopes open at the rejected segment, then counts its group. */
    private static final class Reading {
        private final SegmentReader reader;
        private final Rejection rejection;
        private final Interchange none = new Interchange(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        private Interchange interchange = none;
        private Group group;
        private Transaction transaction;

        Reading(SegmentReader reader, Rejection rejection) {
            this.reader = reader;
            this.rejection = rejection;
        }

        RejectedEnvelope run() throws IOException {
            boolean found = false;
            while (reader.next()) {
                String tag = reader.tag();
                if (found) {
                    if (tag.equals("ISA") || tag.equals("GS") || tag.equals("IEA") || group == null) {
                        break;
                    }
                    if (tag.equals("ST")) {
                        group.received++;
                    } else if (tag.equals("GE")) {
                        group.declared = count(reader.elements());
                        break;
                    }
                    continue;
                }
                switch (tag) {
                    case "ISA" -> {
                        interchange = interchange(reader.elements());
                        group = null;
                        transaction = null;
                    }
                    case "GS" -> {
                        group = new Group(reader.elements());
                        transaction = null;
                    }
                    case "ST" -> {
                        transaction = new Transaction(reader.elements());
                        if (group != null) {
                            group.received++;
                        }
                    }
                    case "GE" -> {
                        if (group != null) {
                            group.declared = count(reader.elements());
                        }
                    }
                    default -> {
                    }
                }
                found = isRejectedSegment(tag);
            }
            return interchange.envelope(group, transaction);
        }

        private boolean isRejectedSegment(String tag) {
            if (rejection.byteOffset().isPresent()) {
                return reader.start() >= rejection.byteOffset().getAsLong();
            }
            boolean sameInterchange = matches(rejection.interchangeControlNumber(), interchange.controlNumber());
            if (rejection.transactionControlNumber().isPresent()) {
                return tag.equals("ST") && sameInterchange && sameGroup()
                        && matches(rejection.transactionControlNumber(), transaction.controlNumber());
            }
            if (rejection.groupControlNumber().isPresent()) {
                return tag.equals("GS") && sameInterchange && sameGroup();
            }
            if (rejection.interchangeControlNumber().isPresent()) {
                return tag.equals("ISA") && sameInterchange;
            }
            return tag.equals("GS");
        }

        private boolean sameGroup() {
            return group != null && matches(rejection.groupControlNumber(), group.controlNumber());
        }

        /** An absent expected value matches anything. */
        private static boolean matches(Optional<String> expected, Optional<String> actual) {
            return expected.isEmpty() || expected.equals(actual);
        }

        private static OptionalInt count(String[] elements) {
            return valid(elements, 1, CONTROL_NUMBER).map(v -> OptionalInt.of(Integer.parseInt(v)))
                    .orElse(OptionalInt.empty());
        }
    }
}
