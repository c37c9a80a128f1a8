// SPDX-License-Identifier: MIT
/*
 * par_fsapi - parity tracee, the newer file-system and kernel APIs: the
 * mount API on a detached tmpfs, landlock, fanotify on a directory of
 * our own, file handles, perf_event_open, io_uring, futex_waitv, ptrace,
 * bpf and a seccomp filter.  Every call is harmless: nothing stays
 * mounted, marked or restricted, and most error cases use bad fds,
 * pointers or pids; an ENOSYS or EPERM outcome is the same for both
 * tracers, so the trace stays deterministic.
 */
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/fanotify.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/io_uring.h>
#include <linux/landlock.h>
#include <linux/mount.h>
#include <linux/perf_event.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define BAD ((long)0xbadc0ded)
#define DIR_NAME "par_fsapi.d"

static void mount_api(void)
{
	struct mount_attr ma = { .attr_set = MOUNT_ATTR_RDONLY,
				 .attr_clr = MOUNT_ATTR_NOEXEC };
	long fs, mnt, t;

	fs = syscall(SYS_fsopen, "tmpfs", FSOPEN_CLOEXEC);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", "1M", 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_FLAG, "noswap", NULL, 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_BINARY, "x", "ab", 2);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_FD, "x", NULL, 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_PATH, "source", "/", AT_FDCWD);
	syscall(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
	syscall(SYS_fsconfig, fs, 99, NULL, NULL, 0);
	/* a detached mount: it goes away with its fd */
	mnt = syscall(SYS_fsmount, fs, FSMOUNT_CLOEXEC,
		      MOUNT_ATTR_NODEV | MOUNT_ATTR_NOSUID);
	syscall(SYS_mount_setattr, mnt, "", AT_EMPTY_PATH, &ma, sizeof(ma));
	syscall(SYS_mount_setattr, -1, "x", 0, BAD, sizeof(ma));
	t = syscall(SYS_open_tree, mnt, "", AT_EMPTY_PATH | OPEN_TREE_CLOEXEC);
	close(t);
	close(mnt);
	close(fs);
	syscall(SYS_fsopen, "nofs", 0x2);
	syscall(SYS_fsmount, -1, 0, 0x1000);
	syscall(SYS_open_tree, AT_FDCWD, "/nonexistent", OPEN_TREE_CLONE);
	syscall(SYS_fspick, AT_FDCWD, "/nonexistent",
		FSPICK_CLOEXEC | FSPICK_SYMLINK_NOFOLLOW);
	syscall(SYS_fspick, -1, NULL, 0x80);
	syscall(SYS_move_mount, -1, "", AT_FDCWD, "/nonexistent",
		MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_SYMLINKS);
	syscall(SYS_move_mount, -1, NULL, -1, NULL, 0x400);
}

static void landlock(void)
{
	struct landlock_ruleset_attr ra = {
		.handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE |
				     LANDLOCK_ACCESS_FS_WRITE_FILE };
	struct landlock_path_beneath_attr pb = {
		.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE,
		.parent_fd = -1 };

	syscall(SYS_landlock_create_ruleset, NULL, 0,
		LANDLOCK_CREATE_RULESET_VERSION);
	syscall(SYS_landlock_create_ruleset, BAD, sizeof(ra), 0);
	syscall(SYS_landlock_create_ruleset, &ra, sizeof(ra), 0x10);
	syscall(SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
	syscall(SYS_landlock_add_rule, -1, 7, BAD, 0);
	syscall(SYS_landlock_restrict_self, -1, 0);
}

static void fanotify(void)
{
	long fd;

	mkdir(DIR_NAME, 0700);
	fd = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_CLOEXEC |
		     FAN_NONBLOCK, O_RDONLY | O_LARGEFILE);
	syscall(SYS_fanotify_mark, fd, FAN_MARK_ADD | FAN_MARK_ONLYDIR,
		FAN_OPEN | FAN_CLOSE_WRITE | FAN_ONDIR, AT_FDCWD, DIR_NAME);
	syscall(SYS_fanotify_mark, fd, FAN_MARK_REMOVE, FAN_OPEN, AT_FDCWD,
		DIR_NAME);
	syscall(SYS_fanotify_mark, -1, FAN_MARK_FLUSH | 0x8000, 0, -1, NULL);
	close(fd);
	syscall(SYS_fanotify_init, 0xf0000000, 0x7);
	rmdir(DIR_NAME);
}

static void handles(void)
{
	struct {
		struct file_handle fh;
		unsigned char buf[128];
	} h;
	int mid;
	long fd;

	memset(&h, 0, sizeof(h));
	h.fh.handle_bytes = 0;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &h, &mid, 0);
	h.fh.handle_bytes = 128;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &h, &mid,
		AT_SYMLINK_FOLLOW);
	fd = syscall(SYS_open_by_handle_at, AT_FDCWD, &h,
		     O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	close(fd);
	syscall(SYS_name_to_handle_at, -1, BAD, BAD, BAD, 0x1000);
	syscall(SYS_open_by_handle_at, -1, NULL, O_RDWR);
}

