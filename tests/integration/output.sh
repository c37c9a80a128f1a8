#!/bin/sh
# The output options: --json (every line parsed by python3's json module,
# on real programs, with -f and bad pointers), -X raw|verbose, -e read=/
# -e write= hex dumps, --instruction-pointer, -ff -o and the attach
# notices of -f -o; each compared with strace 6.1 where strace has it.
. "$TOP/tests/integration/lib.sh"
T=$TRACEES
F=$TMP/file
ORACLE=$(command -v strace) || { not_ok "strace installed"; exit 1; }
PY=$(command -v python3) || { not_ok "python3 installed"; exit 1; }

# same_as_strace NAME ARGS...: mytrace ARGS and strace ARGS print the same
# normalised trace (instruction pointers normalised too).
same_as_strace() {
	_n=$1
	shift
	timeout 20 "$ORACLE" -o "$TMP/s.raw" "$@" < /dev/null > /dev/null 2>&1
	timeout 20 "$MYTRACE" -o "$TMP/m.raw" "$@" < /dev/null > /dev/null 2>&1
	# "[00007f...] " (--instruction-pointer) first: normalize_trace
	# finds the pids in lines that start with the call.
	sed -E 's/^\[([0-9a-f]{16}|\?{16})\] //' "$TMP/s.raw" > "$TMP/s.out"
	sed -E 's/^\[([0-9a-f]{16}|\?{16})\] //' "$TMP/m.raw" > "$TMP/m.out"
	if ! cmp -s "$TMP/s.raw" "$TMP/s.out" &&
	   grep -qv '^\[' "$TMP/m.raw"; then
		not_ok "$_n" "a line without its instruction pointer"
		return
	fi
	check_traces "$_n" "$TMP/s.out" "$TMP/m.out"
}

# json_check NAME FILE [PYTHON-EXPR]: every line of FILE is one JSON
# object with the keys of its kind; EXPR (over "recs", the list of
# objects) must hold too.
json_check() {
	if "$PY" - "$2" "${3:-True}" > "$TMP/py.out" 2>&1 <<'EOF'
import json, sys
path, expr = sys.argv[1], sys.argv[2]
recs = []
with open(path, "rb") as f:
    for n, raw in enumerate(f, 1):
        line = raw.decode("utf-8")          # valid UTF-8 on every line
        try:
            r = json.loads(line)
        except ValueError as e:
            sys.exit("line %d: %s: %r" % (n, e, line[:200]))
        if not isinstance(r, dict):
            sys.exit("line %d: not an object" % n)
        want = {"pid", "tid", "ts"}
        if "syscall" in r:
            want |= {"args", "ret", "err", "dur_ns"}
            if not isinstance(r["args"], (list, dict)):
                sys.exit("line %d: args not a list" % n)
        elif "event" not in r:
            sys.exit("line %d: neither syscall nor event" % n)
        if not want <= set(r):
            sys.exit("line %d: missing %s" % (n, want - set(r)))
        if not isinstance(r["ts"], str) or not r["ts"].isdigit():
            sys.exit("line %d: ts %r" % (n, r["ts"]))
        for k, v in r.items():
            if isinstance(v, int) and abs(v) > 2**53:
                sys.exit("line %d: %s=%d overflows a double" % (n, k, v))
        recs.append(r)
if not recs:
    sys.exit("no records")
if not eval("(" + expr + ")"):
    sys.exit("false: " + expr)
EOF
	then
		ok "$1"
	else
		not_ok "$1" "$(head -c 600 "$TMP/py.out")"
	fi
}

# --json on real programs
mt_json() {
	_o=$1
	shift
	timeout 30 "$MYTRACE" --json -o "$_o" "$@" < /dev/null > /dev/null \
		2> "$_o.err"
}
mt_json "$TMP/j1" "$T/files" "$F"
json_check "--json: files" "$TMP/j1" \
	'any(r.get("syscall") == "openat" and r["args"][1:] ==
	     ["/nonexistent/mytrace-missing", "O_RDONLY"] and r["ret"] == -1
	     and r["err"] == "ENOENT" for r in recs)
	 and any(r.get("syscall") == "newfstatat" and
	         isinstance(r["args"][2], dict) and
	         r["args"][2]["st_mode"].startswith("S_IFREG|") for r in recs)
	 and recs[-1] == dict(recs[-1], event="exited", status=0)'
