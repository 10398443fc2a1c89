package io.claimgateway.adjudicate;

import io.claimgateway.model.Patient;
import io.claimgateway.model.Subscriber;
import io.claimgateway.support.Sha256;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose history a line counts against: the subscriber's member ID, or for a dependent (a 2000C
 * patient loop) member ID + patient last name + first name + birth date. Names are compared
 * trimmed and upper-cased. {@link #value()}, the stored form, is the SHA-256 of that: the rules
 * only ever compare keys, so the store holds no member id, name or birth date.
 * {@link #toString()} hides it all the same.
 */
public record PatientKey(String value) {

    private static final char SEPARATOR = '|';

    public PatientKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("patient key must not be blank");
        }
    }

    static PatientKey of(Subscriber subscriber, Optional<Patient> patient) {
        String memberId = subscriber.memberId().trim();
        if (memberId.isEmpty()) {
            throw new IllegalArgumentException("subscriber has no member ID");
        }
        if (patient.isEmpty()) {
            return hashOf(memberId);
        }
        Patient p = patient.get();
        return hashOf(memberId
                + SEPARATOR + normalize(p.lastName())
                + SEPARATOR + normalize(p.firstName().orElse(""))
                + SEPARATOR + p.birthDate().map(LocalDate::toString).orElse(""));
    }

    /** The key of a composed identity such as {@code MBR0001} or {@code MBR0001|DOE|JOHN|2010-05-01}. */
    static PatientKey hashOf(String identity) {
        return new PatientKey(Sha256.hex(identity));
    }

    private static String normalize(String name) {
        return name.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "PatientKey[***]";
    }
}
