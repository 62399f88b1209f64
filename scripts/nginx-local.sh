#!/usr/bin/env bash
# Runs nginx in the foreground on this machine with the shipped site
# configuration (docs/deploy/jinshan-map.conf) over a published folder:
# what scripts/serve.sh and the e2e tests against nginx use. Unprivileged
# where it can be: its own prefix with its own logs and temp dirs, a
# loopback port, no system config touched. Ctrl-C (or SIGTERM) stops it.
#
# Usage: scripts/nginx-local.sh PORT PUBLISHED_DIR [STATE_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${1:?usage: nginx-local.sh PORT PUBLISHED_DIR [STATE_DIR]}"
site="$(cd "${2:?usage: nginx-local.sh PORT PUBLISHED_DIR [STATE_DIR]}" && pwd)"
state="${3:-$(mktemp -d)}"
mkdir -p "$state/temp"
nginx="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx" ] || { echo "nginx-local.sh: nginx is not installed (Debian: apt-get install nginx)" >&2; exit 1; }

# The shipped server block, on this port and folder; brotli only where the
# module is installed (as the configuration's own comment says).
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
conf="$ROOT/docs/deploy/jinshan-map.conf"
if [ -f "$module" ]; then load="load_module $module;"; brotli='&'; else load=""; brotli='# &'; fi
sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$port;|" \
    -e "s|^\(\s*\)root /srv/jinshan-map;|\1root $site;|" \
    -e "s|^\s*brotli_static on;|$brotli|" "$conf" > "$state/site.conf"
grep -q "listen 127.0.0.1:$port;" "$state/site.conf" && grep -q "root $site;" "$state/site.conf" \
  || { echo "nginx-local.sh: $conf no longer has the 'listen 80;' and 'root /srv/jinshan-map;' lines it replaces" >&2; exit 1; }

# When started as root, nginx's workers drop to "nobody"; the published
# folder must then be world-readable (it is, with the usual umask).
cat > "$state/nginx.conf" <<CONF
$load
daemon off;
worker_processes 1;
pid $state/nginx.pid;
error_log $state/error.log warn;
events { worker_connections 256; }
http {
    access_log $state/access.log;
    client_body_temp_path $state/temp/body;
    proxy_temp_path $state/temp/proxy;
    fastcgi_temp_path $state/temp/fastcgi;
    uwsgi_temp_path $state/temp/uwsgi;
    scgi_temp_path $state/temp/scgi;
    include $state/site.conf;
}
CONF
"$nginx" -t -q -p "$state" -c "$state/nginx.conf"
exec "$nginx" -p "$state" -c "$state/nginx.conf"
