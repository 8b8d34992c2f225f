/**
 * Postgres' memory for the embedded database. Hexin's data is small (a few teams), and the
 * defaults (128 MB of shared buffers among them) cost more than Hexin itself: measured on
 * reopening a folder, PGlite is resident at about 280 MB with the defaults and about 120 MB with
 * these. Below 8 MB of shared buffers it saves little more. PGlite writes them into the folder's
 * postgresql.conf each time it opens it.
 */
export const POSTGRES_SETTINGS = [
  'shared_buffers=8MB',
  'work_mem=1MB',
  'maintenance_work_mem=8MB',
  'temp_buffers=1MB',
  'wal_buffers=256kB',
];
