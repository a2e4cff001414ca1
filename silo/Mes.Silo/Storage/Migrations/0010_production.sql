-- Production execution: master-data versions, the event history of the production aggregates
-- (workstations ws:, units sn:, orders po:, lots lot:) and the rows derived from it that genealogy,
-- the order list and OEE read.
--
-- Retention (documented, not enforced yet):
--   * master_data_version, production_event, genealogy_*, unit_shipment: records a customs audit or a
--     recall asks for. Keep them as long as the account book they feed (the customs retention period
--     after write-off, commonly three years); archive rather than delete.
--   * machine_state_interval, count_advance: the inputs of OEE. A year covers trend reports; older rows
--     may be deleted by time (to_at, at). Count advances are also in production_event (kind
--     countsAdvanced), which grows fastest of all: roughly one row per counter per second of production
--     per workstation; archive it by recorded_at with the same horizon as the OEE inputs.
--   * production_order: a read model rebuilt by the order grains; it follows the orders.

-- One row per import; a version never changes. Orders pin the version they were released under.
CREATE TABLE master_data_version (
    version     integer     PRIMARY KEY,
    imported_at timestamptz NOT NULL,
    source      text        NOT NULL,
    request_id  text        NOT NULL UNIQUE,
    fingerprint text        NOT NULL,
    data        jsonb       NOT NULL
);

-- The append-only history: one row per event, keyed by the aggregate's grain key and the event's
-- sequence in it. The grains write it before their state, by upsert, so a retried commit rewrites
-- the same rows and history is never behind the state.
CREATE TABLE production_event (
    aggregate_id text        NOT NULL,
    sequence     bigint      NOT NULL,
    kind         text        NOT NULL,
    at           timestamptz NOT NULL,
    request_id   text,
    payload      jsonb       NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (aggregate_id, sequence)
);
CREATE INDEX production_event_kind_at ON production_event (kind, at);

-- Genealogy: one row per completed operation (a unit's operationCompleted event, same sequence).
CREATE TABLE genealogy_operation (
    serial         text        NOT NULL,
    sequence       bigint      NOT NULL,
    order_no       text        NOT NULL,
    product_no     text        NOT NULL,
    operation_id   text        NOT NULL,
    workstation_id text        NOT NULL,
    badge          text        NOT NULL,
    started_at     timestamptz NOT NULL,
    completed_at   timestamptz NOT NULL,
    result         text        NOT NULL,
    status_after   text        NOT NULL,
    request_id     text        NOT NULL,
    defect_codes   text[]      NOT NULL,
    measurements   jsonb       NOT NULL,
    PRIMARY KEY (serial, sequence)
);
CREATE INDEX genealogy_operation_order ON genealogy_operation (order_no);
CREATE INDEX genealogy_operation_workstation ON genealogy_operation (workstation_id, completed_at);

-- The lots an operation consumed, by slot, with the quantity and where it came from (pick count or
-- BOM quantity per unit).
CREATE TABLE genealogy_consumed_lot (
    serial   text    NOT NULL,
    sequence bigint  NOT NULL,
    position integer NOT NULL,
    slot     text    NOT NULL,
    lot_no   text    NOT NULL,
    part_no  text    NOT NULL,
    quantity numeric NOT NULL,
    source   text    NOT NULL,
    PRIMARY KEY (serial, sequence, position),
    FOREIGN KEY (serial, sequence) REFERENCES genealogy_operation ON DELETE CASCADE
);
-- Forward genealogy (the recall list) starts here: lot → units.
CREATE INDEX genealogy_consumed_lot_lot ON genealogy_consumed_lot (lot_no);

-- Serialised components fitted at an operation.
CREATE TABLE genealogy_component (
    serial           text    NOT NULL,
    sequence         bigint  NOT NULL,
    position         integer NOT NULL,
    component_serial text    NOT NULL,
    PRIMARY KEY (serial, sequence, position),
    FOREIGN KEY (serial, sequence) REFERENCES genealogy_operation ON DELETE CASCADE
);
-- Forward genealogy through sub-assemblies: component → the unit it went into.
CREATE INDEX genealogy_component_component ON genealogy_component (component_serial);

-- Shipments of units (a unit's shipped event): the last step of the recall list.
CREATE TABLE unit_shipment (
    serial      text        NOT NULL,
    sequence    bigint      NOT NULL,
    shipment_no text        NOT NULL,
    shipped_at  timestamptz NOT NULL,
    PRIMARY KEY (serial, sequence)
);
CREATE INDEX unit_shipment_shipment ON unit_shipment (shipment_no);

-- Machine-state intervals (a workstation's stateIntervalClosed events): availability's input. The
-- interval still running lives in the workstation grain.
CREATE TABLE machine_state_interval (
    workstation_id text        NOT NULL,
    sequence       bigint      NOT NULL,
    state          text        NOT NULL,
    from_at        timestamptz NOT NULL,
    to_at          timestamptz NOT NULL,
    PRIMARY KEY (workstation_id, sequence)
);
CREATE INDEX machine_state_interval_window ON machine_state_interval (workstation_id, to_at);

-- Counter advances (a workstation's countsAdvanced events): performance's and quality's input.
CREATE TABLE count_advance (
    workstation_id text        NOT NULL,
    sequence       bigint      NOT NULL,
    counter        text        NOT NULL,
    slot           text,
    delta          bigint      NOT NULL,
    cumulative     bigint      NOT NULL,
    discontinuity  text        NOT NULL,
    at             timestamptz NOT NULL,
    PRIMARY KEY (workstation_id, sequence)
);
CREATE INDEX count_advance_window ON count_advance (workstation_id, at);

-- The order list: one row per order, written by the order grain after each change. A row is only
-- replaced by one of a later sequence.
CREATE TABLE production_order (
    order_no   text        PRIMARY KEY,
    product_no text        NOT NULL,
    line_id    text        NOT NULL,
    quantity   integer     NOT NULL,
    due_date   timestamptz NOT NULL,
    bonded     boolean     NOT NULL,
    status     text        NOT NULL,
    finished   integer     NOT NULL,
    scrapped   integer     NOT NULL,
    sequence   bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX production_order_line_status ON production_order (line_id, status, order_no);
