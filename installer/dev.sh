#!/usr/bin/env bash
# Tierwise from a fresh Debian 12: install what is missing, build, and run or test.
#
#   installer/dev.sh run    set up, build, and start the main job: the GUI on a demo workspace
#                           (or, without a display, `tierwise-cli demo`)
#   installer/dev.sh test   set up, build, and run the test suite (what CI runs)
#   installer/dev.sh bench  set up (with the comparison tools), build the release preset and run
#                           the benchmark programs (import, features, k-means)
#   installer/dev.sh package  set up (with the packaging tools), build the `package` preset, make
#                           the .deb and .tar.gz with CPack and check them (Depends, contents, lintian)
#   installer/dev.sh setup  only install the Debian packages
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

# Every Debian package the project needs, to build, test and look at its output.
packages=(
    g++ cmake ninja-build pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
    libqcustomplot-dev libsqlite3-dev sqlite3 libeigen3-dev liblbfgspp-dev libboost-dev
    fonts-wqy-microhei libqt6svg6 qt6-translations-l10n
    librsvg2-bin desktop-file-utils appstream
    xvfb xauth poppler-utils
    clang libclang-rt-14-dev
)

# What the benchmarks compare against: pandas and scikit-learn (Debian's), the sqlite3 shell.
bench_packages=(python3-pandas python3-sklearn sqlite3)

# What making and checking the packages takes: dpkg-shlibdeps (dpkg-dev) and file for CPack's
# Depends, lintian, and debootstrap for installer/linux/verify-deb.sh's clean Debian 12 root.
package_packages=(dpkg-dev file lintian debootstrap)

setup() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

# The .deb and .tar.gz of the `package` preset (Release, no tests), and what proves the .deb whole:
# its control fields, every file the desktop needs, the launcher and AppStream metadata as
# installed passing their validators, and lintian's opinion (printed, not enforced).
package() {
    build package
    rm -f build/package/tierwise_*.deb build/package/tierwise-*.tar.gz
    cpack --preset package
    local deb tgz
    deb=$(echo build/package/tierwise_*.deb)
    tgz=$(echo build/package/tierwise-*.tar.gz)
    dpkg-deb --info "$deb"
    local contents
    contents=$(dpkg-deb --contents "$deb")
    echo "$contents"
    local id=io.tierwise.Tierwise share=./usr/share incomplete=0 f
    for f in ./usr/bin/tierwise ./usr/bin/tierwise-cli "$share/applications/$id.desktop" \
        "$share/metainfo/$id.metainfo.xml" "$share/mime/packages/tierwise-mime.xml" \
        "$share/icons/hicolor/scalable/apps/$id.svg" \
        "$share/icons/hicolor/scalable/mimetypes/application-x-tierwise-workspace.svg" \
        "$share"/icons/hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/{apps/$id,mimetypes/application-x-tierwise-workspace}.png; do
        if ! grep -q -- " $f\$" <<<"$contents"; then
            echo "missing from the package: $f" >&2
            incomplete=1
        fi
    done
    [ "$incomplete" -eq 0 ] || exit 1
    local root
    root=$(mktemp -d)
    dpkg-deb --extract "$deb" "$root"
    desktop-file-validate "$root/usr/share/applications/$id.desktop"
    appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
    rm -rf "$root"
    echo "lintian:"
    lintian --info "$deb" || true
    ls -l "$deb" "$tgz"
}

case "${1:-}" in
setup)
    setup
    ;;
run)
    setup
    build default
    bin=build/default/app
    demo_dir=${TIERWISE_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/tierwise/demo}
    "$bin/tierwise-cli" demo --out "$demo_dir"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$bin/tierwise" "$demo_dir/demo.tierwise"
    else
        echo "No display: the headless demo above is the main job. Start the GUI with $bin/tierwise $demo_dir/demo.tierwise"
    fi
    ;;
test)
    setup
    build default
    ctest --preset default
    ;;
bench)
    setup "${bench_packages[@]}"
    build release
    bench=build/release/tests/bench
    dir=${TIERWISE_BENCH_DIR:-$(mktemp -d)}
    "$bench/bench_csvreader"
    "$bench/bench_import" --customers "${TIERWISE_BENCH_CUSTOMERS:-1000000}" --dir "$dir"
    rm -f "$dir"/features.tierwise*
    build/release/app/tierwise-cli import --workspace "$dir/features.tierwise" "$dir"/data/*.csv
    "$bench/bench_features" --workspace "$dir/features.tierwise"
    "$bench/bench_kmeans"
    ;;
package)
    setup "${package_packages[@]}"
    package
    ;;
*)
    echo "usage: installer/dev.sh run|test|bench|package|setup" >&2
    exit 2
    ;;
esac
