-- The journal of every bonded account book: append-only, the single source of truth of its balances.
-- One row per entry. The fields reports filter on, and every quantity, are columns (numeric, so
-- decimals are exact); the rest of the movement (legal quantities, documents, norm, consumption
-- basis, duty, counterparty, disposal, reversal) is in `detail`. Each field is stored once, so that
-- a change to any of them changes what verification reads and breaks the entry's hash.
CREATE TABLE bonded_journal (
    book              text        NOT NULL,
    sequence          bigint      NOT NULL CHECK (sequence >= 1),
    posted_at         timestamptz NOT NULL,
    kind              text        NOT NULL,
    item              text        NOT NULL,
    status            text        NOT NULL,
    part              text,
    lot               text,
    order_no          text,
    stock_quantity    numeric     NOT NULL,
    stock_unit        text        NOT NULL,
    factor            numeric     NOT NULL,
    declared_quantity numeric     NOT NULL,
    declared_unit     text        NOT NULL,
    value_amount      numeric,
    value_currency    text,
    detail            jsonb       NOT NULL,
    actor_id          text        NOT NULL,
    actor_role        text        NOT NULL,
    reason            text,
    idempotency_key   text        NOT NULL,
    command_digest    text        NOT NULL,
    previous_hash     text        NOT NULL,
    hash              text        NOT NULL,
    -- Two writers can never both append entry n of a book.
    PRIMARY KEY (book, sequence)
);

-- A repeated command is found by its key; one command may post several entries under one key.
CREATE INDEX bonded_journal_idempotency ON bonded_journal (book, idempotency_key);
CREATE INDEX bonded_journal_item ON bonded_journal (book, item, status, sequence);

-- Append-only in the database too: corrections are reversing entries, never edits. Only someone
-- who may disable triggers (the table owner, a DBA) can change a row, and verification names it.
CREATE FUNCTION bonded_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation',
              HINT = 'Post a reversing entry or declare a new version instead.';
END
$f$;

CREATE TRIGGER bonded_journal_append_only
    BEFORE UPDATE OR DELETE ON bonded_journal
    FOR EACH ROW EXECUTE FUNCTION bonded_refuse_change();

CREATE TRIGGER bonded_journal_no_truncate
    BEFORE TRUNCATE ON bonded_journal
    FOR EACH STATEMENT EXECUTE FUNCTION bonded_refuse_change();
