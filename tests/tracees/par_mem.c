// SPDX-License-Identifier: MIT
/*
 * par_mem - parity tracee, memory: mmap variants, mprotect, madvise,
 * mremap, mlock, msync, mincore, munmap, brk.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
	unsigned char vec[4];
	char *p, *q;
	int fd;

	p = mmap(NULL, 16384, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mprotect(p, 4096, PROT_READ);
	madvise(p, 8192, MADV_DONTNEED);
	madvise(p, 8192, MADV_WILLNEED);
	mlock(p + 8192, 4096);
	munlock(p + 8192, 4096);
	mincore(p, 16384, vec);
	msync(p, 4096, MS_SYNC);
	msync(p, 4096, MS_ASYNC | MS_INVALIDATE);
	q = mremap(p, 16384, 32768, MREMAP_MAYMOVE);
	munmap(q, 32768);
	fd = open("/etc/passwd", O_RDONLY);
	p = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	munmap(p, 4096);
	p = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_NORESERVE |
		 MAP_ANONYMOUS, -1, 0);
	munmap(p, 4096);
	close(fd);
	mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 99, 0);
	sbrk(0);
	mlockall(MCL_CURRENT);
	munlockall();
	return 0;
}
