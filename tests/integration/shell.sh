#!/bin/sh
# The mytrace> shell driven through a pipe (no terminal: no prompt,
# exit at EOF with the tracees settled).  Each case feeds commands on
# stdin and looks for the lines GDB users expect.
. "$(dirname "$0")/lib.sh"

export HOME="$TMP/home"
mkdir -p "$HOME"
SLEEPER="$TRACEES/shell_sleeper"

# session NAME ARGS...: run the shell with commands from $TMP/NAME.in.
session() {
	_s=$1
	shift
	timeout 20 "$MYTRACE" "$@" < "$TMP/$_s.in" > "$TMP/$_s.out" 2>&1
	echo "rc=$?" >> "$TMP/$_s.out"
}

# The core workflow: break on the openat of one file, look, fail it.
cat > "$TMP/fail.in" <<'IN'
catch syscall openat if c:path() == "/etc/hostname"
run
p c:path()
x/s $rsi
info regs orig_rax
return -ENOENT
continue
continue
IN
session fail -i "$SLEEPER" 0
check_grep "catch syscall: GDB's confirmation" "$TMP/fail.out" \
	"^Catchpoint 1 (syscall 'openat' \[257\])$"
check_grep "run: Starting program" "$TMP/fail.out" "^Starting program: "
check_grep "catchpoint stop at entry, decoded" "$TMP/fail.out" \
	'^Catchpoint 1 (call to syscall openat), openat(AT_FDCWD, "/etc/hostname", O_RDONLY) \[pid [0-9]*\]$'
check_grep "print c:path()" "$TMP/fail.out" '^\$1 = "/etc/hostname"$'
check_grep "x/s \$rsi" "$TMP/fail.out" '^0x[0-9a-f]*:	"/etc/hostname"$'
check_grep "info regs orig_rax" "$TMP/fail.out" \
	'^orig_rax *0x101 *257$'
check_grep "return -ENOENT at entry" "$TMP/fail.out" \
	'^Catchpoint 1 (returned from syscall openat), .* = -1 ENOENT (No such file or directory) \[pid'
check_grep "the program saw ENOENT" "$TMP/fail.out" \
	'/etc/hostname: No such file or directory'
check_grep "condition: other openat calls do not stop" "$TMP/fail.out" \
	'^\[Inferior 1 (process [0-9]*) exited normally\]$'
if grep -q 'ld.so.cache' "$TMP/fail.out"; then
	not_ok "condition filters other paths" "ld.so.cache stopped"
else
	ok "condition filters other paths"
fi

# Registers, memory, set var, finish, return at exit.
cat > "$TMP/regs.in" <<'IN'
tcatch syscall write
run
info args
x/7xb $rsi
x/2gx $rsp
p/x $rdx
set var $rdx = 4
finish
p $rax
return 7
info breakpoints
c
IN
session regs -i "$SLEEPER" 1
check_grep "tcatch: temporary" "$TMP/regs.out" \
	"^Temporary catchpoint 1 (syscall 'write' \[1\])$"
check_grep "temporary stop" "$TMP/regs.out" \
	'^Temporary catchpoint 1 (call to syscall write), write(1, "tick 0\\n", 7)'
check_grep "info args" "$TMP/regs.out" '^arg2 (rsi) = 0x[0-9a-f]* *"tick 0\\n"$'
check_grep "x/7xb" "$TMP/regs.out" \
	'^0x[0-9a-f]*:	0x74	0x69	0x63	0x6b	0x20	0x30	0x0a$'
check_grep "x/2gx" "$TMP/regs.out" '^0x[0-9a-f]*:	0x[0-9a-f]\{16\}	0x[0-9a-f]\{16\}$'
check_grep "p/x" "$TMP/regs.out" '^\$1 = 0x7$'
check_grep "finish (the call shows the new \$rdx)" "$TMP/regs.out" \
	'^Run till exit from write(1, "tick", 4)$'
check_grep "set var \$rdx: the kernel wrote 4 bytes" "$TMP/regs.out" \
	'Return from write(1, "tick", 4) *= 4 \[pid'
check_grep "p \$rax at exit" "$TMP/regs.out" '^\$2 = 4$'
check_grep "return at exit" "$TMP/regs.out" '^write now returns 7\.$'
check_grep "tcatch deleted after its hit" "$TMP/regs.out" \
	'^No breakpoints or watchpoints\.$'
check_grep "program exits" "$TMP/regs.out" 'exited normally'
check_grep "the tracee wrote 4 bytes" "$TMP/regs.out" '^tick\(Return\|$\)'

