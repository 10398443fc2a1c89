package io.claimgateway.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Everything RULES.md calls configuration: program codes and fees, windows and limits, the
 * CLP06 codes and the adjustment codes of every denial. Read once at start-up from a
 * properties file; the defaults are in {@code program.properties} on the class path.
 *
 * @param fees fee schedule, program code to flat fee (scale 2); its keys are the program codes
 * @param initialCode the initial-treatment code (S0353)
 * @param establishedCode the established-patient code (S0354)
 * @param institutionalRevenueCode the revenue code an 837I program line must carry (0960)
 * @param timelyFilingDays most days allowed between DOS and the as-of date (365)
 * @param intervalDays minimum days between paid program services for one patient (30)
 * @param maxEstablishedPerAuthorization most established-patient codes paid per authorization (11)
 * @param denials denial adjustment per rule id (every line rule and {@code stand-alone})
 * @param feeScheduleExcess adjustment for a charge above the fee (CO-45)
 * @param claimTotalMismatch claim-level adjustment when CLM02 differs from the sum of the lines
 */
public record ProgramConfig(
        Map<String, BigDecimal> fees,
        String initialCode,
        String establishedCode,
        String institutionalRevenueCode,
        int timelyFilingDays,
        int intervalDays,
        int maxEstablishedPerAuthorization,
        Map<String, AdjustmentReason> denials,
        AdjustmentReason feeScheduleExcess,
        AdjustmentReason claimTotalMismatch) {

    /** Rule ids that must have a {@code denial.<id>} entry, in the order the rules apply. */
    public static final List<String> DENIAL_RULE_IDS = List.of(
            "stand-alone",
            "code-valid-on-dos",
            "revenue-code",
            "timely-filing",
            "authorization-present",
            "pathway-regimen",
            "authorization-provider",
            "authorization-dates",
            "in-network",
            "exact-duplicate",
            "cross-form-duplicate",
            "s0353-once",
            "s0354-after-s0353",
            "s0354-interval",
            "s0354-limit");

    public ProgramConfig {
        Objects.requireNonNull(feeScheduleExcess, "feeScheduleExcess");
        Objects.requireNonNull(claimTotalMismatch, "claimTotalMismatch");
        fees = Map.copyOf(fees);
        denials = Map.copyOf(denials);
        List<String> problems = new ArrayList<>();
        if (fees.isEmpty()) {
            problems.add("no program code has a fee (program.fee.<code>)");
        }
        fees.forEach((code, fee) -> {
            if (fee.signum() < 0 || fee.scale() != 2) {
                problems.add("program.fee." + code + " must be a non-negative amount with 2 decimals, was " + fee);
            }
        });
        if (!fees.containsKey(initialCode)) {
            problems.add("program.code.initial " + initialCode + " has no program.fee." + initialCode);
        }
        if (!fees.containsKey(establishedCode)) {
            problems.add("program.code.established " + establishedCode + " has no program.fee." + establishedCode);
        }
        if (initialCode.equals(establishedCode)) {
            problems.add("program.code.initial and program.code.established must differ");
        }
        if (!institutionalRevenueCode.matches("\\d{4}")) {
            problems.add("rule.revenue-code.required must be 4 digits, was " + institutionalRevenueCode);
        }
        if (timelyFilingDays < 0) {
            problems.add("rule.timely-filing.days must not be negative");
        }
        if (intervalDays < 0) {
            problems.add("rule.s0354-interval.days must not be negative");
        }
        if (maxEstablishedPerAuthorization < 0) {
            problems.add("rule.s0354-limit.max-per-authorization must not be negative");
        }
        for (String id : DENIAL_RULE_IDS) {
            if (!denials.containsKey(id)) {
                problems.add("missing denial." + id);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid program configuration: " + String.join("; ", problems));
        }
    }

    public boolean isProgramCode(String procedureCode) {
        return fees.containsKey(procedureCode);
    }

    public Optional<BigDecimal> fee(String procedureCode) {
        return Optional.ofNullable(fees.get(procedureCode));
    }

    public AdjustmentReason denial(String ruleId) {
        AdjustmentReason denial = denials.get(ruleId);
        if (denial == null) {
            throw new IllegalArgumentException("No denial configured for rule " + ruleId);
        }
        return denial;
    }

    /**
     * Reads a configuration; every key is required (the jar's defaults, {@code program.properties},
     * hold them all).
     *
     * @throws IllegalArgumentException naming every missing or malformed key
     */
    public static ProgramConfig load(Properties properties) {
        Reader reader = new Reader(properties);
        Map<String, BigDecimal> fees = new TreeMap<>();
        Map<String, AdjustmentReason> denials = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("program.fee.")) {
                reader.amount(key).ifPresent(fee -> fees.put(key.substring("program.fee.".length()), fee));
            } else if (key.startsWith("denial.")) {
                reader.adjustment(key).ifPresent(denial -> denials.put(key.substring("denial.".length()), denial));
            }
        }
        String initial = reader.text("program.code.initial");
        String established = reader.text("program.code.established");
        String revenueCode = reader.text("rule.revenue-code.required");
        int timelyFiling = reader.integer("rule.timely-filing.days");
        int interval = reader.integer("rule.s0354-interval.days");
        int limit = reader.integer("rule.s0354-limit.max-per-authorization");
        AdjustmentReason excess = reader.adjustment("adjustment.fee-schedule-excess").orElse(null);
        AdjustmentReason mismatch = reader.adjustment("adjustment.claim-total-mismatch").orElse(null);
        reader.failOnProblems();
        return new ProgramConfig(fees, initial, established, revenueCode, timelyFiling, interval, limit,
                denials, excess, mismatch);
    }

    /** Collects every problem so one start-up shows all of them. */
    private static final class Reader {
        private final Properties properties;
        private final List<String> problems = new ArrayList<>();

        Reader(Properties properties) {
            this.properties = properties;
        }

        String text(String key) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                problems.add("missing " + key);
                return "";
            }
            return value.trim();
        }

        int integer(String key) {
            String value = text(key);
            try {
                return value.isEmpty() ? 0 : Integer.parseInt(value);
            } catch (NumberFormatException e) {
                problems.add(key + " must be a whole number, was '" + value + "'");
                return 0;
            }
        }

        Optional<BigDecimal> amount(String key) {
            String value = text(key);
            try {
                return value.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(value));
            } catch (NumberFormatException e) {
                problems.add(key + " must be an amount like 300.00, was '" + value + "'");
                return Optional.empty();
            }
        }

        Optional<AdjustmentReason> adjustment(String key) {
            String value = text(key);
            try {
                return value.isEmpty() ? Optional.empty() : Optional.of(AdjustmentReason.parse(value));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
                return Optional.empty();
            }
        }

        void failOnProblems() {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid program configuration: " + String.join("; ", problems));
            }
        }
    }
}
