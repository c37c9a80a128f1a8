// SPDX-License-Identifier: MIT
/*
 * Unit tests for the printer: synthetic engine events, a fake tracee
 * memory, the output captured in memory streams and compared with the
 * lines strace 6.1 prints.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "filter.h"
#include "syscalls.h"
#include "trace.h"

#define MEM_BASE 0x10000ull
#define PID 1000
#define PID2 1001

/*
 * Fake tracee memory: MEM_BASE.. holds mem[], one whole page, as a real
 * mapping would: the decoder reads strings a page at a time and takes
 * a short read for an unmapped address.
 */
static char mem[4096];

static ssize_t fake_read(void *ctx, uint64_t addr, void *buf, size_t len)
{
	(void)ctx;
	if (addr < MEM_BASE || addr >= MEM_BASE + sizeof(mem))
		return -14;	/* -EFAULT */
	if (len > MEM_BASE + sizeof(mem) - addr)
		len = MEM_BASE + sizeof(mem) - addr;
	memcpy(buf, mem + (addr - MEM_BASE), len);
	return (ssize_t)len;
}

static const struct decode_src src = { fake_read, NULL, NULL };

/* One printer writing into memory streams. */
struct fixture {
	struct filter filter;
	struct trace_opts o;
	struct trace_printer *tp;
	char *out, *err;
	size_t outlen, errlen;
	void *udata[8];
	uint64_t now;		/* fake clock, ns */
};

static struct fixture fx;

static void fx_init(void)
{
	memset(&fx, 0, sizeof(fx));
	memset(mem, 0, sizeof(mem));
	filter_init(&fx.filter);
	fx.o.out = open_memstream(&fx.out, &fx.outlen);
	fx.o.err = open_memstream(&fx.err, &fx.errlen);
	fx.o.dopts.string_limit = 32;
	fx.o.filter = &fx.filter;
	fx.o.columns = 40;
	fx.o.pidmode = TRACE_PID_AUTO;
	fx.now = 1700000000ull * 1000000000ull;
}

static void fx_start(void)
{
	fx.tp = trace_new(&fx.o);
	assert_non_null(fx.tp);
}

static int teardown(void **state)
{
	(void)state;
	trace_free(fx.tp);
	fclose(fx.o.out);
	fclose(fx.o.err);
	free(fx.out);
	free(fx.err);
	return 0;
}

/* What was printed so far. */
static const char *out_text(void)
{
	trace_finish(fx.tp);
	return fx.out ? fx.out : "";
}

static const char *err_text(void)
{
	fflush(fx.o.err);
	return fx.err ? fx.err : "";
}

static void put_mem(uint64_t addr, const char *s)
{
	memcpy(mem + (addr - MEM_BASE), s, strlen(s) + 1);
}

static struct engine_event ev_base(enum engine_ev_kind kind, pid_t tid)
{
	struct engine_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.kind = kind;
	ev.tid = tid;
	ev.pid = tid;
	fx.now += 1000;
	ev.ts_ns = fx.now;
	ev.mono_ns = fx.now;
	ev.udata = &fx.udata[tid % 8];
	return ev;
}

static uint64_t entry_time[8];

static void entry(pid_t tid, const char *name, uint64_t a0, uint64_t a1,
		  uint64_t a2)
{
	struct engine_event ev = ev_base(ENGINE_EV_ENTRY, tid);

	ev.nr = syscalls_lookup(name);
	assert_true(ev.nr >= 0);
	ev.args[0] = a0;
	ev.args[1] = a1;
	ev.args[2] = a2;
	entry_time[tid % 8] = ev.mono_ns;
	trace_event(fx.tp, &ev, &src);
}

static void leave(pid_t tid, const char *name, uint64_t a0, uint64_t a1,
		  uint64_t a2, int64_t ret)
{
	struct engine_event ev = ev_base(ENGINE_EV_EXIT, tid);

	ev.nr = syscalls_lookup(name);
	ev.args[0] = a0;
	ev.args[1] = a1;
	ev.args[2] = a2;
	ev.ret = ret;
	ev.entry_mono_ns = entry_time[tid % 8];
	trace_event(fx.tp, &ev, &src);
}

