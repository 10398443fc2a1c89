-- An interchange (sender + ISA13) is processed once, even when two gateway instances pick up
-- copies of it at the same time: the second commit fails and that copy is reported a duplicate.
DROP INDEX processed_interchange_sender_icn;
CREATE UNIQUE INDEX processed_interchange_sender_icn ON processed_interchange (sender_id, interchange_control_number);

-- Files are adjudicated one at a time across all instances sharing the store: each file's
-- transaction takes this row lock first, so the frequency rules always see every paid line.
CREATE TABLE adjudication_lock (
    id INT PRIMARY KEY
);
INSERT INTO adjudication_lock (id) VALUES (1);
