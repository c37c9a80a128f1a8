// SPDX-License-Identifier: MIT
/*
 * Unit tests of whole lines for the calls of decode_table_admin.c:
 * memory policies, protection keys, administration, descriptor tables,
 * modules, kexec and quotas.  A fake tracee memory: a buffer mapped at
 * FAKE_BASE, every other address faults.  Expected strings are strace
 * 6.1's output on x86_64 for the same values, addresses replaced by the
 * fake ones; the successful privileged calls (sethostname, ustat,
 * quotactl, thread areas) only happen here, never in a tracee.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>

#include <cmocka.h>

#include "fake_mem.h"

#define BAD 0xdead0000ull
#define QCMD(cmd, type) (((uint64_t)(cmd) << 8) | (type))

TEST(mbind)
{
	uint64_t mask[2] = { 1, 0 };
	uint64_t m = put(mask, sizeof(mask));

	(void)state;
	S(L(SYS_mbind, 0, FAKE_BASE, 8192, 2, m, 64, 3),
	  "mbind(0x7ffd0000, 8192, MPOL_BIND, [0x00000000000001], 64, "
	  "MPOL_MF_STRICT|MPOL_MF_MOVE) = 0");
	S(L(SYS_mbind, -EINVAL, FAKE_BASE, 8192, 0x8001, m, 66, 0x80),
	  "mbind(0x7ffd0000, 8192, MPOL_PREFERRED|MPOL_F_STATIC_NODES, "
	  "[0x00000000000001, 0000000000000000], 66, 0x80 /* MPOL_??? */) "
	  "= -1 EINVAL (Invalid argument)");
	S(L(SYS_mbind, -EINVAL, 0, 0, 0x4000 | 77, m, 1, 0),
	  "mbind(NULL, 0, MPOL_F_RELATIVE_NODES|0x4d, 0x7ffd0000, 1, 0) "
	  "= -1 EINVAL (Invalid argument)");
}

TEST(set_mempolicy)
{
	uint64_t many[40], m;
	int k;

	(void)state;
	for (k = 0; k < 40; k++)
		many[k] = (uint64_t)k;
	m = put(many, sizeof(many));
	S(L(SYS_set_mempolicy, 0, 0, 0, 0, 0, 0, 0),
	  "set_mempolicy(MPOL_DEFAULT, NULL, 0) = 0");
	S(L(SYS_set_mempolicy, -EINVAL, 6, m, 0, 0, 0, 0),
	  "set_mempolicy(0x6 /* MPOL_??? */, [], 0) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_set_mempolicy, -EINVAL, 0x10003, m, UINT64_MAX, 0, 0, 0),
	  "set_mempolicy(0x10003 /* MPOL_??? */, 0x7ffd0000, "
	  "18446744073709551615) = -1 EINVAL (Invalid argument)");
	L(SYS_set_mempolicy, 0, 3, m, 64 * 40, 0, 0, 0);
	assert_non_null(strstr(strbuf_str(&out),
			       "0x0000000000001f, ...], 2560) = 0"));
	S(L(SYS_set_mempolicy, -EFAULT, 3, BAD, 64, 0, 0, 0),
	  "set_mempolicy(MPOL_INTERLEAVE, 0xdead0000, 64) = -1 EFAULT "
	  "(Bad address)");
}

TEST(get_mempolicy)
{
	uint64_t mode = put_int(2), mask[2] = { 5, 0 }, m = put(mask, 16);

	(void)state;
	S(L(SYS_get_mempolicy, 0, mode, m, 128, FAKE_BASE, 3, 0),
	  "get_mempolicy([MPOL_BIND], [0x00000000000005, "
	  "0000000000000000], 128, 0x7ffd0000, MPOL_F_NODE|MPOL_F_ADDR) "
	  "= 0");
	S(L(SYS_get_mempolicy, -EINVAL, mode, m, 65, 0, 0xc, 0),
	  "get_mempolicy(0x7ffd0000, 0x7ffd0008, 65, NULL, "
	  "MPOL_F_MEMS_ALLOWED|0x8) = -1 EINVAL (Invalid argument)");
	S(L(SYS_get_mempolicy, -EINVAL, 0, 0, 0, 0, 0x40, 0),
	  "get_mempolicy(NULL, NULL, 0, NULL, 0x40 /* MPOL_??? */) = -1 "
	  "EINVAL (Invalid argument)");
}

