# Shared by scripts/app and scripts/test: make .venv and install laser-tui from the lock files.
# Usage: source scripts/_venv.sh LOCKFILE
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${LASER_TUI_VENV:-$root/.venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
stamp="$venv/.installed-$(cat "$root/$1" "$root/requirements.lock" "$root/pyproject.toml" | cksum | cut -d' ' -f1)"
if [ ! -f "$stamp" ]; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$root/$1"
  rm -f "$venv"/.installed-*
  touch "$stamp"
fi
# laser-tui itself, as a real (non-editable) install, so what runs is what a wheel holds.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  --no-deps --no-build-isolation --force-reinstall "$root"
