/**
 * The few helpers every concern shares, each written once: SHA-256 digests ({@link
 * io.claimgateway.support.Sha256}), comma-separated configuration lists ({@link
 * io.claimgateway.support.CommaList}) and the CSV tables ({@link io.claimgateway.support.CsvReader}).
 */
package io.claimgateway.support;