# start, syscall (step), kill, info program.
cat > "$TMP/step.in" <<'IN'
start
syscall

info program
kill
info program
IN
session step -i "$SLEEPER" 1
check_grep "start stops after the execve" "$TMP/step.out" \
	'^Stopped at the start of the program'
check_grep "syscall steps to an entry" "$TMP/step.out" '^Call to brk(NULL)'
check_grep "empty line repeats syscall" "$TMP/step.out" \
	'^Return from brk(NULL) *= 0x'
check_grep "kill" "$TMP/step.out" '^\[Inferior 1 (process [0-9]*) killed\]$'
check_grep "info program after kill" "$TMP/step.out" \
	'^The program being traced is not being run\.$'

# trace prints without stopping; ignore, condition, delete, disable.
cat > "$TMP/trace.in" <<'IN'
trace openat
catch syscall write
ignore 2 1
condition 2 c.state == "exit"
disable 1
info breakpoints
run
p c.ret
delete
c
IN
session trace -i "$SLEEPER" 2
check_grep "trace: Tracepoint" "$TMP/trace.out" \
	"^Tracepoint 1 (syscall 'openat' \[257\])$"
check_grep "info breakpoints: disabled tracepoint" "$TMP/trace.out" \
	'^1 *tracepoint *keep n *syscall "openat"$'
check_grep "info breakpoints: condition" "$TMP/trace.out" \
	'stop only if c.state == "exit"'
check_grep "info breakpoints: ignore count" "$TMP/trace.out" \
	'Will ignore next 1 crossings'
if grep -q '^openat(' "$TMP/trace.out"; then
	not_ok "disabled trace point prints nothing"
else
	ok "disabled trace point prints nothing"
fi
check_grep "ignore + condition: second write, at exit" "$TMP/trace.out" \
	'^Catchpoint 2 (returned from syscall write), write(1, "tick 1\\n", 7) *= 7'
check_grep "p c.ret" "$TMP/trace.out" '^\$1 = 7$'

# trace prints lines; commands run at a stop.
cat > "$TMP/cmds.in" <<'IN'
trace openat if c:path():match("hostname")
catch syscall write
commands 2
silent
p c.args[3]
continue
end
run
IN
session cmds -i "$SLEEPER" 2
check_grep "trace with condition prints the strace line" "$TMP/cmds.out" \
	'^openat(AT_FDCWD, "/etc/hostname", O_RDONLY) *= 3$'
check_grep "commands ran at each stop" "$TMP/cmds.out" '^\$2 = 7$'
check_grep "commands: continue resumed to the end" "$TMP/cmds.out" \
	'exited normally'

# lua, =, command(), multi-line lua, print of a table, help, prefixes.
cat > "$TMP/lua.in" <<'IN'
lua x = 6 * 7
= x
lua
command("hello", "Say hello", function(a) print("hello " .. a) end)
end
hello world
help hello
inf syscalls *stat*
info groups
p {1, 2, a = "b"}
co
nosuchcommand
IN
session lua -i
check_grep "lua CHUNK and = EXPR" "$TMP/lua.out" '^42$'
check_grep "command() from a lua block" "$TMP/lua.out" '^hello world$'
check_grep "help CMD" "$TMP/lua.out" '^Say hello$'
check_grep "prefix inf = info; info syscalls GLOB" "$TMP/lua.out" \
	'^ *262  newfstatat$'
check_grep "info groups" "$TMP/lua.out" '^%file '
check_grep "print a table" "$TMP/lua.out" '^\$1 = {1, 2, a = "b"}$'
check_grep "ambiguous prefix" "$TMP/lua.out" '^Ambiguous command "co": '
check_grep "unknown command" "$TMP/lua.out" \
	'^Undefined command: "nosuchcommand".  Try "help".$'
check_grep "EOF ends the shell with status 0" "$TMP/lua.out" '^rc=0$'

# Attach, catch, detach: the program finishes on its own.
"$SLEEPER" 2 > "$TMP/attached.prog" &
prog=$!
sleep 0.3
cat > "$TMP/attach.in" <<IN
info threads
catch syscall write
c
info regs rdi
detach
IN
session attach -i -p "$prog"
wait "$prog"
prc=$?
check_grep "attach: Attaching" "$TMP/attach.out" "^Attaching to process $prog$"
check_grep "attach: threads stopped" "$TMP/attach.out" '^Attached; 1 thread stopped'
check_grep "attach: info threads" "$TMP/attach.out" "^\* 1 *Thread $prog (shell_sleeper)"
check_grep "attach: catchpoint" "$TMP/attach.out" \
	'^Catchpoint 1 (call to syscall write), write(1, "tick [12]\\n", 7)'
