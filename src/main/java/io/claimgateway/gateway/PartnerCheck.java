package io.claimgateway.gateway;

import io.claimgateway.parse.ReceivedFile;
import io.claimgateway.parse.Rejection;
import io.claimgateway.parse.RejectionReason;
import io.claimgateway.parse.TransactionSummary;
import java.util.List;
import java.util.Optional;

/**
 * Refuses files from senders that are not configured partners, files another partner's channel
 * delivered, and guides a partner is not set up for.
 */
final class PartnerCheck {

    private final TradingPartners partners;

    PartnerCheck(TradingPartners partners) {
        this.partners = partners;
    }

    /**
     * Rejects each accepted group whose guide (GS08) the sending partner is not set up for, alone
     * (999 AK9 R, code 2): the partner's other groups go on.
     */
    ReceivedFile rejectGroupsNotSetUp(ReceivedFile file) {
        if (!partners.enforced()) {
            return file;
        }
        return file.withGroups((interchange, group) -> {
            Optional<TradingPartner> partner = partners.find(interchange.senderId());
            if (!group.accepted() || partner.isEmpty() || partner.get().versions().contains(group.version())) {
                return group;
            }
            return group.rejectedBy(Rejection.of(RejectionReason.PARTNER_VERSION_NOT_ACCEPTED, "Partner "
                    + interchange.senderId() + " is not set up for " + group.version() + " (set up for "
                    + String.join(", ", partner.get().versions().stream().sorted().toList()) + ")")
                    .withTag("GS")
                    .withControlNumbers(Optional.of(interchange.controlNumber()),
                            Optional.of(group.controlNumber()), Optional.empty()));
        });
    }

    /** @param channel the partner whose SFTP directory the file came from, when it came from one */
    Optional<Rejection> check(List<TransactionSummary> transactions, Optional<String> channel) {
        if (!partners.enforced()) {
            return Optional.empty();
        }
        for (TransactionSummary transaction : transactions) {
            if (channel.isPresent() && partners.find(channel.get()).isPresent()
                    && !channel.get().equals(transaction.senderId())) {
                return Optional.of(Rejection.of(RejectionReason.SENDER_NOT_CHANNEL_PARTNER, "Interchange "
                        + transaction.interchangeControlNumber() + " names sender " + transaction.senderId()
                        + " but came through the channel of partner " + channel.get())
                        .withTag("ISA")
                        .withControlNumbers(Optional.of(transaction.interchangeControlNumber()), Optional.empty(),
                                Optional.empty()));
            }
            Optional<TradingPartner> partner = partners.find(transaction.senderId());
            if (partner.isEmpty()) {
                return Optional.of(Rejection.of(RejectionReason.UNKNOWN_SENDER, "Interchange "
                        + transaction.interchangeControlNumber() + " comes from sender " + transaction.senderId()
                        + ", which is not a configured trading partner")
                        .withTag("ISA")
                        .withControlNumbers(Optional.of(transaction.interchangeControlNumber()), Optional.empty(),
                                Optional.empty()));
            }
            if (!partner.get().versions().contains(transaction.version())) {
                return Optional.of(Rejection.of(RejectionReason.PARTNER_VERSION_NOT_ACCEPTED, "Partner "
                        + transaction.senderId() + " is not set up for " + transaction.version() + " (set up for "
                        + String.join(", ", partner.get().versions().stream().sorted().toList()) + ")")
                        .withTag("GS")
                        .withControlNumbers(Optional.of(transaction.interchangeControlNumber()),
                                Optional.of(transaction.groupControlNumber()), Optional.empty()));
            }
        }
        return Optional.empty();
    }
}