timeout 30 "$MYTRACE" -o "$TMP/p1" "$T/files" "$F" > /dev/null 2>&1
check_eq "--json: one object per call and exit" \
	"$(grep -c '^[a-z_0-9]*(.*= \|^+++' "$TMP/p1")" \
	"$(wc -l < "$TMP/j1")"
check "--json: nothing on stderr" test ! -s "$TMP/j1.err"
mt_json "$TMP/j2" "$T/strings"
json_check "--json: escapes and non-UTF-8 bytes" "$TMP/j2" \
	'any(r.get("syscall") == "write" and
	     r["args"][1] == "high\x80\xff\xe9 bytes" for r in recs)
	 and any(r.get("syscall") == "write" and
	         r["args"][1] == "nul\x007 then\x00x" for r in recs)'
mt_json "$TMP/j3" ls -l /
json_check "--json: ls -l /" "$TMP/j3" \
	'any(r.get("syscall") == "execve" and r["args"][1] == ["ls", "-l", "/"]
	     for r in recs)'
mt_json "$TMP/j4" -f sh -c 'echo x | wc -c; exit 3'
json_check "--json -f: sh -c with a pipe" "$TMP/j4" \
	'len({r["pid"] for r in recs}) >= 3 and
	 any(r.get("event") == "exited" and r["status"] == 3 for r in recs)
	 and any(r.get("event") == "signal" and r["sig"] == "SIGCHLD" and
	         r["siginfo"]["si_code"] == "CLD_EXITED" for r in recs)'
check "--json -f -o: no attach notices" test ! -s "$TMP/j4.err"
mt_json "$TMP/j5" -f "$T/threads" 3 2
json_check "--json -f: threads" "$TMP/j5" \
	'len({r["tid"] for r in recs}) == 4 and
	 len({r["pid"] for r in recs}) == 1'
mt_json "$TMP/j6" "$T/robust_hostile"
json_check "--json: bad pointers" "$TMP/j6" \
	'sum(1 for r in recs if r.get("err") == "EFAULT") >= 5'
mt_json "$TMP/j7" "$T/signals" 2
json_check "--json: signals and exit status" "$TMP/j7" \
	'any(r.get("event") == "signal" and r["sig"] == "SIGUSR1"
	     for r in recs) and recs[-1]["event"] == "exited" and
	 recs[-1]["status"] == 2'
mt_json "$TMP/j8" "$T/killself"
json_check "--json: killed" "$TMP/j8" 'recs[-1]["event"] == "killed"'
mt_json "$TMP/j9" -v -yy -x -X verbose "$T/files" "$F"
json_check "--json with -v -yy -x -X verbose" "$TMP/j9" \
	'any(r.get("syscall") == "close" and r["args"][0]["fd"] == 3 and
	     r["args"][0]["path"].endswith("/file") for r in recs)'
timeout 30 "$MYTRACE" --json -e trace=exit_group "$T/exitcode" 4 \
	> /dev/null 2> "$TMP/j10"
json_check "--json without -o: stderr" "$TMP/j10" \
	'recs[0]["syscall"] == "exit_group" and recs[0]["args"] == [4]
	 and recs[0]["ret"] is None'
"$T/loop" 3 > /dev/null &
lp=$!
sleep 0.2
timeout -s INT 0.5 "$MYTRACE" --json -p "$lp" > /dev/null 2> "$TMP/j11"
kill "$lp" 2> /dev/null
wait "$lp" 2> /dev/null
json_check "--json -p: attach and detach as objects" "$TMP/j11" \
	'recs[0]["event"] == "attached" and recs[-1]["event"] == "detached"'

# -X raw|abbrev|verbose
same_as_strace "-X raw" -X raw "$T/files" "$F"
same_as_strace "-X verbose" -X verbose "$T/files" "$F"
same_as_strace "--const-print-style=raw" --const-print-style=raw \
	-e trace=write,exit_group "$T/strings"
same_as_strace "-X abbrev" -X abbrev "$T/files" "$F"
same_as_strace "-X raw -e trace=%memory" -X raw -e trace=%memory \
	"$T/exitcode" 0
