#!/usr/bin/env bash
# Lighthouse (the real tool, 12.8.2 from npm, into .tools/lighthouse/) on the
# published site served by nginx with the shipped configuration, as a
# visitor's phone gets it: `/`, a station's page `/s/zhangqiao/` and the old
# station link `/?s=zhangqiao` (moved on to that page), each N
# times, with Lighthouse's default mobile emulation and simulated throttling
# (slow 4G, 4x CPU). Prints, per run and as the median, the performance,
# accessibility and best-practices scores, LCP, TBT, CLS, FCP and Speed
# Index, the main thread's work and the machine's speed. A benchmark: it prints figures and asserts nothing about them; it
# fails only when it cannot measure. The JSON reports stay in
# target/lighthouse/.
#
# Usage: scripts/lighthouse.sh [--runs N] [--no-build] [--lang TAG]
#   --runs N    runs per page (default 3)
#   --lang TAG  the browser's language (default zh-CN, the map's readers':
#               its first screen is written in simplified Chinese; a reader
#               of another language, e.g. en-US, gets the header and a
#               station page's card or the root page's list in that
#               language before the app, and the map with the app)
#   --no-build  measure the dist/ already built (default: build it first)
# Environment: CHROME_PATH (default /usr/bin/chromium).
set -euo pipefail
source "$(dirname "$0")/tools.sh"

