# SPDX-License-Identifier: EUPL-1.2
# Shared by bin/run and bin/test: make .venv and install pinned dependencies (only when they changed).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
# A half-made .venv (no pip, e.g. after a failed first attempt) is made again.
if [ -x .venv/bin/python ] && [ ! -x .venv/bin/pip ]; then rm -rf .venv; fi
# Debian ships venv without ensurepip unless python3-venv is installed.
if [ ! -x .venv/bin/python ] && ! "$PY" -c "import ensurepip" 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
  else
    echo "Installeer eerst python3-venv (Debian/Ubuntu: sudo apt-get install python3-venv)." >&2; exit 1
  fi
fi
if [ ! -x .venv/bin/python ]; then
  echo "==> Python-omgeving maken (.venv)"
  "$PY" -m venv .venv
fi
stamp=.venv/.requirements.sha
want=$(cat requirements/*.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "==> Afhankelijkheden installeren (vastgepinde versies)"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r requirements/dev.txt -c requirements/constraints.txt
  echo "$want" > "$stamp"
fi

# System libraries: Pango for PDF export (WeasyPrint), Debian's Chromium for the browser tests.
need_pkgs=()
ldconfig -p 2>/dev/null | grep libpango-1.0 >/dev/null || need_pkgs+=(libpango-1.0-0 libpangoft2-1.0-0)  # no -q: avoids SIGPIPE under pipefail
if [ "${NEED_BROWSER:-0}" = 1 ] && [ ! -x /usr/bin/chromium ]; then need_pkgs+=(chromium); fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> Systeempakketten installeren: ${need_pkgs[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
  else
    echo "Let op: installeer deze pakketten met de pakketbeheerder: ${need_pkgs[*]}" >&2
  fi
fi
