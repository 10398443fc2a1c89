/**
 * The envelope model of a received file: interchange, functional group and transaction set, each
 * with its acceptance and the errors found in it, located for the 999 (IK3/IK4/IK5/AK9) and TA1.
 * The envelope reader fills it in one pass; element checks, the Smooks parse, rejection reports
 * and every acknowledgment read the same model.
 */
package io.claimgateway.envelope;
