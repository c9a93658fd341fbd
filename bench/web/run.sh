#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Web benchmark (not a timed test): wrk against a follow-up dashboard of
# `helhed serve --demo` (overall goal 1 of the Fredericia plan: three
# indicators, each with SVG charts and number tables) and against a delaftale
# page, and nginx serving each page as a static file on the same machine in
# the same run. Prints the wrk reports, each page's helhed run directly
# followed by its nginx run.
# Usage: bench/web/run.sh [build dir]   (needs Debian's wrk and nginx)
#   DURATION=10s   length of each wrk run (default 20s)
#   PAGES="/planer/1/opfoelgning/maal/1"   the pages to measure, space-separated
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
PAGES="${PAGES:-/planer/1/opfoelgning/maal/1 /planer/1/delaftaler/1}"

mkdir -p "$WORK/www" "$WORK/logs"
# nginx workers run as www-data and must read the pages.
chmod 755 "$WORK" "$WORK/www"
number=0
for page in $PAGES; do
  number=$((number + 1))
  curl -s -f -H "Cookie: $COOKIE" "http://127.0.0.1:$APP_PORT$page" > "$WORK/www/page$number.html"
  chmod 644 "$WORK/www/page$number.html"
  echo "Side $number: $page ($(wc -c < "$WORK/www/page$number.html") bytes)"
done
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

echo "Belastning før målingen: $(cut -d' ' -f1-3 /proc/loadavg)"
number=0
for page in $PAGES; do
  number=$((number + 1))
  echo "== helhed serve: GET $page ($CONNECTIONS forbindelser, $DURATION) =="
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" "http://127.0.0.1:$APP_PORT$page"
  echo "== nginx: samme side som statisk fil (page$number.html) =="
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/page$number.html"
  echo "Belastning: $(cut -d' ' -f1-3 /proc/loadavg)"
done
