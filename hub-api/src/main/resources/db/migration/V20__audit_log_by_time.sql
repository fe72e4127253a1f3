-- The audit log is read newest first by when things happened (then by id), one page at a time.
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