check_grep "attach: detach" "$TMP/attach.out" \
	"^\[Inferior 1 (process $prog) detached\]$"
check_eq "attached program finishes normally" 0 "$prc"

# EOF with a live spawned program: killed, nothing left behind.
cat > "$TMP/eof.in" <<'IN'
catch syscall write
run
IN
session eof -i "$SLEEPER" 30
sleep 0.2
if pgrep -f "shell_sleeper 30" > /dev/null; then
	not_ok "EOF kills the spawned program"
	pkill -f "shell_sleeper 30"
else
	ok "EOF kills the spawned program"
fi

# Signals: handle and catch signal.
cat > "$TMP/sig.in" <<'IN'
handle SIGUSR1 nostop print
run
IN
session sig -i "$TRACEES/eng_sigusr1"
check_grep "handle nostop print" "$TMP/sig.out" \
	'^Program received signal SIGUSR1, User defined signal 1\.$'
cat > "$TMP/sig2.in" <<'IN'
catch signal SIGUSR1
run
signal 0
IN
session sig2 -i "$TRACEES/eng_sigusr1"
check_grep "catch signal" "$TMP/sig2.out" '^Catchpoint 1 (signal SIGUSR1)'
check_grep "signal 0 continues" "$TMP/sig2.out" '^Continuing with no signal\.$'

# -x FILE, -batch, and ~/.mytraceinit (skipped by -n).
printf 'echo from-init\\n\n' > "$HOME/.mytraceinit"
printf 'echo from-x\\n\nshow strsize\n' > "$TMP/cmds.x"
"$MYTRACE" -batch -x "$TMP/cmds.x" < /dev/null > "$TMP/batch.out" 2>&1
check_grep "-batch -x FILE" "$TMP/batch.out" '^from-x$'
check_grep "init file read" "$TMP/batch.out" '^from-init$'
"$MYTRACE" -n -batch -x "$TMP/cmds.x" < /dev/null > "$TMP/batch2.out" 2>&1
if grep -q from-init "$TMP/batch2.out"; then
	not_ok "-n skips ~/.mytraceinit"
else
	ok "-n skips ~/.mytraceinit"
fi
rm -f "$HOME/.mytraceinit"

# --hook-timeout in the shell (-batch): a looping hook is stopped with
# the message, the shell goes on (the program stopped, then killed).
cat > "$TMP/spin.x" <<'IN'
lua on_syscall("getppid", function() while true do end end)
run
info threads
kill
echo after-timeout\n
IN
timeout 20 "$MYTRACE" --hook-timeout=0.3 -n -batch -x "$TMP/spin.x" \
	-i "$TRACEES/loop" 30 < /dev/null > "$TMP/spin.out" 2>&1
check_eq "--hook-timeout -batch: the shell ends on its own" 0 "$?"
check_grep "--hook-timeout -batch: the looping hook is stopped" \
	"$TMP/spin.out" 'lua:1: hook timed out: ran longer than 0.3 s'
check_grep "--hook-timeout -batch: the program is stopped for the prompt" \
	"$TMP/spin.out" '^Program stopped (interrupted)\.$'
check_grep "--hook-timeout -batch: later commands run" "$TMP/spin.out" \
	'^after-timeout$'

# A script's hooks are catchpoints; c:stop() drops to the prompt.
cat > "$TMP/stopper.lua" <<'IN'
on_syscall("write", function(c) c:stop("first write") end, { once = true })
IN
cat > "$TMP/script.in" <<IN
source $TMP/stopper.lua
info breakpoints
run
p c.name
IN
session script -i "$SLEEPER" 1
check_grep "script hook in info breakpoints" "$TMP/script.out" \
	'^1 *hook *del *y *on_syscall write$'
check_grep "c:stop() stops at the prompt" "$TMP/script.out" \
	'^Stopped by hook 1 (first write), write(1, "tick 0\\n", 7) *= 7'
check_grep "c is the stopped call" "$TMP/script.out" '^\$1 = "write"$'

