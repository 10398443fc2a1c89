package io.claimgateway.adjudicate;

/** A provider of the providers reference file. */
public record Provider(String npi, String name, boolean inNetwork) {
}
