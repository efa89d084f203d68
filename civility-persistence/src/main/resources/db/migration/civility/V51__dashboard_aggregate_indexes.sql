-- Dashboards sum a subtree's month in one GROUP BY per figure (ServiceRecordRepository.serviceByUnit,
-- ServiceOrderRepository.countPlacedByStatus and escalatedUnaccepted): entries by recording unit and start, orders
-- by the unit they were placed at. Without these, each statement reads the units' whole chains and every order.
CREATE INDEX ix_civ_service_record_unit_start ON civ_service_record (unit_id, start_at);
CREATE INDEX ix_civ_service_order_unit_placed ON civ_service_order (unit_id, placed_at);
