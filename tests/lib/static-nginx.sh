# Sourced by the benchmarks that compare a page with nginx serving the same bytes (speed.sh, archive-speed.sh).
#   static_nginx_start URL PORT   saves URL's bytes (and their gzip, as nginx-light has no brotli) under $work/nginx
#                                 and serves them at http://127.0.0.1:PORT/static/article.html; sets $nginx (its pid)
# The caller kills $nginx (in its EXIT trap too); $work must be readable by nginx's unprivileged workers (chmod 755).
static_nginx_start() {
  mkdir -p "$work/nginx/root/static" "$work/nginx/tmp"
  curl -fs "$1" > "$work/nginx/root/static/article.html"
  gzip -kf -6 "$work/nginx/root/static/article.html"
  cat > "$work/nginx/nginx.conf" <<NGINX
daemon off; worker_processes auto; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off; client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp; uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  types { text/html html; } gzip_static on;
  server { listen 127.0.0.1:$2; root $work/nginx/root; }
}
NGINX
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
  nginx=$!
  sleep 0.5
}
