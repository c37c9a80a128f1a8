// SPDX-License-Identifier: MIT
/*
 * xlat_fsapi - the constants of the new mount API, landlock, fanotify,
 * futex_waitv and ptrace as strace 6.1 names them (values from the
 * kernel's uapi headers, x86_64).  Flag tables list single bits in
 * increasing order, the order strace prints them in.
 */
#include <stddef.h>
#include <sys/user.h>

#include "decode_fsapi.h"

const struct xlat dfs_fsopen_flags[] = {
	{ 0x1, "FSOPEN_CLOEXEC" },
	XLAT_END
};

const struct xlat dfs_fsconfig_cmds[] = {
	{ 0, "FSCONFIG_SET_FLAG" },
	{ 1, "FSCONFIG_SET_STRING" },
	{ 2, "FSCONFIG_SET_BINARY" },
	{ 3, "FSCONFIG_SET_PATH" },
	{ 4, "FSCONFIG_SET_PATH_EMPTY" },
	{ 5, "FSCONFIG_SET_FD" },
	{ 6, "FSCONFIG_CMD_CREATE" },
	{ 7, "FSCONFIG_CMD_RECONFIGURE" },
	XLAT_END
};

const struct xlat dfs_fsmount_flags[] = {
	{ 0x1, "FSMOUNT_CLOEXEC" },
	XLAT_END
};

/* MOUNT_ATTR_RELATIME is 0: strace names only the bits. */
const struct xlat dfs_mount_attrs[] = {
	{ 0x01, "MOUNT_ATTR_RDONLY" },
	{ 0x02, "MOUNT_ATTR_NOSUID" },
	{ 0x04, "MOUNT_ATTR_NODEV" },
	{ 0x08, "MOUNT_ATTR_NOEXEC" },
	{ 0x10, "MOUNT_ATTR_NOATIME" },
	{ 0x20, "MOUNT_ATTR_STRICTATIME" },
	{ 0x80, "MOUNT_ATTR_NODIRATIME" },
	XLAT_END
};

const struct xlat dfs_mount_propagation[] = {
	{ 1 << 15, "MS_UNBINDABLE" },
	{ 1 << 18, "MS_PRIVATE" },
	{ 1 << 19, "MS_SLAVE" },
	{ 1 << 20, "MS_SHARED" },
	XLAT_END
};

/* The AT_* flags open_tree() accepts come after its own. */
const struct xlat dfs_open_tree_flags[] = {
	{ 0x1, "OPEN_TREE_CLONE" },
	{ 0x80000, "OPEN_TREE_CLOEXEC" },
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x800, "AT_NO_AUTOMOUNT" },
	{ 0x1000, "AT_EMPTY_PATH" },
	{ 0x8000, "AT_RECURSIVE" },
	XLAT_END
};

const struct xlat dfs_fspick_flags[] = {
	{ 0x1, "FSPICK_CLOEXEC" },
	{ 0x2, "FSPICK_SYMLINK_NOFOLLOW" },
	{ 0x4, "FSPICK_NO_AUTOMOUNT" },
	{ 0x8, "FSPICK_EMPTY_PATH" },
	XLAT_END
};

const struct xlat dfs_move_mount_flags[] = {
	{ 0x001, "MOVE_MOUNT_F_SYMLINKS" },
	{ 0x002, "MOVE_MOUNT_F_AUTOMOUNTS" },
	{ 0x004, "MOVE_MOUNT_F_EMPTY_PATH" },
	{ 0x010, "MOVE_MOUNT_T_SYMLINKS" },
	{ 0x020, "MOVE_MOUNT_T_AUTOMOUNTS" },
	{ 0x040, "MOVE_MOUNT_T_EMPTY_PATH" },
	{ 0x100, "MOVE_MOUNT_SET_GROUP" },
	XLAT_END
};

const struct xlat dfs_landlock_create_flags[] = {
	{ 0x1, "LANDLOCK_CREATE_RULESET_VERSION" },
	XLAT_END
};

const struct xlat dfs_landlock_fs_access[] = {
	{ 1 << 0, "LANDLOCK_ACCESS_FS_EXECUTE" },
	{ 1 << 1, "LANDLOCK_ACCESS_FS_WRITE_FILE" },
	{ 1 << 2, "LANDLOCK_ACCESS_FS_READ_FILE" },
	{ 1 << 3, "LANDLOCK_ACCESS_FS_READ_DIR" },
	{ 1 << 4, "LANDLOCK_ACCESS_FS_REMOVE_DIR" },
	{ 1 << 5, "LANDLOCK_ACCESS_FS_REMOVE_FILE" },
	{ 1 << 6, "LANDLOCK_ACCESS_FS_MAKE_CHAR" },
	{ 1 << 7, "LANDLOCK_ACCESS_FS_MAKE_DIR" },
	{ 1 << 8, "LANDLOCK_ACCESS_FS_MAKE_REG" },
	{ 1 << 9, "LANDLOCK_ACCESS_FS_MAKE_SOCK" },
	{ 1 << 10, "LANDLOCK_ACCESS_FS_MAKE_FIFO" },
	{ 1 << 11, "LANDLOCK_ACCESS_FS_MAKE_BLOCK" },
	{ 1 << 12, "LANDLOCK_ACCESS_FS_MAKE_SYM" },
	{ 1 << 13, "LANDLOCK_ACCESS_FS_REFER" },
	XLAT_END
};

