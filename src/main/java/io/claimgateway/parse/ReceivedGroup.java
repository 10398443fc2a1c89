package io.claimgateway.parse;

import io.claimgateway.envelope.GroupResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One functional group as received.
 *
 * @param functionalId          GS01
 * @param applicationSenderCode GS02
 * @param controlNumber         GS06
 * @param version               GS08
 * @param header                the GS segment as received, without its terminator
 * @param declaredSetCount      GE01, when the GE was read
 * @param sets                  its transaction sets, in order
 * @param groupErrorCodes       AK905..: errors of the group as a whole; any rejects every set
 * @param firstProblem          the first group-level problem, for the operator's report
 */
public record ReceivedGroup(
        String functionalId,
        String applicationSenderCode,
        String controlNumber,
        String version,
        String header,
        OptionalInt declaredSetCount,
        List<ReceivedSet> sets,
        List<String> groupErrorCodes,
        Optional<Rejection> firstProblem) {

    public ReceivedGroup {
        Objects.requireNonNull(functionalId, "functionalId");
        Objects.requireNonNull(applicationSenderCode, "applicationSenderCode");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(declaredSetCount, "declaredSetCount");
        sets = List.copyOf(sets);
        groupErrorCodes = List.copyOf(groupErrorCodes);
        Objects.requireNonNull(firstProblem, "firstProblem");
    }

    public boolean accepted() {
        return firstProblem.isEmpty();
    }

    ReceivedGroup withSets(List<ReceivedSet> replaced) {
        return new ReceivedGroup(functionalId, applicationSenderCode, controlNumber, version, header,
                declaredSetCount, replaced, groupErrorCodes, firstProblem);
    }

    /** The same group, rejected as a whole (AK9 R) for a problem found after the envelope pass. */
    public ReceivedGroup rejectedBy(Rejection problem) {
        List<String> codes = new java.util.ArrayList<>(groupErrorCodes);
        codes.add(problem.reason().ackCode());
        return new ReceivedGroup(functionalId, applicationSenderCode, controlNumber, version, header,
                declaredSetCount, sets, codes, firstProblem.isPresent() ? firstProblem : Optional.of(problem));
    }

    /**
     * The 999 transaction set that answers this group. A group rejected as a whole lists no AK2
     * loops: its AK9 code says why, and no set of it is accepted.
     */
    public GroupResponse response() {
        return new GroupResponse(functionalId, controlNumber, version, declaredSetCount.orElse(sets.size()),
                accepted() ? sets.stream().map(ReceivedSet::response).toList() : List.of(), groupErrorCodes,
                sets.size());
    }
}
