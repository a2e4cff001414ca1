-- The filed master data of every bonded account book. Each row is one object of the documented
-- file layout (samples/bonded/README.md) as jsonb, so the same reader checks a file import and a
-- stored book. Never edited in place: a declared change is new rows with the next change number
-- (0 is the filing), read back in change order.
CREATE TABLE bonded_book (
    book       text        PRIMARY KEY,
    header     jsonb       NOT NULL,
    filed_at   timestamptz NOT NULL,
    filed_by   text        NOT NULL
);

CREATE TABLE bonded_master_data_change (
    book        text        NOT NULL REFERENCES bonded_book (book),
    change_no   integer     NOT NULL CHECK (change_no >= 0),
    kind        text        NOT NULL CHECK (kind IN ('Filing', 'ItemVersion', 'Mapping', 'NormVersion')),
    declared_at timestamptz NOT NULL,
    declared_by text        NOT NULL,
    PRIMARY KEY (book, change_no)
);

-- One row per item version, mapping or norm line, in the order of its file or declaration.
CREATE TABLE bonded_master_data_row (
    book      text    NOT NULL,
    change_no integer NOT NULL,
    source    text    NOT NULL CHECK (source IN ('items', 'mappings', 'norms')),
    position  integer NOT NULL,
    row_json  jsonb   NOT NULL,
    PRIMARY KEY (book, change_no, source, position),
    FOREIGN KEY (book, change_no) REFERENCES bonded_master_data_change (book, change_no)
);

CREATE TRIGGER bonded_book_append_only
    BEFORE UPDATE OR DELETE ON bonded_book
    FOR EACH ROW EXECUTE FUNCTION bonded_refuse_change();

CREATE TRIGGER bonded_master_data_change_append_only
    BEFORE UPDATE OR DELETE ON bonded_master_data_change
    FOR EACH ROW EXECUTE FUNCTION bonded_refuse_change();

CREATE TRIGGER bonded_master_data_row_append_only
    BEFORE UPDATE OR DELETE ON bonded_master_data_row
    FOR EACH ROW EXECUTE FUNCTION bonded_refuse_change();
