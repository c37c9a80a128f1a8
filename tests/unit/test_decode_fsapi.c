// SPDX-License-Identifier: MIT
/*
 * Unit tests of whole lines for the calls of decode_table_fs.c (the
 * mount API, landlock, fanotify, file handles, futex_waitv, ptrace, bpf,
 * perf_event_open, io_uring) and seccomp's filter.  A fake tracee
 * memory: a buffer mapped at FAKE_BASE, every other address faults.
 * Expected strings are strace 6.1's output on x86_64 for the same
 * values, addresses replaced by the fake ones.
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

#define FDCWD ((uint64_t)-100)
#define BAD 0xbadc0dedull

TEST(fsopen_fsconfig)
{
	uint64_t t = put_str("tmpfs"), k = put_str("size"), v = put_str("1M");
	uint64_t x = put_str("x"), ab = put("ab", 2), root = put_str("/");

	(void)state;
	S(L(SYS_fsopen, 3, t, 1, 0, 0, 0, 0),
	  "fsopen(\"tmpfs\", FSOPEN_CLOEXEC) = 3");
	S(L(SYS_fsopen, -EINVAL, t, 2, 0, 0, 0, 0),
	  "fsopen(\"tmpfs\", 0x2 /* FSOPEN_??? */) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_fsconfig, 0, 3, 1, k, v, 0, 0),
	  "fsconfig(3, FSCONFIG_SET_STRING, \"size\", \"1M\", 0) = 0");
	S(L(SYS_fsconfig, 0, 3, 2, x, ab, 2, 0),
	  "fsconfig(3, FSCONFIG_SET_BINARY, \"x\", \"\\x61\\x62\", 2) = 0");
	S(L(SYS_fsconfig, 0, 3, 3, x, root, FDCWD, 0),
	  "fsconfig(3, FSCONFIG_SET_PATH, \"x\", \"/\", AT_FDCWD) = 0");
	S(L(SYS_fsconfig, 0, 3, 5, x, 0, 4, 0),
	  "fsconfig(3, FSCONFIG_SET_FD, \"x\", NULL, 4) = 0");
	S(L(SYS_fsconfig, 0, 3, 6, 0, 0, 0, 0),
	  "fsconfig(3, FSCONFIG_CMD_CREATE, NULL, NULL, 0) = 0");
	S(L(SYS_fsconfig, -EOPNOTSUPP, 3, 0x63, 0, 0, 0, 0),
	  "fsconfig(3, 0x63 /* FSCONFIG_??? */, NULL, NULL, 0) = -1 "
	  "EOPNOTSUPP (Operation not supported)");
}

TEST(fsmount_mount_setattr)
{
	uint64_t ma[5] = { 1, 2, 1 << 18, 3, 0 };
	uint64_t e = put_str(""), a = put(ma, sizeof(ma));

	(void)state;
	S(L(SYS_fsmount, 4, 3, 1, 6, 0, 0, 0),
	  "fsmount(3, FSMOUNT_CLOEXEC, MOUNT_ATTR_NOSUID|MOUNT_ATTR_NODEV)"
	  " = 4");
	S(L(SYS_fsmount, -EINVAL, -1, 0, 0x100020, 0, 0, 0),
	  "fsmount(-1, 0, MOUNT_ATTR_STRICTATIME|0x100000) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_mount_setattr, 0, 4, e, 0x8000, a, 32, 0),
	  "mount_setattr(4, \"\", AT_RECURSIVE, {attr_set=MOUNT_ATTR_RDONLY,"
	  " attr_clr=MOUNT_ATTR_NOSUID, propagation=MS_PRIVATE, "
	  "userns_fd=3}, 32) = 0");
	S(L(SYS_mount_setattr, -EINVAL, 4, e, 0x8000, a, 16, 0),
	  "mount_setattr(4, \"\", AT_RECURSIVE, 0x7ffd0008, 16) = -1 "
	  "EINVAL (Invalid argument)");
}

