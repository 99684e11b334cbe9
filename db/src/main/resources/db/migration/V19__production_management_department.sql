-- The production management department (生产管理部) is a BU-level unit of head office: it keeps
-- its books, closes its months and counts its stores like a BU, and its good store is the central
-- store, its damaged store the repair hub. At most one unit is marked so.

ALTER TABLE org_unit ADD production_management BOOLEAN DEFAULT FALSE NOT NULL;
