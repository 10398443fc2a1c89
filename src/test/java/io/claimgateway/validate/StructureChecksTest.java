package io.claimgateway.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgateway.envelope.SegmentError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SNIP 2 structure: each family with its exact IK3 (segment, position, loop, IK304) and IK4. */
class StructureChecksTest {

    /** A complete, minimal 837P set: ST = 1 ... SE = 20. */
    private static final List<String> VALID = List.of(
            "ST*837*0001*005010X222A1",
            "BHT*0019*00*1*20260101*1200*CH",
            "NM1*41*2*SUBMITTER*****46*S1",
            "PER*IC*JANE*TE*5555551212",
            "NM1*40*2*RECEIVER*****46*R1",
            "HL*1**20*1",
            "NM1*85*2*BILLING*****XX*1234567893",
            "N3*1 MAIN ST",
            "N4*BOSTON*MA*021100001",
            "REF*EI*123456789",
            "HL*2*1*22*0",
            "SBR*P*18*GRP******CI",
            "NM1*IL*1*DOE*JANE****MI*M1",
            "NM1*PR*2*PAYER*****PI*P1",
            "CLM*C1*100***11:B:1*Y*A*Y*Y",
            "HI*ABK:R69",
            "LX*1",
            "SV1*HC:99213*100*UN*1***1",
            "DTP*472*D8*20260101",
            "SE*20*0001");

    /** Every error of the set, as SEG@pos loop IK304 [element/ref=IK403]. */
    private static List<String> errors(List<String> segments) {
        TransactionSetChecker checker = TransactionSetChecker.forGuide(Checks.P);
        List<SegmentError> all = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String[] elements = segments.get(i).split("\\*", -1);
            all.addAll(checker.segment(elements[0], elements, i + 1, ':', Optional.of('^')));
        }
        all.addAll(checker.finish(segments.size()));
        return all.stream().map(e -> SegmentSplitter.describe(e) + " " + e.code().code()).toList();
    }

    private static List<String> replace(int position, String segment) {
        List<String> copy = new ArrayList<>(VALID);
        copy.set(position - 1, segment);
        return copy;
    }

    private static List<String> insert(int position, String segment) {
        List<String> copy = new ArrayList<>(VALID);
        copy.add(position - 1, segment);
        return copy;
    }

    private static List<String> remove(int position) {
        List<String> copy = new ArrayList<>(VALID);
        copy.remove(position - 1);
        return copy;
    }

    @Test
    void theCompleteSetHasNoErrors() {
        assertEquals(List.of(), errors(VALID));
    }

    @Test
    void requiredSegmentMissingIsCode3WhereItsLoopCloses() {
        // N3 removed: 2010AA closes at HL*2, now segment 10.
        assertEquals(List.of("N3@10 2010AA 3"), errors(remove(8)));
    }

    @Test
    void requiredLoopMissingIsCode3OnItsTriggerSegment() {
        // 2010BB (NM1*PR) removed: 2000B closes at SE, now segment 19.
        assertEquals(List.of("NM1@19 2010BB 3"), errors(remove(14)));
    }

    @Test
    void aSegmentTheLoopDoesNotHaveIsCode2() {
        assertEquals(List.of("CR1@14 2010BA 2"), errors(insert(14, "CR1*LB*140")));
    }

    @Test
    void aSegmentBeforeOneItMustFollowIsCode7() {
        // 2300: HI then CN1, which the guide puts before HI.
        assertEquals(List.of("CN1@17 2300 7"), errors(insert(17, "CN1*02*100")));
    }

    @Test
    void aSegmentOverItsMaxUseIsCode5() {
        // 1000A PER may occur twice: the third is over.
        List<String> set = insert(5, "PER*IC*JOE*TE*5555551213");
        set.add(5, "PER*IC*ANN*TE*5555551214");
        assertEquals(List.of("PER@6 1000A 5"), errors(set));
    }

    @Test
    void aLoopOverItsRepeatIsCode4() {
        // 2310B (rendering provider) may occur once per claim.
        List<String> twice = insert(17, "NM1*82*1*DOC*ANN****XX*1234567893");
        twice.add(17, "NM1*82*1*DOC*ANN****XX*1234567893");
        assertEquals(List.of("NM1@18 2310B 4"), errors(twice));
    }

    @Test
    void hl01OutOfSequenceIsAnIk4OnHl01() {
        // HL*1 then has no child: its HL04 1 is reported too.
        assertEquals(List.of("HL@11 2000B 1/628=I12 8", "HL@11 2000B 2/734=I12 8", "HL@6 2000A 4/736=7 8"),
                errors(replace(11, "HL*3*2*22*0")));
    }

    @Test
    void hl02MissingUnderASubscriberIsReportedOnce() {
        // The element check reports it (the table has HL02 as required in 2000B); the hierarchy
        // check used to add the same IK3/IK4 a second time. HL*1's only child is gone, hence HL04.
        assertEquals(List.of("HL@11 2000B 2/734=1 8", "HL@6 2000A 4/736=7 8"), errors(replace(11, "HL*2**22*0")));
    }

    @Test
    void hl04SayingChildrenFollowWhenNoneDoesIsAnIk4OnHl04() {
        assertEquals(List.of("HL@11 2000B 4/736=7 8"), errors(replace(11, "HL*2*1*22*1")));
    }

    @Test
    void hl03NotAllowedUnderItsParentsLevelIsAnIk4OnHl03() {
        // A patient level (23) straight under the billing provider (20).
        List<String> set = new ArrayList<>(VALID);
        set.add(14, "HL*3*1*23*0");
        set.add(15, "PAT*19");
        set.add(16, "NM1*QC*1*DOE*JOHN");
        List<String> found = errors(set);
        assertEquals("HL@15 2000C 3/735=7 8", found.get(0));
    }
}