TEST(open_tree_fspick_move_mount)
{
	uint64_t e = put_str(""), n = put_str("/nonexistent");

	(void)state;
	S(L(SYS_open_tree, 5, 4, e, 0x81000, 0, 0, 0),
	  "open_tree(4, \"\", OPEN_TREE_CLOEXEC|AT_EMPTY_PATH) = 5");
	S(L(SYS_fspick, -EINVAL, -1, 0, 0x80, 0, 0, 0),
	  "fspick(-1, NULL, 0x80 /* FSPICK_??? */) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_move_mount, -ENOENT, -1, e, FDCWD, n, 0x14, 0),
	  "move_mount(-1, \"\", AT_FDCWD, \"/nonexistent\", "
	  "MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_SYMLINKS) = -1 ENOENT "
	  "(No such file or directory)");
}

TEST(landlock)
{
	uint64_t fs = 6, r = put(&fs, 8);
	unsigned char pb[12] = { 4, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff,
				 0xff };
	uint64_t p = put(pb, sizeof(pb));

	(void)state;
	S(L(SYS_landlock_create_ruleset, 7, 0, 0, 1, 0, 0, 0),
	  "landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION)"
	  " = 7");
	S(L(SYS_landlock_create_ruleset, -EINVAL, r, 8, 0x10, 0, 0, 0),
	  "landlock_create_ruleset({handled_access_fs="
	  "LANDLOCK_ACCESS_FS_WRITE_FILE|LANDLOCK_ACCESS_FS_READ_FILE}, 8, "
	  "0x10 /* LANDLOCK_CREATE_RULESET_??? */) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_landlock_add_rule, -EBADF, -1, 1, p, 0, 0, 0),
	  "landlock_add_rule(-1, LANDLOCK_RULE_PATH_BENEATH, "
	  "{allowed_access=LANDLOCK_ACCESS_FS_READ_FILE, parent_fd=-1}, 0)"
	  " = -1 EBADF (Bad file descriptor)");
	S(L(SYS_landlock_restrict_self, -EBADF, -1, 0, 0, 0, 0, 0),
	  "landlock_restrict_self(-1, 0) = -1 EBADF "
	  "(Bad file descriptor)");
}

TEST(fanotify)
{
	uint64_t x = put_str("x");

	(void)state;
	S(L(SYS_fanotify_init, -EINVAL, 0xc | 0x200, 0x80002, 0, 0, 0, 0),
	  "fanotify_init(0xc /* FAN_CLASS_??? */|FAN_REPORT_FID, "
	  "O_RDWR|O_CLOEXEC) = -1 EINVAL (Invalid argument)");
	S(L(SYS_fanotify_init, -EINVAL, 0xf0000000, 7, 0, 0, 0, 0),
	  "fanotify_init(FAN_CLASS_NOTIF|0xf0000000 /* FAN_??? */, "
	  "O_ACCMODE|0x4) = -1 EINVAL (Invalid argument)");
	S(L(SYS_fanotify_mark, -EINVAL, -1, 0x31, 0x40d8, 3, x, 0),
	  "fanotify_mark(-1, FAN_MARK_ADD|FAN_MARK_MOUNT|"
	  "FAN_MARK_IGNORED_MASK, FAN_CLOSE_WRITE|FAN_CLOSE_NOWRITE|"
	  "FAN_MOVED_FROM|FAN_MOVED_TO|FAN_Q_OVERFLOW, 3, \"x\") = -1 "
	  "EINVAL (Invalid argument)");
	S(L(SYS_fanotify_mark, -EINVAL, -1, 0x8080, 0, -1, 0, 0),
	  "fanotify_mark(-1, FAN_MARK_FLUSH|0x8000, 0, FAN_NOFD, NULL) = "
	  "-1 EINVAL (Invalid argument)");
}

