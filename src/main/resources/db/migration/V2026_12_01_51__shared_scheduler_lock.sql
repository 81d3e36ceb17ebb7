-- ShedLock's table: a scheduled task that must run once across nodes takes its row first.
CREATE TABLE shared_scheduler_lock (
    name       VARCHAR(64) PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
COMMENT ON COLUMN shared_scheduler_lock.name IS 'not personal: scheduled task';
COMMENT ON COLUMN shared_scheduler_lock.lock_until IS 'not personal: when the lock lapses';
COMMENT ON COLUMN shared_scheduler_lock.locked_at IS 'not personal: when it was taken';
COMMENT ON COLUMN shared_scheduler_lock.locked_by IS 'not personal: the node holding it';
