/* SPDX-License-Identifier: MIT */
/*
 * engine_spawn - start a traced program and find programs in PATH.
 *
 * The child blocks on a pipe until the parent has seized it and set it
 * to stop at syscalls; its syscalls before the execve are hidden, so the
 * first event is the execve entry.  engine_spawn returns with the child
 * stopped there (the stop is processed by the next engine_next_event).
 *
 * With opts.new_pgrp the child leads a new process group (setpgid
 * before its execve), for the shell to give it the terminal.
 *
 * Fast path: after the go (the engine's own sync syscalls are done), the
 * child installs the seccomp filter of the traced set, then execs.  The
 * parent sees the seccomp() call return while it steps the child to its
 * execve: only a filter that is really in place turns the fast path on.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine_priv.h"
#include "seccomp.h"

extern char **environ;

/* 0 if @path is a file execve could run, else -errno. */
static int eng_check_exec(const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return -errno;
	if (S_ISDIR(st.st_mode))
		return -EISDIR;
	if (access(path, X_OK) < 0)
		return -errno;
	return 0;
}

int engine_find_program(const char *name, char *buf, size_t size)
{
	const char *p, *end;
	int err = -ENOENT, r;

	if (!name || !*name)
		return -ENOENT;
	if (strchr(name, '/')) {
		if (strlen(name) >= size)
			return -ENAMETOOLONG;
		strcpy(buf, name);
		return eng_check_exec(name);
	}
	p = getenv("PATH");
	if (!p)
		p = "/usr/local/bin:/usr/bin:/bin";
	for (;; p = end + 1) {
		const char *dir = p;
		size_t dlen;
		int n;

		end = strchr(p, ':');
		if (!end)
			end = p + strlen(p);
		dlen = (size_t)(end - p);
		if (dlen == 0) {
			dir = ".";	/* empty PATH entry: current dir */
			dlen = 1;
		}
		n = snprintf(buf, size, "%.*s/%s", (int)dlen, dir, name);
		if (n > 0 && (size_t)n < size) {
			r = eng_check_exec(buf);
			if (r == 0)
				return 0;
			/* Like execvp: a found but unusable file wins. */
			if (r == -EACCES || r == -EISDIR)
				err = r;
		}
		if (!*end)
			break;
	}
	return err;
}

/*
 * In the child: wait for the go, install @bpf (when not NULL), then
 * exec; never returns.  A filter that fails to install is left out: the
 * parent sees the failed seccomp() and keeps the slow path.
 */
static void eng_child(int sync_fd, const char *path, char *const argv[],
		      char *const envp[], const struct sock_filter *bpf,
		      int bpf_len, int new_pgrp)
{
	char c;
	ssize_t n;

	do
		n = read(sync_fd, &c, 1);
	while (n < 0 && errno == EINTR);
	if (n != 1)
		_exit(127);	/* the parent gave up */
	close(sync_fd);
	if (new_pgrp)
		setpgid(0, 0);
	if (bpf)
		seccomp_install(bpf, bpf_len);
	execve(path, argv, envp ? envp : environ);
	_exit(127);
}

/* Wait for @pid's next stop or death, retrying on EINTR. */
static int eng_wait_pid(pid_t pid, int *status)
{
	for (;;) {
		if (waitpid(pid, status, __WALL) == pid)
			return 0;
		if (errno != EINTR)
			return -errno;
	}
}

static void eng_kill_reap(pid_t pid)
{
	int status;

	kill(pid, SIGKILL);
	while (waitpid(pid, &status, __WALL) < 0 && errno == EINTR)
		;
}

/*
 * Run the seized child through its hidden pre-exec syscalls up to the
 * execve entry, which is saved as a deferred stop.  t->sc is set when
 * the child's seccomp() call installed the filter.
 */