TEST(handles)
{
	uint32_t fh[4] = { 8, 1, 2, 0 };
	uint64_t h = put(fh, sizeof(fh));

	(void)state;
	S(L(SYS_open_by_handle_at, 3, FDCWD, h, 0x90000, 0, 0, 0),
	  "open_by_handle_at(-100, {handle_bytes=8, handle_type=1, "
	  "f_handle=\"\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, "
	  "O_RDONLY|O_CLOEXEC|O_DIRECTORY) = 3");
	/* handle_bytes at entry comes from the memo: not set here */
	S(L(SYS_name_to_handle_at, -EFAULT, -1, BAD, BAD, BAD, 0x1000, 0),
	  "name_to_handle_at(-1, 0xbadc0ded, 0xbadc0ded, 0xbadc0ded, "
	  "AT_EMPTY_PATH) = -1 EFAULT (Bad address)");
}

TEST(futex_waitv)
{
	uint64_t w[3] = { 1, 0x55a529157034ull, 2 };
	int64_t ts[2] = { 0, 0 };
	uint64_t a = put(w, sizeof(w)), t = put(ts, sizeof(ts));

	(void)state;
	S(L(SYS_futex_waitv, -EAGAIN, a, 1, 0, t, 1, 0),
	  "futex_waitv([{val=0x1, uaddr=0x55a529157034, flags=FUTEX_32}], "
	  "1, 0, {tv_sec=0, tv_nsec=0}, CLOCK_MONOTONIC) = -1 EAGAIN "
	  "(Resource temporarily unavailable)");
	S(L(SYS_futex_waitv, -EINVAL, BAD, 2, 1, BAD, 0, 0),
	  "futex_waitv(0xbadc0ded, 2, 0x1, 0xbadc0ded, CLOCK_REALTIME) = -1"
	  " EINVAL (Invalid argument)");
}

#define NOPID 0x7ffffff0
TEST(ptrace)
{
	(void)state;
	S(L(SYS_ptrace, -EPERM, 0, 0, 0, 0, 0, 0),
	  "ptrace(PTRACE_TRACEME) = -1 EPERM (Operation not permitted)");
	S(L(SYS_ptrace, -ESRCH, 16, -1, 0, 0, 0, 0),
	  "ptrace(PTRACE_ATTACH, -1) = -1 ESRCH (No such process)");
	S(L(SYS_ptrace, -ESRCH, 0x4206, NOPID, 0, 0x11, 0, 0),
	  "ptrace(PTRACE_SEIZE, 2147483632, NULL, "
	  "PTRACE_O_TRACESYSGOOD|PTRACE_O_TRACEEXEC) = -1 ESRCH "
	  "(No such process)");
	S(L(SYS_ptrace, -ESRCH, 7, NOPID, 0, 17, 0, 0),
	  "ptrace(PTRACE_CONT, 2147483632, NULL, SIGCHLD) = -1 ESRCH "
	  "(No such process)");
	S(L(SYS_ptrace, -ESRCH, 12, NOPID, 0, BAD, 0, 0),
	  "ptrace(PTRACE_GETREGS, 2147483632, 0xbadc0ded) = -1 ESRCH "
	  "(No such process)");
	S(L(SYS_ptrace, -ESRCH, 6, NOPID, 8, 0x1234, 0, 0),
	  "ptrace(PTRACE_POKEUSER, 2147483632, 8*R14, 0x1234) = -1 ESRCH "
	  "(No such process)");
	S(L(SYS_ptrace, -ESRCH, 3, NOPID, 856, 0, 0, 0),
	  "ptrace(PTRACE_PEEKUSER, 2147483632, offsetof(struct user, "
	  "u_debugreg)+8, NULL) = -1 ESRCH (No such process)");
	S(L(SYS_ptrace, -ESRCH, 3, NOPID, 208, 0, 0, 0),
	  "ptrace(PTRACE_PEEKUSER, 2147483632, 8*SS+48, NULL) = -1 ESRCH "
	  "(No such process)");
	S(L(SYS_ptrace, -ESRCH, 0x4204, NOPID, 1, 0x1000, 0, 0),
	  "ptrace(PTRACE_GETREGSET, 2147483632, NT_PRSTATUS, 0x1000) = -1 "
	  "ESRCH (No such process)");
	S(L(SYS_ptrace, -ESRCH, 0x4299, NOPID, 0, 0, 0, 0),
	  "ptrace(0x4299 /* PTRACE_??? */, 2147483632, NULL, NULL) = -1 "
	  "ESRCH (No such process)");
}

