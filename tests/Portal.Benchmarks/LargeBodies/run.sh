#!/usr/bin/env bash
# Requests per second of /api/v1/search?q=transition with five published 1 MB propositions (issue 12, item 7).
# Usage: run.sh PORTAL_WEB_DLL [SECONDS] [PORT] [BODIES]   (BODIES: how many 1 MB propositions, 5 by default; 0 for the reference)
#   PORTAL_WEB_DLL: a Release build of src/Portal.Web (e.g. src/Portal.Web/bin/Release/net10.0/Portal.Web.dll)
# Needs wrk (apt-get install wrk) and python3. Everything lives in a temporary folder, removed at the end.
set -euo pipefail
dll=$(realpath "$1"); seconds=${2:-20}; port=${3:-5191}; bodies=${4:-5}
here=$(dirname "$(realpath "$0")"); repo=$(realpath "$here/../../..")
work=$(mktemp -d /tmp/portal-large-bodies-XXXX)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

# The demo recipes, with five propositions of 1 MB added to the first process. Saved through the recipe,
# which (like texts saved before the length limits) is not held to the forms' 20,000 characters.
mkdir -p "$work/recipes"
cp "$repo/recipes/setup.recipe.json" "$work/recipes/"
python3 "$here/large_bodies_recipe.py" "$repo/recipes/demo.recipe.json" "$work/recipes/demo.recipe.json" "$bodies"

Portal__DataPath="$work/data" Portal__Setup__RecipesPath="$work/recipes" \
Portal__Setup__AdminEmail=admin@exemple.fr Portal__Setup__AdminPassword=Mot-de-passe-bench-1 \
ASPNETCORE_ENVIRONMENT=Benchmark Logging__LogLevel__Default=Warning \
  dotnet "$dll" --urls "http://127.0.0.1:$port" > "$work/server.log" 2>&1 &
server=$!

url="http://127.0.0.1:$port/api/v1/search?q=transition"
for _ in $(seq 1 120); do
  if curl -sf "$url" | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if sum(1 for h in d["results"] if (h.get("code") or "").startswith("G-"))=='"$bodies"' else 1)' 2>/dev/null; then break; fi
  sleep 1
done
curl -sf "$url" > "$work/answer.json" || { cat "$work/server.log"; exit 1; }
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("hits:", d["total"], "| 1 MB hits shown:", sum(1 for h in d["results"] if (h.get("code") or "").startswith("G-")), "| answer bytes:", len(open(sys.argv[1]).read()))' "$work/answer.json"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in 1 2 3; do curl -s -o /dev/null -w "one request alone: %{time_total} s\n" "$url"; done
wrk -t2 -c8 -d"${seconds}s" --timeout 60s --latency "$url"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
