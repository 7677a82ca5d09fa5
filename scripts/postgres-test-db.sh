#!/usr/bin/env bash
# Prints the URL of a PostgreSQL database for the gatekeeper's tests, or exits 1 saying why
# there is none (the tests are then skipped with that reason).
# MEDREC_PG_URL, if set, is used as it is. Otherwise, as root on a machine with Debian's
# postgresql package, it starts the local cluster if it is down and creates (once) a role and
# database `medrec_gatekeeper_test` on loopback. The cluster serves TLS with a certificate of
# a test CA made here (once, with openssl, in the cluster's data folder, `medrec-test-tls/`),
# and the URL asks for it as a gatekeeper does by default: `sslmode=verify-full`, with
# `sslrootcert=` the CA's certificate (libpq's parameters; psql reads them too). The same URL
# with `sslmode=disable` and no `sslrootcert` connects without TLS.
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
read -r version cluster port status _ data _ < <(pg_lsclusters --no-header | head -n 1) || {
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

# A test CA and the server's certificate for 127.0.0.1 and localhost, made once; a fresh
# machine's run makes them in a few milliseconds.
tls="$data/medrec-test-tls"
if [ ! -s "$tls/server.pem" ]; then
	mkdir -p "$tls"
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
		-subj "/CN=MedRec gatekeeper test CA" -keyout "$tls/ca.key" -out "$tls/ca.pem" \
		-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
		2>/dev/null
	openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
		-keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
	printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=CA:FALSE" \
		"keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" >"$tls/server.ext"
	openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" \
		-CAcreateserial -days 3650 -extfile "$tls/server.ext" -out "$tls/server.pem" 2>/dev/null
	chown -R postgres:postgres "$tls"
	chmod 600 "$tls/ca.key" "$tls/server.key"
fi
if [ "$(as_postgres "SHOW ssl_cert_file")" != "$tls/server.pem" ] ||
	[ "$(as_postgres "SHOW ssl")" != on ]; then
	as_postgres "ALTER SYSTEM SET ssl = on" >&2
	as_postgres "ALTER SYSTEM SET ssl_cert_file = '$tls/server.pem'" >&2
	as_postgres "ALTER SYSTEM SET ssl_key_file = '$tls/server.key'" >&2
	as_postgres "SELECT pg_reload_conf()" >/dev/null
	# The reload is asynchronous: wait until new sessions see the certificate.
	for _ in $(seq 50); do
		[ "$(as_postgres "SHOW ssl_cert_file")" = "$tls/server.pem" ] && break
		sleep 0.1
	done
fi
if [ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'medrec_test'")" != 1 ]; then
	as_postgres "CREATE ROLE medrec_test LOGIN PASSWORD 'medrec_test'" >&2
fi
if [ "$(as_postgres "SELECT 1 FROM pg_database WHERE datname = 'medrec_gatekeeper_test'")" != 1 ]; then
	as_postgres "CREATE DATABASE medrec_gatekeeper_test OWNER medrec_test" >&2
fi
echo "the test server's CA certificate: $tls/ca.pem" >&2
echo "postgres://medrec_test:medrec_test@127.0.0.1:$port/medrec_gatekeeper_test?sslmode=verify-full&sslrootcert=$tls/ca.pem"
