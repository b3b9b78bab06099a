# Sourced by the scripts that drive the editor's real forms with curl (scaleout, load, fault, bench).
# editor_login BASE JAR EMAIL PASSWORD: reads the login form (antiforgery token and all, via tests/lib/form-fields.py),
# posts it, and fails unless the login answers 302.
editor_login() {
  local fields code helper
  helper="$(dirname "${BASH_SOURCE[0]}")/form-fields.py"
  fields=$(curl -fs -c "$2" -b "$2" "$1/editor/account/login" | python3 "$helper" "" "Input.Email=$3" "Input.Password=$4")
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$2" -b "$2" --max-time 20 --data "$fields" "$1/editor/account/login")
  [ "$code" = 302 ] || { echo "login on $1 answered $code" >&2; return 1; }
}