static void call(pid_t tid, const char *name, uint64_t a0, uint64_t a1,
		 uint64_t a2, int64_t ret)
{
	entry(tid, name, a0, a1, a2);
	leave(tid, name, a0, a1, a2, ret);
}

static void simple(enum engine_ev_kind kind, pid_t tid, int v)
{
	struct engine_event ev = ev_base(kind, tid);

	ev.status = v;
	ev.sig = v;
	ev.child = v;
	ev.siginfo.si_signo = v;
	trace_event(fx.tp, &ev, &src);
}

static void test_padding(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	call(PID, "close", 3, 0, 0, 0);
	put_mem(MEM_BASE, "/etc/ld.so.cache");
	call(PID, "openat", (uint64_t)-100, MEM_BASE, 02000000, 3);
	call(PID, "getpid", 0, 0, 0, PID);
	assert_string_equal(out_text(),
		"close(3)                                = 0\n"
		"openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3\n"
		"getpid()                                = 1000\n");
}

static void test_columns_and_errors(void **state)
{
	(void)state;
	fx_init();
	fx.o.columns = 0;
	fx_start();
	call(PID, "close", 3, 0, 0, -9);
	assert_string_equal(out_text(),
		"close(3) = -1 EBADF (Bad file descriptor)\n");
}

static void test_duration(void **state)
{
	(void)state;
	fx_init();
	fx.o.show_duration = 1;
	fx_start();
	call(PID, "close", 3, 0, 0, 0);
	assert_string_equal(out_text(),
		"close(3)                                = 0 <0.000001>\n");
}

/* read's buffer is printed at exit, from the returned length. */
static void test_read_exit_half(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	put_mem(MEM_BASE, "abcdXXXX");
	call(PID, "read", 3, MEM_BASE, 10, 4);
	assert_string_equal(out_text(),
		"read(3, \"abcd\", 10)                     = 4\n");
}

static void test_pid_column(void **state)
{
	(void)state;
	fx_init();
	fx.o.pidmode = TRACE_PID_COLUMN;
	fx_start();
	call(PID, "close", 3, 0, 0, 0);
	simple(ENGINE_EV_EXITED, PID, 0);
	assert_string_equal(out_text(),
		"1000  close(3)                          = 0\n"
		"1000  +++ exited with 0 +++\n");
}

/* "[pid N] " only while more than one thread is traced. */
static void test_pid_auto(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	call(PID, "close", 3, 0, 0, 0);
	simple(ENGINE_EV_FORK, PID, PID2);
	call(PID, "close", 4, 0, 0, 0);
	call(PID2, "close", 5, 0, 0, 0);
	simple(ENGINE_EV_EXITED, PID2, 0);
	call(PID, "close", 6, 0, 0, 0);
	assert_string_equal(out_text(),
		"close(3)                                = 0\n"
		"[pid  1000] close(4)                    = 0\n"
		"[pid  1001] close(5)                    = 0\n"
		"[pid  1001] +++ exited with 0 +++\n"
		"close(6)                                = 0\n");
	assert_string_equal(err_text(), "mytrace: Process 1001 attached\n");
}

static void test_unfinished_resumed(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	put_mem(MEM_BASE, "abcd");
	entry(PID, "read", 3, MEM_BASE, 10);
	entry(PID2, "close", 5, 0, 0);
	leave(PID, "read", 3, MEM_BASE, 10, 4);
	leave(PID2, "close", 5, 0, 0, 0);
	assert_string_equal(out_text(),
		"[pid  1000] read(3,  <unfinished ...>\n"
		"[pid  1001] close(5 <unfinished ...>\n"
		"[pid  1000] <... read resumed>\"abcd\", 10) = 4\n"
		"[pid  1001] <... close resumed>)        = 0\n");
}

