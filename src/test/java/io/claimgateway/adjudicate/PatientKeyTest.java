package io.claimgateway.adjudicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.claimgateway.model.Patient;
import io.claimgateway.model.Subscriber;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatientKeyTest {

    private static final Subscriber SUBSCRIBER = new Subscriber(" MBR0001 ", "DOE", Optional.of("JANE"),
            Optional.of(LocalDate.of(1960, 1, 15)), Optional.of("BL"));

    @Test
    void subscriberIsKeyedByMemberIdAlone() {
        assertEquals(PatientKey.hashOf("MBR0001"), PatientKey.of(SUBSCRIBER, Optional.empty()));
    }

    @Test
    void theStoredKeyIsADigestHoldingNoMemberData() {
        // echo -n MBR0001 | sha256sum
        assertEquals("c2117d28821c837e9391fd956ca4c76722044f1372e8151aa5b630c2064de8b3",
                PatientKey.of(SUBSCRIBER, Optional.empty()).value());
    }

    @Test
    void dependentIsKeyedByMemberIdNameAndBirthDate() {
        Patient child = new Patient(" Doe", Optional.of("John "), Optional.of(LocalDate.of(2010, 5, 1)));
        assertEquals(PatientKey.hashOf("MBR0001|DOE|JOHN|2010-05-01"), PatientKey.of(SUBSCRIBER, Optional.of(child)));
    }

    @Test
    void twinsUnderOneMemberIdHaveDifferentKeys() {
        Patient john = new Patient("DOE", Optional.of("JOHN"), Optional.of(LocalDate.of(2010, 5, 1)));
        Patient jim = new Patient("DOE", Optional.of("JIM"), Optional.of(LocalDate.of(2010, 5, 1)));
        assertNotEquals(PatientKey.of(SUBSCRIBER, Optional.of(john)), PatientKey.of(SUBSCRIBER, Optional.of(jim)));
    }

    @Test
    void dependentWithoutFirstNameOrBirthDateStillHasAKey() {
        Patient child = new Patient("DOE", Optional.empty(), Optional.empty());
        assertEquals(PatientKey.hashOf("MBR0001|DOE||"), PatientKey.of(SUBSCRIBER, Optional.of(child)));
    }

    @Test
    void printedKeyHidesThePatient() {
        assertEquals("PatientKey[***]", PatientKey.of(SUBSCRIBER, Optional.empty()).toString());
    }
}
