#!/usr/bin/env bash
# Set up a Debian machine for slotscope, build it, then start the REPL or run the tests.
#
# usage: bash .ci/setup.sh repl [SLOTSCOPE-ARGS...]   install what is missing, build, start the REPL
#        bash .ci/setup.sh test [CTEST-ARGS...]       install what is missing, build, run all tests
#        bash .ci/setup.sh deps                       only install what is missing
#
# Packages are installed with apt-get (through sudo unless run as root); apt-get
# update runs first unless APT_UPDATED=1.  The build goes to build/.
set -eu
cd "$(dirname "$0")/.."
PACKAGES="cmake ninja-build gcc libc6-dev lemon libedit-dev"

install_missing() {
    local p missing=() sudo=
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
    [ "${APT_UPDATED:-0}" = 1 ] || $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    # Clear any SLOTSCOPE_TEST_BIN left in the cache: these commands test the build.
    cmake -S . -B build -G Ninja -DSLOTSCOPE_TEST_BIN= -DSLOTSCOPE_TEST_BIN_ASAN=
    cmake --build build
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
    deps) install_missing ;;
    repl) install_missing; build; exec ./build/slotscope "$@" ;;
    test) install_missing; build; cd build; exec ctest --output-on-failure -j "$(nproc)" "$@" ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