/* -Z: whole lines at exit, only for failed calls, never interleaved. */
static void test_failed_only(void **state)
{
	(void)state;
	fx_init();
	fx.filter.status = FS_FAILED;
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	entry(PID, "close", 3, 0, 0);
	entry(PID2, "close", 4, 0, 0);
	leave(PID2, "close", 4, 0, 0, 0);
	leave(PID, "close", 3, 0, 0, -9);
	entry(PID, "exit_group", 0, 0, 0);
	simple(ENGINE_EV_EXITED, PID, 0);
	assert_string_equal(out_text(),
		"[pid  1000] close(3)                    = -1 EBADF (Bad file "
		"descriptor)\n"
		"[pid  1000] +++ exited with 0 +++\n");
}

static void test_successful_only(void **state)
{
	(void)state;
	fx_init();
	fx.filter.status = FS_SUCCESSFUL;
	fx_start();
	call(PID, "close", 3, 0, 0, -9);
	call(PID, "close", 4, 0, 0, 0);
	assert_string_equal(out_text(),
		"close(4)                                = 0\n");
}

static void test_trace_set(void **state)
{
	char err[128];

	(void)state;
	fx_init();
	assert_int_equal(filter_parse(&fx.filter, "trace=getpid", err,
				      sizeof(err)), 0);
	fx_start();
	call(PID, "close", 3, 0, 0, 0);
	call(PID, "getpid", 0, 0, 0, 7);
	assert_string_equal(out_text(),
		"getpid()                                = 7\n");
}

static void test_exit_group_and_deaths(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	entry(PID, "exit_group", 0, 0, 0);
	simple(ENGINE_EV_EXITED, PID, 0);
	call(PID2, "close", 3, 0, 0, 0);
	simple(ENGINE_EV_KILLED, PID2, 9);
	assert_string_equal(out_text(),
		"exit_group(0)                           = ?\n"
		"+++ exited with 0 +++\n"
		"close(3)                                = 0\n"
		"+++ killed by SIGKILL +++\n");
}

static void test_core_dumped(void **state)
{
	struct engine_event ev;

	(void)state;
	fx_init();
	fx_start();
	ev = ev_base(ENGINE_EV_KILLED, PID);
	ev.sig = 11;
	ev.core = 1;
	trace_event(fx.tp, &ev, &src);
	assert_string_equal(out_text(),
		"+++ killed by SIGSEGV (core dumped) +++\n");
}

/* A thread killed in a blocking call, as another one exits the group. */
static void test_killed_in_call(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	entry(PID2, "read", 3, MEM_BASE, 1);
	entry(PID, "exit_group", 3, 0, 0);
	simple(ENGINE_EV_EXITED, PID2, 3);
	simple(ENGINE_EV_EXITED, PID, 3);
	assert_string_equal(out_text(),
		"[pid  1001] read(3,  <unfinished ...>\n"
		"[pid  1000] exit_group(3 <unfinished ...>\n"
		"[pid  1001] <... read resumed> <unfinished ...>) = ?\n"
		"[pid  1001] +++ exited with 3 +++\n"
		"<... exit_group resumed>)               = ?\n"
		"+++ exited with 3 +++\n");
}

static void test_killed_same_line(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	entry(PID, "read", 0, MEM_BASE, 1);
	simple(ENGINE_EV_KILLED, PID, 9);
	assert_string_equal(out_text(),
		"read(0,  <unfinished ...>)              = ?\n"
		"+++ killed by SIGKILL +++\n");
}

static void test_quiet_exit(void **state)
{
	(void)state;
	fx_init();
	fx.o.quiet = 2;
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	entry(PID, "exit_group", 4, 0, 0);
	simple(ENGINE_EV_EXITED, PID, 4);
	assert_string_equal(out_text(),
		"[pid  1000] exit_group(4)               = ?\n");
	assert_string_equal(err_text(), "");
}

