# Shared by scripts/brief, scripts/test and scripts/bench: install what is missing, idempotently.
# Sourced, not run.
set -euo pipefail
ZB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ZB_ROOT

zb_say() { printf 'zonebrief: %s\n' "$*" >&2; }

# zb_apt PKG...: installs the Debian packages that are not installed yet (nothing when all are).
zb_apt() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    zb_say "installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What building and running the brief needs: the C libraries, pkg-config, libcurl for mail,
# OpenCC (and its dictionaries) for pages in traditional script.
zb_runtime_deps() {
    zb_apt pkg-config libcairo2-dev libpango1.0-dev libcurl4-openssl-dev libopencc-dev libopencc-data ca-certificates
}

# What the tests need beyond that: poppler and qpdf to read PDFs back, and a Python with
# fontTools, pypdf (glyph check) and aiosmtpd (a real SMTP server), in a venv of the project's.
zb_test_deps() {
    zb_runtime_deps
    zb_apt poppler-utils qpdf
    command -v python3 >/dev/null || zb_apt python3
    local venv="$ZB_ROOT/.build-py"
    if ! "$venv/bin/python" -c 'import fontTools, pypdf, aiosmtpd' 2>/dev/null; then
        python3 -m venv "$venv" 2>/dev/null || { zb_apt python3-venv; rm -rf "$venv"; python3 -m venv "$venv"; }
        zb_say "installing fonttools, pypdf, aiosmtpd into .build-py/"
        "$venv/bin/python" -m pip install -q --disable-pip-version-check fonttools pypdf aiosmtpd
    fi
    export ZB_PYTHON="$venv/bin/python"
}
