-- A lot grain that was never registered looks for the receipt that brought its lot in (any book), so that a
-- receipt is one journal write and still becomes a reel the line can load at once. Only receipts carry a lot
-- that is new to the plant, so only they are indexed.
CREATE INDEX bonded_journal_lot ON bonded_journal (lot, posted_at)
    WHERE lot IS NOT NULL AND kind IN ('ImportReceipt', 'SuspenseReceipt', 'SuspenseRelease', 'CarryOverIn');