same_as_strace "-X verbose -e trace=%memory" -X verbose -e trace=%memory \
	"$T/exitcode" 0

# -X raw / -X verbose over the parity corpus (the par_* tracees): every
# line as strace's, normalised like parity_corpus.sh (ports, inodes and
# usage counters change from run to run) and the FIONREAD count below.
x_normalize() {
	normalize_trace "$@" | sed -E \
		-e 's/htons\([0-9]+\)/htons(PORT)/g' \
		-e 's/(_port="\\x)[0-9a-f]{2}\\x[0-9a-f]{2}"/\1PORT"/g' \
		-e 's/(pipe|socket|anon_inode|net):\[[0-9]+\]/\1:[INO]/g' \
		-e '/^(sysinfo|getrusage)\(/s/=[0-9]+/=N/g' \
		-e '/^sysinfo\(/s/loads=\[[0-9, ]*\]/loads=[N]/' \
		-e '/^wait4\(/s/(ru_[a-z]+|tv_sec|tv_usec)=[0-9]+/\1=N/g' \
		-e '/0xADDR/s/\) +=/) =/' \
		-e 's/^((getpgrp|getsid|getpgid)\(.*\) += )[0-9]+$/\1PID/' \
		-e '/^ioctl\([0-9]+, 0x541b/s/\[[0-9]+\]/[N]/'
}
# (FIONREAD on par_misc's pty: the line discipline may not have the
# bytes yet, under load.)
mkdir -p "$TMP/xcwd"
for st in raw verbose; do
	for p in files fds mem proc sig time net poll ids xattr misc; do
		for tool in "$ORACLE" "$MYTRACE"; do
			b=s
			[ "$tool" = "$MYTRACE" ] && b=m
			(ulimit -c 0; cd "$TMP/xcwd" && timeout 60 "$tool" \
				-o "$TMP/x.$b" -X $st "$T/par_$p" || :) \
				< /dev/null > /dev/null 2>&1
		done
		x_normalize "$TMP/x.s" "$TMP/x.m" > "$TMP/x.s.n" 2> /dev/null
		x_normalize "$TMP/x.m" "$TMP/x.s" > "$TMP/x.m.n" 2> /dev/null
		if [ -s "$TMP/x.s.n" ] && cmp -s "$TMP/x.s.n" "$TMP/x.m.n"
		then
			ok "-X $st: par_$p as strace"
		else
			not_ok "-X $st: par_$p as strace" \
				"differs (< strace, > mytrace):"
			diff "$TMP/x.s.n" "$TMP/x.m.n" | grep '^[<>]' |
				head -6 | cut -c1-300 | sed 's/^/#   /'
		fi
	done
done

# -e read=, -e write=
same_as_strace "-e write=1" -e trace=write -e write=1 "$T/strings"
same_as_strace "-e read=, -e write= on the file tracee" \
	-e read=3 -e write=3 "$T/files" "$F"
same_as_strace "--read= --write= (vectored, pipes, failed write)" \
	-e trace=write,read,writev,readv,pwrite64 --read=all --write=all \
	"$T/out_io"
same_as_strace "-e write=!1" -e trace=write,writev,pwrite64 -e 'write=!1' \
	"$T/out_io"
timeout 20 "$ORACLE" -o "$TMP/s.out" -e read=all -e write=all \
	"$T/out_io" > /dev/null 2>&1
timeout 20 "$MYTRACE" -o "$TMP/m.out" -e read=all -e write=all \
	"$T/out_io" > /dev/null 2>&1
check_eq "-e read=all -e write=all: the dumps of every call" \
	"$(grep '^ [|*] ' "$TMP/s.out")" \
	"$(grep '^ [|*] ' "$TMP/m.out")"

# --instruction-pointer (strace's -i)
same_as_strace "--instruction-pointer" --instruction-pointer "$T/files" "$F"
same_as_strace "--instruction-pointer with signals" --instruction-pointer \
	-e trace=none "$T/signals" 2
same_as_strace "--instruction-pointer -tt padding" --instruction-pointer \
	-e trace=close,unlink "$T/files" "$F"
mt_json "$TMP/t" --instruction-pointer -e trace=close "$T/files" "$F"
json_check "--instruction-pointer: an \"ip\" in --json records" "$TMP/t" \
	'all(r["ip"].startswith("0x") and int(r["ip"], 16) > 0
	     for r in recs if "syscall" in r)'
