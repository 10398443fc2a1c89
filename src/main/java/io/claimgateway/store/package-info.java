/**
 * The gateway's store: paid history, reference data, control numbers and processed
 * interchanges, on H2 (default, a file under {@code ./work/db}) or PostgreSQL. The schema is
 * {@code db/migration/V1__create_gateway_store.sql}, applied by Flyway when
 * {@link io.claimgateway.store.GatewayDatabase} opens. The JDBC ports work on the caller's
 * connection so a file's history writes commit or roll back with its outcome.
 */
package io.claimgateway.store;
