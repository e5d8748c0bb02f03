# Shared by scripts/app and scripts/test: make .venv, install the lock file's packages and
# laser-tui itself (a real, non-editable install with its bytecode compiled), each only when
# what it is made from changed. Messages go to standard error; standard output stays the app's.
# Usage: source scripts/_venv.sh LOCKFILE
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${LASER_TUI_VENV:-$root/.venv}"
python="${PYTHON:-python3}"
lock="$1"

say() { printf '%s\n' "$*" >&2; }

# A checksum of files: their names, sizes and contents.
sum_of() { (cd "$root" && cksum "$@" | cksum | cut -d' ' -f1); }
deps_stamp() {
  local extras="" lock  # the dev lock includes the extras' locks: a change there counts too
  for lock in requirements-web.lock requirements-pdf.lock requirements-fhir.lock \
    requirements-postgres.lock; do
    [ ! -f "$root/$lock" ] || extras="$extras $lock"
  done
  printf '%s/.deps-%s-%s' "$venv" "$1" "$(sum_of "$1" requirements.lock $extras pyproject.toml)"
}
# What laser-tui is built from: its sources, its data and its build settings.
app_sum() {
  (cd "$root" && find src data pyproject.toml hatch_build.py -type f ! -path '*/__pycache__/*' \
    ! -path '*.egg-info/*' -print0 | LC_ALL=C sort -z | xargs -0 cksum | cksum | cut -d' ' -f1)
}

# Run pip, showing "package k of n" instead of its output; on failure, show its output.
pip_with_progress() {
  local total="$1" log="$venv/.pip.log" count=0 line
  shift
  if ! "$venv/bin/python" -m pip install --disable-pip-version-check --progress-bar off "$@" \
    >"$log" 2>&1; then
    cat "$log" >&2
    say "Setting up laser-tui failed (pip's messages are above and in $log)."
    return 1
  fi &
  local pid=$! shown="" now
  while kill -0 "$pid" 2>/dev/null; do
    count=$(grep -c '^Collecting\|^Requirement already satisfied' "$log" 2>/dev/null || true)
    now="  package $count of about $total…"
    if grep -q '^Installing collected packages' "$log" 2>/dev/null; then
      now="  package $count of about $total: installing them…"
    fi
    [ "$now" = "$shown" ] || printf '\r%s' "$now" >&2
    shown="$now"
    sleep 0.5
  done
  wait "$pid"
  printf '\r  package %d of about %d: done.                 \n' "$total" "$total" >&2
}

first_time=""
if [ ! -x "$venv/bin/python" ]; then
  first_time=1
  say "Setting up laser-tui (first time only, about a minute)…"
  say "  1/3 making a Python environment in $venv"
  "$python" -m venv "$venv"
fi

# The lock files that include $lock (the web lock includes requirements.lock, the dev lock
# both): the stamp of any of them does for $lock too.
including() {
  case "$1" in
    requirements.lock) echo requirements.lock requirements-web.lock requirements-dev.lock ;;
    requirements-web.lock) echo requirements-web.lock requirements-dev.lock ;;
    *) echo "$1" ;;
  esac
}
installed=""
for other in $(including "$lock"); do
  [ ! -f "$(deps_stamp "$other")" ] || installed=1
done
if [ -z "$installed" ]; then
  if [ -n "$first_time" ]; then
    :
  elif [ "$lock" = requirements-web.lock ] && ! compgen -G "$venv/.deps-$lock-*" >/dev/null; then
    say "Adding the web extra for laser-tui serve (first time only), from $lock…"
  else
    say "Updating laser-tui's packages (a lock file or pyproject.toml changed)…"
  fi
  say "  2/3 installing the packages laser-tui needs, from $lock"
  total=$(cat "$root/requirements.lock" "$root/$lock" | sort -u | grep -cE '^[A-Za-z0-9_.-]+==')
  # --require-hashes: a package whose hash is not in the lock (a tampered lock or download) fails
  pip_with_progress "$total" --require-hashes -r "$root/$lock"
  rm -f "$venv/.deps-$lock-"*
  touch "$(deps_stamp "$lock")"
fi

app_stamp="$venv/.laser-tui-$(app_sum)"
if [ ! -f "$app_stamp" ]; then
  [ -n "$first_time" ] || say "Updating laser-tui (its sources changed)…"
  say "  3/3 installing laser-tui itself"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --compile \
    --no-deps --no-build-isolation --force-reinstall "$root" >&2
  rm -f "$venv"/.laser-tui-* "$venv"/.installed-*
  touch "$app_stamp"
  [ -z "$first_time" ] || say "laser-tui is set up; later starts skip all of this."
fi
