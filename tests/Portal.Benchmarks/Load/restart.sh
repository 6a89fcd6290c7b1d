#!/usr/bin/env bash
# Restart benchmark (docs/benchmarks.md): the published portal in Production, first started once with the
# 1,000-proposition recipe (untimed set-up), then stopped and started RUNS times on that data; each run is timed
# from the process start to the first 200 of the home page (polled every 20 ms), with the CPU time the portal used
# until then (less sensitive to a shared machine's load than the wall time). Prints every run and the medians.
# Usage: APP=/tmp/portal-load/app tests/Portal.Benchmarks/Load/restart.sh   (APP optional: published here if absent)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
WORK=${WORK:-/tmp/portal-restart}
PORT=${PORT:-5082}
RUNS=${RUNS:-5}

rm -rf "$WORK" && mkdir -p "$WORK/recipes" "$WORK/data"
[ -d "${APP:-}" ] || { APP="$WORK/app"; dotnet publish "$ROOT/src/Portal.Web" -c Release -r linux-x64 --self-contained false -o "$APP" > "$WORK/publish.log"; }
cp "$ROOT"/recipes/*.json "$WORK/recipes/"
python3 "$HERE/generate_recipe.py" "$ROOT/recipes/demo.recipe.json" 1000 > "$WORK/recipes/bench-1000.recipe.json"

PORTAL=""
start_portal() {
  (cd "$APP" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    Portal__PublicUrl="http://127.0.0.1:$PORT" Portal__DataPath="$WORK/data" Portal__Setup__RecipesPath="$WORK/recipes" \
    Portal__Setup__Recipes__0=setup.recipe.json Portal__Setup__Recipes__1=bench-1000.recipe.json \
    Portal__Setup__AdminEmail=admin@exemple.fr Portal__Setup__AdminPassword=Mot-de-passe-de-mesure-1 \
    exec dotnet Portal.Web.dll >> "$WORK/portal.log" 2>&1) &
  PORTAL=$!
}
stop_portal() { [ -n "$PORTAL" ] && kill "$PORTAL" 2>/dev/null && wait "$PORTAL" 2>/dev/null || true; PORTAL=""; }
trap stop_portal EXIT
wait_home() { # $1: tries of 20 ms
  for _ in $(seq 1 "$1"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")" = 200 ] && return 0
    sleep 0.02
  done
  echo "the portal did not answer; see $WORK/portal.log" >&2; exit 1
}

begin=$(date +%s.%N)
start_portal
wait_home 60000
echo "first start with the 1,000-proposition recipe: $(echo "$(date +%s.%N) - $begin" | bc) s"
# The search worker indexes the new process in the background: let it finish, a restart must find nothing to rebuild.
sleep "${SETTLE:-20}"
stop_portal

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
times=() cpus=()
for run in $(seq 1 "$RUNS"); do
  begin=$(date +%s.%N)
  start_portal
  wait_home 1500
  times+=("$(echo "$(date +%s.%N) - $begin" | bc)")
  cpus+=("$(awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$PORTAL/stat")")
  echo "restart $run: ${times[-1]} s, ${cpus[-1]} s of CPU"
  stop_portal
done
echo "median restart to the first page: $(printf '%s\n' "${times[@]}" | median) s, $(printf '%s\n' "${cpus[@]}" | median) s of CPU (uptime: $(uptime | sed 's/.*load/load/'))"
