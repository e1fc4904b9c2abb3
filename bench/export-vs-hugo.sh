#!/usr/bin/env bash
# Export of a 10,000-page corpus (2 locales x 5,000) against Hugo building the same Markdown,
# side by side in one run; also resident memory with the corpus loaded and cold start time.
# Needs: hugo (apt), a release build (cargo build --release). Not a CI gate.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${HOTLINE_BIN:-target/release/hotline-site}
WORK=${WORK:-/tmp/hotline-bench}
PAGES=${PAGES:-5000}
RUNS=${RUNS:-3}
python3 bench/gen-corpus.py "$WORK/corpus" "$PAGES" >/dev/null
C="$WORK/corpus/site"

best() { sort -n | head -1; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

ours=$(for _ in $(seq "$RUNS"); do rm -rf "$WORK/out"; time_ms "$BIN" export --out "$WORK/out" --content "$C/content" --locales "$C/locales" --style "$C/style" --public "$C/public"; done | best)
hugo_ms=$(for _ in $(seq "$RUNS"); do rm -rf "$WORK/hugo-out"; time_ms hugo --quiet -s "$WORK/corpus/hugo" -d "$WORK/hugo-out"; done | best)
pages=$(find "$WORK/out" -name index.html | wc -l)
hugo_pages=$(find "$WORK/hugo-out" -name index.html | wc -l)
echo "export: hotline-site ${ours} ms (${pages} pages), hugo ${hugo_ms} ms (${hugo_pages} pages), best of ${RUNS}"
awk -v a="$ours" -v b="$hugo_ms" 'BEGIN { printf "ratio hotline-site/hugo time: %.2f (below 1 is faster)\n", a / b }'

# Serve the corpus: cold start (until the first page answers) and resident memory.
content_kb=$(du -sk "$C/content" | cut -f1)
start=$(date +%s%N)
"$BIN" serve --addr 127.0.0.1:3901 --content "$C/content" --locales "$C/locales" --style "$C/style" --public "$C/public" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://127.0.0.1:3901/en/; do kill -0 $pid || exit 1; sleep 0.05; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
rss_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
echo "serve corpus: cold start ${ready} ms (build, compression and bind), RSS $((rss_kb / 1024)) MB; content on disk $((content_kb / 1024)) MB; budget 2 x content + 50 MB = $((2 * content_kb / 1024 + 50)) MB"
