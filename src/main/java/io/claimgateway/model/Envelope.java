package io.claimgateway.model;

/**
 * The X12 envelope a claim arrived in: interchange (ISA), functional group (GS) and
 * transaction set (ST) identifiers.
 *
 * @param senderQualifier ISA05
 * @param senderId ISA06, trimmed
 * @param receiverQualifier ISA07
 * @param receiverId ISA08, trimmed
 * @param interchangeControlNumber ISA13
 * @param groupControlNumber GS06
 * @param transactionControlNumber ST02
 * @param version GS08 (the implementation guide, e.g. 005010X222A1)
 */
public record Envelope(
        String senderQualifier,
        String senderId,
        String receiverQualifier,
        String receiverId,
        String interchangeControlNumber,
        String groupControlNumber,
        String transactionControlNumber,
        String version) {
}