TEST(migrate_pages)
{
	uint64_t one = 1, m = put(&one, 8);

	(void)state;
	S(L(SYS_migrate_pages, 0, 0, 64, m, m, 0, 0),
	  "migrate_pages(0, 64, [0x00000000000001], [0x00000000000001]) "
	  "= 0");
}

TEST(move_pages)
{
	uint64_t pages[2] = { FAKE_BASE, 0 };
	int32_t nodes[2] = { 0, 1 }, status[2] = { -EFAULT, 3 };
	uint64_t p = put(pages, 16), n = put(nodes, 8), s = put(status, 8);

	(void)state;
	S(L(SYS_move_pages, 0, 0, 2, p, n, s, 2),
	  "move_pages(0, 2, [0x7ffd0000, NULL], [0, 1], [-EFAULT, 3], "
	  "MPOL_MF_MOVE) = 0");
	S(L(SYS_move_pages, -ESRCH, 99, 2, p, 0, s, 4),
	  "move_pages(99, 2, [0x7ffd0000, NULL], NULL, 0x7ffd0018, "
	  "MPOL_MF_MOVE_ALL) = -1 ESRCH (No such process)");
	S(L(SYS_move_pages, -EINVAL, 0, 0, p, n, s, 0x10),
	  "move_pages(0, 0, [], [], [], 0x10 /* MPOL_??? */) = -1 EINVAL "
	  "(Invalid argument)");
	/* fuzz_decode: a status of INT32_MIN, which has no negation */
	status[0] = INT32_MIN;
	s = put(status, 8);
	S(L(SYS_move_pages, 0, 0, 2, p, n, s, 0),
	  "move_pages(0, 2, [0x7ffd0000, NULL], [0, 1], [-2147483648, 3], "
	  "0) = 0");
}

