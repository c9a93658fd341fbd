#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Web benchmark (not a timed test): wrk against a plan page of
# `helhed serve --demo`, and nginx serving the same page as a static file on
# the same machine in the same run. Prints both wrk reports.
# Usage: bench/web/run.sh [build dir]   (needs Debian's wrk and nginx)
set -euo pipefail

BUILD="${1:-build}"
HELHED="$(cd "$BUILD" && pwd)/helhed"
WORK="$(mktemp -d)"
APP_PORT=18480
NGINX_PORT=18481
CONNECTIONS=32
THREADS=2
DURATION="${DURATION:-20s}"
trap 'kill "$SERVER_PID" 2>/dev/null || true; nginx -p "$WORK" -c "$WORK/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT

"$HELHED" serve --demo --db "sqlite:$WORK/bench.db" --listen "127.0.0.1:$APP_PORT" > "$WORK/serve.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do grep -q "helhed kører" "$WORK/serve.log" 2>/dev/null && break; sleep 0.1; done

# Log in as the secretariat and keep the session cookie.
COOKIE=$(curl -s -o /dev/null -D - -d 'brugernavn=sekretariat&adgangskode=demo-sekretariat' \
           "http://127.0.0.1:$APP_PORT/login" | sed -n 's/^Set-Cookie: \(helhed_session=[0-9a-f]*\).*/\1/p')
PAGE="/planer/1/delaftaler/1"
curl -s -H "Cookie: $COOKIE" "http://127.0.0.1:$APP_PORT$PAGE" > "$WORK/page.html"
echo "Side: $PAGE ($(wc -c < "$WORK/page.html") bytes)"

mkdir -p "$WORK/www" "$WORK/logs"
# nginx workers run as www-data and must read the page.
chmod 755 "$WORK" "$WORK/www"
cp "$WORK/page.html" "$WORK/www/page.html"
chmod 644 "$WORK/www/page.html"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { default_type text/html; }
  }
}
CONF
nginx -p "$WORK" -c "$WORK/nginx.conf"

echo "== helhed serve: GET $PAGE ($CONNECTIONS forbindelser, $DURATION) =="
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" "http://127.0.0.1:$APP_PORT$PAGE"
echo "== nginx: samme side som statisk fil =="
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/page.html"
