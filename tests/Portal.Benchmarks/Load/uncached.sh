#!/usr/bin/env bash
# Uncached server time (docs/benchmarks.md): the permalink and the process page rendered for every request. The
# public output cache is bypassed the way it already is for anyone sending credentials: with an Authorization header
# (the portal authenticates by cookie only, so the page is the anonymous one, rendered, neither read from nor stored
# in the cache). One connection at a time (wrk -t1 -c1), so the latency is the server's time plus loopback.
# Runs on the data that restart.sh leaves (the 1,000-proposition process): run restart.sh first.
# Usage: APP=/tmp/portal-restart/app tests/Portal.Benchmarks/Load/uncached.sh   (needs wrk, curl)
set -euo pipefail
WORK=${WORK:-/tmp/portal-restart}
APP=${APP:-$WORK/app}
PORT=${PORT:-5082}
RUNS=${RUNS:-3}
DURATION=${DURATION:-10s}
PAGES=("permalink:/demarches/bench-1000/propositions/B-500" "process:/demarches/bench-1000")
[ -d "$WORK/data" ] || { echo "no data in $WORK/data: run restart.sh first" >&2; exit 1; }

(cd "$APP" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  Portal__PublicUrl="http://127.0.0.1:$PORT" Portal__DataPath="$WORK/data" exec dotnet Portal.Web.dll >> "$WORK/portal.log" 2>&1) &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done

BYPASS="Authorization: Bearer mesure-sans-cache"
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '| page (uncached) | bytes | req/s | p50 ms | p90 ms |\n|---|---:|---:|---:|---:|\n'
for page in "${PAGES[@]}"; do
  url="http://127.0.0.1:$PORT${page#*:}"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$BYPASS" "$url")" = 200 ] || { echo "$url did not answer 200" >&2; exit 1; }
  wrk -t1 -c1 -d3s -H "$BYPASS" "$url" > /dev/null # warm-up: JIT, SQLite page cache
  rps=() p50=() p90=()
  for _ in $(seq 1 "$RUNS"); do
    out=$(wrk -t1 -c1 -d"$DURATION" --latency -H "$BYPASS" "$url")
    rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
    p50+=("$(echo "$out" | awk '$1=="50%" {print $2}' | sed 's/us$/e-3/;s/ms$//;s/s$/e3/')")
    p90+=("$(echo "$out" | awk '$1=="90%" {print $2}' | sed 's/us$/e-3/;s/ms$//;s/s$/e3/')")
  done
  printf '| %s | %s | %s | %s | %s |\n' "${page%%:*}" "$(curl -s -H "$BYPASS" "$url" | wc -c)" \
    "$(printf '%s\n' "${rps[@]}" | median)" "$(printf '%s\n' "${p50[@]}" | median)" "$(printf '%s\n' "${p90[@]}" | median)"
done
echo "(uptime: $(uptime | sed 's/.*load/load/'))"
