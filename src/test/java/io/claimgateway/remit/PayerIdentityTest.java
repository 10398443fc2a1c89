package io.claimgateway.remit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgateway.model.Subscriber;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayerIdentityTest {

    @Test
    void samplePayerPropertiesLoad() {
        PayerIdentity payer = RemitFixtures.payer();

        assertEquals("BLUE CROSS BLUE SHIELD OF MASSACHUSETTS", payer.name());
        assertEquals("1041234567", payer.originatingCompanyId());
        assertEquals(Optional.of("edi.support@example.com"), payer.contactEmail());
        assertEquals("CHK", payer.paymentMethod());
        assertEquals("T", payer.usageIndicator());
    }

    @Test
    void paymentMethodAndUsageIndicatorHaveDefaults() {
        Properties properties = RemitFixtures.payerProperties();
        properties.remove("payer.payment-method");
        properties.remove("payer.isa.usage-indicator");
        properties.remove("payer.contact.email");

        PayerIdentity payer = PayerIdentity.load(properties);

        assertEquals("CHK", payer.paymentMethod());
        assertEquals("P", payer.usageIndicator());
        assertEquals(Optional.empty(), payer.contactEmail());
    }

    @Test
    void missingPropertyIsNamed() {
        Properties properties = RemitFixtures.payerProperties();
        properties.remove("payer.tax-id");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PayerIdentity.load(properties));

        assertEquals("missing configuration property payer.tax-id", error.getMessage());
    }

    @Test
    void achWithoutBankDetailsIsRefused() {
        Properties properties = RemitFixtures.payerProperties();
        properties.setProperty("payer.payment-method", "ACH");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PayerIdentity.load(properties));
        assertTrue(error.getMessage().contains("ACH"), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"CI,12", "BL,12", "11,12", "HM,HM", "MB,MB", "'',12"})
    void clp06IsSbr09WhenValidElseTheDefault(String sbr09, String clp06) {
        ClaimFilingIndicators indicators = ClaimFilingIndicators.load(RemitFixtures.payerProperties());
        Subscriber subscriber = new Subscriber("M1", "Doe", Optional.empty(), Optional.empty(),
                Optional.of(sbr09).filter(s -> !s.isEmpty()));

        assertEquals(clp06, indicators.clp06(subscriber));
    }

    @Test
    void defaultClp06MustItselfBeValid() {
        Properties properties = new Properties();
        properties.setProperty("payer.clp06.valid-codes", "HM,MB");

        assertThrows(IllegalArgumentException.class, () -> ClaimFilingIndicators.load(properties));
    }
}
