package io.claimgateway.gateway;

import io.claimgateway.remit.PayerIdentity;
import java.util.Set;

/**
 * A clearinghouse or provider that sends us 837s, as configured (never coded): who it is (its
 * ISA06 sender id), which guides it may send, and how our 835s to it are addressed.
 *
 * @param id the partner's ISA06 sender id
 * @param versions the 837 guides (GS08) it is set up for
 * @param receiverQualifier ISA07 of our 835s to it
 * @param receiverId ISA08 of our 835s to it
 * @param applicationReceiverCode GS03 of our 835s to it
 * @param payer the payer identity its 835s carry (the gateway's, or a partner-specific one)
 * @param acknowledgments the acknowledgments it receives: of {@code 999}, {@code 277}, {@code ta1}
 */
public record TradingPartner(
        String id,
        String name,
        Set<String> versions,
        String receiverQualifier,
        String receiverId,
        String applicationReceiverCode,
        PayerIdentity payer,
        Set<String> acknowledgments) {

    static final Set<String> ALL_ACKNOWLEDGMENTS = Set.of("999", "277", "ta1");

    public TradingPartner {
        versions = Set.copyOf(versions);
        acknowledgments = Set.copyOf(acknowledgments);
    }
}
