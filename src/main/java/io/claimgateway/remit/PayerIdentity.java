package io.claimgateway.remit;

import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Who the payer is in the 835 it sends: interchange sender, group sender, TRN03 originator,
 * and the {@code N1*PR} loop. Read once at start-up from {@code payer.*} properties (see
 * {@code payer.properties}).
 *
 * @param name N1*PR N102
 * @param interchangeQualifier ISA05 (e.g. ZZ, 30)
 * @param interchangeId ISA06, at most 15 characters (padded when written)
 * @param applicationSenderCode GS02
 * @param taxId the payer's 9-digit TIN; TRN03 is "1" followed by it
 * @param addressLine N301
 * @param city N401
 * @param state N402
 * @param postalCode N403
 * @param contactName PER*BL PER02
 * @param contactPhone PER*BL PER04 (qualifier TE), digits only
 * @param contactEmail PER*BL PER06 (qualifier EM), when configured
 * @param paymentMethod BPR04 when something is paid (CHK)
 * @param usageIndicator ISA15: P (production) or T (test)
 */
public record PayerIdentity(
        String name,
        String interchangeQualifier,
        String interchangeId,
        String applicationSenderCode,
        String taxId,
        String addressLine,
        String city,
        String state,
        String postalCode,
        String contactName,
        String contactPhone,
        Optional<String> contactEmail,
        String paymentMethod,
        String usageIndicator) {

    /**
     * BPR04 values this writer can produce. ACH, FWT and BOP need the bank details of BPR05-BPR15,
     * which are not configurable yet.
     */
    static final Set<String> SUPPORTED_PAYMENT_METHODS = Set.of("CHK");

    public PayerIdentity {
        require(name, "name");
        require(interchangeQualifier, "interchange qualifier");
        require(interchangeId, "interchange id");
        require(applicationSenderCode, "application sender code");
        require(addressLine, "address line");
        require(city, "city");
        require(state, "state");
        require(postalCode, "postal code");
        require(contactName, "contact name");
        require(contactPhone, "contact phone");
        if (interchangeQualifier.length() != 2) {
            throw new IllegalArgumentException("payer ISA05 qualifier must have 2 characters: " + interchangeQualifier);
        }
        if (interchangeId.length() > 15) {
            throw new IllegalArgumentException("payer ISA06 id is longer than 15 characters: " + interchangeId);
        }
        if (taxId == null || !taxId.matches("\\d{9}")) {
            throw new IllegalArgumentException("payer tax id must be 9 digits: " + taxId);
        }
        if (!contactPhone.matches("\\d{10,15}")) {
            throw new IllegalArgumentException("payer contact phone must be 10-15 digits: " + contactPhone);
        }
        if (!SUPPORTED_PAYMENT_METHODS.contains(paymentMethod)) {
            throw new IllegalArgumentException("payer payment method " + paymentMethod
                    + " is not supported (supported: " + SUPPORTED_PAYMENT_METHODS + ")");
        }
        if (!usageIndicator.equals("P") && !usageIndicator.equals("T")) {
            throw new IllegalArgumentException("payer usage indicator must be P or T: " + usageIndicator);
        }
        contactEmail = contactEmail.filter(e -> !e.isBlank());
    }

    /** TRN03: the payer's TIN preceded by "1", as the 835 guide asks. */
    String originatingCompanyId() {
        return "1" + taxId;
    }

    /** Reads the {@code payer.*} properties; see {@code payer.properties} for each key. */
    public static PayerIdentity load(Properties properties) {
        return new PayerIdentity(
                required(properties, "payer.name"),
                required(properties, "payer.isa.qualifier"),
                required(properties, "payer.isa.id"),
                required(properties, "payer.gs.application-sender-code"),
                required(properties, "payer.tax-id"),
                required(properties, "payer.address.line"),
                required(properties, "payer.address.city"),
                required(properties, "payer.address.state"),
                required(properties, "payer.address.postal-code"),
                required(properties, "payer.contact.name"),
                required(properties, "payer.contact.phone"),
                Optional.ofNullable(properties.getProperty("payer.contact.email")).map(String::trim),
                properties.getProperty("payer.payment-method", "CHK").trim(),
                properties.getProperty("payer.isa.usage-indicator", "P").trim());
    }

    static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing configuration property " + key);
        }
        return value.trim();
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("payer " + what + " is required");
        }
    }
}
