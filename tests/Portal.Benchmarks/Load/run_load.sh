#!/usr/bin/env bash
# Load benchmark (docs/benchmarks.md): the published portal with a 1,000-proposition process, measured with
# wrk against nginx serving the very same bytes saved to files. Local only (127.0.0.1), every run bounded.
# Usage: tests/Portal.Benchmarks/Load/run_load.sh   (needs dotnet, python3, wrk, nginx, curl)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
WORK=${WORK:-/tmp/portal-load}
PORT=${PORT:-5080}
NGINX_PORT=${NGINX_PORT:-5081}
DURATION=${DURATION:-10s}
RUNS=${RUNS:-3}
PAGES=("home:/" "permalink:/demarches/bench-1000/propositions/B-500" "process:/demarches/bench-1000")

rm -rf "$WORK" && mkdir -p "$WORK/recipes" "$WORK/data" "$WORK/static"
[ -d "${APP:-}" ] || { APP="$WORK/app"; dotnet publish "$ROOT/src/Portal.Web" -c Release -r linux-x64 --self-contained false -o "$APP" > "$WORK/publish.log"; }
cp "$ROOT"/recipes/*.json "$WORK/recipes/"
python3 "$HERE/generate_recipe.py" "$ROOT/recipes/demo.recipe.json" 1000 > "$WORK/recipes/bench-1000.recipe.json"

start=$(date +%s.%N)
(cd "$APP" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  Portal__PublicUrl="http://127.0.0.1:$PORT" Portal__DataPath="$WORK/data" Portal__Setup__RecipesPath="$WORK/recipes" \
  Portal__Setup__Recipes__0=setup.recipe.json Portal__Setup__Recipes__1=bench-1000.recipe.json \
  Portal__Setup__AdminEmail=admin@exemple.fr Portal__Setup__AdminPassword=Mot-de-passe-de-mesure-1 \
  exec dotnet Portal.Web.dll > "$WORK/portal.log" 2>&1) &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true' EXIT
# The host listens only once the first-start recipes are applied; give up after 20 minutes.
up=""
for _ in $(seq 1 2400); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && { up=1; break; }; sleep 0.5; done
[ -n "$up" ] || { echo "the portal did not answer within 20 minutes; see $WORK/portal.log" >&2; exit 1; }
echo "first start with the 1,000-proposition recipe: $(echo "$(date +%s.%N) - $start" | bc) s"

cat > "$WORK/nginx.conf" <<CONF
worker_processes 2; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log; daemon on;
events { worker_connections 1024; }
http { access_log off; default_type text/html; sendfile on;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static; } }
CONF
for page in "${PAGES[@]}"; do
  curl -sf -o "$WORK/static/${page%%:*}.html" "http://127.0.0.1:$PORT${page#*:}"
done
nginx -c "$WORK/nginx.conf"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # url -> "req/s p50"
  local rps=() p50=()
  for _ in $(seq 1 "$RUNS"); do
    out=$(wrk -t2 -c32 -d"$DURATION" --timeout 10s --latency "$1")
    rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
    p50+=("$(echo "$out" | awk '$1=="50%" {print $2}')")
  done
  echo "$(printf '%s\n' "${rps[@]}" | median) $(printf '%s\n' "${p50[@]}" | sed 's/us$/e-3/;s/ms$//;s/s$/e3/' | median)"
}
printf '| page | bytes | Portal req/s | Portal p50 ms | nginx req/s | nginx p50 ms |\n|---|---:|---:|---:|---:|---:|\n'
for page in "${PAGES[@]}"; do
  name=${page%%:*}
  read -r prps pp50 <<< "$(measure "http://127.0.0.1:$PORT${page#*:}")"
  read -r nrps np50 <<< "$(measure "http://127.0.0.1:$NGINX_PORT/$name.html")"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$(stat -c %s "$WORK/static/$name.html")" "$prps" "$pp50" "$nrps" "$np50"
done
echo "resident memory of the portal after the runs: $(( $(ps -o rss= -p "$(pgrep -P $PORTAL -f Portal.Web.dll || echo $PORTAL)") / 1024 )) MB"