TEST(pkeys)
{
	(void)state;
	S(L(SYS_pkey_mprotect, 0, FAKE_BASE, 4096, 3, (uint64_t)-1, 0, 0),
	  "pkey_mprotect(0x7ffd0000, 4096, PROT_READ|PROT_WRITE, -1) = 0");
	S(L(SYS_pkey_mprotect, -EINVAL, 0, 0, 0x100, 100, 0, 0),
	  "pkey_mprotect(NULL, 0, 0x100 /* PROT_??? */, 100) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_pkey_alloc, 1, 0, 2, 0, 0, 0, 0),
	  "pkey_alloc(0, PKEY_DISABLE_WRITE) = 1");
	S(L(SYS_pkey_alloc, -EINVAL, 4, 15, 0, 0, 0, 0),
	  "pkey_alloc(0x4, PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE|"
	  "PKEY_DISABLE_EXECUTE|0x8) = -1 EINVAL (Invalid argument)");
	S(L(SYS_pkey_alloc, -EINVAL, 0, 8, 0, 0, 0, 0),
	  "pkey_alloc(0, 0x8 /* PKEY_??? */) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_pkey_free, 0, 1, 0, 0, 0, 0, 0), "pkey_free(1) = 0");
}

TEST(remap_file_pages)
{
	(void)state;
	S(L(SYS_remap_file_pages, -EINVAL, FAKE_BASE, 4096, 0, 1, 0x10000, 0),
	  "remap_file_pages(0x7ffd0000, 4096, PROT_NONE, 1, "
	  "MAP_FILE|MAP_NONBLOCK) = -1 EINVAL (Invalid argument)");
	S(L(SYS_remap_file_pages, -EINVAL, 0, 0, 8, 0, 0x1000023, 0),
	  "remap_file_pages(NULL, 0, PROT_SEM, 0, MAP_SHARED_VALIDATE|"
	  "MAP_ANONYMOUS|0x1000000) = -1 EINVAL (Invalid argument)");
	S(L(SYS_remap_file_pages, -EINVAL, 0, 0, 0, 0, 0xf, 0),
	  "remap_file_pages(NULL, 0, PROT_NONE, 0, 0xf /* MAP_??? */) = -1 "
	  "EINVAL (Invalid argument)");
}

TEST(process_madvise)
{
	uint64_t iov[4] = { FAKE_BASE, 4096, 0, 1 };
	uint64_t v = FAKE_BASE + FAKE_SIZE - sizeof(iov);

	(void)state;
	/* At the end of the memory: a third element cannot be read. */
	memcpy(fake_mem + FAKE_SIZE - sizeof(iov), iov, sizeof(iov));
	S(L(SYS_process_madvise, 4096, 3, v, 2, 20, 0, 0),
	  "process_madvise(3, [{iov_base=0x7ffd0000, iov_len=4096}, "
	  "{iov_base=NULL, iov_len=1}], 2, MADV_COLD, 0) = 4096");
	S(L(SYS_process_madvise, -EINVAL, 3, v, 3, 99, 1, 0),
	  "process_madvise(3, [{iov_base=0x7ffd0000, iov_len=4096}, "
	  "{iov_base=NULL, iov_len=1}, ... /* 0x7ffd1000 */], 3, "
	  "0x63 /* MADV_??? */, 0x1) = -1 EINVAL (Invalid argument)");
	S(L(SYS_process_mrelease, -EINVAL, 3, 1, 0, 0, 0, 0),
	  "process_mrelease(3, 0x1) = -1 EINVAL (Invalid argument)");
}

TEST(fds)
{
	(void)state;
	S(L(SYS_userfaultfd, 3, 04000 | 02000000, 0, 0, 0, 0, 0),
	  "userfaultfd(O_NONBLOCK|O_CLOEXEC) = 3");
	S(L(SYS_userfaultfd, -EINVAL, 9, 0, 0, 0, 0, 0),
	  "userfaultfd(UFFD_USER_MODE_ONLY|0x8) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_userfaultfd, -EINVAL, 0x10, 0, 0, 0, 0, 0),
	  "userfaultfd(0x10 /* UFFD_??? */) = -1 EINVAL (Invalid argument)");
	S(L(SYS_memfd_secret, 3, 02000000, 0, 0, 0, 0, 0),
	  "memfd_secret(O_CLOEXEC) = 3");
	S(L(SYS_memfd_secret, -EINVAL, 0x10, 0, 0, 0, 0, 0),
	  "memfd_secret(0x10) = -1 EINVAL (Invalid argument)");
}

TEST(swap)
{
	uint64_t p = put_str("/swapfile");

	(void)state;
	S(L(SYS_swapon, -ENOENT, p, 0x18005, 0, 0, 0, 0),
	  "swapon(\"/swapfile\", SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5) = -1 "
	  "ENOENT (No such file or directory)");
	S(L(SYS_swapon, -EINVAL, 0, 0x100003, 0, 0, 0, 0),
	  "swapon(NULL, 0x100000 /* SWAP_FLAG_??? */|3) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_swapon, -ENOENT, p, 0, 0, 0, 0, 0),
	  "swapon(\"/swapfile\", 0) = -1 ENOENT (No such file or directory)");
	S(L(SYS_swapoff, -ENOENT, p, 0, 0, 0, 0, 0),
	  "swapoff(\"/swapfile\") = -1 ENOENT (No such file or directory)");
}

TEST(reboot)
{
	uint64_t s = put_str("par");

	(void)state;
	S(L(SYS_reboot, -EINVAL, 0, 0, 0, s, 0, 0),
	  "reboot(0 /* LINUX_REBOOT_MAGIC_??? */, 0 /* LINUX_REBOOT_MAGIC_??? "
	  "*/, LINUX_REBOOT_CMD_CAD_OFF) = -1 EINVAL (Invalid argument)");
	S(L(SYS_reboot, -EINVAL, 0xfee1dead, 672274793, 0xa1b2c3d4, s, 0, 0),
	  "reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, "
	  "LINUX_REBOOT_CMD_RESTART2, \"par\") = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_reboot, -EINVAL, 0xfee1dead, 1, 0x1234, 0, 0, 0),
	  "reboot(LINUX_REBOOT_MAGIC1, 0x1 /* LINUX_REBOOT_MAGIC_??? */, "
	  "0x1234 /* LINUX_REBOOT_CMD_??? */) = -1 EINVAL "
	  "(Invalid argument)");
}

TEST(hostname)
{
	uint64_t n = put_str("myhost");

	(void)state;
	S(L(SYS_sethostname, 0, n, 6, 0, 0, 0, 0),
	  "sethostname(\"myhost\", 6) = 0");
	S(L(SYS_sethostname, -EINVAL, n, 65, 0, 0, 0, 0),
	  "sethostname(0x7ffd0000, 65) = -1 EINVAL (Invalid argument)");
	S(L(SYS_setdomainname, 0, n, 2, 0, 0, 0, 0),
	  "setdomainname(\"my\", 2) = 0");
	S(L(SYS_setdomainname, -EINVAL, 0, UINT32_MAX, 0, 0, 0, 0),
	  "setdomainname(NULL, 4294967295) = -1 EINVAL (Invalid argument)");
}

TEST(small)
{
	uint64_t p = put_str("/x"), q = put_str("/y");

	(void)state;
	S(L(SYS_iopl, 0, 0, 0, 0, 0, 0, 0), "iopl(0) = 0");
	S(L(SYS_ioperm, 0, 0x80, 1, 0, 0, 0, 0), "ioperm(0x80, 0x1, 0) = 0");
	S(L(SYS_acct, -ENOENT, p, 0, 0, 0, 0, 0),
	  "acct(\"/x\") = -1 ENOENT (No such file or directory)");
	S(L(SYS_pivot_root, -EFAULT, p, BAD, 0, 0, 0, 0),
	  "pivot_root(\"/x\", 0xdead0000) = -1 EFAULT (Bad address)");
	S(L(SYS_pivot_root, -EBUSY, p, q, 0, 0, 0, 0),
	  "pivot_root(\"/x\", \"/y\") = -1 EBUSY (Device or resource busy)");
	S(L(SYS_uselib, -ENOSYS, p, 0, 0, 0, 0, 0),
	  "uselib(\"/x\") = -1 ENOSYS (Function not implemented)");
	S(L(SYS_vhangup, 0, 0, 0, 0, 0, 0, 0), "vhangup() = 0");
}

TEST(syslog)
{
	uint64_t b = put("<6>hello", 8);

	(void)state;
	S(L(SYS_syslog, 131072, 10, 0, 0, 0, 0, 0),
	  "syslog(10 /* SYSLOG_ACTION_SIZE_BUFFER */) = 131072");
	S(L(SYS_syslog, 8, 3, b, 16, 0, 0, 0),
	  "syslog(3 /* SYSLOG_ACTION_READ_ALL */, \"<6>hello\", 16) = 8");
	S(L(SYS_syslog, -EINVAL, 3, 0, 0, 0, 0, 0),
	  "syslog(3 /* SYSLOG_ACTION_READ_ALL */, NULL, 0) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_syslog, 0, 8, 0, 4, 0, 0, 0),
	  "syslog(8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, "
	  "4 /* LOGLEVEL_WARNING */) = 0");
	S(L(SYS_syslog, -EINVAL, (uint32_t)-1, BAD, (uint32_t)-1, 0, 0, 0),
	  "syslog(-1 /* SYSLOG_ACTION_??? */, 0xdead0000, -1) = -1 EINVAL "
	  "(Invalid argument)");
}

TEST(ustat)
{
	uint64_t u[4] = { 100, 200, 0, 0 }, p = put(u, sizeof(u));

	(void)state;
	S(L(SYS_ustat, 0, 0x803, p, 0, 0, 0, 0),
	  "ustat(makedev(0x8, 0x3), {f_tfree=100, f_tinode=200}) = 0");
	S(L(SYS_ustat, -EINVAL, 0x1234567, p, 0, 0, 0, 0),
	  "ustat(makedev(0x345, 0x1267), 0x7ffd0000) = -1 EINVAL "
	  "(Invalid argument)");
}

TEST(lookup_dcookie)
{
	uint64_t b = put("/bin/sh", 7);

	(void)state;
	S(L(SYS_lookup_dcookie, 7, 4660, b, 80, 0, 0, 0),
	  "lookup_dcookie(4660, \"/bin/sh\", 80) = 7");
	S(L(SYS_lookup_dcookie, -ENOSYS, 4660, b, 80, 0, 0, 0),
	  "lookup_dcookie(4660, 0x7ffd0000, 80) = -1 ENOSYS "
	  "(Function not implemented)");
}

TEST(sysctl)
{
	uint64_t a[10] = { FAKE_BASE, 2, 0, 0, 0, 0 }, p = put(a, sizeof(a));

	(void)state;
	S(L(SYS__sysctl, -ENOSYS, p, 0, 0, 0, 0, 0),
	  "_sysctl({name=0x7ffd0000, nlen=2, oldval=NULL, oldlenp=NULL, "
	  "newval=NULL, newlen=0}) = -1 ENOSYS (Function not implemented)");
	S(L(SYS__sysctl, -ENOSYS, BAD, 0, 0, 0, 0, 0),
	  "_sysctl(0xdead0000) = -1 ENOSYS (Function not implemented)");
}

TEST(modify_ldt)
{
	uint32_t desc[4] = { 100, 0x1000, 0xfffff, 0x51 };
	uint64_t p = put(desc, sizeof(desc));

	(void)state;
	S(L(SYS_modify_ldt, 0xffffffea, 1, p, 16, 0, 0, 0),
	  "modify_ldt(1, {entry_number=100, base_addr=0x001000, "
	  "limit=0x0fffff, seg_32bit=1, contents=0, read_exec_only=0, "
	  "limit_in_pages=1, seg_not_present=0, useable=1, lm=0}, 16) = "
	  "4294967274 EINVAL (Invalid argument)");
	S(L(SYS_modify_ldt, 8, 2, p, 8, 0, 0, 0),
	  "modify_ldt(2, 0x7ffd0000, 8) = 8");
}

TEST(thread_area)
{
	uint32_t desc[4] = { UINT32_MAX, 0, 0xfffff, 0x51 };
	uint64_t p = put(desc, sizeof(desc));
	struct decode_call c = { SYS_get_thread_area, { p }, 0, 0 };

	(void)state;
	S(L(SYS_set_thread_area, -EFAULT, BAD, 0, 0, 0, 0, 0),
	  "set_thread_area(0xdead0000) = -1 EFAULT (Bad address)");
	desc[0] = 12;
	memcpy(fake_mem, desc, sizeof(desc));
	S(L(SYS_set_thread_area, 0, p, 0, 0, 0, 0, 0),
	  "set_thread_area({entry_number=12, base_addr=00000000, "
	  "limit=0x0fffff, seg_32bit=1, contents=0, read_exec_only=0, "
	  "limit_in_pages=1, seg_not_present=0, useable=1, lm=0}) = 0 "
	  "(entry_number=12)");
	S(L(SYS_get_thread_area, 0, p, 0, 0, 0, 0, 0),
	  "get_thread_area({entry_number=12, base_addr=00000000, "
	  "limit=0x0fffff, seg_32bit=1, contents=0, read_exec_only=0, "
	  "limit_in_pages=1, seg_not_present=0, useable=1, lm=0}) = 0");
	S(L(SYS_get_thread_area, -ENOSYS, p, 0, 0, 0, 0, 0),
	  "get_thread_area({entry_number=12, ...}) = -1 ENOSYS "
	  "(Function not implemented)");
	S(L(SYS_get_thread_area, -EFAULT, BAD, 0, 0, 0, 0, 0),
	  "get_thread_area(0xdead0000) = -1 EFAULT (Bad address)");
	/* The entry half alone: what an unfinished line shows. */
	strbuf_reset(&out);
	decode_entry(&out, &c, &src, &opts);
	S(strbuf_str(&out), "get_thread_area({entry_number=12");
}

TEST(modules)
{
	uint64_t a = put_str("a=1 b=2"), n = put_str("no_such_mod");

	(void)state;
	S(L(SYS_init_module, -ENOEXEC, BAD, 0, a, 0, 0, 0),
	  "init_module(0xdead0000, 0, \"a=1 b=2\") = -1 ENOEXEC "
	  "(Exec format error)");
	S(L(SYS_finit_module, -EBADF, (uint64_t)-1, a, 7, 0, 0, 0),
	  "finit_module(-1, \"a=1 b=2\", MODULE_INIT_IGNORE_MODVERSIONS|"
	  "MODULE_INIT_IGNORE_VERMAGIC|MODULE_INIT_COMPRESSED_FILE) = -1 "
	  "EBADF (Bad file descriptor)");
	S(L(SYS_finit_module, -EINVAL, 3, a, 0x18, 0, 0, 0),
	  "finit_module(3, \"a=1 b=2\", 0x18 /* MODULE_INIT_??? */) = -1 "
	  "EINVAL (Invalid argument)");
	S(L(SYS_delete_module, -ENOENT, n, 04000 | 01000, 0, 0, 0, 0),
	  "delete_module(\"no_such_mod\", O_NONBLOCK|O_TRUNC) = -1 ENOENT "
	  "(No such file or directory)");
	S(L(SYS_delete_module, -ENOENT, n, 0x801, 0, 0, 0, 0),
	  "delete_module(\"no_such_mod\", O_NONBLOCK|0x1) = -1 ENOENT "
	  "(No such file or directory)");
	S(L(SYS_delete_module, -EFAULT, BAD, 1, 0, 0, 0, 0),
	  "delete_module(0xdead0000, 0x1 /* O_??? */) = -1 EFAULT "
	  "(Bad address)");
}

TEST(kexec)
{
	uint64_t seg[8] = { FAKE_BASE, 16, 0x1000000, 4096 };
	uint64_t s = put(seg, sizeof(seg)), c = put_str("root=/dev/sda1");

	(void)state;
	S(L(SYS_kexec_load, -EINVAL, 0x1000000, 1, s, 0x3e0000 | 0x8000, 0, 0),
	  "kexec_load(0x1000000, 1, [{buf=0x7ffd0000, bufsz=16, "
	  "mem=0x1000000, memsz=4096}], KEXEC_ARCH_X86_64|0x8000 /* "
	  "KEXEC_??? */) = -1 EINVAL (Invalid argument)");
	S(L(SYS_kexec_load, -EINVAL, 0, 2, s, 0x280003, 0, 0),
	  "kexec_load(NULL, 2, [{buf=0x7ffd0000, bufsz=16, mem=0x1000000, "
	  "memsz=4096}, {buf=NULL, bufsz=0, mem=NULL, memsz=0}], "
	  "KEXEC_ARCH_ARM|KEXEC_ON_CRASH|KEXEC_PRESERVE_CONTEXT) = -1 "
	  "EINVAL (Invalid argument)");
	S(L(SYS_kexec_load, -EINVAL, 0, 17, s, 0x630000, 0, 0),
	  "kexec_load(NULL, 17, 0x7ffd0000, 0x630000 /* KEXEC_ARCH_??? */) "
	  "= -1 EINVAL (Invalid argument)");
	S(L(SYS_kexec_file_load, -EINVAL, 3, 4, 4, c, 0x10006, 0),
	  "kexec_file_load(3, 4, 4, \"root\", KEXEC_FILE_ON_CRASH|"
	  "KEXEC_FILE_NO_INITRAMFS|0x10000) = -1 EINVAL (Invalid argument)");
	S(L(SYS_kexec_file_load, -EINVAL, 3, 4, 0, 0, 0x100, 0),
	  "kexec_file_load(3, 4, 0, NULL, 0x100 /* KEXEC_FILE_??? */) = -1 "
	  "EINVAL (Invalid argument)");
}

TEST(quotactl)
{
	uint64_t dq[9] = { 1, 2, 3, 4, 5, 6, 7, 8, 0x3f };
	uint64_t info[3] = { 604800, 86400, 0x2 };
	uint64_t p = put_str("/dev/sda1"), d = put(dq, sizeof(dq));
	uint64_t i = put(info, sizeof(info)), f = put_int(2);

	(void)state;
	S(L(SYS_quotactl, 0, QCMD(0x800007, 0), p, 1000, d, 0, 0),
	  "quotactl(QCMD(Q_GETQUOTA, USRQUOTA), \"/dev/sda1\", 1000, "
	  "{dqb_bhardlimit=1, dqb_bsoftlimit=2, dqb_curspace=3, "
	  "dqb_ihardlimit=4, dqb_isoftlimit=5, dqb_curinodes=6, ...}) = 0");
	S(L(SYS_quotactl, -ENOENT, QCMD(0x800007, 0), p, 1000, d, 0, 0),
	  "quotactl(QCMD(Q_GETQUOTA, USRQUOTA), \"/dev/sda1\", 1000, "
	  "0x7ffd0010) = -1 ENOENT (No such file or directory)");
	S(L(SYS_quotactl, 0, QCMD(0x800004, 1), p, 0, f, 0, 0),
	  "quotactl(QCMD(Q_GETFMT, GRPQUOTA), \"/dev/sda1\", [QFMT_VFS_V0]) "
	  "= 0");
	S(L(SYS_quotactl, 0, QCMD(0x800005, 2), p, 0, i, 0, 0),
	  "quotactl(QCMD(Q_GETINFO, PRJQUOTA), \"/dev/sda1\", "
	  "{dqi_bgrace=604800, dqi_igrace=86400, dqi_flags=0x2 /* DQF_??? */"
	  ", dqi_valid=0}) = 0");
	S(L(SYS_quotactl, -ENOENT, QCMD(0x800002, 2), p, 99, p, 0, 0),
	  "quotactl(QCMD(Q_QUOTAON, PRJQUOTA), \"/dev/sda1\", "
	  "0x63 /* QFMT_VFS_??? */, \"/dev/sda1\") = -1 ENOENT "
	  "(No such file or directory)");
	S(L(SYS_quotactl, 0, QCMD(0x800001, 0), 0, 0, 0, 0, 0),
	  "quotactl(QCMD(Q_SYNC, USRQUOTA), NULL) = 0");
	S(L(SYS_quotactl, -ENODEV, QCMD(0x5801, 0), 0, 0, f, 0, 0),
	  "quotactl(QCMD(Q_XQUOTAON, USRQUOTA), NULL, [FS_QUOTA_UDQ_ENFD]) "
	  "= -1 ENODEV (No such device)");
	S(L(SYS_quotactl, -ENODEV, QCMD(0x100, 0), 0, UINT32_MAX, d, 0, 0),
	  "quotactl(QCMD(Q_V1_QUOTAON, USRQUOTA), NULL, -1, 0x7ffd0010) = -1 "
	  "ENODEV (No such device)");
	S(L(SYS_quotactl, -EINVAL, QCMD(0x800042, 7), p, 3, d, 0, 0),
	  "quotactl(QCMD(0x800042 /* Q_??? */, 0x7 /* ???QUOTA */), "
	  "\"/dev/sda1\", 3, 0x7ffd0010) = -1 EINVAL (Invalid argument)");
	S(L(SYS_quotactl, -ENODEV, QCMD(0x5804, 2), 0, UINT32_MAX, d, 0, 0),
	  "quotactl(QCMD(Q_XSETQLIM, PRJQUOTA), NULL, -1, {d_version=1, "
	  "d_flags=0, d_fieldmask=0, d_id=0, d_blk_hardlimit=2, "
	  "d_blk_softlimit=3, d_ino_hardlimit=4, d_ino_softlimit=5, "
	  "d_bcount=6, d_icount=7, ...}) = -1 ENODEV (No such device)");
}

TEST(quotactl_fd)
{
	(void)state;
	S(L(SYS_quotactl_fd, -EBADF, (uint32_t)-1, QCMD(0x800007, 0), 0,
	    BAD, 0, 0),
	  "quotactl_fd(-1, QCMD(Q_GETQUOTA, USRQUOTA), 0, 0xdead0000) = -1 "
	  "EBADF (Bad file descriptor)");
	S(L(SYS_quotactl_fd, -EBADF, 1000, QCMD(0x800003, 1), 5, 0, 0, 0),
	  "quotactl_fd(1000, QCMD(Q_QUOTAOFF, GRPQUOTA)) = -1 EBADF "
	  "(Bad file descriptor)");
}

#define T(name) cmocka_unit_test_setup(test_##name, fake_test_reset)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(mbind), T(set_mempolicy), T(get_mempolicy),
		T(migrate_pages), T(move_pages), T(pkeys),
		T(remap_file_pages), T(process_madvise), T(fds), T(swap),
		T(reboot), T(hostname), T(small), T(syslog), T(ustat),
		T(lookup_dcookie), T(sysctl), T(modify_ldt), T(thread_area),
		T(modules), T(kexec), T(quotactl), T(quotactl_fd),
	};

	return cmocka_run_group_tests(tests, NULL, fake_group_teardown);
}
