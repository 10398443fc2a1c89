-- Files adjudicate side by side, on one instance or several, unless they share a patient: a
-- file's transaction locks the rows of its patients (a 64-bit digest of each subscriber's member
-- id, and of each interchange it records), in ascending order so two files can never deadlock,
-- and holds them until it commits (store/PatientLocks). The rules only read the history of the
-- claim's own patient, so that is all that must stay still. Rows are added as patients come.
CREATE TABLE patient_lock (
    patient_key BIGINT PRIMARY KEY
);

-- Replaced by patient_lock: one lock for every file serialised all instances.
DROP TABLE adjudication_lock;
