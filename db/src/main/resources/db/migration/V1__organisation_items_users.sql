-- Master data: organisation, stores, items, suppliers, turbines, users.
-- One dialect for H2 2.x, PostgreSQL 15+ and Oracle 23ai: NUMERIC ids,
-- VARCHAR, BOOLEAN, TIMESTAMP, sequences; no vendor functions.

-- EclipseLink reads each value as the last id of a block of 50, so the first value must be at least 50.
CREATE SEQUENCE fs_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE org_unit (
    id          NUMERIC(19)  NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(150) NOT NULL,
    parent_id   NUMERIC(19),
    province    VARCHAR(40),
    CONSTRAINT pk_org_unit PRIMARY KEY (id),
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);

CREATE TABLE store (
    id          NUMERIC(19)  NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    owner_id    NUMERIC(19)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(150) NOT NULL,
    CONSTRAINT pk_store PRIMARY KEY (id),
    CONSTRAINT uq_store_code UNIQUE (code),
    CONSTRAINT fk_store_owner FOREIGN KEY (owner_id) REFERENCES org_unit (id)
);

CREATE TABLE item (
    id                 NUMERIC(19)   NOT NULL,
    code               VARCHAR(20)   NOT NULL,
    name_zh            VARCHAR(100)  NOT NULL,
    name_en            VARCHAR(150)  NOT NULL,
    spec               VARCHAR(200),
    unit_zh            VARCHAR(10)   NOT NULL,
    unit_en            VARCHAR(10)   NOT NULL,
    category           VARCHAR(20)   NOT NULL,
    repair_class       VARCHAR(4)    NOT NULL,
    unit_price         NUMERIC(14,2),
    shelf_life_months  INTEGER,
    packed_volume_m3   NUMERIC(12,4),
    turbine_models     VARCHAR(40),
    serial_tracked     BOOLEAN       NOT NULL,
    decimal_quantity   BOOLEAN       NOT NULL,
    CONSTRAINT pk_item PRIMARY KEY (id),
    CONSTRAINT uq_item_code UNIQUE (code)
);

CREATE TABLE supplier (
    id          NUMERIC(19)  NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(150) NOT NULL,
    CONSTRAINT pk_supplier PRIMARY KEY (id),
    CONSTRAINT uq_supplier_code UNIQUE (code)
);

CREATE TABLE turbine (
    id          NUMERIC(19)  NOT NULL,
    site_id     NUMERIC(19)  NOT NULL,
    turbine_no  VARCHAR(10)  NOT NULL,
    model       VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_turbine PRIMARY KEY (id),
    CONSTRAINT uq_turbine_site_no UNIQUE (site_id, turbine_no),
    CONSTRAINT fk_turbine_site FOREIGN KEY (site_id) REFERENCES org_unit (id)
);

CREATE TABLE app_user (
    id             NUMERIC(19)  NOT NULL,
    username       VARCHAR(50)  NOT NULL,
    password_hash  VARCHAR(400) NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    org_unit_id    NUMERIC(19)  NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);

-- Read by the Jakarta Security identity store: one row per (user, role).
CREATE TABLE app_user_role (
    username    VARCHAR(50)  NOT NULL,
    role_name   VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (username, role_name),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (username) REFERENCES app_user (username)
);
