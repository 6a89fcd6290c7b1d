#!/usr/bin/env bash
# Resident memory of the published portal searching a 1M-document index (docs/benchmarks.md, issue 13).
# The index is the corpus benchmark's (`corpus --docs 1000000 --out DIR`), copied so the portal's own documents
# (the demo's) join it as on a large portal. The search page is asked for ever-different addresses, so that no
# answer comes from the output cache, with wrk and a script cycling through journalist queries and pages.
# Usage: INDEX=/tmp/bench1m/lucene tests/Portal.Benchmarks/Load/memory_1m.sh   (needs dotnet, wrk, curl)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
INDEX=${INDEX:?the folder of a 1M-document Lucene index, made by: dotnet run -c Release --project tests/Portal.Benchmarks -- corpus --docs 1000000 --out DIR}
WORK=${WORK:-/tmp/portal-memory}
PORT=${PORT:-5090}
DURATION=${DURATION:-30s}

rm -rf "$WORK" && mkdir -p "$WORK/data"
[ -d "${APP:-}" ] || { APP="$WORK/app"; dotnet publish "$ROOT/src/Portal.Web" -c Release -r linux-x64 --self-contained false -o "$APP" > "$WORK/publish.log"; }
cp -r "$INDEX" "$WORK/index"

(cd "$APP" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  Portal__PublicUrl="http://127.0.0.1:$PORT" Portal__DataPath="$WORK/data" Portal__Search__IndexPath="$WORK/index" \
  Portal__Setup__RecipesPath="$ROOT/recipes" \
  Portal__Setup__AdminEmail=admin@exemple.fr Portal__Setup__AdminPassword=Mot-de-passe-de-mesure-1 \
  exec dotnet Portal.Web.dll > "$WORK/portal.log" 2>&1) &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true' EXIT
up=""
for _ in $(seq 1 1200); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && { up=1; break; }; sleep 0.5; done
[ -n "$up" ] || { echo "the portal did not answer within 10 minutes; see $WORK/portal.log" >&2; exit 1; }
pid=$(pgrep -P $PORTAL -f Portal.Web.dll || echo $PORTAL)
rss() { awk -v k="$1" '$1==k":" {print int($2/1024)}' "/proc/$pid/status"; }
total=$(curl -sf "http://127.0.0.1:$PORT/api/v1/search" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
# The index is memory-mapped: its pages read count in the resident set as file pages (RssFile), shared with the
# page cache and given back under pressure; the portal's own memory is RssAnon.
memory() { echo "$(rss VmRSS) MB resident (own memory RssAnon $(rss RssAnon) MB, mapped index pages RssFile $(rss RssFile) MB)"; }
echo "documents in the portal's index: $total; once started: $(memory)"

cat > "$WORK/queries.lua" <<'LUA'
local words = {"climat", "transports en commun", "rénovation énergétique", "citoyens", "impôt", "eau potable",
  "démocratie participative", "tirage au sort", "forêt biodiversité", "taxe carbone", "emploi", "train",
  "agriculture biologique", "déchets plastique", "chauffage", "santé", "logement", "vélo"}
local n = 0
local function encode(text)
  return (text:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
-- 4,320 different addresses (18 queries, pages 1 to 5, a year or none, a type or none): the output cache misses.
local types = {"", "&type=proposition", "&type=reponse", "&type=suivi"}
request = function()
  n = n + 1
  local q = words[(n % #words) + 1]
  local page = math.floor(n / #words) % 5 + 1
  local year = math.floor(n / (#words * 5)) % 12
  local filter = year == 0 and "" or ("&annee=" .. (2014 + year))
  local kind = types[math.floor(n / (#words * 5 * 12)) % 4 + 1]
  return wrk.format("GET", "/recherche?q=" .. encode(q) .. "&p=" .. page .. filter .. kind)
end
LUA
wrk -t2 -c8 -d"$DURATION" --timeout 10s --latency -s "$WORK/queries.lua" "http://127.0.0.1:$PORT" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors" || true
echo "after $DURATION of uncached searches: $(memory); peak resident $(rss VmHWM) MB"