static int eng_run_to_execve(struct engine *e, struct eng_thread *t)
{
	struct __ptrace_syscall_info info;
	int status, r, in_seccomp = 0;

	for (;;) {
		if (ptrace(PTRACE_SYSCALL, t->tid, NULL, NULL) < 0)
			return -errno;
		r = eng_wait_pid(t->tid, &status);
		if (r < 0)
			return r;
		if (!WIFSTOPPED(status))
			return -ECHILD;	/* died before its execve */
		if (WSTOPSIG(status) != (SIGTRAP | 0x80))
			continue;	/* interrupt stop, stray signal */
		memset(&info, 0, sizeof(info));
		if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tid,
			   (void *)sizeof(info), &info) < 0)
			return -errno;
		if (info.op == PTRACE_SYSCALL_INFO_EXIT && in_seccomp)
			t->sc = info.exit.rval == 0;
		in_seccomp = info.op == PTRACE_SYSCALL_INFO_ENTRY &&
			     info.entry.nr == SYS_seccomp;
		if (info.op == PTRACE_SYSCALL_INFO_ENTRY &&
		    (info.entry.nr == SYS_execve ||
		     info.entry.nr == SYS_execveat)) {
			eng_defer(e, t, status);
			return 0;
		}
	}
}

/*
 * Decide on the fast path for the next spawn and build the filter.
 * 1: use it, 0: do not, -errno: forced on but impossible.
 */
static int eng_prepare_seccomp(struct engine *e)
{
	struct sysset all;
	const struct sysset *set = e->opts.traced;
	int n;

	/*
	 * Like strace: only with -f.  Unfollowed children inherit the
	 * filter, and a traced call with no tracer fails with ENOSYS.
	 */
	if (e->opts.seccomp == ENGINE_SECCOMP_OFF || !e->opts.follow)
		return 0;
	if (e->opts.seccomp == ENGINE_SECCOMP_AUTO &&
	    (!set || e->attached || !seccomp_useful(set)))
		return 0;
	if (!set) {
		sysset_fill(&all);
		set = &all;
	}
	if (!e->bpf) {
		e->bpf = calloc(SECCOMP_PROG_MAX, sizeof(*e->bpf));
		if (!e->bpf)
			return -ENOMEM;
	}
	n = seccomp_build(set, e->bpf, SECCOMP_PROG_MAX);
	if (n < 0)
		return n;
	e->bpf_len = n;
	return 1;
}

pid_t engine_spawn(struct engine *e, const char *path, char *const argv[],
		   char *const envp[])
{
	struct eng_thread *t;
	int sync[2], status, r, sc;
	pid_t pid;

	r = eng_check_exec(path);
	if (r < 0)
		return r;
	sc = eng_prepare_seccomp(e);
	if (sc < 0)
		return sc;
	/* The ptrace options depend on it (TRACESECCOMP, fork events). */
	e->sc_active = sc;
	if (pipe2(sync, O_CLOEXEC) < 0)
		return -errno;
	pid = fork();
	if (pid < 0) {
		r = -errno;
		goto close_pipe;
	}
	if (pid == 0) {
		close(sync[1]);
		eng_child(sync[0], path, argv, envp, sc ? e->bpf : NULL,
			  e->bpf_len, e->opts.new_pgrp);
	}
	/* Both sides set it: whichever runs first, it is set at exec. */
	if (e->opts.new_pgrp)
		setpgid(pid, pid);
	close(sync[0]);
	sync[0] = -1;
	if (ptrace(PTRACE_SEIZE, pid, NULL,
		   (void *)eng_ptrace_options(e, 1)) < 0 ||
	    ptrace(PTRACE_INTERRUPT, pid, NULL, NULL) < 0) {
		r = -errno;
		goto kill_child;
	}
	r = eng_wait_pid(pid, &status);
	if (r < 0)
		goto kill_child;
	t = eng_add(e, pid, pid);
	if (!t) {
		r = -ENOMEM;
		goto kill_child;
	}
	t->origin = ENG_SPAWNED;
	t->stopped = 1;
	t->pre_exec = ENG_PRE_EXEC_HIDE;
	if (write(sync[1], "x", 1) != 1) {
		r = -errno;
		goto remove_thread;
	}
	r = eng_run_to_execve(e, t);
	if (r < 0)
		goto remove_thread;
	if (sc && !t->sc && e->opts.seccomp == ENGINE_SECCOMP_ON) {
		r = -EOPNOTSUPP;	/* forced, but the kernel said no */
		goto remove_thread;
	}
	e->sc_active = t->sc;
	close(sync[1]);
	return pid;

remove_thread:
	eng_remove(e, t);
kill_child:
	eng_kill_reap(pid);
close_pipe:
	if (sync[0] >= 0)
		close(sync[0]);
	close(sync[1]);
	return r;
}
