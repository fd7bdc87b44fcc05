-- duban's role and database, made once on the primary through HAProxy's port as the superuser:
--   psql "postgres://postgres@haproxy-host:5000/postgres" -v password="$DUBAN_DB_PASSWORD" -f duban-database.sql
-- The replica gets them by replication. duban creates its tables (and the trusted extension
-- btree_gin) itself at start, as the database's owner.
create role duban login password :'password';
create database duban owner duban;