static void test_signals(void **state)
{
	char err[128];

	(void)state;
	fx_init();
	fx_start();
	simple(ENGINE_EV_SIGNAL, PID, 10);
	simple(ENGINE_EV_GROUP_STOP, PID, 19);
	assert_non_null(strstr(out_text(), "--- SIGUSR1 {si_signo=SIGUSR1"));
	assert_non_null(strstr(out_text(), "} ---\n--- stopped by SIGSTOP "
			       "---\n"));
	teardown(NULL);

	fx_init();
	assert_int_equal(filter_parse(&fx.filter, "signal=!SIGUSR1", err,
				      sizeof(err)), 0);
	fx_start();
	simple(ENGINE_EV_SIGNAL, PID, 10);
	simple(ENGINE_EV_GROUP_STOP, PID, 19);
	assert_string_equal(out_text(), "--- stopped by SIGSTOP ---\n");
}

/* A signal closes another thread's open line. */
static void test_signal_interrupts(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	entry(PID, "close", 3, 0, 0);
	simple(ENGINE_EV_GROUP_STOP, PID2, 19);
	leave(PID, "close", 3, 0, 0, 0);
	assert_string_equal(out_text(),
		"[pid  1000] close(3 <unfinished ...>\n"
		"[pid  1001] --- stopped by SIGSTOP ---\n"
		"[pid  1000] <... close resumed>)        = 0\n");
}

static void test_timestamps(void **state)
{
	static const char *const want[] = {
		"22:13:20 close(3)                       = 0\n",
		"22:13:20.000001 close(3)                = 0\n",
		"1700000000.000001 close(3)              = 0\n",
	};
	int i;

	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	for (i = 0; i < 3; i++) {
		fx_init();
		fx.o.tstamp = i + 1;
		fx_start();
		call(PID, "close", 3, 0, 0, 0);
		assert_string_equal(out_text(), want[i]);
		teardown(NULL);
	}
	fx_init();
	fx.o.relative = 1;
	fx_start();
	call(PID, "close", 3, 0, 0, 0);
	call(PID, "close", 4, 0, 0, 0);
	assert_string_equal(out_text(),
		"     0.000000 close(3)                  = 0\n"
		"     0.000002 close(4)                  = 0\n");
	teardown(NULL);
	fx_init();
	fx.o.relative = 1;
	fx.o.tstamp = 2;
	fx_start();
	call(PID, "close", 3, 0, 0, 0);
	assert_string_equal(out_text(),
		"22:13:20.000001 (+     0.000000) close(3) = 0\n");
}

static void test_paths(void **state)
{
	static const char *const paths[] = { "/tmp/x", NULL };

	(void)state;
	fx_init();
	fx.o.paths = paths;
	fx.o.npaths = 1;
	fx_start();
	put_mem(MEM_BASE, "/tmp/y");
	put_mem(MEM_BASE + 64, "/tmp/x");
	call(PID, "unlink", MEM_BASE, 0, 0, 0);
	call(PID, "unlink", MEM_BASE + 64, 0, 0, -2);
	assert_string_equal(out_text(),
		"unlink(\"/tmp/x\")                        = -1 ENOENT (No such "
		"file or directory)\n");
}

static void test_attach_detach_notices(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	trace_attached(fx.tp, PID, 1);
	trace_attached(fx.tp, PID2, 3);
	simple(ENGINE_EV_ATTACHED, PID, 0);
	entry(PID, "read", 0, MEM_BASE, 1);
	simple(ENGINE_EV_DETACHED, PID, 0);
	assert_string_equal(err_text(),
		"mytrace: Process 1000 attached\n"
		"mytrace: Process 1001 attached with 3 threads\n"
		"mytrace: Process 1000 detached\n");
	assert_string_equal(out_text(), "read(0,  <detached ...>\n");
	teardown(NULL);

	fx_init();
	fx.o.quiet = 1;
	fx_start();
	trace_attached(fx.tp, PID, 1);
	simple(ENGINE_EV_FORK, PID, PID2);
	simple(ENGINE_EV_DETACHED, PID, 0);
	assert_string_equal(err_text(), "");
}

