package io.claimgateway.parse;

/**
 * One transaction set the scanner accepted.
 *
 * @param senderId                 ISA06, trimmed
 * @param interchangeControlNumber ISA13
 * @param groupControlNumber       GS06
 * @param transactionControlNumber ST02
 * @param version                  ST03, or GS08 when ST03 is absent
 * @param segmentCount             segments from ST to SE inclusive, as counted
 * @param byteOffset               offset of the ST's first byte in the file
 */
public record TransactionSummary(
        String senderId,
        String interchangeControlNumber,
        String groupControlNumber,
        String transactionControlNumber,
        String version,
        int segmentCount,
        long byteOffset) {
}
