/**
 * Reading 837 files. Before the DFDL parse, {@link io.claimgateway.parse.EnvelopeScanner} streams
 * each file once: it reads the {@link io.claimgateway.parse.Delimiters} from the ISA and checks the
 * envelopes, so a file is rejected with a {@link io.claimgateway.parse.Rejection} that names the
 * segment, its position and the acknowledgment code, instead of an opaque parser error. Every
 * rejection is listed once in {@link io.claimgateway.parse.RejectionReason}. When the DFDL parse
 * fails at a byte offset, {@link io.claimgateway.parse.SegmentLocator} finds the segment there.
 */
package io.claimgateway.parse;
