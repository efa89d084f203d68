-- Orders (DOMAIN §5, §6a no forced dispatch): a volunteer's list of what is offered to them and what they serve,
-- and a station's orders open for grabs (抢单), without scanning every order.
CREATE INDEX ix_civ_service_order_offered ON civ_service_order (offered_id, status);
CREATE INDEX ix_civ_service_order_accepted ON civ_service_order (accepted_by, status);
CREATE INDEX ix_civ_service_order_unit_status ON civ_service_order (unit_id, status, placed_at, id);
