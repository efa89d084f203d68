-- Resident orders (DOMAIN §5): the order and its append-only history of steps.
CREATE TABLE civ_service_order (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    unit_id             VARCHAR(36)   NOT NULL,
    handling_unit_id    VARCHAR(36)   NOT NULL,
    requester           VARCHAR(100)  NOT NULL,
    placed_by           VARCHAR(100)  NOT NULL,
    recipient           VARCHAR(100)  NOT NULL,
    menu_item_id        VARCHAR(36),
    wish                VARCHAR(2000),
    description         VARCHAR(2000),
    placed_at           ${ts}         NOT NULL,
    waiting_since       ${ts}         NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    offered_kind        VARCHAR(16),
    offered_id          VARCHAR(36),
    accepted_by         VARCHAR(36),
    rejection_reason    VARCHAR(2000),
    report              VARCHAR(2000),
    rating_stars        INTEGER,
    rating_comment      VARCHAR(2000),
    showcase_consent    ${bool}       NOT NULL,
    duplicate_of        VARCHAR(36),
    duplicate_confirmed ${bool}       NOT NULL,
    version             BIGINT        NOT NULL
);

CREATE INDEX ix_civ_service_order_handling ON civ_service_order (handling_unit_id, placed_at, id);
CREATE INDEX ix_civ_service_order_requester ON civ_service_order (requester, placed_at, id);
CREATE INDEX ix_civ_service_order_recipient ON civ_service_order (recipient, placed_at);
CREATE INDEX ix_civ_service_order_waiting ON civ_service_order (status, waiting_since, id);

CREATE TABLE civ_service_order_step (
    order_id VARCHAR(36)   NOT NULL,
    position INTEGER       NOT NULL,
    step_action VARCHAR(24) NOT NULL,
    actor    VARCHAR(100)  NOT NULL,
    taken_at ${ts}         NOT NULL,
    note     VARCHAR(2000),
    CONSTRAINT pk_civ_service_order_step PRIMARY KEY (order_id, position),
    CONSTRAINT fk_civ_service_order_step_order FOREIGN KEY (order_id) REFERENCES civ_service_order (id)
);

-- A unit's project menu (项目清单): the services residents can order.
CREATE TABLE civ_menu_item (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    unit_id     VARCHAR(36)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    active      ${bool}       NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE INDEX ix_civ_menu_item_unit_name ON civ_menu_item (unit_id, name, id);
