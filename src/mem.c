/* SPDX-License-Identifier: MIT */
/*
 * mem - read and write tracee memory.
 *
 * process_vm_readv/writev move a whole buffer in one call but stop at the
 * first page they cannot access and refuse read-only mappings for writes;
 * PTRACE_PEEKDATA/POKEDATA go through the kernel's forced access path
 * (works on read-only text and PROT_NONE pages, needs a ptrace-stopped
 * tracee), one word at a time.  Reads show what the tracee itself could
 * read (a pointer the kernel would refuse prints as an address, like
 * strace), except mem_read_forced(), the debugger's view (pt.peek, x).
 * Writes: the vm call first, then words for whatever is left.
 */
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <unistd.h>

#include "mem.h"

#define MEM_WORD sizeof(long)

static size_t mem_page_size(void)
{
	static size_t page;

	if (!page) {
		long p = sysconf(_SC_PAGESIZE);

		page = p > 0 ? (size_t)p : 4096;
	}
	return page;
}

/* An access error of PEEK/POKE (EIO) or of the vm calls is a bad address. */
static int mem_errno(int err)
{
	if (err == EIO || err == EFAULT || err == ENOMEM)
		return -EFAULT;
	return -err;
}

/* Read the aligned word at @addr into @word: 0 or -errno. */
static int mem_peek(pid_t tid, uint64_t addr, long *word)
{
	errno = 0;
	*word = ptrace(PTRACE_PEEKDATA, tid, (void *)addr, NULL);
	if (errno)
		return mem_errno(errno);
	return 0;
}

/* Word-by-word read; bytes read, or -errno if the first word failed. */
static ssize_t mem_read_peek(pid_t tid, uint64_t addr, char *buf, size_t len)
{
	size_t done = 0;

	while (done < len) {
		uint64_t at = addr + done;
		size_t skip = at % MEM_WORD;
		size_t n = MEM_WORD - skip;
		long word;
		int ret;

		ret = mem_peek(tid, at - skip, &word);
		if (ret < 0)
			return done ? (ssize_t)done : ret;
		if (n > len - done)
			n = len - done;
		memcpy(buf + done, (char *)&word + skip, n);
		done += n;
	}
	return (ssize_t)done;
}

ssize_t mem_read(pid_t tid, uint64_t addr, void *buf, size_t len)
{
	struct iovec local = { buf, len };
	struct iovec remote = { (void *)addr, len };
	ssize_t n;

	if (len == 0)
		return 0;
	n = process_vm_readv(tid, &local, 1, &remote, 1, 0);
	if (n >= 0)
		return n ? n : -EFAULT;	/* short: stopped at a bad page */
	/* Not allowed or not built in: the same, word by word. */
	if (errno == ENOSYS || errno == EPERM)
		return mem_read_peek(tid, addr, buf, len);
	return mem_errno(errno);
}

ssize_t mem_read_forced(pid_t tid, uint64_t addr, void *buf, size_t len)
{
	ssize_t n = mem_read(tid, addr, buf, len), more;

	if (n == (ssize_t)len || n == -ESRCH)
		return n;
	if (n < 0)
		n = 0;
	/* The rest: maybe a page only forced access can read (PROT_NONE). */
	more = mem_read_peek(tid, addr + n, (char *)buf + n, len - n);
	if (more < 0)
		return n ? n : more;
	return n + more;
}

ssize_t mem_read_str(pid_t tid, uint64_t addr, char *buf, size_t max)
{
	size_t page = mem_page_size();
	/* One byte more tells a string of exactly @max bytes apart. */
	size_t want = max + 1;
	size_t done = 0;

	while (done < want) {
		uint64_t at = addr + done;
		size_t chunk = page - at % page;
		ssize_t n;
		char *nul;

		if (chunk > want - done)
			chunk = want - done;
		n = mem_read(tid, at, buf + done, chunk);
		if (n <= 0) {
			buf[done] = '\0';
			return n < 0 ? n : -EFAULT;
		}
		nul = memchr(buf + done, '\0', (size_t)n);
		if (nul)
			return nul - buf;
		done += (size_t)n;
		if ((size_t)n < chunk)
			break;
	}
	if (done < max) {
		/* A fault cut the string before its NUL and before @max. */
		buf[done] = '\0';
		return -EFAULT;
	}
	buf[max] = '\0';
	return (ssize_t)max + 1;
}

/* Word-by-word write, merging partial words; bytes written or -errno. */
static ssize_t mem_write_poke(pid_t tid, uint64_t addr, const char *buf,
			      size_t len)
{
	size_t done = 0;

	while (done < len) {
		uint64_t at = addr + done;
		size_t skip = at % MEM_WORD;
		size_t n = MEM_WORD - skip;
		long word = 0;
		int ret;

		if (n > len - done)
			n = len - done;
		if (n < MEM_WORD) {
			ret = mem_peek(tid, at - skip, &word);
			if (ret < 0)
				return done ? (ssize_t)done : ret;
		}
		memcpy((char *)&word + skip, buf + done, n);
		if (ptrace(PTRACE_POKEDATA, tid, (void *)(at - skip),
			   (void *)word) < 0)
			return done ? (ssize_t)done : mem_errno(errno);
		done += n;
	}
	return (ssize_t)done;
}

ssize_t mem_write(pid_t tid, uint64_t addr, const void *buf, size_t len)
{
	struct iovec local = { (void *)buf, len };
	struct iovec remote = { (void *)addr, len };
	ssize_t n, more;

	if (len == 0)
		return 0;
	n = process_vm_writev(tid, &local, 1, &remote, 1, 0);
	if (n == (ssize_t)len)
		return n;
	if (n < 0) {
		if (errno == ESRCH)
			return -ESRCH;
		n = 0;
	}
	more = mem_write_poke(tid, addr + n, (const char *)buf + n, len - n);
	if (more < 0)
		return n ? n : more;
	return n + more;
}
