// SPDX-License-Identifier: MIT
/*
 * xlat_mem - constants of the memory system calls: mmap protections and
 * flags, madvise advice, mremap flags (x86_64 values, strace 6.1 names
 * and order).
 */
#include "xlat.h"

#include <sys/mman.h>

#define X(v)	{ (uint64_t)(v), #v }

const struct xlat xlat_mmap_prot[] = {
	X(PROT_NONE),
	X(PROT_READ),
	X(PROT_WRITE),
	X(PROT_EXEC),
	{ 0x8, "PROT_SEM" },
	X(PROT_GROWSDOWN),
	X(PROT_GROWSUP),
	XLAT_END
};

/* The mapping type, the field (flags & 0xf): an enumeration. */
const struct xlat xlat_mmap_types[] = {
	{ 0, "MAP_FILE" },
	X(MAP_SHARED),
	X(MAP_PRIVATE),
	X(MAP_SHARED_VALIDATE),
	XLAT_END
};

/*
 * mmap flags in strace's order.  The type entries come first (the 3 before
 * its bits) so that plain flag printing gets the usual cases right;
 * strace prints the type field as an enumeration ("0x4 /" "* MAP_??? *" "/"
 * for 4..15, MAP_FILE for 0 even with other flags) and the page size
 * bits 26..31 as "21<<MAP_HUGE_SHIFT" after any unknown bits.
 */
const struct xlat xlat_mmap_flags[] = {
	{ 0, "MAP_FILE" },
	X(MAP_SHARED_VALIDATE),
	X(MAP_SHARED),
	X(MAP_PRIVATE),
	X(MAP_FIXED),
	X(MAP_ANONYMOUS),
	X(MAP_32BIT),
	X(MAP_NORESERVE),
	X(MAP_POPULATE),
	X(MAP_NONBLOCK),
	X(MAP_GROWSDOWN),
	X(MAP_DENYWRITE),
	X(MAP_EXECUTABLE),
	X(MAP_LOCKED),
	X(MAP_STACK),
	X(MAP_HUGETLB),
	{ 0x80000, "MAP_SYNC" },
	{ 0x100000, "MAP_FIXED_NOREPLACE" },
	XLAT_END
};

const struct xlat xlat_madvise[] = {
	X(MADV_NORMAL),
	X(MADV_RANDOM),
	X(MADV_SEQUENTIAL),
	X(MADV_WILLNEED),
	X(MADV_DONTNEED),
	{ 8, "MADV_FREE" },
	{ 9, "MADV_REMOVE" },
	{ 10, "MADV_DONTFORK" },
	{ 11, "MADV_DOFORK" },
	{ 12, "MADV_MERGEABLE" },
	{ 13, "MADV_UNMERGEABLE" },
	{ 14, "MADV_HUGEPAGE" },
	{ 15, "MADV_NOHUGEPAGE" },
	{ 16, "MADV_DONTDUMP" },
	{ 17, "MADV_DODUMP" },
	{ 18, "MADV_WIPEONFORK" },
	{ 19, "MADV_KEEPONFORK" },
	{ 20, "MADV_COLD" },
	{ 21, "MADV_PAGEOUT" },
	{ 22, "MADV_POPULATE_READ" },
	{ 23, "MADV_POPULATE_WRITE" },
	{ 24, "MADV_DONTNEED_LOCKED" },
	{ 25, "MADV_COLLAPSE" },
	{ 100, "MADV_HWPOISON" },
	{ 101, "MADV_SOFT_OFFLINE" },
	XLAT_END
};

const struct xlat xlat_mremap_flags[] = {
	{ 1, "MREMAP_MAYMOVE" },
	{ 2, "MREMAP_FIXED" },
	{ 4, "MREMAP_DONTUNMAP" },
	XLAT_END
};
