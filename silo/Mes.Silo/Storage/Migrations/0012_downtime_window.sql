-- The downtime Pareto reads a workstation's ended downtimes by end time, and the latest reason reported
-- for each by downtime id. Both are rare among a workstation's events (count advances outnumber them by
-- far), so partial indexes keep the read from walking a workstation's whole history.
CREATE INDEX production_event_downtime_ended ON production_event (aggregate_id, at)
    WHERE kind = 'downtimeEnded';
CREATE INDEX production_event_downtime_reason ON production_event (aggregate_id, (payload ->> 'downtimeId'))
    WHERE kind = 'downtimeReasonReported';
