#!/usr/bin/env bash
# Export against Hugo, side by side in one run, in two cases:
#  1. equal work: a 10,000-page corpus (2 locales x 5,000) with social cards off, as Hugo
#     draws no images; best of RUNS;
#  2. the site as users configure it: the bundled site (its settings, social cards on) with the
#     same 10,000 pages added: a first export with an empty image cache, a re-export with
#     nothing changed, and a re-export after one page's title changed (its card is redrawn).
# Then serving case 2: cold start (until the first page answers) and resident memory.
# Needs: hugo (apt), a release build (cargo build --release). Not a CI gate.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HOTLINE_BIN:-target/release/hotline-site}
WORK=${WORK:-/tmp/hotline-bench}
PAGES=${PAGES:-5000}
RUNS=${RUNS:-3}

best() { sort -n | head -1; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
sources() { echo --content "$1/content" --locales "$1/locales" --style "$1/style" --public "$1/public"; }

python3 bench/gen-corpus.py "$WORK/corpus" "$PAGES" >/dev/null
C="$WORK/corpus/site"
hugo_ms=$(for _ in $(seq "$RUNS"); do rm -rf "$WORK/hugo-out"; time_ms hugo --quiet -s "$WORK/corpus/hugo" -d "$WORK/hugo-out"; done | best)
hugo_pages=$(find "$WORK/hugo-out" -name index.html | wc -l)
echo "hugo: ${hugo_ms} ms (${hugo_pages} pages), best of ${RUNS}"

# 1. Equal work.
# shellcheck disable=SC2046
ours=$(for _ in $(seq "$RUNS"); do rm -rf "$WORK/out"; time_ms "$BIN" export --no-cache --out "$WORK/out" $(sources "$C"); done | best)
pages=$(find "$WORK/out" -name index.html | wc -l)
echo "1. equal work, cards off: hotline-site ${ours} ms (${pages} pages), best of ${RUNS}"
awk -v a="$ours" -v b="$hugo_ms" 'BEGIN { printf "   ratio hotline-site/hugo time: %.2f (below 1 is faster)\n", a / b }'

# 2. The bundled site grown by the same pages, default settings.
WITH_BUNDLED=1 python3 bench/gen-corpus.py "$WORK/real" "$PAGES" >/dev/null
R="$WORK/real/site"
CACHE="$WORK/image-cache"
rm -rf "$CACHE"
export_real() { rm -rf "$WORK/out-real"; time_ms "$BIN" export --cache-dir "$CACHE" --out "$WORK/out-real" $(sources "$R"); }
first=$(export_real)
cards=$(find "$WORK/out-real/assets/cards" -name '*.png' | wc -l)
pages=$(find "$WORK/out-real" -name index.html | wc -l)
unchanged=$(for _ in $(seq "$RUNS"); do export_real; done | best)
sed -i '0,/^title = "/s//title = "Changed /' "$R/content/en/s0/p1.md"
changed=$(export_real)
echo "2. bundled site + corpus, cards on (${pages} pages, ${cards} social cards):"
echo "   first export, empty image cache: ${first} ms (target: at most 30000)"
echo "   re-export, nothing changed: ${unchanged} ms (best of ${RUNS})"
echo "   re-export after one title changed: ${changed} ms"
awk -v a="$changed" -v b="$hugo_ms" 'BEGIN { printf "   ratio re-export/hugo full build: %.2f (target: at most 0.5)\n", a / b }'

# Serving case 2: cold start and memory (the image cache is warm, as after any export).
content_kb=$(du -sk "$R/content" | cut -f1)
start=$(date +%s%N)
# shellcheck disable=SC2046
"$BIN" serve --addr 127.0.0.1:3901 --cache-dir "$CACHE" $(sources "$R") >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://127.0.0.1:3901/en/; do kill -0 $pid || exit 1; sleep 0.05; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 1
rss_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
echo "serve case 2: cold start ${ready} ms (target: below 5000), RSS $((rss_kb / 1024)) MB; content on disk $((content_kb / 1024)) MB; budget 2 x content + 50 MB = $((2 * content_kb / 1024 + 50)) MB"