mt_json "$TMP/t" -e trace=close "$T/files" "$F"
json_check "--json without --instruction-pointer: no \"ip\"" "$TMP/t" \
	'all("ip" not in r for r in recs)'

# -ff -o PREFIX: one file per process, named PREFIX.PID, as strace
for prog in forkexec "threads 3 2"; do
	rm -rf "$TMP/ffs" "$TMP/ffm"
	mkdir "$TMP/ffs" "$TMP/ffm"
	# shellcheck disable=SC2086
	timeout 20 "$ORACLE" -ff -o "$TMP/ffs/tr" "$T"/$prog > /dev/null 2>&1
	# shellcheck disable=SC2086
	timeout 20 "$MYTRACE" -ff -o "$TMP/ffm/tr" "$T"/$prog \
		> /dev/null 2> "$TMP/ffm.err"
	check_eq "-ff -o: as many files as strace ($prog)" \
		"$(ls "$TMP/ffs" | wc -l)" "$(ls "$TMP/ffm" | wc -l)"
	check "-ff -o: files named PREFIX.PID ($prog)" \
		sh -c "! ls '$TMP/ffm' | grep -v '^tr\\.[0-9][0-9]*\$'"
	check "-ff -o: no notices on stderr ($prog)" test ! -s "$TMP/ffm.err"
	# Each process's calls, files in pid order, as strace's (the
	# threads' futex calls vary from run to run).
	[ "$prog" = forkexec ] || continue
	# One line of call names per file, the lines sorted: pids may
	# wrap, so their order says nothing.
	for d in ffs ffm; do
		for f in $(ls "$TMP/$d"); do
			syscall_names "$TMP/$d/$f" | cut -d' ' -f2 |
				tr '\n' ' '
			echo
		done | sort > "$TMP/$d.names"
	done
	check "-ff -o: each file has strace's calls ($prog)" \
		cmp -s "$TMP/ffs.names" "$TMP/ffm.names"
done
# The parent's file, whole, is strace's: the one with the wait4.
first() { grep -l '^wait4(' "$1"/* | head -1; }
rm -rf "$TMP/ffs" "$TMP/ffm"
mkdir "$TMP/ffs" "$TMP/ffm"
timeout 20 "$ORACLE" -ff -o "$TMP/ffs/tr" -e trace=execve,wait4,exit_group \
	"$T/forkexec" > /dev/null 2>&1
timeout 20 "$MYTRACE" -ff -o "$TMP/ffm/tr" -e trace=execve,wait4,exit_group \
	"$T/forkexec" > /dev/null 2>&1
normalize_trace "$(first "$TMP/ffs")" "$(first "$TMP/ffm")" > "$TMP/s.n"
normalize_trace "$(first "$TMP/ffm")" "$(first "$TMP/ffs")" > "$TMP/m.n"
check "-ff -o: the parent's file as strace's" cmp -s "$TMP/s.n" "$TMP/m.n"

# -f -o FILE: no "Process N attached" for followed children (strace)
timeout 20 "$ORACLE" -f -o "$TMP/s.out" "$T/forkexec" > /dev/null \
	2> "$TMP/s.err"
timeout 20 "$MYTRACE" -f -o "$TMP/m.out" "$T/forkexec" > /dev/null \
	2> "$TMP/m.err"
check_eq "-f -o: stderr as strace's (empty)" "$(cat "$TMP/s.err")" \
	"$(cat "$TMP/m.err")"
timeout 20 "$MYTRACE" -f -e trace=none "$T/forkexec" > /dev/null \
	2> "$TMP/m.err"
check_grep "-f without -o: the notice" "$TMP/m.err" \
	'^mytrace: Process [0-9]* attached$'

# Bad usage: one line, status 1
for a in "-X bogus" "--const-print-style=x" "-e read=abc" "--write=" \
	"-e write=-1"; do
	# shellcheck disable=SC2086
	timeout 10 "$MYTRACE" $a "$T/exitcode" 0 > "$TMP/u.out" 2> "$TMP/u.err"
	rc=$?
	check_eq "bad '$a': status 1, one line" "1 1" \
		"$rc $(wc -l < "$TMP/u.err")"
done
