package io.claimgateway.remit;

import io.claimgateway.model.Subscriber;
import io.claimgateway.support.CommaList;
import java.util.Properties;
import java.util.Set;

/**
 * How CLP06 (claim filing indicator) is derived from the 837's SBR09: the SBR09 code when it is one
 * of {@code valid}, else {@code fallback}. The 837 list has codes the 835 lacks (BL, CI, 11, ...).
 */
public record ClaimFilingIndicators(Set<String> valid, String fallback) {

    /** The CLP06 code list of 005010X221A1. */
    static final Set<String> X221A1_CODES = Set.of(
            "12", "13", "14", "15", "16", "17", "AM", "CH", "DS", "HM", "LM",
            "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ");

    public ClaimFilingIndicators {
        valid = Set.copyOf(valid);
        if (!valid.contains(fallback)) {
            throw new IllegalArgumentException("default CLP06 " + fallback + " is not among the valid codes " + valid);
        }
    }

    /** Reads {@code payer.clp06.valid-codes} (comma-separated) and {@code payer.clp06.default}. */
    public static ClaimFilingIndicators load(Properties properties) {
        String codes = properties.getProperty("payer.clp06.valid-codes");
        Set<String> valid = codes == null || codes.isBlank()
                ? X221A1_CODES
                : CommaList.itemSet(codes);
        return new ClaimFilingIndicators(valid, properties.getProperty("payer.clp06.default", "12").trim());
    }

    String clp06(Subscriber subscriber) {
        return subscriber.claimFilingIndicator().filter(valid::contains).orElse(fallback);
    }
}
