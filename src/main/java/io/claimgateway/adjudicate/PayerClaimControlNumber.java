package io.claimgateway.adjudicate;

import io.claimgateway.model.ClaimSubmission;
import io.claimgateway.model.Envelope;
import io.claimgateway.support.Sha256;
import java.util.Locale;

/**
 * CLP07, the payer claim control number: 30 upper-case letters and digits, the same every time
 * the same claim of the same file is adjudicated (replays match), different for any other claim.
 * It starts with ISA13 and the claim's sequence in the file so that people can trace it, and ends
 * with a SHA-256 digest of sender, ISA13, GS06, ST02, sequence and CLM01 so that it stays unique
 * across senders and files that reuse control numbers.
 */
public final class PayerClaimControlNumber {

    static final int LENGTH = 30;

    private PayerClaimControlNumber() {
    }

    public static String of(ClaimSubmission submission) {
        Envelope e = submission.envelope();
        String source = String.join("\u001F",
                e.senderQualifier(), e.senderId(), e.interchangeControlNumber(), e.groupControlNumber(),
                e.transactionControlNumber(), Integer.toString(submission.sequence()), submission.claim().claimId());
        String prefix = alphanumeric(e.interchangeControlNumber()) + String.format("%05d", submission.sequence());
        if (prefix.length() > LENGTH / 2) {
            prefix = prefix.substring(prefix.length() - LENGTH / 2);
        }
        String digest = Sha256.hex(source).toUpperCase(Locale.ROOT);
        return prefix + digest.substring(0, LENGTH - prefix.length());
    }

    private static String alphanumeric(String text) {
        return text.replaceAll("[^A-Za-z0-9]", "").toUpperCase();
    }
}
