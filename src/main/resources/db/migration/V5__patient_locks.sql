-- Files for different patients adjudicate side by side, on one instance or several: a file's
-- transaction locks the rows of the buckets its patients hash to (store/PatientLocks), in
-- ascending order so two files can never deadlock, and holds them until it commits. The rules
-- only read the history of the claim's own patient, so that is all that must stay still.
-- 1,024 buckets: 4^5 rows from a cross join, which H2 and PostgreSQL both read.
CREATE TABLE patient_lock (
    bucket INT PRIMARY KEY
);
INSERT INTO patient_lock (bucket)
SELECT a.d + 4 * b.d + 16 * c.d + 64 * e.d + 256 * f.d
FROM (VALUES (0), (1), (2), (3)) AS a(d)
CROSS JOIN (VALUES (0), (1), (2), (3)) AS b(d)
CROSS JOIN (VALUES (0), (1), (2), (3)) AS c(d)
CROSS JOIN (VALUES (0), (1), (2), (3)) AS e(d)
CROSS JOIN (VALUES (0), (1), (2), (3)) AS f(d);

-- Replaced by patient_lock: one lock for every file serialised all instances.
DROP TABLE adjudication_lock;
