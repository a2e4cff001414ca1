-- Grain state written by the Orleans ADO.NET grain storage. The provider passes the state name as
-- @GrainTypeString and, for string keys, the key as @GrainIdExtensionString; it does not pass the
-- grain type. Two grain types that share a key and a state name would therefore share a row: each
-- grain type has its own state name. The state is System.Text.Json, kept as jsonb so that it can
-- be read with SQL when diagnosing a plant.
CREATE TABLE orleans_grain_state (
    service_id  text        NOT NULL,
    state_name  text        NOT NULL,
    grain_id_n0 bigint      NOT NULL,
    grain_id_n1 bigint      NOT NULL,
    grain_key   text        NOT NULL,
    payload     jsonb,
    version     integer     NOT NULL,
    modified_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, state_name, grain_key, grain_id_n0, grain_id_n1)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $q$
SELECT convert_to(payload::text, 'UTF8') AS "PayloadBinary", version AS "Version"
  FROM orleans_grain_state
 WHERE service_id = @ServiceId AND state_name = @GrainTypeString
   AND grain_key = COALESCE(@GrainIdExtensionString, '')
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1;
$q$),

-- An expected version updates the row it names; no expected version inserts a new row. Either
-- way a mismatch returns no row, which the provider reports as an inconsistent state.
('WriteToStorageKey', $q$
UPDATE orleans_grain_state
   SET payload = convert_from(@PayloadBinary, 'UTF8')::jsonb, version = version + 1, modified_at = now()
 WHERE service_id = @ServiceId AND state_name = @GrainTypeString
   AND grain_key = COALESCE(@GrainIdExtensionString, '')
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND version = @GrainStateVersion
RETURNING version AS "NewGrainStateVersion";
INSERT INTO orleans_grain_state (service_id, state_name, grain_id_n0, grain_id_n1, grain_key, payload, version)
SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''),
       convert_from(@PayloadBinary, 'UTF8')::jsonb, 1
 WHERE @GrainStateVersion::integer IS NULL
ON CONFLICT DO NOTHING
RETURNING version AS "NewGrainStateVersion";
$q$),

('ClearStorageKey', $q$
UPDATE orleans_grain_state
   SET payload = NULL, version = version + 1, modified_at = now()
 WHERE service_id = @ServiceId AND state_name = @GrainTypeString
   AND grain_key = COALESCE(@GrainIdExtensionString, '')
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND version = @GrainStateVersion
RETURNING version;
$q$),

('DeleteStorageKey', $q$
DELETE FROM orleans_grain_state
 WHERE service_id = @ServiceId AND state_name = @GrainTypeString
   AND grain_key = COALESCE(@GrainIdExtensionString, '')
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND version = @GrainStateVersion
RETURNING version;
$q$);
