#!/usr/bin/env bash
# Memory under concurrent worst-case uploads (docs/benchmarks.md, issue 12 item 8): the published portal in Production
# on an empty data folder (setup and demo recipes), then worst_uploads.py for each scenario. Local only (127.0.0.1).
# Usage: tests/Portal.Benchmarks/Uploads/run_uploads.sh   (needs dotnet, python3 with requests, curl)
#   APP: an existing publish folder (optional); CLIENTS (4), RUNS (3), SCENARIOS ("images docx both").
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
WORK=${WORK:-/tmp/portal-uploads}
PORT=${PORT:-5090}
CLIENTS=${CLIENTS:-4}
RUNS=${RUNS:-3}
SCENARIOS=${SCENARIOS:-images docx both}
PASSWORD=Mot-de-passe-de-mesure-1

rm -rf "$WORK" && mkdir -p "$WORK/data"
[ -d "${APP:-}" ] || { APP="$WORK/app"; dotnet publish "$ROOT/src/Portal.Web" -c Release -o "$APP" > "$WORK/publish.log"; }
for scenario in $SCENARIOS; do
  rm -rf "$WORK/data" && mkdir -p "$WORK/data"
  (cd "$APP" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    Portal__PublicUrl="http://127.0.0.1:$PORT" Portal__DataPath="$WORK/data" \
    Portal__Setup__AdminEmail=admin@exemple.fr Portal__Setup__AdminPassword=$PASSWORD \
    exec dotnet Portal.Web.dll > "$WORK/portal-$scenario.log" 2>&1) &
  PORTAL=$!
  trap 'kill $PORTAL 2>/dev/null || true' EXIT
  up=""
  for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && { up=1; break; }; sleep 0.5; done
  [ -n "$up" ] || { echo "the portal did not answer within 10 minutes; see $WORK/portal-$scenario.log" >&2; exit 1; }
  echo "== $scenario (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  python3 "$HERE/worst_uploads.py" "http://127.0.0.1:$PORT" "$PORTAL" admin@exemple.fr "$PASSWORD" --clients "$CLIENTS" --runs "$RUNS" --scenario "$scenario"
  kill $PORTAL; wait $PORTAL 2>/dev/null || true
done
