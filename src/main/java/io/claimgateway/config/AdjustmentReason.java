package io.claimgateway.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A configured adjustment: CAS group code, claim adjustment reason code (CARC) and the remark
 * codes (RARC, LQ*HE) that go with it. Written in configuration as {@code CO-199 M50}.
 */
public record AdjustmentReason(String group, String reason, List<String> remarks) {

    private static final List<String> GROUPS = List.of("CO", "CR", "OA", "PI", "PR");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,5}");

    public AdjustmentReason {
        if (!GROUPS.contains(group)) {
            throw new IllegalArgumentException("group code must be one of " + GROUPS + ", was '" + group + "'");
        }
        if (!CODE.matcher(reason).matches()) {
            throw new IllegalArgumentException("CARC must be 1-5 letters or digits, was '" + reason + "'");
        }
        remarks = List.copyOf(remarks);
        for (String remark : remarks) {
            if (!CODE.matcher(remark).matches()) {
                throw new IllegalArgumentException("RARC must be 1-5 letters or digits, was '" + remark + "'");
            }
        }
    }

    /** Parses {@code GROUP-CARC [RARC ...]}, e.g. {@code CO-199 M50} or {@code OA-18}. */
    static AdjustmentReason parse(String text) {
        String[] words = text.trim().split("\\s+");
        int dash = words[0].indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("expected GROUP-CARC [RARC ...], was '" + text + "'");
        }
        return new AdjustmentReason(
                words[0].substring(0, dash),
                words[0].substring(dash + 1),
                List.of(words).subList(1, words.length));
    }
}