LIGHTHOUSE_VERSION=12.8.2
# The root page, a station's canonical page, and the old station link.
PAGES=("/" "/s/zhangqiao/" "/?s=zhangqiao")
usage() { echo "usage: scripts/lighthouse.sh [--runs N] [--no-build] [--lang TAG]" >&2; exit 2; }
runs=3 build=1 lang=zh-CN
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) [ $# -ge 2 ] || usage; runs="$2"; shift 2 ;;
    --runs=*) runs="${1#--runs=}"; shift ;;
    --no-build) build=0; shift ;;
    --lang) [ $# -ge 2 ] || usage; lang="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]?$ ]] || { echo "lighthouse.sh: --runs wants a number from 1 to 99" >&2; usage; }

ensure_browser_tools
ensure_nginx
lighthouse="$ROOT/.tools/lighthouse/node_modules/.bin/lighthouse"
if [ "$("$lighthouse" --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  say "installing lighthouse $LIGHTHOUSE_VERSION from npm into .tools/lighthouse/"
  npm install --prefix "$ROOT/.tools/lighthouse" --no-save --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi
if [ "$build" = 1 ]; then
  ensure_build_tools
  build_release
fi
[ -f "$ROOT/dist/index.html" ] || { echo "lighthouse.sh: no dist/index.html; run without --no-build" >&2; exit 1; }

# The published folder and nginx's state in a temp folder nginx's worker
# ("nobody" when started as root) can read; removed on exit, with nginx.
work="$(mktemp -d)"
chmod 755 "$work"
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

site="$work/site"
bash "$ROOT/scripts/publish.sh" --no-build "$site" >&2
chmod -R a+rX "$site"
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
bash "$ROOT/scripts/nginx-local.sh" "$port" "$site" "$work/nginx" > "$work/nginx.log" 2>&1 &
nginx_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "$base/" 2>/dev/null && break
  if ! kill -0 "$nginx_pid" 2>/dev/null; then
    echo "lighthouse.sh: nginx exited at start:" >&2
    cat "$work/nginx.log" >&2
    exit 1
  fi
  sleep 0.1
done
curl -fsS -o /dev/null "$base/" || { echo "lighthouse.sh: nginx does not answer on $base" >&2; exit 1; }

reports="$ROOT/target/lighthouse/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$reports" "$work/tmp"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[[ "$lang" =~ ^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$ ]] || { echo "lighthouse.sh: --lang wants a language tag such as zh-CN" >&2; usage; }
flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --lang=$lang --accept-lang=$lang"
echo "lighthouse.sh: Lighthouse $LIGHTHOUSE_VERSION (mobile emulation, simulated throttling), browser language $lang, $CHROME_PATH,"
echo "  the published site on nginx ($base, docs/deploy/jinshan-map.conf), $runs run(s) per page; reports in ${reports#"$ROOT/"}/"

# Per run: the scores x100 and the metrics from one report, then the main
# thread's work in all (Lighthouse's breakdown, simulated at 4x CPU) and
# the machine's speed as Lighthouse measured it before the run (its
# benchmark index; higher is faster): a run whose main thread did twice the
# work of another, parsing included, was slowed by the machine, not the
# page. "?" when missing.
read_report() {
  node - "$1" <<'JS'
const r = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const score = id => (r.categories[id] && r.categories[id].score != null ? Math.round(r.categories[id].score * 100) : '?');
const audit = id => (r.audits[id] && r.audits[id].numericValue != null ? r.audits[id].numericValue : '?');
const out = [score('performance'), score('accessibility'), score('best-practices'),
  audit('largest-contentful-paint'), audit('total-blocking-time'), audit('cumulative-layout-shift'),
  audit('first-contentful-paint'), audit('speed-index')];
const work = r.audits['mainthread-work-breakdown'] && r.audits['mainthread-work-breakdown'].details;
out.push(work ? work.items.reduce((sum, i) => sum + i.duration, 0) : '?');
out.push(r.environment && r.environment.benchmarkIndex != null ? r.environment.benchmarkIndex : '?');
console.log(out.join(' '));
if (r.runtimeError) console.error('  runtime error: ' + r.runtimeError.code + ' ' + r.runtimeError.message);
for (const w of r.runWarnings || []) console.error('  warning: ' + w);
JS
}
# Prints one line of figures: "performance P  accessibility A  ..." from
# "P A B LCP TBT CLS FCP SI WORK BENCH".
show() {
  node - "$@" <<'JS'
const [p, a, b, lcp, tbt, cls, fcp, si, work, bench] = process.argv.slice(2);
const ms = v => (v === '?' ? '?' : Math.round(Number(v)) + ' ms');
const n3 = v => (v === '?' ? '?' : Number(v).toFixed(3));
console.log(`performance ${p}  accessibility ${a}  best practices ${b}   ` +
  `LCP ${ms(lcp)}  TBT ${ms(tbt)}  CLS ${n3(cls)}  FCP ${ms(fcp)}  Speed Index ${ms(si)}   ` +
  `main thread ${ms(work)}  machine ${bench === undefined || bench === '?' ? '?' : Math.round(Number(bench))}`);
JS
}
# The median of each column of the lines in a file (ignoring "?").
medians() {
  node - "$1" <<'JS'
const rows = require('fs').readFileSync(process.argv[2], 'utf8').trim().split('\n').filter(Boolean).map(l => l.split(' '));
const median = col => {
  const v = rows.map(r => r[col]).filter(x => x !== '?').map(Number).sort((x, y) => x - y);
  if (!v.length) return '?';
  const m = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  return String(m);
};
console.log([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(median).join(' '));
JS
}

failed=0
for page_index in "${!PAGES[@]}"; do
  : > "$work/figures-$page_index"
done
for run in $(seq 1 "$runs"); do
  for page_index in "${!PAGES[@]}"; do
    page="${PAGES[$page_index]}"
    name="page$page_index-run$run"
    rc=0
    TMPDIR="$work/tmp" "$lighthouse" "$base$page" \
      --chrome-path="$CHROME_PATH" --chrome-flags="$flags" \
      --only-categories=performance,accessibility,best-practices \
      --max-wait-for-load=120000 \
      --output=json --output-path="$reports/$name.json" > "$reports/$name.log" 2>&1 || rc=$?
    figures=""
    [ ! -s "$reports/$name.json" ] || figures="$(read_report "$reports/$name.json" 2> "$work/notes-$name")" || figures=""
    if [ -n "$figures" ]; then
      echo "$figures" >> "$work/figures-$page_index"
      echo "$page  run $run: $(show $figures)"
      [ ! -s "$work/notes-$name" ] || cat "$work/notes-$name"
    fi
    if [ "$rc" != 0 ] || [ -z "$figures" ]; then
      failed=1
      echo "$page  run $run: Lighthouse failed (exit $rc); the end of its log (${reports#"$ROOT/"}/$name.log):"
      tail -n 15 "$reports/$name.log" | sed 's/^/    /'
    fi
  done
done
for page_index in "${!PAGES[@]}"; do
  page="${PAGES[$page_index]}"
  count="$(grep -c . "$work/figures-$page_index" || true)"
  if [ "$count" -gt 0 ]; then
    echo "$page  median of $count: $(show $(medians "$work/figures-$page_index"))"
  fi
done
echo "goals (issue 14): performance >= 98, accessibility 100, best practices 100, on both pages"
exit "$failed"
