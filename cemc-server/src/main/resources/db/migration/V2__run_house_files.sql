-- A done run's files cut per house, so that one house's day is read without its whole community's files (the
-- schedule of 18,000 houses is 40 MB): the house's lines of schedule.csv and settlement.csv and the lines of
-- guest-evs.csv where it hosts, each with its file's header line. folder is '' or, on a stochastic run, the
-- scenario's 'scenario-N/'. Runs finished before this table existed have no rows; their days are cut from the
-- whole files when asked for.
CREATE TABLE run_house_files (
    run_id BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    folder VARCHAR(32) NOT NULL,
    house VARCHAR(64) NOT NULL,
    schedule BYTEA NOT NULL,
    settlement BYTEA NOT NULL,
    guest_evs BYTEA NOT NULL,
    PRIMARY KEY (run_id, folder, house)
);
