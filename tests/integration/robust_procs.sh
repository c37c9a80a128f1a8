#!/bin/sh
# Threads and processes in numbers (tests/tracees/robust_procs.c): no
# syscall lost or duplicated among 64 threads x 10,000 calls, threads
# exiting while others run, vfork + exec, clone3, and a tree of 500
# short-lived children whose every exit is reported with its status.
. "$TOP/tests/integration/lib.sh"
P=$TRACEES/robust_procs

# mt OUT ARGS...: mytrace -o OUT ARGS; status in OUT.rc, the program's
# stdout in OUT.stdout (lib.sh).
mt() { mt_status 120 "$@"; }

# calls NAME FILE: how many NAME calls a -f -o trace holds (a call split
# into "<unfinished ...>" and "<... resumed>" counts once).
calls() {
	grep -c "^[0-9][0-9]*  *$1(" "$2"
}

# The -c/-C table's "calls" column for NAME.
table_calls() {
	awk -v n="$1" '$NF == n && $(NF-1) ~ /^[0-9]+$/ {
		print ($(NF-2) ~ /^[0-9]+$/ && NF == 6) ? $(NF-2) : $(NF-1)
	}' "$2" | tail -1
}

# 64 threads x 10,000 getppid, all started together: with the seccomp
# fast path (-e trace=getppid) and without it (--no-seccomp-bpf).
mt "$TMP/t" -f -C -e trace=getppid "$P" threads 64 10000
check_eq "64x10000: status 0" 0 "$(cat "$TMP/t.rc")"
check_grep "64x10000: the program says ok" "$TMP/t.stdout" '^ok$'
check_eq "64x10000: 640000 getppid lines" 640000 "$(calls getppid "$TMP/t")"
check_eq "64x10000: -C table counts 640000" 640000 \
	"$(table_calls getppid "$TMP/t")"
check_eq "64x10000: every unfinished call resumed" \
	"$(grep -c '<unfinished \.\.\.>$' "$TMP/t")" \
	"$(grep -c '<\.\.\. getppid resumed>' "$TMP/t")"
check_eq "64x10000: 65 threads exited" 65 \
	"$(grep -c '^[0-9]*  *+++ exited with 0 +++$' "$TMP/t")"
mt "$TMP/t2" -f -c --no-seccomp-bpf "$P" threads 64 10000
check_eq "64x10000 --no-seccomp-bpf: status 0" 0 "$(cat "$TMP/t2.rc")"
check_eq "64x10000 --no-seccomp-bpf: -c counts 640000" 640000 \
	"$(table_calls getppid "$TMP/t2")"

# Threads that exit while others run: 20 waves of 8 threads x 200
# getppid, two long threads calling getpid() all along.
mt "$TMP/c" -f -e trace=getppid,exit "$P" churn 20 8 200
check_eq "churn: status 0" 0 "$(cat "$TMP/c.rc")"
check_eq "churn: 32000 getppid lines" 32000 "$(calls getppid "$TMP/c")"
check_eq "churn: 163 threads exited (+++ lines)" 163 \
	"$(grep -c '^[0-9]*  *+++ exited with 0 +++$' "$TMP/c")"
check_eq "churn: 162 exit calls, one per thread but the leader" 162 \
	"$(calls exit "$TMP/c")"

# vfork + exec
mt "$TMP/v" -f "$P" vfork
check_eq "vfork: status 0" 0 "$(cat "$TMP/v.rc")"
join_resumed "$TMP/v" > "$TMP/v.j"
kid=$(sed -nE 's/^[0-9]+ vfork\(\) = ([0-9]+)$/\1/p' "$TMP/v.j")
check "vfork: vfork() = CHILD" test -n "$kid"
check_grep "vfork: the child's execve" "$TMP/v.j" \
	"^$kid execve(\"/bin/true\", \[\"true\"\], .*) = 0$"
check_grep "vfork: the child's exit" "$TMP/v.j" "^$kid +++ exited with 0 +++$"
check_grep "vfork: the parent's wait4" "$TMP/v.j" \
	"^[0-9]* wait4($kid, \[{WIFEXITED(s) && WEXITSTATUS(s) == 0}\], 0, NULL) = $kid$"

# clone3
mt "$TMP/k" -f "$P" clone3 100
check_eq "clone3: status 0" 0 "$(cat "$TMP/k.rc")"
join_resumed "$TMP/k" > "$TMP/k.j"
kid=$(sed -nE 's/^[0-9]+ clone3\(\{flags=0, exit_signal=SIGCHLD, stack=NULL, stack_size=0\}, 88\) = ([0-9]+)$/\1/p' "$TMP/k.j")
check "clone3: clone3({...}, 88) = CHILD" test -n "$kid"
check_eq "clone3: the child's 100 getppid" 100 \
	"$(grep -c "^$kid getppid() = " "$TMP/k.j")"
check_grep "clone3: the child exits 7" "$TMP/k.j" "^$kid +++ exited with 7 +++$"

# A tree of 500 short-lived children: 20 children, 24 grandchildren each.
mt "$TMP/r" -f "$P" tree 20 24
check_eq "tree: status 0" 0 "$(cat "$TMP/r.rc")"
check_grep "tree: every exit status as the program expected" \
	"$TMP/r.stdout" '^ok$'
check_eq "tree: 501 processes" 501 \
	"$(sed -n 's/^\([0-9]*\) .*/\1/p' "$TMP/r" | sort -u | wc -l)"
check_eq "tree: 501 +++ exited lines" 501 "$(grep -c '+++ exited with' "$TMP/r")"
check_eq "tree: 480 getppid (one per grandchild)" 480 \
	"$(calls getppid "$TMP/r")"
# Each +++ exited status is the one its parent's wait4 got.
join_resumed "$TMP/r" | awk '
	$3 == "exited" { st[$1] = $5; next }
	match($0, /wait4\([0-9]+, \[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == [0-9]+\}\]/) {
		w = substr($0, RSTART, RLENGTH)
		gsub(/[^0-9 ]/, " ", w)
		split(w, f, " ")
		# f[1] = 4 (of wait4), f[2] = pid, f[3] = status
		got[f[2]] = f[3]
	}
	END {
		n = 0
		for (p in got) {
			if (st[p] != got[p])
				print "pid " p ": wait4 " got[p] ", +++ " st[p]
			n++
		}
		print n " waited"
	}' > "$TMP/r.cmp"
check_eq "tree: 500 wait4 statuses, each as its +++ exited line" \
	"500 waited" "$(cat "$TMP/r.cmp")"
