package io.claimgateway.model;

import java.time.LocalDate;
import java.util.Optional;

/** Loops 2000C/2010CA: a dependent patient who is not the subscriber. */
public record Patient(String lastName, Optional<String> firstName, Optional<LocalDate> birthDate) {
}