TEST(bpf)
{
	unsigned char a[144] = { 0 };
	uint32_t mc[7] = { 2, 4, 4, 2, 0, 0, 0 };
	uint64_t elem[4] = { 3, 0x7ffecf1bb308ull, 0x7ffecf1bb30cull, 0 };
	uint64_t m, e;

	(void)state;
	memcpy(a, mc, sizeof(mc));
	memcpy(a + 28, "par", 3);
	m = put(a, sizeof(a));
	memset(a, 0, sizeof(a));
	memcpy(a, elem, sizeof(elem));
	e = put(a, sizeof(a));
	S(L(SYS_bpf, 3, 0, m, 144, 0, 0, 0),
	  "bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, "
	  "value_size=4, max_entries=2, map_flags=0, inner_map_fd=0, "
	  "map_name=\"par\", map_ifindex=0, btf_fd=0, btf_key_type_id=0, "
	  "btf_value_type_id=0, btf_vmlinux_value_type_id=0, map_extra=0},"
	  " 144) = 3");
	S(L(SYS_bpf, -EINVAL, 0, m, 20, 0, 0, 0),
	  "bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, "
	  "value_size=4, max_entries=2, map_flags=0}, 20) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_bpf, 0, 1, e, 144, 0, 0, 0),
	  "bpf(BPF_MAP_LOOKUP_ELEM, {map_fd=3, key=0x7ffecf1bb308, "
	  "value=0x7ffecf1bb30c, flags=BPF_ANY}, 144) = 0");
	S(L(SYS_bpf, -EINVAL, 3, e, 144, 0, 0, 0),
	  "bpf(BPF_MAP_DELETE_ELEM, {map_fd=3, key=0x7ffecf1bb308, ...}, "
	  "144) = -1 EINVAL (Invalid argument)");
	S(L(SYS_bpf, -EFAULT, 8, BAD, 20, 0, 0, 0),
	  "bpf(BPF_PROG_ATTACH, 0xbadc0ded, 20) = -1 EFAULT (Bad address)");
	S(L(SYS_bpf, -EINVAL, 999, 0, 0, 0, 0, 0),
	  "bpf(0x3e7 /* BPF_??? */, NULL, 0) = -1 EINVAL "
	  "(Invalid argument)");
}

TEST(perf_event_open)
{
	uint32_t pa[32] = { 1, 128, 1, 0 };
	uint64_t a;

	(void)state;
	pa[10] = 1 | 1 << 5 | 1 << 6;	/* disabled, exclude_kernel, _hv */
	a = put(pa, sizeof(pa));
	S(L(SYS_perf_event_open, 3, a, 0, -1, -1, 8, 0),
	  "perf_event_open({type=PERF_TYPE_SOFTWARE, "
	  "size=PERF_ATTR_SIZE_VER7, config=PERF_COUNT_SW_TASK_CLOCK, "
	  "sample_period=0, sample_type=0, read_format=0, disabled=1, "
	  "exclude_kernel=1, exclude_hv=1, precise_ip=0 /* arbitrary skid */"
	  ", ...}, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = 3");
	S(L(SYS_perf_event_open, -EINVAL, BAD, -1, 0, 3, 0x10, 0),
	  "perf_event_open(0xbadc0ded, -1, 0, 3, 0x10 /* PERF_FLAG_??? */)"
	  " = -1 EINVAL (Invalid argument)");
}

