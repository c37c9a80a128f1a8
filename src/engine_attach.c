/* SPDX-License-Identifier: MIT */
/*
 * engine_attach - -p PID: seize every thread of a running process, stop
 * each with PTRACE_INTERRUPT, and queue one ENGINE_EV_ATTACHED per thread.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arch.h"
#include "engine_priv.h"

/* Seize and interrupt @tid; the new record, or NULL (errno set). */
static struct eng_thread *eng_seize(struct engine *e, pid_t tid, pid_t pid)
{
	struct eng_thread *t;

	if (ptrace(PTRACE_SEIZE, tid, NULL,
		   (void *)eng_ptrace_options(e, 0)) < 0)
		return NULL;
	t = eng_add(e, tid, pid);
	if (!t) {
		ptrace(PTRACE_DETACH, tid, NULL, NULL);
		errno = ENOMEM;
		return NULL;
	}
	t->origin = ENG_ATTACHED;
	if (ptrace(PTRACE_INTERRUPT, tid, NULL, NULL) < 0 && errno == ESRCH)
		t->gone = 1;	/* died meanwhile; drop it after the wait */
	return t;
}

/* Seize the tasks of @pid not seized yet; how many were new. */
static int eng_seize_tasks(struct engine *e, pid_t pid, pid_t **tids,
			   int *n, int *cap)
{
	char path[64];
	struct dirent *d;
	int added = 0;
	DIR *dir;

	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	dir = opendir(path);
	if (!dir)
		return 0;
	while ((d = readdir(dir))) {
		pid_t tid = (pid_t)atoi(d->d_name);

		if (tid <= 0 || eng_find(e, tid))
			continue;
		if (*n == *cap) {
			pid_t *p = realloc(*tids, (size_t)*cap * 2 *
					   sizeof(*p));

			if (!p)
				break;
			*tids = p;
			*cap *= 2;
		}
		/* A thread that exits or is a zombie now is just skipped. */
		if (!eng_seize(e, tid, pid))
			continue;
		(*tids)[(*n)++] = tid;
		added++;
	}
	closedir(dir);
	return added;
}

/*
 * The syscall a thread was blocked in when the interrupt came: it
 * returns a restart code and runs again (as itself or restart_syscall)
 * once resumed.  Put in the ATTACHED event: nr (-1 if none), args, ret.
 */
static void eng_interrupted_call(pid_t tid, struct engine_event *ev)
{
	struct arch_regs regs;
	int64_t ret;
	int i;

	ev->nr = -1;
	if (arch_get_regs(tid, &regs) < 0)
		return;
	ret = arch_syscall_ret(&regs);
	if (arch_syscall_nr(&regs) < 0 || ret < -516 || ret > -512)
		return;
	ev->nr = arch_syscall_nr(&regs);
	ev->ret = ret;
	for (i = 0; i < 6; i++)
		ev->args[i] = arch_syscall_arg(&regs, i);
}

/* Wait for @t's first stop and queue its ATTACHED event; 1 if queued. */
static int eng_attach_wait(struct engine *e, struct eng_thread *t)
{
	struct engine_event ev;
	int status;

	for (;;) {
		if (waitpid(t->tid, &status, __WALL) == t->tid)
			break;
		if (errno != EINTR) {
			eng_remove(e, t);
			return 0;
		}
	}
	if (!WIFSTOPPED(status)) {
		eng_remove(e, t);
		return 0;
	}
	t->gone = 0;
	t->stopped = 1;
	memset(&ev, 0, sizeof(ev));
	ev.kind = ENGINE_EV_ATTACHED;
	ev.tid = t->tid;
	ev.pid = t->pid;
	ev.nr = -1;
	eng_stamp(e, &ev);
	if ((unsigned int)status >> 16 == PTRACE_EVENT_STOP)
		eng_interrupted_call(t->tid, &ev);
	else
		eng_defer(e, t, status);  /* a real stop came first */
	if (eng_queue(e, &ev) < 0)
		return 0;
	return 1;
}

int engine_attach(struct engine *e, pid_t pid)
{
	pid_t *tids;
	int n = 0, cap = 16, i, count = 0, r;

	if (pid <= 0)
		return -ESRCH;
	if (eng_find(e, pid))
		return -EALREADY;
	tids = malloc((size_t)cap * sizeof(*tids));
	if (!tids)
		return -ENOMEM;
	/* The leader first: its failure is the answer. */
	if (!eng_seize(e, pid, pid)) {
		r = -errno;
		free(tids);
		return r;
	}
	tids[n++] = pid;
	e->attached = 1;	/* no fast path for a later spawn */
	/* Threads may be created while we seize: until no new one shows. */
	while (eng_seize_tasks(e, pid, &tids, &n, &cap) > 0)
		;
	for (i = 0; i < n; i++) {
		struct eng_thread *t = eng_find(e, tids[i]);

		if (t)
			count += eng_attach_wait(e, t);
	}
	free(tids);
	return count ? count : -ESRCH;
}

/* First integer after "@key:" in /proc/@pid/status, or -1. */
static long eng_status_field(pid_t pid, const char *key)
{
	char path[64], line[256];
	size_t klen = strlen(key);
	long v = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, key, klen) == 0 && line[klen] == ':') {
			v = strtol(line + klen + 1, NULL, 10);
			break;
		}
	}
	fclose(f);
	return v;
}

static int eng_yama_scope(void)
{
	FILE *f = fopen("/proc/sys/kernel/yama/ptrace_scope", "re");
	int v = 0;

	if (!f)
		return 0;
	if (fscanf(f, "%d", &v) != 1)
		v = 0;
	fclose(f);
	return v;
}

/* PF_KTHREAD of the flags field of /proc/PID/stat (linux/sched.h). */
#define ENG_PF_KTHREAD 0x00200000ul

/* State letter and flags of /proc/@pid/stat: 0, or -1. */
static int eng_stat(pid_t pid, char *state, unsigned long *flags)
{
	char path[64], buf[512], *p;
	size_t n;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return -1;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	/* "PID (COMM) S PPID PGRP SESSION TTY TPGID FLAGS ...": COMM may
	 * hold anything, so parse from its last ')'. */
	p = strrchr(buf, ')');
	if (!p || sscanf(p + 1, " %c %*d %*d %*d %*d %*d %lu", state,
			 flags) != 2)
		return -1;
	return 0;
}

const char *engine_attach_why(pid_t pid)
{
	static char buf[96];
	long tracer = eng_status_field(pid, "TracerPid");
	long uid = eng_status_field(pid, "Uid");
	unsigned long flags;
	char state;

	if (eng_stat(pid, &state, &flags) == 0) {
		if (flags & ENG_PF_KTHREAD)
			return "it is a kernel thread, which cannot be traced";
		if (state == 'Z')
			return "it is a zombie: it has exited, its parent has "
			       "not reaped it yet";
	}
	if (tracer > 0) {
		snprintf(buf, sizeof(buf), "it is already traced by pid %ld",
			 tracer);
		return buf;
	}
	if (geteuid() != 0 && eng_yama_scope() > 0)
		return "ptrace is restricted by "
		       "/proc/sys/kernel/yama/ptrace_scope";
	if (uid >= 0 && (uid_t)uid != geteuid() && geteuid() != 0)
		return "it belongs to another user "
		       "(needs root or CAP_SYS_PTRACE)";
	return "see ptrace(2)";
}
