#!/usr/bin/env bash
# Proves the .deb complete: installs it with apt into a clean Debian 12 (bookworm) made by
# debootstrap, where nothing from the build machine is, and runs the headless demo and the
# workbench there.
#
#   installer/linux/verify-deb.sh [DEB]
#
# Without DEB it makes one with `installer/dev.sh package`. Needs root (debootstrap, chroot,
# mount). Steps:
#   1. a minbase bookworm root, from debootstrap once and then from its cached tarball
#      (build/verify-deb/bookworm-minbase.tar); every run unpacks a fresh copy;
#   2. `apt-get install --no-install-recommends ./tierwise_*.deb` in it: the Depends alone must
#      bring everything, and `ldd` must find every library;
#   3. `tierwise-cli demo --out /tmp/demo` there;
#   4. xvfb and xauth (for the test only, not package dependencies), then
#      `xvfb-run -a tierwise /tmp/demo/demo.tierwise --screenshot …` through Qt's xcb platform
#      plugin, in English and in Simplified Chinese; the screenshots are copied out to
#      build/verify-deb/ (deb-install-en.png, deb-install-zh_CN.png).
# The root's /proc, /dev/shm and /tmp are fresh mounts (nothing of the host's is bound in) and
# are unmounted, and the root removed, on exit.
#
# Environment: TIERWISE_DEBIAN_MIRROR (default: the host's Debian mirror from /etc/apt, else
# http://deb.debian.org/debian), TIERWISE_VERIFY_DIR (default build/verify-deb), KEEP_ROOT=1 to
# leave the root in place for a look around.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"

if [ "$(id -u)" -ne 0 ]; then
    echo "verify-deb.sh needs root (debootstrap, chroot, mount)" >&2
    exit 1
fi
for tool in debootstrap chroot mount umount; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run installer/dev.sh package first" >&2; exit 1; }
done

say() { printf '\n== %s\n' "$*"; }

