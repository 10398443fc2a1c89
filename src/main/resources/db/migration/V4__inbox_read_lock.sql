-- Read locks of competing instances (routes/folder-inbox.camel.yaml): Camel's
-- JdbcOrphanLockAwareIdempotentRepository holds one row per file being read, keyed by the route
-- (processorName) and the file name (messageId); createdAt is the lock's heartbeat, refreshed
-- while the holder lives, so a row whose heartbeat is older than the lock max age is an orphan of
-- a crashed instance and is taken over. The table and columns are the ones the repository's SQL
-- names (CAMEL_MESSAGEPROCESSED); messageId is wider than Camel's own DDL (100) to hold any file
-- name. Unquoted names: H2 and PostgreSQL fold them alike in this DDL and in Camel's statements.
CREATE TABLE CAMEL_MESSAGEPROCESSED (
    processorName VARCHAR(255)  NOT NULL,
    messageId     VARCHAR(1024) NOT NULL,
    createdAt     TIMESTAMP     NOT NULL,
    PRIMARY KEY (processorName, messageId)
);