const struct xlat dfs_landlock_rules[] = {
	{ 1, "LANDLOCK_RULE_PATH_BENEATH" },
	XLAT_END
};

/* fanotify_init(): the notification class field, flags & 0xc. */
const struct xlat dfs_fan_classes[] = {
	{ 0x0, "FAN_CLASS_NOTIF" },
	{ 0x4, "FAN_CLASS_CONTENT" },
	{ 0x8, "FAN_CLASS_PRE_CONTENT" },
	XLAT_END
};

const struct xlat dfs_fan_init_flags[] = {
	{ 0x0001, "FAN_CLOEXEC" },
	{ 0x0002, "FAN_NONBLOCK" },
	{ 0x0010, "FAN_UNLIMITED_QUEUE" },
	{ 0x0020, "FAN_UNLIMITED_MARKS" },
	{ 0x0040, "FAN_ENABLE_AUDIT" },
	{ 0x0080, "FAN_REPORT_PIDFD" },
	{ 0x0100, "FAN_REPORT_TID" },
	{ 0x0200, "FAN_REPORT_FID" },
	{ 0x0400, "FAN_REPORT_DIR_FID" },
	{ 0x0800, "FAN_REPORT_NAME" },
	{ 0x1000, "FAN_REPORT_TARGET_FID" },
	XLAT_END
};

const struct xlat dfs_fan_mark_flags[] = {
	{ 0x001, "FAN_MARK_ADD" },
	{ 0x002, "FAN_MARK_REMOVE" },
	{ 0x004, "FAN_MARK_DONT_FOLLOW" },
	{ 0x008, "FAN_MARK_ONLYDIR" },
	{ 0x010, "FAN_MARK_MOUNT" },
	{ 0x020, "FAN_MARK_IGNORED_MASK" },
	{ 0x040, "FAN_MARK_IGNORED_SURV_MODIFY" },
	{ 0x080, "FAN_MARK_FLUSH" },
	{ 0x100, "FAN_MARK_FILESYSTEM" },
	{ 0x200, "FAN_MARK_EVICTABLE" },
	XLAT_END
};

const struct xlat dfs_fan_events[] = {
	{ 0x00000001, "FAN_ACCESS" },
	{ 0x00000002, "FAN_MODIFY" },
	{ 0x00000004, "FAN_ATTRIB" },
	{ 0x00000008, "FAN_CLOSE_WRITE" },
	{ 0x00000010, "FAN_CLOSE_NOWRITE" },
	{ 0x00000020, "FAN_OPEN" },
	{ 0x00000040, "FAN_MOVED_FROM" },
	{ 0x00000080, "FAN_MOVED_TO" },
	{ 0x00000100, "FAN_CREATE" },
	{ 0x00000200, "FAN_DELETE" },
	{ 0x00000400, "FAN_DELETE_SELF" },
	{ 0x00000800, "FAN_MOVE_SELF" },
	{ 0x00001000, "FAN_OPEN_EXEC" },
	{ 0x00004000, "FAN_Q_OVERFLOW" },
	{ 0x00008000, "FAN_FS_ERROR" },
	{ 0x00010000, "FAN_OPEN_PERM" },
	{ 0x00020000, "FAN_ACCESS_PERM" },
	{ 0x00040000, "FAN_OPEN_EXEC_PERM" },
	{ 0x08000000, "FAN_EVENT_ON_CHILD" },
	{ 0x10000000, "FAN_RENAME" },
	{ 0x40000000, "FAN_ONDIR" },
	XLAT_END
};

const struct xlat dfs_futex2_flags[] = {
	{ 0x02, "FUTEX_32" },
	{ 0x80, "FUTEX_PRIVATE_FLAG" },
	XLAT_END
};