static void perf(void)
{
	struct perf_event_attr pa;
	long fd;

	memset(&pa, 0, sizeof(pa));
	pa.type = PERF_TYPE_SOFTWARE;
	pa.size = sizeof(pa);
	pa.config = PERF_COUNT_SW_TASK_CLOCK;
	pa.disabled = 1;
	pa.exclude_kernel = 1;
	pa.exclude_hv = 1;
	fd = syscall(SYS_perf_event_open, &pa, 0, -1, -1,
		     PERF_FLAG_FD_CLOEXEC);
	close(fd);
	syscall(SYS_perf_event_open, NULL, 0, -1, -1, 0);
	syscall(SYS_perf_event_open, BAD, -1, 0, 3, 0x10);
}

static void uring(void)
{
	struct io_uring_params p;
	long fd;

	memset(&p, 0, sizeof(p));
	fd = syscall(SYS_io_uring_setup, 4, &p);
	syscall(SYS_io_uring_enter, fd, 0, 0, 0, NULL, 0);
	syscall(SYS_io_uring_enter, fd, 0, 0, IORING_ENTER_GETEVENTS, NULL, 8);
	syscall(SYS_io_uring_register, fd, IORING_UNREGISTER_BUFFERS, NULL, 0);
	close(fd);
	syscall(SYS_io_uring_setup, 0, NULL);
	syscall(SYS_io_uring_register, -1, 9999, NULL, 0);
}

static void waitv(void)
{
	static uint32_t word;
	struct futex_waitv w = { .val = 1, .uaddr = (uintptr_t)&word,
				 .flags = FUTEX_32 };
	struct timespec ts = { 0, 0 };

	syscall(SYS_futex_waitv, &w, 1, 0, &ts, CLOCK_MONOTONIC);
	syscall(SYS_futex_waitv, NULL, 0, 0, NULL, 0);
	syscall(SYS_futex_waitv, BAD, 2, 1, BAD, CLOCK_REALTIME);
}

static void tracing(void)
{
	long data;

	syscall(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0);
	syscall(SYS_ptrace, PTRACE_PEEKDATA, 0x7ffffff0, 0x1000, &data);
	syscall(SYS_ptrace, PTRACE_ATTACH, -1, 0, 0);
	syscall(SYS_ptrace, PTRACE_SEIZE, 0x7ffffff0, 0,
		PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC);
	syscall(SYS_ptrace, PTRACE_CONT, 0x7ffffff0, 0, SIGCHLD);
	syscall(SYS_ptrace, PTRACE_GETREGS, 0x7ffffff0, 0, &data);
	syscall(SYS_ptrace, PTRACE_POKEUSER, 0x7ffffff0, 8, 0x1234);
	syscall(SYS_ptrace, 0x4299, 0x7ffffff0, 0, 0);
}

static void bpf_calls(void)
{
	struct bpf_insn prog[] = {
		/* r0 = 0; exit */
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	union bpf_attr a;
	uint32_t key = 0, val = 7;
	long map, fd;

	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = 4;
	a.value_size = 4;
	a.max_entries = 2;
	strcpy(a.map_name, "par");
	map = syscall(SYS_bpf, BPF_MAP_CREATE, &a, sizeof(a));

	memset(&a, 0, sizeof(a));
	a.map_fd = map;
	a.key = (uintptr_t)&key;
	a.value = (uintptr_t)&val;
	a.flags = BPF_ANY;
	syscall(SYS_bpf, BPF_MAP_UPDATE_ELEM, &a, sizeof(a));
	syscall(SYS_bpf, BPF_MAP_LOOKUP_ELEM, &a, sizeof(a));
	/* a value past the key: strace shows "..." */
	a.value = 7;
	syscall(SYS_bpf, BPF_MAP_DELETE_ELEM, &a, sizeof(a));
	a.value = (uintptr_t)&val;
	syscall(SYS_bpf, BPF_MAP_GET_NEXT_KEY, &a, sizeof(a));
	close(map);

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = 2;
	a.insns = (uintptr_t)prog;
	a.license = (uintptr_t)"GPL";
	strcpy(a.prog_name, "par");
	fd = syscall(SYS_bpf, BPF_PROG_LOAD, &a, sizeof(a));
	close(fd);

	syscall(SYS_bpf, BPF_OBJ_GET, NULL, 16);
	syscall(SYS_bpf, BPF_PROG_ATTACH, BAD, 20);
	syscall(SYS_bpf, 999, NULL, 0);
}

static void filter(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 39, 0, 9),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog fp = { 4, f };

	/* a jump out of the program: the kernel refuses the filter */
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, BAD);
	/* unknown flags only, and known with unknown ones: EINVAL */
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x8000, NULL);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x8001, NULL);
}

int main(void)
{
	mount_api();
	landlock();
	fanotify();
	handles();
	perf();
	uring();
	waitv();
	tracing();
	bpf_calls();
	filter();
	return 0;
}
