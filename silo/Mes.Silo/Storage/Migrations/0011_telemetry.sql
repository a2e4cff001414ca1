-- Raw telemetry: every value of every Publish response as the equipment agents delivered it, written
-- in bulk (binary COPY) by the silo's telemetry writer. Append-only and without a key: a batch
-- republished after a reconnect is stored again, which the diagnosis this table serves can see from
-- the times. Values are a typed union, one column per kind; value_real is double precision because
-- process values (zone temperatures) arrive as IEEE Float/Double, never as counts.
--
-- Retention (documented, not enforced yet): days to weeks; delete by source_time, or partition by day
-- and drop old partitions when the volume calls for it.
CREATE TABLE telemetry_sample (
    workstation_id text             NOT NULL,
    node_id        text             NOT NULL,
    source_time    timestamptz      NOT NULL,
    received_at    timestamptz      NOT NULL,
    status_code    bigint           NOT NULL,
    value_bool     boolean,
    value_int      bigint,
    value_real     double precision,
    value_text     text
);

-- Rows arrive in roughly source-time order, so a block-range index is tiny and serves time windows.
CREATE INDEX telemetry_sample_time ON telemetry_sample USING brin (source_time);
