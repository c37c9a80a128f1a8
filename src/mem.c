/* SPDX-License-Identifier: MIT */
/* mem - stub, being written. */
#include <errno.h>

#include "mem.h"

ssize_t mem_read(pid_t tid, uint64_t addr, void *buf, size_t len)
{
	(void)tid; (void)addr; (void)buf; (void)len;
	return -ENOSYS;
}

ssize_t mem_read_str(pid_t tid, uint64_t addr, char *buf, size_t max)
{
	(void)tid; (void)addr; (void)buf; (void)max;
	return -ENOSYS;
}

ssize_t mem_write(pid_t tid, uint64_t addr, const void *buf, size_t len)
{
	(void)tid; (void)addr; (void)buf; (void)len;
	return -ENOSYS;
}
