package io.claimgateway.adjudicate;

import io.claimgateway.model.Patient;
import io.claimgateway.model.Subscriber;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose history a line counts against: the subscriber's member ID, or for a dependent (a 2000C
 * patient loop) member ID + patient last name + first name + birth date. Names are compared
 * trimmed and upper-cased. {@link #value()} is the stored form; {@link #toString()} hides it
 * because it is PHI.
 */
public record PatientKey(String value) {

    private static final char SEPARATOR = '|';

    public PatientKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("patient key must not be blank");
        }
    }

    public static PatientKey of(Subscriber subscriber, Optional<Patient> patient) {
        String memberId = subscriber.memberId().trim();
        if (memberId.isEmpty()) {
            throw new IllegalArgumentException("subscriber has no member ID");
        }
        if (patient.isEmpty()) {
            return new PatientKey(memberId);
        }
        Patient p = patient.get();
        return new PatientKey(memberId
                + SEPARATOR + normalize(p.lastName())
                + SEPARATOR + normalize(p.firstName().orElse(""))
                + SEPARATOR + p.birthDate().map(LocalDate::toString).orElse(""));
    }

    private static String normalize(String name) {
        return name.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "PatientKey[***]";
    }
}