/* -c: the notices, but no lines. */
static void test_lines_off(void **state)
{
	(void)state;
	fx_init();
	fx.o.lines_off = 1;
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	call(PID, "close", 3, 0, 0, 0);
	simple(ENGINE_EV_SIGNAL, PID, 10);
	simple(ENGINE_EV_EXITED, PID, 0);
	assert_string_equal(out_text(), "");
	assert_string_equal(err_text(), "mytrace: Process 1001 attached\n");
}

/* -ff: one file per thread, no pid prefixes. */
static void test_output_separately(void **state)
{
	char dir[] = "/tmp/mytrace-ffXXXXXX", name[64], buf[256];
	FILE *f;
	size_t n;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(name, sizeof(name), "%s/tr", dir);
	fx_init();
	fx.o.ff_prefix = name;
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	entry(PID, "close", 3, 0, 0);
	call(PID2, "close", 4, 0, 0, 0);
	leave(PID, "close", 3, 0, 0, 0);
	trace_finish(fx.tp);
	snprintf(name, sizeof(name), "%s/tr.%d", dir, PID);
	f = fopen(name, "r");
	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	unlink(name);
	assert_string_equal(buf,
		"close(3)                                = 0\n");
	snprintf(name, sizeof(name), "%s/tr.%d", dir, PID2);
	f = fopen(name, "r");
	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	unlink(name);
	rmdir(dir);
	assert_string_equal(buf,
		"close(4)                                = 0\n");
	assert_string_equal(out_text(), "");
}

/* The udata slot holds the printer's record until the thread is gone. */
static void test_udata(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	entry(PID, "read", 0, MEM_BASE, 1);
	assert_non_null(fx.udata[PID % 8]);
	simple(ENGINE_EV_EXITED, PID, 0);
	assert_null(fx.udata[PID % 8]);
}

/* execve from a thread: the leader's call ends, the thread takes over. */
static void test_exec_from_thread(void **state)
{
	struct engine_event ev;
	void *gone = NULL;

	(void)state;
	fx_init();
	fx.o.pidmode = TRACE_PID_COLUMN;
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	entry(PID2, "execve", 0, 0, 0);
	entry(PID, "futex", 0, 0, 0);
	ev = ev_base(ENGINE_EV_EXEC, PID);
	ev.old_tid = PID2;
	ev.gone_udata = &gone;
	trace_event(fx.tp, &ev, &src);
	leave(PID, "execve", 0, 0, 0, 0);
	assert_string_equal(out_text(),
		"1001  execve(NULL, NULL, NULL <unfinished ...>\n"
		"1000  futex(NULL, FUTEX_WAIT, 0, NULL)  = ?\n"
		"1000  +++ superseded by execve in pid 1001 +++\n"
		"1000  <... execve resumed>)             = 0\n");
	assert_null(gone);
}

/* Without another line in between: " <pid changed to ...>". */
static void test_exec_pid_changed(void **state)
{
	struct engine_event ev;

	(void)state;
	fx_init();
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	entry(PID2, "execve", 0, 0, 0);
	ev = ev_base(ENGINE_EV_EXEC, PID);
	ev.old_tid = PID2;
	trace_event(fx.tp, &ev, &src);
	leave(PID, "execve", 0, 0, 0, 0);
	assert_string_equal(out_text(),
		"[pid  1001] execve(NULL, NULL, NULL <pid changed to 1000 ...>\n"
		"+++ superseded by execve in pid 1001 +++\n"
		"<... execve resumed>)                   = 0\n");
}