const struct xlat dfs_ptrace_reqs[] = {
	{ 0, "PTRACE_TRACEME" },
	{ 1, "PTRACE_PEEKTEXT" },
	{ 2, "PTRACE_PEEKDATA" },
	{ 3, "PTRACE_PEEKUSER" },
	{ 4, "PTRACE_POKETEXT" },
	{ 5, "PTRACE_POKEDATA" },
	{ 6, "PTRACE_POKEUSER" },
	{ 7, "PTRACE_CONT" },
	{ 8, "PTRACE_KILL" },
	{ 9, "PTRACE_SINGLESTEP" },
	{ 12, "PTRACE_GETREGS" },
	{ 13, "PTRACE_SETREGS" },
	{ 14, "PTRACE_GETFPREGS" },
	{ 15, "PTRACE_SETFPREGS" },
	{ 16, "PTRACE_ATTACH" },
	{ 17, "PTRACE_DETACH" },
	{ 18, "PTRACE_GETFPXREGS" },
	{ 19, "PTRACE_SETFPXREGS" },
	{ 24, "PTRACE_SYSCALL" },
	{ 25, "PTRACE_GET_THREAD_AREA" },
	{ 26, "PTRACE_SET_THREAD_AREA" },
	{ 30, "PTRACE_ARCH_PRCTL" },
	{ 31, "PTRACE_SYSEMU" },
	{ 32, "PTRACE_SYSEMU_SINGLESTEP" },
	{ 33, "PTRACE_SINGLEBLOCK" },
	{ 0x4200, "PTRACE_SETOPTIONS" },
	{ 0x4201, "PTRACE_GETEVENTMSG" },
	{ 0x4202, "PTRACE_GETSIGINFO" },
	{ 0x4203, "PTRACE_SETSIGINFO" },
	{ 0x4204, "PTRACE_GETREGSET" },
	{ 0x4205, "PTRACE_SETREGSET" },
	{ 0x4206, "PTRACE_SEIZE" },
	{ 0x4207, "PTRACE_INTERRUPT" },
	{ 0x4208, "PTRACE_LISTEN" },
	{ 0x4209, "PTRACE_PEEKSIGINFO" },
	{ 0x420a, "PTRACE_GETSIGMASK" },
	{ 0x420b, "PTRACE_SETSIGMASK" },
	{ 0x420c, "PTRACE_SECCOMP_GET_FILTER" },
	{ 0x420d, "PTRACE_SECCOMP_GET_METADATA" },
	{ 0x420e, "PTRACE_GET_SYSCALL_INFO" },
	{ 0x420f, "PTRACE_GET_RSEQ_CONFIGURATION" },
	XLAT_END
};

const struct xlat dfs_ptrace_opts[] = {
	{ 0x000001, "PTRACE_O_TRACESYSGOOD" },
	{ 0x000002, "PTRACE_O_TRACEFORK" },
	{ 0x000004, "PTRACE_O_TRACEVFORK" },
	{ 0x000008, "PTRACE_O_TRACECLONE" },
	{ 0x000010, "PTRACE_O_TRACEEXEC" },
	{ 0x000020, "PTRACE_O_TRACEVFORKDONE" },
	{ 0x000040, "PTRACE_O_TRACEEXIT" },
	{ 0x000080, "PTRACE_O_TRACESECCOMP" },
	{ 0x100000, "PTRACE_O_EXITKILL" },
	{ 0x200000, "PTRACE_O_SUSPEND_SECCOMP" },
	XLAT_END
};

/*
 * The offsets of struct user that PTRACE_PEEKUSER and PTRACE_POKEUSER
 * name, in increasing order; an offset between two prints as the one
 * below plus the difference.  The end is sizeof(struct user).
 */
#define R(n, name) { 8 * (n), "8*" name }
#define U(f) { offsetof(struct user, f), "offsetof(struct user, " #f ")" }
const struct xlat dfs_user_regs[] = {
	R(0, "R15"), R(1, "R14"), R(2, "R13"), R(3, "R12"), R(4, "RBP"),
	R(5, "RBX"), R(6, "R11"), R(7, "R10"), R(8, "R9"), R(9, "R8"),
	R(10, "RAX"), R(11, "RCX"), R(12, "RDX"), R(13, "RSI"),
	R(14, "RDI"), R(15, "ORIG_RAX"), R(16, "RIP"), R(17, "CS"),
	R(18, "EFLAGS"), R(19, "RSP"), R(20, "SS"),
	U(u_fpvalid), U(i387), U(u_tsize), U(u_dsize), U(u_ssize),
	U(start_code), U(start_stack), U(signal), U(reserved), U(u_ar0),
	U(u_fpstate), U(magic), U(u_comm), U(u_debugreg),
	{ sizeof(struct user), NULL },
};
#undef R
#undef U

/* The regsets of PTRACE_GETREGSET / PTRACE_SETREGSET on x86_64. */
const struct xlat dfs_nt_types[] = {
	{ 1, "NT_PRSTATUS" },
	{ 2, "NT_PRFPREG" },
	{ 3, "NT_PRPSINFO" },
	{ 4, "NT_TASKSTRUCT" },
	{ 6, "NT_AUXV" },
	{ 0x200, "NT_386_TLS" },
	{ 0x202, "NT_X86_XSTATE" },
	{ 0x46494c45, "NT_FILE" },
	{ 0x46e62b7f, "NT_PRXFPREG" },
	{ 0x53494749, "NT_SIGINFO" },
	XLAT_END
};
