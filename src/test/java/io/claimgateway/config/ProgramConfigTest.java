package io.claimgateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProgramConfigTest {

    private final ProgramConfig config = ProgramConfig.load(ConfigurationLayers.defaults());

    @Test
    void defaultsMatchTheRules() {
        assertEquals(Map.of("S0353", new BigDecimal("300.00"), "S0354", new BigDecimal("300.00")), config.fees());
        assertEquals("S0353", config.initialCode());
        assertEquals("S0354", config.establishedCode());
        assertEquals("0960", config.institutionalRevenueCode());
        assertEquals(365, config.timelyFilingDays());
        assertEquals(30, config.intervalDays());
        assertEquals(11, config.maxEstablishedPerAuthorization());
        assertEquals(new AdjustmentReason("CO", "199", List.of("M50")), config.denial("revenue-code"));
        assertEquals(new AdjustmentReason("OA", "18", List.of()), config.denial("exact-duplicate"));
        assertEquals(new AdjustmentReason("CO", "16", List.of("N61")), config.denial("stand-alone"));
        assertEquals(new AdjustmentReason("CO", "45", List.of()), config.feeScheduleExcess());
        assertEquals(new AdjustmentReason("CO", "16", List.of()), config.claimTotalMismatch());
    }

    @Test
    void overridesLayerOnTheDefaults() {
        Properties properties = ConfigurationLayers.defaults();
        properties.setProperty("program.fee.S0354", "275.50");
        properties.setProperty("rule.s0354-interval.days", "28");
        ProgramConfig changed = ProgramConfig.load(properties);
        assertEquals(new BigDecimal("275.50"), changed.fee("S0354").orElseThrow());
        assertEquals(28, changed.intervalDays());
    }

    @Test
    void everyProblemIsNamedInOneMessage() {
        Properties properties = ConfigurationLayers.defaults();
        properties.remove("rule.timely-filing.days");
        properties.setProperty("rule.s0354-interval.days", "thirty");
        properties.setProperty("denial.revenue-code", "XX-199");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramConfig.load(properties));
        assertEquals("Invalid program configuration: "
                + "denial.revenue-code: group code must be one of [CO, CR, OA, PI, PR], was 'XX'; "
                + "missing rule.timely-filing.days; "
                + "rule.s0354-interval.days must be a whole number, was 'thirty'", e.getMessage());
    }

    @Test
    void roleCodeWithoutAFeeIsRejected() {
        Properties properties = ConfigurationLayers.defaults();
        properties.remove("program.fee.S0354");
        properties.setProperty("program.fee.S0353", "300");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramConfig.load(properties));
        assertEquals("Invalid program configuration: program.fee.S0353 must be a non-negative amount with 2 decimals, "
                + "was 300; program.code.established S0354 has no program.fee.S0354", e.getMessage());
    }

    @Test
    void missingDenialIsRejected() {
        Properties properties = ConfigurationLayers.defaults();
        properties.remove("denial.s0354-limit");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramConfig.load(properties));
        assertEquals("Invalid program configuration: missing denial.s0354-limit", e.getMessage());
    }
}