# The Debian mirror the host uses (one-line or deb822 sources), not its security archive.
host_mirror() {
    local files=() uri
    shopt -s nullglob
    files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources)
    shopt -u nullglob
    [ ${#files[@]} -gt 0 ] || return 0
    uri=$(sed -n -E -e 's/^deb( \[[^]]*\])? +(https?:\/\/[^ ]+) .*/\2/p' -e 's/^URIs: *(https?:\/\/[^ ]+).*/\1/p' \
        "${files[@]}" 2>/dev/null | grep -v -e security -e '^$' | grep /debian | head -n 1 || true)
    echo "${uri%/}"
}
mirror=${TIERWISE_DEBIAN_MIRROR:-$(host_mirror)}
mirror=${mirror:-http://deb.debian.org/debian}

work=${TIERWISE_VERIFY_DIR:-build/verify-deb}
mkdir -p "$work"
work=$(cd "$work" && pwd)

# 0. The package.
if [ $# -ge 1 ]; then
    deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
else
    say "Making the package: installer/dev.sh package"
    installer/dev.sh package >"$work/package.log" 2>&1 || { tail -n 40 "$work/package.log" >&2; exit 1; }
    deb=$(echo "$here"/build/package/tierwise_*.deb)
fi
[ -f "$deb" ] || { echo "no package: $deb" >&2; exit 1; }

root=
cleanup() {
    local status=$?
    if [ -n "$root" ] && [ -d "$root" ]; then
        # Everything mounted at or below the root, deepest first.
        local mounts
        mounts=$(awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts | sort -r)
        # Xvfb may take a moment to go after xvfb-run returns: retry before detaching lazily.
        for m in $mounts; do
            for _ in 1 2 3 4 5; do
                umount "$m" 2>/dev/null && break
                sleep 1
            done
            if mountpoint -q "$m"; then umount -l "$m"; fi
        done
        if [ "${KEEP_ROOT:-0}" = 1 ]; then
            echo "The root stays in $root"
        elif awk -v r="$root" 'index($2, r) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
            echo "Not removing $root: something is still mounted there" >&2
        else
            rm -rf --one-file-system "$root"
        fi
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. A clean bookworm.
cache=$work/bookworm-minbase.tar
if [ ! -f "$cache" ]; then
    say "debootstrap --variant=minbase bookworm … $mirror (cached afterwards in $cache)"
    root=$(mktemp -d "$work/root.XXXXXX")
    chmod 755 "$root" # it is /, which apt's _apt user and everyone must be able to enter
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -n 40 "$work/debootstrap.log" >&2; exit 1; }
    awk -v r="$root" 'index($2, r "/") == 1 { print $2 }' /proc/mounts | sort -r | xargs -r umount
    chroot "$root" apt-get clean
    tar -C "$root" --numeric-owner -cf "$cache.part" . && mv "$cache.part" "$cache"
    rm -rf --one-file-system "$root"
fi
root=$(mktemp -d "$work/root.XXXXXX")
chmod 755 "$root"
tar -C "$root" --numeric-owner -xpf "$cache"
mount -t proc proc "$root/proc"
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
install -d -m 700 "$root/tmp/runtime"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb \
        XDG_RUNTIME_DIR=/tmp/runtime DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"
}

# 2. The package, with what it depends on and nothing else.
say "Package: $deb ($(du -h "$deb" | cut -f1), $(stat -c %s "$deb") bytes)"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends
cp "$deb" "$root/tmp/"
say "apt-get install -y --no-install-recommends ./$(basename "$deb")   (in the clean root)"
in_root apt-get update -qq
in_root sh -c "cd /tmp && apt-get install -y --no-install-recommends ./$(basename "$deb")" >"$work/apt.log" 2>&1 \
    || { tail -n 40 "$work/apt.log" >&2; exit 1; }
grep -E '^(Need to get|After this operation|[0-9]+ upgraded)' "$work/apt.log"
# shellcheck disable=SC2016 # dpkg-query's own ${Field} syntax
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' tierwise
for exe in tierwise tierwise-cli; do
    if in_root ldd "/usr/bin/$exe" | grep 'not found'; then
        echo "$exe: libraries not found in the clean root" >&2
        exit 1
    fi
done
echo "ldd: every library of tierwise and tierwise-cli found"

# 3. The headless main job.
say "tierwise-cli demo --out /tmp/demo"
in_root tierwise-cli demo --out /tmp/demo
in_root tierwise-cli info --workspace /tmp/demo/demo.tierwise

# 4. The workbench on the demo, through the xcb platform plugin on Xvfb.
say "apt-get install -y --no-install-recommends xvfb xauth   (for the test only)"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth >>"$work/apt.log" 2>&1 \
    || { tail -n 40 "$work/apt.log" >&2; exit 1; }
for lang in en zh_CN; do
    shot=/tmp/shot-$lang.png
    case $lang in
    en) locale_env=(LANG=C.UTF-8) out=$work/deb-install-en.png ;;
    # The root has no zh_CN locale data (no `locales`): Qt reads the language from LANG and
    # LANGUAGE all the same, and falls back to C.UTF-8 for the character set, with a warning.
    *) locale_env=(LANG="$lang.UTF-8" LANGUAGE="$lang") out=$work/deb-install-$lang.png ;;
    esac
    say "${locale_env[*]} xvfb-run -a tierwise /tmp/demo/demo.tierwise --screenshot $shot"
    in_root env "${locale_env[@]}" QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1600x1000x24" tierwise /tmp/demo/demo.tierwise --screenshot "$shot" \
        2>&1 | tee "$work/gui-$lang.log"
    if grep -q -i -e 'could not load the qt platform plugin' -e 'could not find the qt platform plugin' "$work/gui-$lang.log"; then
        echo "the xcb platform plugin did not load" >&2
        exit 1
    fi
    [ -s "$root$shot" ] || { echo "no screenshot: $shot" >&2; exit 1; }
    cp "$root$shot" "$out"
    echo "screenshot: $out"
done

say "Done: $(basename "$deb") installs on a clean Debian 12 with its Depends alone; the demo ran and the workbench showed it."
