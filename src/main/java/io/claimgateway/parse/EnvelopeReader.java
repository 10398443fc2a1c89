package io.claimgateway.parse;

import io.claimgateway.envelope.ElementError;
import io.claimgateway.envelope.ElementErrorCode;
import io.claimgateway.envelope.SegmentError;
import io.claimgateway.envelope.SegmentErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads a received file once, segment by segment, into its envelope model ({@link ReceivedFile}):
 * every interchange with its own delimiters, every group and transaction set, and every problem
 * at the level it belongs to. A problem rejects only its own level (a set, a group or an
 * interchange, as {@link RejectionReason#ackSegment()} says) and reading goes on, so the good sets
 * of a file are not lost to a bad one. Holds no segments: memory does not grow with the file.
 */
public final class EnvelopeReader {

    private final ScanPolicy policy;
    private final Function<String, Optional<SegmentCheck>> checks;

    /** Envelope checks only. */
    EnvelopeReader(ScanPolicy policy) {
        this(policy, version -> Optional.empty());
    }

    /** @param checks the element checks for a set's guide (GS08/ST03), when there are any */
    public EnvelopeReader(ScanPolicy policy, Function<String, Optional<SegmentCheck>> checks) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.checks = Objects.requireNonNull(checks, "checks");
    }

    public ReceivedFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads the stream to its end; does not close it. */
    public ReceivedFile read(InputStream in) throws IOException {
        StringBuilder header = new StringBuilder();
        InputStream stream = IsaHeader.peek(in, header);
        Delimiters delimiters;
        try {
            delimiters = Delimiters.fromIsa(header);
        } catch (RejectionException e) {
            return new ReceivedFile(Optional.of(e.rejection()), List.of(), new HistoryKeys());
        }
        try {
            return new Pass(new SegmentReader(stream, delimiters), delimiters).run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The state of one pass over one file. */
    private final class Pass {
        private final SegmentReader reader;
        private final List<ReceivedInterchange> interchanges = new ArrayList<>();
        private Delimiters delimiters;
        private Optional<Rejection> unreadable = Optional.empty();
        private final HistoryKeys historyKeys = new HistoryKeys();

        private String tag = "";
        private InterchangeState interchange;
        private boolean afterInterchange;
        private GroupState group;
        private SetState set;

        Pass(SegmentReader reader, Delimiters delimiters) {
            this.reader = reader;
            this.delimiters = delimiters;
        }

        ReceivedFile run() throws IOException {
            while (reader.next()) {
                tag = reader.tag();
                if (set != null) {
                    set.position++;
                }
                if (reader.startsWith("ISA") && (reader.captured() == 3 || !isAlphanumeric(reader.charAt(3)))) {
                    tag = "ISA";
                    onIsa();
                    continue;
                }
                if (interchange == null) {
                    if (afterInterchange) {
                        rejectLastInterchange(RejectionReason.DATA_AFTER_LAST_INTERCHANGE, "Only whitespace may "
                                + "follow the last IEA, found " + shown(tag) + " at byte " + reader.start());
                    }
                    continue;
                }
                if (interchange.skipping) {
                    continue;
                }
                checkTerminated();
                if (interchange.skipping) {
                    continue;
                }
                if (!isValidTag(tag)) {
                    onInvalidTag();
                } else {
                    switch (tag) {
                        case "IEA" -> onIea();
                        case "GS" -> onGs();
                        case "GE" -> onGe();
                        case "ST" -> onSt();
                        case "SE" -> onSe();
                        default -> onOther();
                    }
                }
            }
            atEndOfFile();
            return new ReceivedFile(unreadable, interchanges, historyKeys);
        }

        private void onIsa() {
            closeOpenInterchange("ISA");
            Delimiters own;
            try {
                own = Delimiters.fromIsa(reader.text(Delimiters.ISA_LENGTH - 1) + terminatorOf());
            } catch (RejectionException e) {
                Rejection r = e.rejection().withByteOffset(reader.start());
                if (interchanges.isEmpty()) {
                    unreadable = Optional.of(r);
                }
                // Without its delimiters nothing after this ISA can be read reliably.
                interchange = InterchangeState.broken(r);
                // Nothing up to the next readable ISA can be placed: it is skipped.
                interchanges.add(interchange.build());
                interchange = null;
                afterInterchange = false;
                return;
            }
            if (interchanges.isEmpty() && own.sameCharactersAs(delimiters)) {
                // The first look at the file also saw whether a line break follows each terminator.
                own = delimiters;
            }
            delimiters = own;
            reader.use(own);
            String[] e = reader.elements();
            interchange = new InterchangeState(own, reader.text(Delimiters.ISA_LENGTH - 1) + terminatorOf(), e);
            afterInterchange = false;
            checkTerminated();
        }

        /** The fixed-width ISA's 106th character is its own segment terminator. */
        private String terminatorOf() {
            return reader.terminated() ? String.valueOf(reader.lastTerminator()) : "";
        }

        private void onInvalidTag() {
            String message = (tag.isEmpty() ? "Segment has an empty identifier"
                    : "Segment identifier " + quoted(tag) + " is not 2-3 uppercase letters or digits");
            if (set != null) {
                rejectSet(RejectionReason.INVALID_SEGMENT_ID, message + " (segment " + set.position + ")");
            } else {
                rejectInterchange(RejectionReason.SEGMENT_OUTSIDE_ENVELOPE,
                        message + " (at byte " + reader.start() + ")");
            }
        }

        private void onIea() {
            closeOpenGroup("IEA");
            String[] e = envelopeElements(2);
            if (e == null) {
                return;
            }
            OptionalInt declared = number(e, 1);
            if (declared.isEmpty()) {
                rejectInterchange(RejectionReason.INVALID_ENVELOPE_ELEMENT,
                        "IEA01 " + shown(e[1]) + " is not a number" + where());
            } else if (policy.checkControlCounts() && declared.getAsInt() != interchange.groups.size()) {
                rejectInterchange(RejectionReason.GROUP_COUNT_MISMATCH, "IEA01 says " + declared.getAsInt()
                        + " but interchange " + interchange.controlNumber + " has " + interchange.groups.size()
                        + " functional group" + plural(interchange.groups.size()) + where());
            } else if (!e[2].equals(interchange.controlNumber)) {
                rejectInterchange(RejectionReason.INTERCHANGE_CONTROL_NUMBER_MISMATCH, "IEA02 " + shown(e[2])
                        + " does not match ISA13 " + interchange.controlNumber + where());
            }
            endInterchange();
        }

        private void onGs() {
            closeOpenGroup("GS");
            String[] e = envelopeElements(8);
            if (e == null) {
                return;
            }
            group = new GroupState(e, reader.text(SegmentReader.CAPTURE_LIMIT));
            if (!"HC".equals(e[1])) {
                rejectGroup(RejectionReason.GROUP_NOT_HEALTH_CARE_CLAIM, "GS01 is " + shown(e[1])
                        + ", not HC (health care claim); only 837 claims are accepted" + where());
            } else if (e[6].isEmpty() || e[6].length() > 9 || !e[6].chars().allMatch(Character::isDigit)) {
                rejectInterchange(RejectionReason.INVALID_ENVELOPE_ELEMENT,
                        "GS06 (group control number) " + shown(e[6]) + " is not 1-9 digits" + where());
            } else if (!policy.supportedVersions().contains(e[8])) {
                rejectGroup(RejectionReason.GROUP_VERSION_NOT_SUPPORTED, "GS08 " + shown(e[8])
                        + " is not supported; supported versions are " + supported() + where());
            }
        }

        private void onGe() {
            closeOpenSet("GE");
            if (group == null) {
                rejectInterchange(RejectionReason.SEGMENT_OUTSIDE_ENVELOPE, "GE without a matching GS" + where());
                return;
            }
            String[] e = envelopeElements(2);
            if (e == null) {
                return;
            }
            OptionalInt declared = number(e, 1);
            group.declared = declared;
            if (declared.isEmpty()) {
                rejectInterchange(RejectionReason.INVALID_ENVELOPE_ELEMENT,
                        "GE01 " + shown(e[1]) + " is not a number" + where());
            } else if (policy.checkControlCounts() && declared.getAsInt() != group.sets.size()) {
                rejectGroup(RejectionReason.TRANSACTION_COUNT_MISMATCH, "GE01 says " + declared.getAsInt()
                        + " but functional group " + group.controlNumber + " has " + group.sets.size()
                        + " transaction set" + plural(group.sets.size()) + where());
            } else if (!e[2].equals(group.controlNumber)) {
                rejectGroup(RejectionReason.GROUP_CONTROL_NUMBER_MISMATCH, "GE02 " + shown(e[2])
                        + " does not match GS06 " + group.controlNumber + where());
            }
            endGroup();
        }

        private void onSt() {
            closeOpenSet("ST");
            if (group == null) {
                rejectInterchange(RejectionReason.TRANSACTION_OUTSIDE_GROUP,
                        "ST is not inside a functional group" + where());
                return;
            }
            String[] e = reader.complete() ? reader.elements() : new String[] {"ST"};
            String st01 = e.length > 1 ? e[1] : "";
            String st02 = e.length > 2 ? e[2] : "";
            String st03 = e.length > 3 ? e[3] : "";
            set = new SetState(st01, st02, st03, group.version, reader.start());
            if (!"837".equals(st01)) {
                rejectSet(RejectionReason.TRANSACTION_SET_NOT_SUPPORTED, "ST01 is " + shown(st01)
                        + ", not 837; only claims are accepted" + where());
            } else if (st02.isEmpty()) {
                rejectSet(RejectionReason.TRANSACTION_CONTROL_NUMBER_MISSING,
                        "ST02 (transaction set control number) is empty" + where());
            } else if (!st03.isEmpty() && !st03.equals(group.version)) {
                rejectSet(RejectionReason.IMPLEMENTATION_REFERENCE_MISMATCH, "ST03 " + shown(st03)
                        + " does not match GS08 " + group.version + where());
            }
            set.check = group.accepted() && set.accepted() ? checks.apply(set.version) : Optional.empty();
            checkElements(reader.complete() ? e : reader.elements());
        }

        private void onSe() {
            if (set == null) {
                rejectInterchange(RejectionReason.SEGMENT_OUTSIDE_ENVELOPE, "SE without a matching ST" + where());
                return;
            }
            String[] e = reader.complete() ? reader.elements() : new String[] {"SE"};
            if (e.length < 2 || e[1].isEmpty()) {
                rejectSet(RejectionReason.TRANSACTION_ELEMENT_MISSING, "SE01 is missing" + where());
            } else {
                OptionalInt declared = number(e, 1);
                if (declared.isEmpty()) {
                    rejectSet(RejectionReason.TRANSACTION_ELEMENT_NOT_NUMERIC,
                            "SE01 " + shown(e[1]) + " is not a number" + where());
                } else if (policy.checkControlCounts() && declared.getAsInt() != set.position) {
                    rejectSet(RejectionReason.SEGMENT_COUNT_MISMATCH, "SE01 says " + declared.getAsInt()
                            + " segments but the transaction set " + set.controlNumber + " has " + set.position
                            + where());
                }
            }
            String se02 = e.length > 2 ? e[2] : "";
            if (!se02.equals(set.controlNumber)) {
                rejectSet(RejectionReason.TRANSACTION_CONTROL_NUMBER_MISMATCH, "SE02 " + shown(se02)
                        + " does not match ST02 " + (set.controlNumber.isEmpty() ? "(empty)" : set.controlNumber)
                        + where());
            }
            set.check.ifPresent(c -> c.finish(set.position).forEach(this::segmentError));
            endSet(reader.terminatorOffset() + 1);
        }

        private void onOther() {
            if (set != null) {
                boolean subscriber = tag.equals("NM1");
                if (set.check.isEmpty() && !subscriber) {
                    return;
                }
                // Split once: the guide's checks and the subscriber's member id read the same elements.
                String[] elements = reader.elements();
                checkElements(elements);
                if (subscriber) {
                    noteSubscriber(elements);
                }
                return;
            }
            String context = group != null ? "outside a transaction set, in functional group " + group.controlNumber
                    : "between ISA and GS, in interchange " + interchange.controlNumber;
            rejectInterchange(RejectionReason.SEGMENT_OUTSIDE_ENVELOPE,
                    "Segment " + tag + " appears " + context + where());
        }

        /** Every subscriber's member id (NM1*IL NM109), hashed: whose history the file may touch. */
        private void noteSubscriber(String[] elements) {
            if (elements.length > 9 && elements[1].equals("IL")) {
                historyKeys.add(elements[9].trim());
            }
        }

        private void checkElements(String[] elements) {
            if (set.check.isEmpty()) {
                return;
            }
            // A segment longer than the capture is checked as far as it was captured: the element
            // cut short is still longer than any element the guides allow.
            List<SegmentError> errors = set.check.get().check(elements, set.position, delimiters);
            if (errors.isEmpty() && !reader.complete()) {
                int element = Math.max(1, elements.length - 1);
                errors = List.of(new SegmentError(tag, set.position, Optional.empty(),
                        SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS,
                        List.of(ElementError.of(element, null, ElementErrorCode.TOO_LONG, null)),
                        tag + " (segment " + set.position + ") is longer than " + SegmentReader.CAPTURE_LIMIT
                                + " characters: element " + element + " is too long"));
            }
            errors.forEach(this::segmentError);
        }

        private void segmentError(SegmentError error) {
            set.segmentErrors.add(error);
            Rejection r = Rejection.of(reasonFor(error.code()), error.message())
                    .withTag(error.segmentId()).withPosition(error.position()).withByteOffset(reader.start());
            set.reject(withControls(r));
        }

        private void atEndOfFile() {
            tag = "";
            if (interchange != null && !interchange.skipping) {
                if (set != null) {
                    rejectSetAtEnd(RejectionReason.TRANSACTION_TRAILER_MISSING, "The file ends inside transaction"
                            + " set " + set.controlNumber + " after its segment " + set.position + "; SE is missing");
                    endSet(reader.bytesRead());
                }
                if (group != null) {
                    Rejection r = withControls(Rejection.of(RejectionReason.GROUP_TRAILER_MISSING, "The file ends "
                            + "inside functional group " + group.controlNumber + "; GE is missing")
                            .withByteOffset(reader.bytesRead()));
                    group.reject(r);
                    endGroup();
                }
            }
            if (interchange != null) {
                if (!interchange.skipping) {
                    interchange.reject(withControls(Rejection.of(RejectionReason.INTERCHANGE_TRAILER_MISSING,
                            "The file ends inside interchange " + interchange.controlNumber + "; IEA is missing")
                            .withByteOffset(reader.bytesRead())));
                }
                endInterchange();
            }
        }

        /** A new ISA, or the end: what is still open lacks its trailer. */
        private void closeOpenInterchange(String found) {
            if (interchange == null) {
                return;
            }
            if (!interchange.skipping) {
                closeOpenGroup(found);
                rejectInterchange(RejectionReason.INTERCHANGE_TRAILER_MISSING, "Interchange "
                        + interchange.controlNumber + " has no IEA: found " + found + where());
            }
            endInterchange();
        }

        private void closeOpenGroup(String found) {
            closeOpenSet(found);
            if (group != null) {
                rejectGroup(RejectionReason.GROUP_TRAILER_MISSING, "Functional group " + group.controlNumber
                        + " has no GE: found " + found + where());
                endGroup();
            }
        }

        private void closeOpenSet(String found) {
            if (set != null) {
                int last = set.position - 1;
                rejectSet(RejectionReason.TRANSACTION_TRAILER_MISSING, "Transaction set " + set.controlNumber
                        + " has no SE: found " + found + " after its segment " + last + where());
                endSet(reader.start());
            }
        }

        private void endSet(long end) {
            group.sets.add(set.build(end));
            set = null;
        }

        private void endGroup() {
            interchange.groups.add(group.build());
            group = null;
        }

        private void endInterchange() {
            if (set != null && group != null) {
                endSet(reader.start());
            }
            if (group != null) {
                endGroup();
            }
            interchanges.add(interchange.build());
            interchange = null;
            afterInterchange = true;
        }

        private void checkTerminated() {
            if (!reader.terminated() && !delimiters.newlineTerminated() && interchange != null
                    && !interchange.skipping) {
                rejectInterchange(RejectionReason.LAST_SEGMENT_UNTERMINATED, "The file ends inside segment " + tag
                        + ": no segment terminator " + Delimiters.describe(delimiters.segmentTerminator())
                        + " after it" + where());
            }
        }

        /** Elements of ISA/IEA/GS/GE, or null (and the interchange rejected) when they are unusable. */
        private String[] envelopeElements(int required) {
            if (!reader.complete()) {
                rejectInterchange(RejectionReason.INVALID_ENVELOPE_ELEMENT, tag + " is longer than "
                        + SegmentReader.CAPTURE_LIMIT + " characters" + where());
                return null;
            }
            String[] e = reader.elements();
            if (e.length <= required) {
                rejectInterchange(RejectionReason.INVALID_ENVELOPE_ELEMENT, tag + " has " + (e.length - 1)
                        + " element" + plural(e.length - 1) + "; " + tag + "01 to " + tag
                        + String.format("%02d", required) + " are required" + where());
                return null;
            }
            return e;
        }

        private OptionalInt number(String[] e, int index) {
            String value = e[index];
            if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(value));
        }

        private void rejectSet(RejectionReason reason, String message) {
            Rejection r = located(reason, message);
            set.reject(r);
            switch (reason.ackSegment()) {
                case IK5 -> set.setErrorCodes.add(reason.ackCode());
                case IK3 -> set.segmentErrors.add(new SegmentError(isValidTag(tag) ? tag : "ZZZ", set.position,
                        Optional.empty(), segmentCode(reason.ackCode()), elementErrors(reason), message));
                default -> throw new IllegalStateException(reason + " is not a transaction set problem");
            }
        }

        private void rejectSetAtEnd(RejectionReason reason, String message) {
            set.reject(withControls(Rejection.of(reason, message).withByteOffset(reader.bytesRead())));
            set.setErrorCodes.add(reason.ackCode());
        }

        private void rejectGroup(RejectionReason reason, String message) {
            group.reject(located(reason, message));
        }

        private void rejectInterchange(RejectionReason reason, String message) {
            interchange.reject(located(reason, message));
        }

        private void rejectLastInterchange(RejectionReason reason, String message) {
            ReceivedInterchange last = interchanges.remove(interchanges.size() - 1);
            if (last.firstProblem().isPresent()) {
                interchanges.add(last);
                return;
            }
            Rejection r = Rejection.of(reason, message).withTag(tag).withByteOffset(reader.start())
                    .withControlNumbers(Optional.of(last.controlNumber()), Optional.empty(), Optional.empty());
            interchanges.add(new ReceivedInterchange(last.delimiters(), last.header(), last.senderQualifier(),
                    last.senderId(), last.receiverQualifier(), last.receiverId(), last.date(), last.time(),
                    last.controlNumber(), last.acknowledgmentRequested(), last.groups(), Optional.of(r)));
        }

        private Rejection located(RejectionReason reason, String message) {
            Rejection r = Rejection.of(reason, message).withByteOffset(reader.start());
            if (!tag.isEmpty()) {
                r = r.withTag(tag);
            }
            if (set != null) {
                r = r.withPosition(set.position);
            }
            return withControls(r);
        }

        private Rejection withControls(Rejection r) {
            return r.withControlNumbers(
                    interchange != null ? Optional.ofNullable(interchange.controlNumber) : Optional.empty(),
                    group != null ? Optional.ofNullable(group.controlNumber) : Optional.empty(),
                    set != null ? Optional.of(set.controlNumber).filter(c -> !c.isEmpty()) : Optional.empty());
        }

        /** Names the current segment: its position in the transaction set, or its byte offset. */
        private String where() {
            return set != null ? " (segment " + set.position + ", " + tag + ")"
                    : " (" + tag + " at byte " + reader.start() + ")";
        }

        private String supported() {
            return String.join(", ", policy.supportedVersions().stream().sorted().toList());
        }
    }

    /** The catalogue entry of a guide check's finding, by its IK304 code. */
    private static RejectionReason reasonFor(SegmentErrorCode code) {
        return switch (code) {
            case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_TRANSACTION_SET, UNRECOGNIZED_SEGMENT_ID ->
                    RejectionReason.SEGMENT_UNEXPECTED;
            case SEGMENT_OUT_OF_SEQUENCE -> RejectionReason.SEGMENT_OUT_OF_ORDER;
            case SEGMENT_OVER_MAXIMUM_USE -> RejectionReason.SEGMENT_OVER_MAXIMUM;
            case LOOP_OVER_MAXIMUM -> RejectionReason.LOOP_OVER_MAXIMUM;
            case REQUIRED_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING, IMPLEMENTATION_LOOP_UNDER_MINIMUM,
                    IMPLEMENTATION_SEGMENT_UNDER_MINIMUM -> RejectionReason.REQUIRED_SEGMENT_MISSING;
            case NOT_USED_SEGMENT_PRESENT, IMPLEMENTATION_DEPENDENT_NOT_USED_SEGMENT_PRESENT ->
                    RejectionReason.NOT_USED_SEGMENT_PRESENT;
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS -> RejectionReason.ELEMENT_INVALID;
        };
    }

    private static SegmentErrorCode segmentCode(String ik304) {
        for (SegmentErrorCode code : SegmentErrorCode.values()) {
            if (code.code().equals(ik304)) {
                return code;
            }
        }
        throw new IllegalStateException("No IK304 code " + ik304);
    }

    private static List<ElementError> elementErrors(RejectionReason reason) {
        return reason.elementAckCode().map(code -> {
            for (ElementErrorCode c : ElementErrorCode.values()) {
                if (c.code().equals(code)) {
                    // Both catalogue entries with an element code are about SE01.
                    return List.of(ElementError.of(1, "96", c, null));
                }
            }
            throw new IllegalStateException("No IK403 code " + code);
        }).orElse(List.of());
    }

    /** An interchange being read. */
    private static final class InterchangeState {
        final Delimiters delimiters;
        final String header;
        final String[] isa;
        final String controlNumber;
        final List<ReceivedGroup> groups = new ArrayList<>();
        Optional<Rejection> problem = Optional.empty();
        /** After an interchange-level problem, the rest of it is not read. */
        boolean skipping;

        InterchangeState(Delimiters delimiters, String header, String[] isa) {
            this.delimiters = delimiters;
            this.header = header;
            this.isa = isa;
            this.controlNumber = isa.length > 13 ? isa[13] : "";
        }

        static InterchangeState broken(Rejection r) {
            InterchangeState state = new InterchangeState(new Delimiters('*', ':', Optional.empty(), '~', false), "",
                    new String[0]);
            state.reject(r);
            return state;
        }

        void reject(Rejection r) {
            if (problem.isEmpty()) {
                problem = Optional.of(r);
            }
            skipping = true;
        }

        ReceivedInterchange build() {
            return new ReceivedInterchange(delimiters, header, element(5), element(6).trim(), element(7),
                    element(8).trim(), element(9), element(10), controlNumber, "1".equals(element(14)), groups,
                    problem);
        }

        private String element(int i) {
            return i < isa.length ? isa[i] : "";
        }
    }

    /** A functional group being read. */
    private static final class GroupState {
        final String[] gs;
        final String header;
        final String controlNumber;
        final String version;
        final List<ReceivedSet> sets = new ArrayList<>();
        final List<String> codes = new ArrayList<>();
        OptionalInt declared = OptionalInt.empty();
        Optional<Rejection> problem = Optional.empty();

        GroupState(String[] gs, String header) {
            this.gs = gs;
            this.header = header;
            this.controlNumber = gs[6];
            this.version = gs[8];
        }

        boolean accepted() {
            return problem.isEmpty();
        }

        void reject(Rejection r) {
            if (problem.isEmpty()) {
                problem = Optional.of(r);
            }
            if (codes.size() < 5) {
                codes.add(r.reason().ackSegment() == RejectionReason.AckSegment.AK9 ? r.reason().ackCode() : "1");
            }
        }

        ReceivedGroup build() {
            return new ReceivedGroup(gs[1], gs[2].trim(), controlNumber, version, header, declared, sets, codes,
                    problem);
        }
    }

    /** A transaction set being read. */
    private static final class SetState {
        final String setId;
        final String controlNumber;
        final String implementationReference;
        final String version;
        final long start;
        final List<SegmentError> segmentErrors = new ArrayList<>();
        final List<String> setErrorCodes = new ArrayList<>();
        Optional<Rejection> problem = Optional.empty();
        Optional<SegmentCheck> check = Optional.empty();
        int position = 1;

        SetState(String setId, String controlNumber, String implementationReference, String groupVersion,
                long start) {
            this.setId = setId;
            this.controlNumber = controlNumber;
            this.implementationReference = implementationReference;
            this.version = implementationReference.isEmpty() ? groupVersion : implementationReference;
            this.start = start;
        }

        boolean accepted() {
            return problem.isEmpty();
        }

        void reject(Rejection r) {
            if (problem.isEmpty()) {
                problem = Optional.of(r);
            }
        }

        ReceivedSet build(long end) {
            return new ReceivedSet(setId, controlNumber, Optional.of(implementationReference).filter(s -> !s.isEmpty()),
                    version, start, end, position, segmentErrors, setErrorCodes, problem);
        }
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
    static String shown(String value) {
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
