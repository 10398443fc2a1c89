package io.claimgateway.validate;

import io.claimgateway.envelope.ElementErrorCode;
import io.claimgateway.envelope.SegmentErrorCode;

import io.claimgateway.envelope.SegmentError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-written 837 segments (with {@code * : ^}) fed to a checker, for the focused tests. */
final class Checks {

    static final String P = "005010X222A1";
    static final String I = "005010X223A2";

    /** ST .. 2010BB of an 837P: the next segment is number 11. */
    static final List<String> PROFESSIONAL_HEADER = List.of(
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*1*20260101*1200*CH",
            "NM1*41*2*SUBMITTER*****46*S1",
            "NM1*40*2*RECEIVER*****46*R1",
            "HL*1**20*1",
            "NM1*85*2*BILLING*****XX*1234567893",
            "HL*2*1*22*0",
            "SBR*P*18*GRP******CI",
            "NM1*IL*1*DOE*JANE****MI*M1",
            "NM1*PR*2*PAYER*****PI*P1");

    static final List<String> INSTITUTIONAL_HEADER = PROFESSIONAL_HEADER.stream()
            .map(s -> s.replace(P, I)).toList();

    static final String CLAIM_P = "CLM*C1*100***11:B:1*Y*A*Y*Y";
    static final String CLAIM_I = "CLM*C1*100***13:A:1**A*Y*Y";

    private Checks() {
    }

    /** The errors of the last segment after feeding all of them, ST = 1. */
    static List<SegmentError> lastSegment(String guide, List<String> segments) {
        TransactionSetChecker checker = TransactionSetChecker.forGuide(guide);
        List<SegmentError> errors = List.of();
        for (int i = 0; i < segments.size(); i++) {
            String[] elements = segments.get(i).split("\\*", -1);
            // The lead-ins are minimal, not complete sets: only element findings count here
            // (StructureChecksTest covers the structure).
            errors = checker.segment(elements[0], elements, i + 1, ':', Optional.of('^')).stream()
                    .filter(e -> e.code() == SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS
                            && !"HL".equals(e.segmentId()) || e.code() == SegmentErrorCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS
                            && e.elements().stream().noneMatch(x -> x.code() == ElementErrorCode.IMPLEMENTATION_PATTERN_MATCH_FAILURE))
                    .toList();
            if (i < segments.size() - 1 && !errors.isEmpty()) {
                throw new AssertionError("the lead-in segment " + (i + 1) + " has errors: " + errors);
            }
        }
        return errors;
    }

    /** The 837P header, then the given segments. */
    static List<String> professional(String... more) {
        List<String> all = new ArrayList<>(PROFESSIONAL_HEADER);
        all.addAll(List.of(more));
        return all;
    }

    /** The 837P header up to 2000B's SBR, then the given segments (2010BA onwards). */
    static List<String> subscriber(String... more) {
        List<String> all = new ArrayList<>(PROFESSIONAL_HEADER.subList(0, 8));
        all.addAll(List.of(more));
        return all;
    }

    static List<String> institutional(String... more) {
        List<String> all = new ArrayList<>(INSTITUTIONAL_HEADER);
        all.addAll(List.of(more));
        return all;
    }
}
