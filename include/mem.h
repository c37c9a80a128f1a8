/* SPDX-License-Identifier: MIT */
/*
 * mem - read and write tracee memory.
 *
 * process_vm_readv/writev first (one call for a whole buffer); when the
 * kernel refuses it (ENOSYS, EPERM), PTRACE_PEEKDATA/POKEDATA word by
 * word.  Reads stop where the tracee itself could not read.  An unreadable address is an
 * error value, never a crash.  The tracee must be ptrace-stopped for the
 * PEEK/POKE fallback to work.
 */
#ifndef MYTRACE_MEM_H
#define MYTRACE_MEM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/*
 * Read up to @len bytes at @addr.  Returns the number of bytes read
 * (less than @len when the range runs into an unmapped page), or -errno
 * (-EFAULT when not even the first byte is readable, -ESRCH when the
 * thread is gone).
 */
ssize_t mem_read(pid_t tid, uint64_t addr, void *buf, size_t len);

/*
 * Like mem_read(), but goes on word by word with PTRACE_PEEKDATA where
 * the tracee itself could not read (PROT_NONE pages): the debugger's view,
 * for pt.peek and the shell's x command.
 */
ssize_t mem_read_forced(pid_t tid, uint64_t addr, void *buf, size_t len);

/*
 * Read a NUL-terminated string of at most @max bytes into @buf (which
 * holds @max + 1 bytes; it is always NUL-terminated).  Returns the string
 * length when a NUL was found within @max bytes, @max + 1 when there was
 * none (the string goes on), or -errno when nothing could be read.
 * Reads page by page so a string that ends before an unmapped page works.
 */
ssize_t mem_read_str(pid_t tid, uint64_t addr, char *buf, size_t max);

/* Write @len bytes at @addr; bytes written or -errno.  POKEDATA fallback
 * makes writes into read-only text work. */
ssize_t mem_write(pid_t tid, uint64_t addr, const void *buf, size_t len);

#endif
