package io.claimgateway.gateway;

import io.claimgateway.remit.PayerIdentity;
import io.claimgateway.remit.RemittanceEnvelope;
import io.claimgateway.store.ControlNumberSequence;
import java.util.Optional;

/**
 * How every answer to a sender is addressed (835, 999, 277CA, TA1): the partner's configured
 * ISA07/ISA08/GS03, or the sender's own ISA05/ISA06, and a control number from the sender's
 * persistent sequence for that kind of answer.
 */
final class AnsweringEnvelopes {

    private final TradingPartners partners;
    private final PayerIdentity payer;
    private final ControlNumberSequence controlNumbers;
    private final AdjudicationClock clock;

    AnsweringEnvelopes(TradingPartners partners, PayerIdentity payer, ControlNumberSequence controlNumbers,
            AdjudicationClock clock) {
        this.partners = partners;
        this.payer = payer;
        this.controlNumbers = controlNumbers;
        this.clock = clock;
    }

    /**
     * @param sequence the control number sequence: {@code 835}, {@code ack} (999 and TA1) or {@code 277}
     */
    RemittanceEnvelope to(String senderQualifier, String senderId, String sequence) {
        Optional<TradingPartner> partner = partners.find(senderId);
        long controlNumber = controlNumbers.next(sequence + "." + senderId);
        return new RemittanceEnvelope(
                partner.map(TradingPartner::receiverQualifier).filter(q -> !q.isEmpty()).orElse(senderQualifier),
                partner.map(TradingPartner::receiverId).orElse(senderId),
                partner.map(TradingPartner::applicationReceiverCode).orElse(senderId),
                controlNumber, controlNumber, clock.produced(), clock.asOf());
    }

    /** Whether the sender receives this kind of acknowledgment (999, 277, ta1). */
    boolean wants(String senderId, String kind) {
        return partners.wants(senderId, kind);
    }

    /** The payer identity the sender's answers carry. */
    PayerIdentity payerFor(String senderId) {
        return partners.find(senderId).map(TradingPartner::payer).orElse(payer);
    }

    /** The name our 277CA gives the submitter: the partner's configured name, or its sender id. */
    String submitterName(String senderId) {
        return partners.find(senderId).map(TradingPartner::name).filter(n -> !n.isBlank()).orElse(senderId);
    }
}
