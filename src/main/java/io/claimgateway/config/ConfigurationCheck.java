package io.claimgateway.config;

import io.claimgateway.support.CommaList;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses a configuration with an unknown or malformed key of the gateway's families before anything
 * starts: a typo ({@code gateway.folders.inbx}), text where a number is due, a comment after a
 * value ({@code .properties} has none: it would be part of the value), a {@code partner.X.*} key for
 * a partner not in {@code gateway.partners}. The first problem is thrown, naming key and source.
 */
public final class ConfigurationCheck {

    private static final Set<String> TEXT = Set.of(
            "gateway.db.url", "gateway.db.user", "gateway.db.password", "gateway.db.schema",
            "program.code.initial", "program.code.established", "rule.revenue-code.required");
    private static final Set<String> NUMBERS = Set.of(
            "gateway.folders.poll-delay-ms", "gateway.folders.read-lock-min-age-ms",
            "gateway.folders.lock-keep-alive-ms", "gateway.folders.lock-max-age-ms",
            "gateway.retry.maximum", "gateway.retry.delay-ms",
            "gateway.sftp.redelivery.maximum", "gateway.sftp.redelivery.delay-ms",
            "gateway.sftp.redelivery.maximum-delay-ms",
            "rule.timely-filing.days", "rule.s0354-interval.days", "rule.s0354-limit.max-per-authorization");
    private static final Set<String> ADJUSTMENTS = Set.of("adjustment.fee-schedule-excess",
            "adjustment.claim-total-mismatch");
    /** The payer keys PayerIdentity and ClaimFilingIndicators read (and a partner may override). */
    static final Set<String> PAYER_KEYS = Set.of(
            "name", "isa.qualifier", "isa.id", "isa.usage-indicator", "gs.application-sender-code", "tax-id",
            "address.line", "address.city", "address.state", "address.postal-code", "contact.name",
            "contact.phone", "contact.email", "payment-method", "clp06.valid-codes", "clp06.default");
    private static final Set<String> PARTNER_KEYS = Set.of(
            "name", "versions", "isa.qualifier", "isa.id", "gs.receiver-code", "acknowledgments",
            "password", "private-key-passphrase");
    private static final Set<String> GUIDES = Set.of("005010X222A1", "005010X223A2");
    private static final Set<String> ACKNOWLEDGMENTS = Set.of("999", "277", "ta1");
    /** A value followed by blanks and a #: a comment the operator meant, which .properties keeps. */
    private static final Pattern INLINE_COMMENT = Pattern.compile(".*\\s#.*");

    private final GatewayConfiguration configuration;

    private ConfigurationCheck(GatewayConfiguration configuration) {
        this.configuration = configuration;
    }

    /** @throws ConfigurationException for the first unknown or malformed key, in key order */
    public static void check(GatewayConfiguration configuration) {
        new ConfigurationCheck(configuration).run();
    }

    private void run() {
        Set<String> partners = list("gateway.partners");
        for (String key : configuration.keys().stream().sorted().toList()) {
            if (ConfigurationLayers.ours(key)) {
                checkKey(key, partners);
            }
        }
    }

    private void checkKey(String key, Set<String> partners) {
        String raw = configuration.rawValue(key);
        if (INLINE_COMMENT.matcher(raw).matches()) {
            fail(key, "a comment after the value is part of the value: put it on a line of its own");
        }
        String value = configuration.optional(key).orElse("");
        // gateway.test.*: hooks of the test suite (e.g. where a process halts).
        if (TEXT.contains(key) || ConfigurationLayers.PATH_KEYS.contains(key) || key.startsWith("gateway.test.")) {
            return;
        }
        if (NUMBERS.contains(key)) {
            if (!value.matches("\\d{1,18}")) {
                fail(key, "must be a whole number, was '" + value + "'");
            }
        } else if (key.equals("gateway.versions")) {
            guides(key, value);
        } else if (key.equals("gateway.partners")) {
            list(key).stream().filter(id -> !id.matches("[A-Za-z0-9_-]{1,15}")).findFirst()
                    .ifPresent(id -> fail(key, "'" + id + "' is not a partner id (letters, digits, - and _)"));
        } else if (key.startsWith("program.fee.")) {
            amount(key, value);
        } else if (key.startsWith("denial.")) {
            if (!ProgramConfig.DENIAL_RULE_IDS.contains(key.substring("denial.".length()))) {
                fail(key, "unknown key: no rule has this id (" + String.join(", ", ProgramConfig.DENIAL_RULE_IDS)
                        + ")");
            }
            adjustment(key, value);
        } else if (ADJUSTMENTS.contains(key)) {
            adjustment(key, value);
        } else if (key.startsWith("payer.")) {
            known(key, PAYER_KEYS.contains(key.substring("payer.".length())));
        } else if (key.startsWith("partner.")) {
            partnerKey(key, value, partners);
        } else {
            fail(key, "unknown key");
        }
    }

    private void partnerKey(String key, String value, Set<String> partners) {
        String rest = key.substring("partner.".length());
        Optional<String> listed = partners.stream().filter(p -> rest.startsWith(p + ".")).findFirst();
        if (listed.isEmpty() && configuration.source(key).startsWith(ConfigurationLayers.JAR)) {
            return; // the jar's sample partner, left out by an operator's own gateway.partners
        }
        String id = listed.orElseGet(() -> fail(key, "no such partner in gateway.partners ("
                + String.join(",", partners) + ")"));
        String name = rest.substring(id.length() + 1);
        if (name.startsWith("payer.")) {
            known(key, PAYER_KEYS.contains(name.substring("payer.".length())));
        } else if (name.equals("versions")) {
            guides(key, value);
        } else if (name.equals("acknowledgments")) {
            CommaList.items(value).stream().filter(kind -> !ACKNOWLEDGMENTS.contains(kind)).findFirst()
                    .ifPresent(kind -> fail(key, "unknown acknowledgment '" + kind + "' (use 999, 277, ta1)"));
        } else {
            known(key, PARTNER_KEYS.contains(name));
        }
    }

    private void guides(String key, String value) {
        CommaList.items(value).stream().filter(guide -> !GUIDES.contains(guide)).findFirst()
                .ifPresent(guide -> fail(key, "unknown guide '" + guide + "' (use " + String.join(", ",
                        GUIDES.stream().sorted().toList()) + ")"));
    }

    private void amount(String key, String value) {
        try {
            if (new BigDecimal(value).scale() == 2) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(key, "must be an amount like 300.00, was '" + value + "'");
    }

    private void adjustment(String key, String value) {
        try {
            AdjustmentReason.parse(value);
        } catch (IllegalArgumentException e) {
            fail(key, e.getMessage());
        }
    }

    private void known(String key, boolean known) {
        if (!known) {
            fail(key, "unknown key");
        }
    }

    private Set<String> list(String key) {
        return CommaList.itemSet(configuration.optional(key).orElse(""));
    }

    private <T> T fail(String key, String problem) {
        throw new ConfigurationException(key, configuration.source(key), problem);
    }
}
