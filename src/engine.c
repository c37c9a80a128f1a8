/* SPDX-License-Identifier: MIT */
/* engine - stub, being written. */
#include <errno.h>
#include <stdlib.h>

#include "engine.h"

struct engine *engine_new(const struct engine_opts *opts)
{
	(void)opts;
	return NULL;
}

void engine_free(struct engine *e)
{
	(void)e;
}

pid_t engine_spawn(struct engine *e, const char *path, char *const argv[],
		   char *const envp[])
{
	(void)e; (void)path; (void)argv; (void)envp;
	return -ENOSYS;
}

int engine_find_program(const char *name, char *buf, size_t size)
{
	(void)name; (void)buf; (void)size;
	return -ENOSYS;
}

int engine_attach(struct engine *e, pid_t pid)
{
	(void)e; (void)pid;
	return -ENOSYS;
}

const char *engine_attach_why(pid_t pid)
{
	(void)pid;
	return "";
}

int engine_next_event(struct engine *e, struct engine_event *ev)
{
	(void)e; (void)ev;
	return 0;
}

int engine_set_signal(struct engine *e, pid_t tid, int sig)
{
	(void)e; (void)tid; (void)sig;
	return -ESRCH;
}

void engine_detach_all(struct engine *e)
{
	(void)e;
}

int engine_count(const struct engine *e)
{
	(void)e;
	return 0;
}
