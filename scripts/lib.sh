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

# What the tests need beyond that: poppler and qpdf to read PDFs back, Chromium to render the
# HTML mail at phone and desktop widths (headless; Python's own email and zlib read the message
# and the screenshots), and a Python with fontTools, pypdf (glyph check) and aiosmtpd (a real
# SMTP server), in a venv of the project's.
zb_test_deps() {
    zb_runtime_deps
    zb_apt poppler-utils qpdf rsync chromium
    command -v python3 >/dev/null || zb_apt python3
    local venv="$ZB_ROOT/.build-py"
    if ! "$venv/bin/python" -c 'import fontTools, pypdf, aiosmtpd' 2>/dev/null; then
        python3 -m venv "$venv" 2>/dev/null || { zb_apt python3-venv; rm -rf "$venv"; python3 -m venv "$venv"; }
        zb_say "installing fonttools, pypdf, aiosmtpd into .build-py/"
        "$venv/bin/python" -m pip install -q --disable-pip-version-check fonttools pypdf aiosmtpd
    fi
    export ZB_PYTHON="$venv/bin/python"
}

# The commit the sources are: ZB_COMMIT, else git's short hash (+"-dirty" with uncommitted changes),
# else "unknown commit".
zb_commit() {
    if [ -n "${ZB_COMMIT:-}" ]; then echo "$ZB_COMMIT"; return; fi
    local c
    if c="$(git -C "$ZB_ROOT" rev-parse --short HEAD 2>/dev/null)"; then
        [ -n "$(git -C "$ZB_ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ] && c="$c-dirty"
        echo "$c"
    else
        echo "unknown commit"
    fi
}

# The version in Sources/ZoneBrief/BuildInfo.swift.
zb_version() {
    sed -n 's/.*public static let version = "\(.*\)".*/\1/p' "$ZB_ROOT/Sources/ZoneBrief/BuildInfo.swift"
}

# Builds the release binary for installing and packaging: the Swift runtime linked statically,
# the commit compiled in (a generated file, not in git, rewritten only when the commit changes so
# a second install builds nothing; only -DZB_BUILD_STAMP builds read it), symbols stripped.
# Sets ZB_RELEASE_BINARY.
zb_build_release() {
    local scratch="${ZB_INSTALL_SCRATCH:-$ZB_ROOT/.build-install}"
    local stamp="$ZB_ROOT/Sources/ZoneBrief/BuildStamp.generated.swift"
    printf '// Written by scripts/lib.sh (zb_build_release); not in git. Only builds with -DZB_BUILD_STAMP read it.\n#if ZB_BUILD_STAMP\nlet buildStampCommit = "%s"\n#endif\n' "$(zb_commit)" > "$stamp.new"
    if cmp -s "$stamp.new" "$stamp"; then rm -f "$stamp.new"; else mv "$stamp.new" "$stamp"; fi
    zb_say "building zonebrief $(zb_version) ($(zb_commit)), release, Swift runtime linked statically, in ${scratch#$ZB_ROOT/}/"
    mkdir -p "$scratch"
    local log="$scratch/build.log"
    if ! (cd "$ZB_ROOT" && swift build -c release --product zonebrief --static-swift-stdlib --scratch-path "$scratch" \
            -Xswiftc -DZB_BUILD_STAMP >"$log" 2>&1); then
        grep -v "prohibited flag" "$log" | tail -40 >&2
        zb_say "error: the release build failed (above; the whole log is $log)"
        exit 1
    fi
    local bin="$scratch/release/zonebrief"
    ZB_RELEASE_BINARY="$scratch/release/zonebrief.stripped"
    strip -o "$ZB_RELEASE_BINARY" "$bin"
    export ZB_RELEASE_BINARY
}

# zb_install_files DEST: the layout of an installation under DEST (a prefix, or a package root's
# usr/): bin/zonebrief (ZB_RELEASE_BINARY), share/zonebrief/{fonts,lexicon}, share/doc/zonebrief/.
zb_install_files() {
    local dest="$1"
    install -d "$dest/bin" "$dest/share/zonebrief/fonts" "$dest/share/zonebrief/lexicon" "$dest/share/doc/zonebrief"
    install -m 755 "$ZB_RELEASE_BINARY" "$dest/bin/zonebrief"
    install -m 644 "$ZB_ROOT"/Fonts/*.ttf "$ZB_ROOT/Fonts/OFL.txt" "$dest/share/zonebrief/fonts/"
    install -m 644 "$ZB_ROOT"/Sources/ZoneBriefExtract/Lexicon/Data/*.tsv "$dest/share/zonebrief/lexicon/"
    install -m 644 "$ZB_ROOT/README.md" "$dest/share/doc/zonebrief/"
    rm -rf "$dest/share/doc/zonebrief/examples"
    cp -R "$ZB_ROOT/examples" "$dest/share/doc/zonebrief/examples"
    chmod -R u=rwX,go=rX "$dest/share/doc/zonebrief/examples"
}
