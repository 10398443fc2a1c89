package io.claimgateway.gateway;

import io.claimgateway.remit.PayerIdentity;
import io.claimgateway.support.CommaList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The configured trading partners. Adding one is adding a block of properties:
 * <pre>
 * gateway.partners=NCX0001,ACME01
 * partner.ACME01.name=Acme Clearinghouse
 * partner.ACME01.versions=005010X222A1            (default: gateway.versions)
 * partner.ACME01.isa.qualifier=ZZ                 (835 ISA07; default: the 837's ISA05)
 * partner.ACME01.isa.id=ACME01                    (835 ISA08; default: the partner id)
 * partner.ACME01.gs.receiver-code=ACME01          (835 GS03; default: the partner id)
 * partner.ACME01.payer.isa.id=BCBSMA-ACME         (any payer.* key, for this partner's 835s only)
 * partner.ACME01.acknowledgments=999,277          (of 999, 277, ta1; default: all three)
 * </pre>
 * With no partner configured every sender is accepted (useful for replay and local trials).
 */
public final class TradingPartners {

    private final Map<String, TradingPartner> partners;

    private TradingPartners(Map<String, TradingPartner> partners) {
        this.partners = partners;
    }

    public static TradingPartners load(Properties properties, Set<String> defaultVersions) {
        Map<String, TradingPartner> partners = new LinkedHashMap<>();
        String list = properties.getProperty("gateway.partners", "");
        for (String id : CommaList.items(list)) {
            String prefix = "partner." + id + ".";
            Set<String> versions = Optional.ofNullable(properties.getProperty(prefix + "versions"))
                    .map(CommaList::itemSet)
                    .orElse(defaultVersions);
            partners.put(id, new TradingPartner(id, properties.getProperty(prefix + "name", id).trim(), versions,
                    properties.getProperty(prefix + "isa.qualifier", "").trim(),
                    properties.getProperty(prefix + "isa.id", id).trim(),
                    properties.getProperty(prefix + "gs.receiver-code", id).trim(),
                    PayerIdentity.load(payerProperties(properties, prefix)),
                    acknowledgments(properties.getProperty(prefix + "acknowledgments"), id)));
        }
        return new TradingPartners(partners);
    }

    private static Set<String> acknowledgments(String configured, String id) {
        if (configured == null) {
            return TradingPartner.ALL_ACKNOWLEDGMENTS;
        }
        Set<String> kinds = CommaList.itemSet(configured);
        for (String kind : kinds) {
            if (!TradingPartner.ALL_ACKNOWLEDGMENTS.contains(kind)) {
                throw new IllegalArgumentException("partner." + id + ".acknowledgments: unknown kind '" + kind
                        + "' (use 999, 277, ta1)");
            }
        }
        return kinds;
    }

    /** Whether a sender wants this kind of acknowledgment: every kind, for a sender not configured. */
    boolean wants(String senderId, String kind) {
        return find(senderId).map(p -> p.acknowledgments().contains(kind)).orElse(true);
    }

    /** The gateway's payer.* keys with the partner's partner.ID.payer.* keys laid over them. */
    private static Properties payerProperties(Properties properties, String prefix) {
        Properties merged = new Properties();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("payer."))
                .forEach(k -> merged.setProperty(k, properties.getProperty(k)));
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix + "payer."))
                .forEach(k -> merged.setProperty(k.substring(prefix.length()), properties.getProperty(k)));
        return merged;
    }

    /** Whether senders are checked at all (at least one partner configured). */
    boolean enforced() {
        return !partners.isEmpty();
    }

    public Optional<TradingPartner> find(String senderId) {
        return Optional.ofNullable(partners.get(senderId));
    }
}
