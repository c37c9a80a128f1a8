/* SPDX-License-Identifier: MIT */
/*
 * xlat - tables of symbolic constants (flags and enumerations) as strace
 * prints them, e.g. O_RDONLY|O_CLOEXEC, PROT_READ|PROT_WRITE, F_GETFL.
 * Pure data plus lookups; printing is decode's job.
 *
 * A table is an array of { value, name } ending with { 0, NULL }.  For
 * flag tables, multi-bit entries (masks) come before the single bits
 * they contain; a 0-valued entry names the value 0 (e.g. O_RDONLY).
 */
#ifndef MYTRACE_XLAT_H
#define MYTRACE_XLAT_H

#include <stddef.h>
#include <stdint.h>

struct xlat {
	uint64_t val;
	const char *name;
};

#define XLAT_END { 0, NULL }

/* Name of exactly @val in @tab, or NULL. */
const char *xlat_name(const struct xlat *tab, uint64_t val);
/* Value named @name in @tab; 0 and sets *found=0 when absent. */
uint64_t xlat_value(const struct xlat *tab, const char *name, int *found);

/* open(2) & friends */
extern const struct xlat xlat_open_access[];	/* O_RDONLY O_WRONLY O_RDWR */
extern const struct xlat xlat_open_flags[];	/* O_CREAT ... (no access) */
extern const struct xlat xlat_at_flags[];	/* AT_SYMLINK_NOFOLLOW ... */
/* statx() flags: AT_STATX_* sync type, the field (flags & 0x6000) */
extern const struct xlat xlat_at_statx_sync[];
extern const struct xlat xlat_access_modes[];	/* F_OK R_OK W_OK X_OK */
extern const struct xlat xlat_statx_mask[];	/* STATX_TYPE ... */
extern const struct xlat xlat_statx_attrs[];	/* STATX_ATTR_* */
extern const struct xlat xlat_mode_type[];	/* S_IFREG S_IFDIR ... */
extern const struct xlat xlat_lseek_whence[];	/* SEEK_SET ... */
extern const struct xlat xlat_fcntl_cmds[];	/* F_DUPFD ... */
extern const struct xlat xlat_fd_flags[];	/* FD_CLOEXEC */
extern const struct xlat xlat_ioctl_cmds[];	/* TCGETS TIOCGWINSZ FIONREAD ... */
extern const struct xlat xlat_getrandom_flags[];/* GRND_* */
extern const struct xlat xlat_dirent_types[];	/* DT_REG ... */
/* memory */
extern const struct xlat xlat_mmap_prot[];	/* PROT_NONE PROT_READ ... */
extern const struct xlat xlat_mmap_flags[];	/* MAP_SHARED|MAP_PRIVATE ... */
/* mmap type field (flags & 0xf): MAP_FILE(0) MAP_SHARED MAP_PRIVATE ... */
extern const struct xlat xlat_mmap_types[];
extern const struct xlat xlat_madvise[];	/* MADV_* */
extern const struct xlat xlat_mremap_flags[];	/* MREMAP_* */
/* processes, signals */
extern const struct xlat xlat_clone_flags[];	/* CLONE_* */
extern const struct xlat xlat_wait_options[];	/* WNOHANG ... __WALL */
extern const struct xlat xlat_sigprocmask_how[];/* SIG_BLOCK ... */
extern const struct xlat xlat_sa_flags[];	/* SA_RESTORER SA_RESTART ... */
/* SI_USER SI_KERNEL ...; negative codes are sign-extended: look up
 * (uint64_t)(int64_t)si_code */
extern const struct xlat xlat_si_codes[];
extern const struct xlat xlat_cld_codes[];	/* CLD_EXITED ... */
extern const struct xlat xlat_segv_codes[];	/* SEGV_MAPERR ... */
extern const struct xlat xlat_bus_codes[];	/* BUS_ADRALN ... */
extern const struct xlat xlat_ill_codes[];	/* ILL_ILLOPC ... */
extern const struct xlat xlat_fpe_codes[];	/* FPE_INTDIV ... */
extern const struct xlat xlat_trap_codes[];	/* TRAP_BRKPT ... */
extern const struct xlat xlat_poll_codes[];	/* POLL_IN ... (SIGIO) */
extern const struct xlat xlat_sys_codes[];	/* SYS_SECCOMP ... */
extern const struct xlat xlat_arch_prctl[];	/* ARCH_SET_FS ... */
extern const struct xlat xlat_prctl_options[];	/* PR_SET_NAME ... */
extern const struct xlat xlat_rlimit_resources[];/* RLIMIT_* */
/* The whole op word: FUTEX_WAIT, FUTEX_WAIT_PRIVATE,
 * FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME ... (print as an enum) */
