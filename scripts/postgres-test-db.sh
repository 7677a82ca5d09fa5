#!/usr/bin/env bash
# Prints the URL of a PostgreSQL database for the gatekeeper's tests, or exits 1 saying why
# there is none (the tests are then skipped with that reason).
# MEDREC_PG_URL, if set, is used as it is. Otherwise, as root on a machine with Debian's
# postgresql package, it starts the local cluster if it is down and creates (once) a role and
# database `medrec_gatekeeper_test` on loopback.
set -euo pipefail

if [ -n "${MEDREC_PG_URL:-}" ]; then
	echo "$MEDREC_PG_URL"
	exit 0
fi
if ! command -v pg_lsclusters >/dev/null 2>&1; then
	echo "PostgreSQL is not installed (apt-get install postgresql, or set MEDREC_PG_URL)" >&2
	exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "not root: cannot start the local PostgreSQL cluster; set MEDREC_PG_URL" >&2
	exit 1
fi
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1) || {
	echo "no PostgreSQL cluster exists (pg_createcluster)" >&2
	exit 1
}
if [ "$status" != online ]; then
	pg_ctlcluster "$version" "$cluster" start >&2 || {
		echo "the PostgreSQL cluster $version/$cluster did not start" >&2
		exit 1
	}
fi
as_postgres() { su postgres -c "psql -p $port -qtAX -c \"$1\""; }
if [ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'medrec_test'")" != 1 ]; then
	as_postgres "CREATE ROLE medrec_test LOGIN PASSWORD 'medrec_test'" >&2
fi
if [ "$(as_postgres "SELECT 1 FROM pg_database WHERE datname = 'medrec_gatekeeper_test'")" != 1 ]; then
	as_postgres "CREATE DATABASE medrec_gatekeeper_test OWNER medrec_test" >&2
fi
echo "postgres://medrec_test:medrec_test@127.0.0.1:$port/medrec_gatekeeper_test"