TEST(io_uring)
{
	uint32_t p[30] = { 0 };
	uint64_t a;

	(void)state;
	p[2] = 0x28;		/* IORING_SETUP_CQSIZE|IORING_SETUP_ATTACH_WQ */
	p[4] = 5;
	p[6] = 3;
	a = put(p, sizeof(p));
	S(L(SYS_io_uring_setup, -EINVAL, 0, a, 0, 0, 0, 0),
	  "io_uring_setup(0, {flags=IORING_SETUP_CQSIZE|"
	  "IORING_SETUP_ATTACH_WQ, sq_thread_cpu=0, sq_thread_idle=5, "
	  "wq_fd=3}) = -1 EINVAL (Invalid argument)");
	S(L(SYS_io_uring_enter, 0, 3, 0, 0, 1, 0, 8),
	  "io_uring_enter(3, 0, 0, IORING_ENTER_GETEVENTS, NULL, 8) = 0");
	S(L(SYS_io_uring_register, -EINVAL, -1, 9999, 0, 0, 0, 0),
	  "io_uring_register(-1, 0x270f /* IORING_REGISTER_??? */, NULL, 0)"
	  " = -1 EINVAL (Invalid argument)");
}

TEST(seccomp_filter)
{
	uint16_t f[16] = {
		0x20, 0, 0, 0,			/* BPF_LD|BPF_W|BPF_ABS, 0 */
		0x15, 0x100, 39, 0,		/* JEQ 0x27, jt 0, jf 1 */
		0x06, 0, 1, 0x5,		/* RET ERRNO|1 */
		0x06, 0, 0, 0x7fff,		/* RET ALLOW */
	};
	uint64_t fa = put(f, sizeof(f)), prog[2] = { 4, fa }, p;

	(void)state;
	p = put(prog, sizeof(prog));
	S(L(SYS_seccomp, -EINVAL, 1, 0, p, 0, 0, 0),
	  "seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=4, filter=0x7ffd0000})"
	  " = -1 EINVAL (Invalid argument)");
	opts.verbose = 1;
	S(L(SYS_seccomp, -EINVAL, 1, 0, p, 0, 0, 0),
	  "seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=4, filter=["
	  "BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0), "
	  "BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x27, 0, 0x1), "
	  "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x1), "
	  "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW)]}) = -1 EINVAL "
	  "(Invalid argument)");
}

/* Without -v a long array is cut after --string-limit elements; -v
 * shows every one (strace does not cut there): 40 futex_waitv entries
 * and 40 filter instructions. */
TEST(verbose_arrays_uncut)
{
	uint64_t w[40 * 3], f[40], prog[2], a, p;
	int k;

	(void)state;
	for (k = 0; k < 40; k++) {
		w[3 * k] = 1;
		w[3 * k + 1] = 0x1000;
		w[3 * k + 2] = 2;
		f[k] = 0x0000000400000020ull;	/* LD W ABS 4 */
	}
	a = put(w, sizeof(w));
	prog[0] = 40;
	prog[1] = put(f, sizeof(f));
	p = put(prog, sizeof(prog));
	L(SYS_futex_waitv, -EAGAIN, a, 40, 0, 0, 1, 0);
	assert_non_null(strstr(strbuf_str(&out), ", ...], 40, 0"));
	opts.verbose = 1;
	L(SYS_futex_waitv, -EAGAIN, a, 40, 0, 0, 1, 0);
	assert_null(strstr(strbuf_str(&out), "..."));
	assert_non_null(strstr(strbuf_str(&out), "flags=FUTEX_32}], 40, 0"));
	L(SYS_seccomp, -EINVAL, 1, 0, p, 0, 0, 0);
	assert_null(strstr(strbuf_str(&out), "..."));
	assert_non_null(strstr(strbuf_str(&out), "0x4)]}) = -1 EINVAL"));
}

#define T(name) cmocka_unit_test_setup(test_##name, fake_test_reset)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(fsopen_fsconfig), T(fsmount_mount_setattr),
		T(verbose_arrays_uncut),
		T(open_tree_fspick_move_mount), T(landlock), T(fanotify),
		T(handles), T(futex_waitv), T(ptrace), T(bpf),
		T(perf_event_open), T(io_uring), T(seccomp_filter),
	};

	return cmocka_run_group_tests(tests, NULL, fake_group_teardown);
}