/* restart_syscall names the call it resumes, "read" after attaching. */
static void test_restart_syscall(void **state)
{
	(void)state;
	fx_init();
	fx_start();
	call(PID, "clock_nanosleep", 0, 0, 0, -516);
	call(PID, "restart_syscall", 0, 0, 0, 0);
	simple(ENGINE_EV_ATTACHED, PID2, 0);
	call(PID2, "restart_syscall", 0, 0, 0, 0);
	assert_string_equal(strstr(out_text(), "restart"),
		"restart_syscall(<... resuming interrupted clock_nanosleep "
		"...>) = 0\n"
		"[pid  1001] restart_syscall(<... resuming interrupted read "
		"...>) = 0\n");
}

/* --json: one object per call, with the strace text converted. */
static void test_json_calls(void **state)
{
	(void)state;
	fx_init();
	fx.o.json = 1;
	fx_start();
	put_mem(MEM_BASE, "/etc/ld.so.cache");
	call(PID, "openat", (uint64_t)-100, MEM_BASE, 02000000, 3);
	call(PID, "close", 3, 0, 0, -9);
	assert_string_equal(out_text(),
		"{\"pid\":1000,\"tid\":1000,\"ts\":\"1700000000000001000\","
		"\"syscall\":\"openat\",\"args\":[\"AT_FDCWD\","
		"\"/etc/ld.so.cache\",\"O_RDONLY|O_CLOEXEC\"],\"ret\":3,"
		"\"err\":null,\"dur_ns\":1000}\n"
		"{\"pid\":1000,\"tid\":1000,\"ts\":\"1700000000000003000\","
		"\"syscall\":\"close\",\"args\":[3],\"ret\":-1,"
		"\"err\":\"EBADF\",\"dur_ns\":1000}\n");
}

/* --json: a read's buffer at exit, interleaved calls stay whole. */
static void test_json_interleaved(void **state)
{
	const char *o;

	(void)state;
	fx_init();
	fx.o.json = 1;
	fx_start();
	memcpy(mem, "ab\n\377", 4);
	entry(PID, "read", 0, MEM_BASE, 10);
	entry(PID2, "exit_group", 0, 0, 0);
	simple(ENGINE_EV_EXITED, PID2, 0);
	leave(PID, "read", 0, MEM_BASE, 10, 4);
	simple(ENGINE_EV_SIGNAL, PID, 17);
	simple(ENGINE_EV_KILLED, PID, 9);
	o = out_text();
	assert_non_null(strstr(o, "\"syscall\":\"exit_group\",\"args\":[0],"
			       "\"ret\":null,\"err\":null,\"dur_ns\":null}\n"));
	assert_non_null(strstr(o, "\"event\":\"exited\",\"status\":0}\n"));
	assert_non_null(strstr(o, "\"syscall\":\"read\",\"args\":[0,"
			       "\"ab\\n\\u00ff\",10],\"ret\":4,"));
	assert_non_null(strstr(o, "\"event\":\"signal\",\"sig\":\"SIGCHLD\","
			       "\"siginfo\":{\"si_signo\":\"SIGCHLD\""));
	assert_non_null(strstr(o, "\"event\":\"killed\",\"sig\":\"SIGKILL\","
			       "\"core\":false}\n"));
	assert_null(strstr(o, "unfinished"));
	assert_null(strstr(o, "resumed"));
}

/* --instruction-pointer: "[%016x] " after the timestamps, "?" when none. */
static void test_instruction_pointer(void **state)
{
	struct engine_event ev;

	(void)state;
	fx_init();
	fx.o.iflag = 1;
	fx_start();
	ev = ev_base(ENGINE_EV_ENTRY, PID);
	ev.nr = syscalls_lookup("close");
	ev.args[0] = 3;
	ev.ip = 0x7f1234567890;
	trace_event(fx.tp, &ev, &src);
	ev.kind = ENGINE_EV_EXIT;
	trace_event(fx.tp, &ev, &src);
	simple(ENGINE_EV_EXITED, PID, 0);
	assert_string_equal(out_text(),
		"[00007f1234567890] close(3)             = 0\n"
		"[????????????????] +++ exited with 0 +++\n");
}

