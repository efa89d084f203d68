-- A station helper follows the orders placed for residents without a phone (GET /api/v1/orders/placed-for-residents).
CREATE INDEX ix_civ_service_order_placed_by ON civ_service_order (placed_by, placed_at, id);
