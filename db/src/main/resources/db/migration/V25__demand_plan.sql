-- The annual demand plan (年度需求计划, issue 20): per year, BU and item the quantity the planning
-- office plans for, set from a workbook it hands out (last year's consumption, open requisitions,
-- minimum stock beside each item) and imports again.

CREATE TABLE demand_plan_line (
    id           NUMERIC(19)    NOT NULL,
    version      NUMERIC(10)    NOT NULL,
    plan_year    NUMERIC(4)     NOT NULL,
    bu_id        NUMERIC(19)    NOT NULL,
    item_id      NUMERIC(19)    NOT NULL,
    planned_qty  NUMERIC(18,4)  NOT NULL,
    note         VARCHAR(300),
    set_by       VARCHAR(50)    NOT NULL,
    set_at       TIMESTAMP      NOT NULL,
    CONSTRAINT pk_demand_plan_line PRIMARY KEY (id),
    CONSTRAINT uq_demand_plan_line UNIQUE (plan_year, bu_id, item_id),
    CONSTRAINT fk_demand_plan_line_bu FOREIGN KEY (bu_id) REFERENCES org_unit (id),
    CONSTRAINT fk_demand_plan_line_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT ck_demand_plan_line_qty CHECK (planned_qty >= 0)
);
CREATE INDEX ix_demand_plan_line_item ON demand_plan_line (item_id, plan_year);
