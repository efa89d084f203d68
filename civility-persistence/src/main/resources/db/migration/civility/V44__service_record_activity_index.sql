-- An order's service record is found by the activity its entries keep (the order's id): one indexed read for a
-- page of orders instead of scanning each volunteer's entries.
CREATE INDEX ix_civ_service_record_activity ON civ_service_record (activity_id);
