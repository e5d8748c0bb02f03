-- Sample set-up of the hand-over database on the PostgreSQL server (docs/handover-store.md).
-- Run as a superuser:  psql -v ON_ERROR_STOP=1 -f deploy/chain/postgres-setup.sql
-- then, as the owner:  laser-tui handover-store init --kiosk-config owner.toml
-- (owner.toml names postgresql://laser_owner@db.example-clinic.org/laser_tui)
-- Passwords: \password laser_owner and \password laser_kiosk in psql (never in a file in git).

CREATE ROLE laser_owner LOGIN;          -- makes and migrates the tables (handover-store init)
CREATE ROLE laser_kiosk LOGIN;          -- what every serve node and `summary --open` use
CREATE DATABASE laser_tui OWNER laser_owner;
\connect laser_tui
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO laser_kiosk;
-- The kiosk role reads and writes rows, never the tables' shape.
ALTER DEFAULT PRIVILEGES FOR ROLE laser_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO laser_kiosk;
-- pg_hba.conf: only the nodes, only with TLS and a password, e.g.
--   hostssl laser_tui laser_kiosk 10.0.0.0/24 scram-sha-256
--   hostssl laser_tui laser_owner 10.0.0.5/32  scram-sha-256
