#!/bin/sh
# Install the Debian packages mytrace needs to build and test, when they
# are missing.  As root it runs apt-get; otherwise it prints the command.
set -e
need=""
have_pc() { pkg-config --exists "$1" 2>/dev/null; }
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v make >/dev/null 2>&1 || need="$need make"
have_pc lua5.4 || need="$need liblua5.4-dev"
have_pc readline || need="$need libreadline-dev"
have_pc cmocka || need="$need libcmocka-dev"
command -v strace >/dev/null 2>&1 || need="$need strace"
command -v python3 >/dev/null 2>&1 || need="$need python3"
# Optional: clang with libFuzzer (the fuzz step of make check) and
# valgrind (the leak check): installed when we can, skipped otherwise.
want=""
sh "$(dirname "$0")/../tests/fuzz/have_libfuzzer.sh" clang ||
	want="$want clang libclang-rt-dev"
command -v valgrind >/dev/null 2>&1 || want="$want valgrind"
if [ -n "$want" ] && [ "$(id -u)" -eq 0 ] &&
	command -v apt-get >/dev/null 2>&1; then
	echo "mytrace: installing (optional):$want"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq || :
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $want ||
		echo "mytrace: optional packages not installed:$want"
fi
[ -z "$need" ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "mytrace: installing:$need"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $need
else
	echo "mytrace: missing packages; run as root:"
	echo "  apt-get install -y$need"
	exit 1
fi