# set / show.
cat > "$TMP/set.in" <<'IN'
set strsize 5
show strsize
catch syscall write
run
p c:format()
IN
session set -i "$SLEEPER" 1
check_grep "set/show strsize" "$TMP/set.out" '^strsize is 5\.$'
check_grep "strsize applies to decoding" "$TMP/set.out" '"tick "\.\.\.'

# stepi: one instruction; from a syscall entry the call runs.
cat > "$TMP/stepi.in" <<'IN'
catch syscall write
run
stepi
stepi 3
info threads
IN
session stepi -i "$SLEEPER" 1
check_grep "stepi from a syscall entry runs the call" "$TMP/stepi.out" \
	'^Stepped to 0x[0-9a-f]\{16\}, after write(1, "tick 0\\n", 7) = 7 \[pid [0-9]*\]$'
check_grep "stepi N" "$TMP/stepi.out" '^Stepped to 0x[0-9a-f]\{16\}\( ,\| \[pid\)'
check_grep "stepi: the thread is no longer in write" "$TMP/stepi.out" \
	'^\* 1 *Thread [0-9]* (shell_sleeper) *stopped at 0x'

# set var on an argument register shows in the call; set arg; continue N.
cat > "$TMP/setarg.in" <<'IN'
catch syscall write
run
set var $rdx = 5
p c.args[3]
info args
set arg 3 = 2
finish
continue 2
IN
session setarg -i "$SLEEPER" 3
check_grep "set var \$rdx: c.args follows" "$TMP/setarg.out" '^\$1 = 5$'
check_grep "set var \$rdx: info args follows" "$TMP/setarg.out" \
	'^arg3 (rdx) = 0x5 *5$'
check_grep "set arg 3 = 2: the kernel wrote 2 bytes" "$TMP/setarg.out" \
	'Return from write(1, "ti", 2) *= 2'
check_grep "continue N ignores the catchpoint N-1 times" "$TMP/setarg.out" \
	'^Will ignore next 1 crossings of catchpoint 1\.  Continuing\.$'
check_grep "continue 2 skips one crossing (the next entry)" "$TMP/setarg.out" \
	'^Catchpoint 1 (returned from syscall write), write(1, "tick 1\\n", 7) *= 7'

# A SIGINT the program raises: GDB's stop print nopass, signal delivers.
cat > "$TMP/sigint.in" <<'IN'
info signals SIGINT
run
continue
run
signal SIGINT
IN
session sigint -i "$TRACEES/shell_sigint"
check_grep "SIGINT defaults are GDB's" "$TMP/sigint.out" \
	'^SIGINT *Yes	Yes	No		Interrupt$'
check_grep "a raised SIGINT stops the program" "$TMP/sigint.out" \
	'^Program received signal SIGINT, Interrupt\. \[pid [0-9]*\]$'
check_eq "continue: not delivered, signal SIGINT: delivered" 1 \
	"$(grep -c '^got SIGINT$' "$TMP/sigint.out")"
check_eq "the program went on both times" 2 \
	"$(grep -c '^after$' "$TMP/sigint.out")"

# catch fork/exec/exit; follow-fork set after a first run applies.
cat > "$TMP/fork.in" <<'IN'
run
set follow-fork on
catch fork
catch exec
catch exit
run
c
c
c
IN
session fork -i "$TRACEES/forkexec"
check_grep "catch fork (follow-fork set after a run)" "$TMP/fork.out" \
	'^Catchpoint 1 (forked process [0-9]*) \[pid [0-9]*\]$'
check_grep "catch exec" "$TMP/fork.out" \
	"^Catchpoint 2 (exec'd .*/true) \[pid [0-9]*\]$"
check_grep "catch exit: the child, before its exit" "$TMP/fork.out" \
	'^Catchpoint 3 (exit), process [0-9]* about to exit normally$'
if grep -q "exec'd .*forkexec" "$TMP/fork.out"; then
	not_ok "catch exec ignores the program's own start"
else
	ok "catch exec ignores the program's own start"
fi

# Threads (follow-fork traces them): thread N, info threads.
cat > "$TMP/threads.in" <<'IN'
set follow-fork on
catch syscall write
run
info threads
thread 2
thread
IN
session threads -i "$TRACEES/shell_threads" 2 2
check_grep "info threads lists 3 threads" "$TMP/threads.out" '^  3 *Thread [0-9]*'
check_grep "thread 2" "$TMP/threads.out" \
	'^\[Switching to thread 2 (Thread [0-9]*)\]$'
check_grep "thread: the current one" "$TMP/threads.out" \
	'^\[Current thread is 2 (Thread [0-9]*)\]$'

