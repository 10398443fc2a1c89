package io.claimgateway.envelope;

import java.util.List;
import java.util.Objects;

/**
 * What the 999 says of one received functional group: AK1, one AK2 loop per transaction set,
 * AK9.
 *
 * @param functionalId      AK101: GS01 as received
 * @param controlNumber     AK102: GS06 as received
 * @param version           AK103: GS08 as received
 * @param declaredSetCount  AK902: GE01 as received, or the sets received when GE01 is unreadable
 * @param sets              the AK2 loops, in the order received
 * @param groupErrorCodes   AK905..AK909: functional group syntax error codes (at most 5); any code
 *                          rejects the whole group
 * @param receivedSetCount  AK903: sets received (a rejected group lists none of them in AK2 loops)
 */
public record GroupResponse(
        String functionalId,
        String controlNumber,
        String version,
        int declaredSetCount,
        List<TransactionSetResponse> sets,
        List<String> groupErrorCodes,
        int receivedSetCount) {

    static final int MAX_GROUP_ERROR_CODES = 5;

    public GroupResponse {
        Objects.requireNonNull(functionalId, "functionalId");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(version, "version");
        sets = List.copyOf(sets);
        groupErrorCodes = List.copyOf(
                groupErrorCodes.subList(0, Math.min(groupErrorCodes.size(), MAX_GROUP_ERROR_CODES)));
    }

    /** AK904: sets accepted (with or without errors), none when the group itself is rejected. */
    public int acceptedSetCount() {
        return groupErrorCodes.isEmpty() ? (int) sets.stream().filter(TransactionSetResponse::accepted).count() : 0;
    }

    /** AK901: A, E (all accepted, some with errors), P (some rejected) or R (none accepted). */
    public String status() {
        int accepted = acceptedSetCount();
        if (accepted == 0) {
            return "R";
        }
        if (accepted < receivedSetCount) {
            return "P";
        }
        return sets.stream().allMatch(s -> s.status().equals("A")) ? "A" : "E";
    }
}