/* -e write=1 / -e read=0: strace's hex dump after the line. */
static void test_hex_dumps(void **state)
{
	(void)state;
	fx_init();
	fx.filter.write_fds.bits[0] = 2;	/* fd 1 */
	fx.filter.read_fds.bits[0] = 1;		/* fd 0 */
	fx_start();
	memcpy(mem, "0123456789abcdef\tX", 18);
	call(PID, "write", 1, MEM_BASE, 18, 18);
	call(PID, "write", 2, MEM_BASE, 3, 3);
	call(PID, "read", 0, MEM_BASE, 100, 3);
	call(PID, "read", 0, MEM_BASE, 100, -11);
	assert_string_equal(out_text(),
		"write(1, \"0123456789abcdef\\tX\", 18)     = 18\n"
		" | 00000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66"
		"  0123456789abcdef |\n"
		" | 00010  09 58                                           "
		"  .X               |\n"
		"write(2, \"012\", 3)                      = 3\n"
		"read(0, \"012\", 100)                     = 3\n"
		" | 00000  30 31 32                                        "
		"  012              |\n"
		"read(0, 0x10000, 100)                   = -1 EAGAIN "
		"(Resource temporarily unavailable)\n");
}

/* -o FILE: no notice for a followed child, as strace; -p's stay. */
static void test_fork_notice_with_output_file(void **state)
{
	(void)state;
	fx_init();
	fx.o.to_file = 1;
	fx_start();
	simple(ENGINE_EV_FORK, PID, PID2);
	trace_attached(fx.tp, 42, 1);
	assert_string_equal(err_text(), "mytrace: Process 42 attached\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_padding, teardown),
		cmocka_unit_test_teardown(test_columns_and_errors, teardown),
		cmocka_unit_test_teardown(test_duration, teardown),
		cmocka_unit_test_teardown(test_read_exit_half, teardown),
		cmocka_unit_test_teardown(test_pid_column, teardown),
		cmocka_unit_test_teardown(test_pid_auto, teardown),
		cmocka_unit_test_teardown(test_unfinished_resumed, teardown),
		cmocka_unit_test_teardown(test_failed_only, teardown),
		cmocka_unit_test_teardown(test_successful_only, teardown),
		cmocka_unit_test_teardown(test_trace_set, teardown),
		cmocka_unit_test_teardown(test_exit_group_and_deaths,
					  teardown),
		cmocka_unit_test_teardown(test_core_dumped, teardown),
		cmocka_unit_test_teardown(test_killed_in_call, teardown),
		cmocka_unit_test_teardown(test_killed_same_line, teardown),
		cmocka_unit_test_teardown(test_quiet_exit, teardown),
		cmocka_unit_test_teardown(test_signals, teardown),
		cmocka_unit_test_teardown(test_signal_interrupts, teardown),
		cmocka_unit_test_teardown(test_timestamps, teardown),
		cmocka_unit_test_teardown(test_paths, teardown),
		cmocka_unit_test_teardown(test_attach_detach_notices,
					  teardown),
		cmocka_unit_test_teardown(test_lines_off, teardown),
		cmocka_unit_test_teardown(test_output_separately, teardown),
		cmocka_unit_test_teardown(test_udata, teardown),
		cmocka_unit_test_teardown(test_exec_from_thread, teardown),
		cmocka_unit_test_teardown(test_exec_pid_changed, teardown),
		cmocka_unit_test_teardown(test_restart_syscall, teardown),
		cmocka_unit_test_teardown(test_json_calls, teardown),
		cmocka_unit_test_teardown(test_json_interleaved, teardown),
		cmocka_unit_test_teardown(test_instruction_pointer, teardown),
		cmocka_unit_test_teardown(test_hex_dumps, teardown),
		cmocka_unit_test_teardown(test_fork_notice_with_output_file,
					  teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