extern const struct xlat xlat_futex_ops[];
extern const struct xlat xlat_futex_op_flags[];	/* FUTEX_PRIVATE_FLAG ... */
extern const struct xlat xlat_clockids[];	/* CLOCK_REALTIME ... */
extern const struct xlat xlat_timer_flags[];	/* TIMER_ABSTIME */
extern const struct xlat xlat_rseq_flags[];
/* persona & PER_MASK: PER_LINUX ...; the other bits are flags */
extern const struct xlat xlat_personality[];
/* ADDR_NO_RANDOMIZE ... */
extern const struct xlat xlat_personality_flags[];
/* network */
extern const struct xlat xlat_address_families[];	/* AF_UNIX ... */
extern const struct xlat xlat_socket_types[];	/* SOCK_STREAM ... */
extern const struct xlat xlat_socket_flags[];	/* SOCK_CLOEXEC SOCK_NONBLOCK */
extern const struct xlat xlat_ip_protocols[];	/* IPPROTO_TCP ... */
extern const struct xlat xlat_msg_flags[];	/* MSG_* */
extern const struct xlat xlat_shutdown_how[];	/* SHUT_RD ... */
extern const struct xlat xlat_sockopt_levels[];	/* SOL_SOCKET ... */
extern const struct xlat xlat_sockopt_names[];	/* SO_* */
/* descriptors */
extern const struct xlat xlat_poll_events[];	/* POLLIN ... */
extern const struct xlat xlat_epoll_ctl_ops[];	/* EPOLL_CTL_ADD ... */
extern const struct xlat xlat_epoll_events[];	/* EPOLLIN ... */
extern const struct xlat xlat_pipe_flags[];	/* O_CLOEXEC O_NONBLOCK ... */
extern const struct xlat xlat_eventfd_flags[];	/* EFD_* */
extern const struct xlat xlat_memfd_flags[];	/* MFD_* */
extern const struct xlat xlat_renameat2_flags[];/* RENAME_* */
extern const struct xlat xlat_unlinkat_flags[];	/* AT_REMOVEDIR */
extern const struct xlat xlat_umount_flags[];

/* socket options per level, time, creds, misc (xlat_sock.c) */
extern const struct xlat xlat_tcp_sockopts[];	/* TCP_NODELAY ... */
extern const struct xlat xlat_udp_sockopts[];	/* UDP_CORK ... */
extern const struct xlat xlat_ip_sockopts[];	/* IP_TOS ... */
extern const struct xlat xlat_ipv6_sockopts[];	/* IPV6_V6ONLY ... */
extern const struct xlat xlat_itimer_which[];	/* ITIMER_REAL ... */
extern const struct xlat xlat_timerfd_flags[];	/* TFD_CLOEXEC ... */
extern const struct xlat xlat_timerfd_settime_flags[];
extern const struct xlat xlat_signalfd_flags[];	/* SFD_* */
extern const struct xlat xlat_inotify_init_flags[];
extern const struct xlat xlat_inotify_mask[];	/* IN_CREATE ... */
extern const struct xlat xlat_sigev_notify[];	/* SIGEV_NONE ... */
extern const struct xlat xlat_waitid_types[];	/* P_PID ... */
extern const struct xlat xlat_msync_flags[];	/* MS_SYNC ... */
extern const struct xlat xlat_mlockall_flags[];	/* MCL_* */
extern const struct xlat xlat_mlock2_flags[];
extern const struct xlat xlat_capabilities[];	/* CAP_CHOWN (0) ... */
extern const struct xlat xlat_cap_versions[];
extern const struct xlat xlat_dumpable[];	/* SUID_DUMP_* */
extern const struct xlat xlat_xattr_flags[];	/* XATTR_CREATE ... */
extern const struct xlat xlat_statfs_flags[];	/* ST_RDONLY ... */
extern const struct xlat xlat_fs_magics[];	/* PROC_SUPER_MAGIC ... */
extern const struct xlat xlat_resolve_flags[];	/* RESOLVE_* */
extern const struct xlat xlat_netlink_protocols[];	/* NETLINK_ROUTE ... */

#endif