# Threads are traced without follow-fork (GDB): a catchpoint stops in a
# sleeper thread, all-stop, info threads, thread N; catch exit stops
# before the exit (registers readable), continue gives the exit code.
cat > "$TMP/mt.in" <<'IN'
catch syscall getppid
run
info threads
thread 1
thread
delete 1
catch exit
continue
info regs orig_rax
x/2gx $rsp
info threads
continue
IN
session mt -i "$TRACEES/shell_threads" 2 1 3
check_grep "threads without follow-fork: catch in a thread" "$TMP/mt.out" \
	'^Catchpoint 1 (call to syscall getppid), getppid() \[pid [0-9]*\]$'
# (stopped where it was: between calls, or at a call of its own, e.g. the
# rt_sigprocmask of the pthread_create that starts thread 3)
check_grep "all-stop: the main thread is stopped too" "$TMP/mt.out" \
	'^  1    Thread [0-9]* (shell_threads) *\(stopped\|in [a-z0-9_]*$\)'
check_grep "the catching thread is current" "$TMP/mt.out" \
	'^\* [23]    Thread [0-9]* (shell_threads) *in getppid$'
check_grep "thread 1 switches" "$TMP/mt.out" \
	'^\[Switching to thread 1 (Thread [0-9]*)\]$'
check_grep "thread: thread 1 is current" "$TMP/mt.out" \
	'^\[Current thread is 1 (Thread [0-9]*)\]$'
check_grep "catch exit stops before the exit" "$TMP/mt.out" \
	'^Catchpoint 2 (exit), process [0-9]* about to exit with code 03$'
check_grep "info regs at the exit stop" "$TMP/mt.out" \
	'^orig_rax *0xe7 *231$'
check_grep "x at the exit stop" "$TMP/mt.out" '^0x[0-9a-f]*:	0x[0-9a-f]*	0x'
check_grep "info threads at the exit stop: 3 threads" "$TMP/mt.out" \
	'^  3    Thread [0-9]* (shell_threads)'
check_grep "continue: the program exits with its code" "$TMP/mt.out" \
	'^\[Inferior 1 (process [0-9]*) exited with code 03\]$'

# info fds/maps, script run, shell, !CMD, -x FILE.lua, help for each.
cat > "$TMP/hook.lua" <<'IN'
on_syscall("read", function(c) end)
IN
cat > "$TMP/misc.in" <<'IN'
catch syscall write
run
info fds
info maps
script run count_opens
info breakpoints
shell echo from-shell
!echo bang
IN
session misc -i -x "$TMP/hook.lua" "$SLEEPER" 1
check_grep "-x FILE.lua runs it as a script" "$TMP/misc.out" \
	'^1 *hook *keep y *on_syscall read$'
check_grep "info fds" "$TMP/misc.out" '^2    '
check_grep "info maps" "$TMP/misc.out" 'r-xp .*shell_sleeper$'
check_grep "script run" "$TMP/misc.out" '^Script count_opens loaded'
check_grep "script run: its hook is listed" "$TMP/misc.out" \
	'^3 *hook *keep y *on_syscall open,openat,creat$'
check_grep "shell CMD" "$TMP/misc.out" '^from-shell$'
check_grep "!CMD" "$TMP/misc.out" '^bang$'
echo help | "$MYTRACE" -n -i 2>&1 | sed -n 's/^  \([^ ]*\) .*/help \1/p' \
	> "$TMP/help.in"
session help -n -i
check_eq "help CMD works for every command" 0 \
	"$(grep -c 'Undefined command\|Ambiguous' "$TMP/help.out")"
check_eq "help lists the commands of the issue" "" "$(for c in run start \
	attach detach kill continue syscall finish stepi catch tcatch trace \
	delete enable disable condition ignore commands info print x set \
	return signal handle thread source script show shell help quit lua; do
	grep -q "^help $c\$" "$TMP/help.in" || printf '%s ' "$c"; done)"

# quit without a terminal: no question, an attached program detached.
"$SLEEPER" 2 > /dev/null &
prog=$!
i=0
while [ ! -e /proc/$prog/fd ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
printf 'quit\necho not-reached\n' > "$TMP/quit.in"
session quit -i -p "$prog"
wait "$prog"
check_eq "quit detaches an attached program, which finishes" 0 "$?"
if grep -q 'not-reached\|(y or n)' "$TMP/quit.out"; then
	not_ok "quit ends the shell without asking"
else
	ok "quit ends the shell without asking"
fi
