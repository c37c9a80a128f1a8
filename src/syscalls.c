/* SPDX-License-Identifier: MIT */
/*
 * syscalls - the x86_64 system call table.
 *
 * Names and numbers come from the generated syscall_names.h (one
 * SYSCALL_ENTRY(nr, name) line per syscall of <asm/unistd_64.h>).  The
 * argument counts and classes below are facts about the syscalls as
 * strace 6.1 sees them on x86_64; they were checked against strace itself
 * (`strace -e inject=%CLASS:error=ENOSYS` on a program that calls every
 * syscall, and `-e raw=all` for the argument counts).
 */
#include <stdlib.h>
#include <string.h>

#include "syscalls.h"

/* Names, indexed by number; NULL for holes. */
static const char *const sys_names[SYSCALLS_MAX] = {
#define SYSCALL_ENTRY(nr, name) [nr] = #name,
#include "syscall_names.h"
#undef SYSCALL_ENTRY
};

/* Every (number, name) pair in number order, for the by-name index. */
struct sys_pair {
	const char *name;
	long nr;
};

static const struct sys_pair sys_pairs[] = {
#define SYSCALL_ENTRY(nr, name) { #name, nr },
#include "syscall_names.h"
#undef SYSCALL_ENTRY
};

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define SYS_NPAIRS ARRAY_LEN(sys_pairs)

struct sys_info {
	unsigned char nargs;
	unsigned classes;
};

/* Short names so that the table below stays one line per syscall. */
#define D SC_DESC
#define F SC_FILE
#define I SC_IPC
#define N SC_NETWORK
#define P SC_PROCESS
#define S SC_SIGNAL
#define M SC_MEMORY
#define C SC_CREDS
#define ST SC_STAT
#define LST SC_LSTAT
#define FST SC_FSTAT
#define STA SC_STAT_LIKE
#define SF SC_STATFS
#define FSF SC_FSTATFS
#define SFA SC_STATFS_LIKE
#define PU SC_PURE
#define CL SC_CLOCK

/*
 * Argument count and classes per number.  Only numbers that also have a
 * name count; the table ends after the newest syscall we know about, so
 * a newer kernel header's additions get the unknown defaults.
 */
static const struct sys_info sys_info[] = {
	[0] = { 3, D },				/* read */
	[1] = { 3, D },				/* write */
	[2] = { 3, D | F },			/* open */
	[3] = { 1, D },				/* close */
	[4] = { 2, F | ST | STA },		/* stat */
	[5] = { 2, D | FST | STA },		/* fstat */
	[6] = { 2, F | LST | STA },		/* lstat */
	[7] = { 3, D },				/* poll */
	[8] = { 3, D },				/* lseek */
	[9] = { 6, D | M },			/* mmap */
	[10] = { 3, M },			/* mprotect */
	[11] = { 2, M },			/* munmap */
	[12] = { 1, M },			/* brk */
	[13] = { 4, S },			/* rt_sigaction */
	[14] = { 4, S },			/* rt_sigprocmask */
	[15] = { 0, S },			/* rt_sigreturn */
	[16] = { 3, D },			/* ioctl */
	[17] = { 4, D },			/* pread64 */
	[18] = { 4, D },			/* pwrite64 */
	[19] = { 3, D },			/* readv */
	[20] = { 3, D },			/* writev */
	[21] = { 2, F },			/* access */
	[22] = { 1, D },			/* pipe */
	[23] = { 5, D },			/* select */
	[24] = { 0, 0 },			/* sched_yield */
	[25] = { 5, M },			/* mremap */
	[26] = { 3, M },			/* msync */
	[27] = { 3, M },			/* mincore */
	[28] = { 3, M },			/* madvise */
	[29] = { 3, I },			/* shmget */
	[30] = { 3, I | M },			/* shmat */
	[31] = { 3, I },			/* shmctl */
	[32] = { 1, D },			/* dup */
	[33] = { 2, D },			/* dup2 */
	[34] = { 0, S },			/* pause */
	[35] = { 2, 0 },			/* nanosleep */
	[36] = { 2, 0 },			/* getitimer */
	[37] = { 1, 0 },			/* alarm */
	[38] = { 3, 0 },			/* setitimer */
	[39] = { 0, PU },			/* getpid */
	[40] = { 4, D | N },			/* sendfile */
	[41] = { 3, N },			/* socket */
	[42] = { 3, N },			/* connect */
	[43] = { 3, N },			/* accept */
	[44] = { 6, N },			/* sendto */
	[45] = { 6, N },			/* recvfrom */
	[46] = { 3, N },			/* sendmsg */
	[47] = { 3, N },			/* recvmsg */
	[48] = { 2, N },			/* shutdown */
	[49] = { 3, N },			/* bind */
	[50] = { 2, N },			/* listen */
	[51] = { 3, N },			/* getsockname */
	[52] = { 3, N },			/* getpeername */
	[53] = { 4, N },			/* socketpair */
	[54] = { 5, N },			/* setsockopt */
	[55] = { 5, N },			/* getsockopt */
	[56] = { 5, P },			/* clone */
	[57] = { 0, P },			/* fork */
	[58] = { 0, P },			/* vfork */
	[59] = { 3, F | P },			/* execve */
	[60] = { 1, P },			/* exit */
	[61] = { 4, P },			/* wait4 */
	[62] = { 2, P | S },			/* kill */
	[63] = { 1, 0 },			/* uname */
	[64] = { 3, I },			/* semget */
	[65] = { 3, I },			/* semop */
	[66] = { 4, I },			/* semctl */
	[67] = { 1, I | M },			/* shmdt */
	[68] = { 2, I },			/* msgget */
	[69] = { 4, I },			/* msgsnd */
	[70] = { 5, I },			/* msgrcv */
	[71] = { 3, I },			/* msgctl */
	[72] = { 3, D },			/* fcntl */
	[73] = { 2, D },			/* flock */
	[74] = { 1, D },			/* fsync */
	[75] = { 1, D },			/* fdatasync */
	[76] = { 2, F },			/* truncate */
	[77] = { 2, D },			/* ftruncate */
	[78] = { 3, D },			/* getdents */
	[79] = { 2, F },			/* getcwd */
	[80] = { 1, F },			/* chdir */
	[81] = { 1, D },			/* fchdir */
	[82] = { 2, F },			/* rename */
	[83] = { 2, F },			/* mkdir */
	[84] = { 1, F },			/* rmdir */
	[85] = { 2, D | F },			/* creat */
	[86] = { 2, F },			/* link */
	[87] = { 1, F },			/* unlink */
	[88] = { 2, F },			/* symlink */
	[89] = { 3, F },			/* readlink */
	[90] = { 2, F },			/* chmod */
	[91] = { 2, D },			/* fchmod */
	[92] = { 3, F },			/* chown */
	[93] = { 3, D },			/* fchown */
	[94] = { 3, F },			/* lchown */
	[95] = { 1, 0 },			/* umask */
	[96] = { 2, CL },			/* gettimeofday */
	[97] = { 2, 0 },			/* getrlimit */
	[98] = { 2, 0 },			/* getrusage */
	[99] = { 1, 0 },			/* sysinfo */
	[100] = { 1, 0 },			/* times */
	[101] = { 4, 0 },			/* ptrace */
	[102] = { 0, C | PU },			/* getuid */
	[103] = { 3, 0 },			/* syslog */
	[104] = { 0, C | PU },			/* getgid */
	[105] = { 1, C },			/* setuid */
	[106] = { 1, C },			/* setgid */
	[107] = { 0, C | PU },			/* geteuid */
	[108] = { 0, C | PU },			/* getegid */
	[109] = { 2, 0 },			/* setpgid */
	[110] = { 0, PU },			/* getppid */
	[111] = { 0, PU },			/* getpgrp */
	[112] = { 0, 0 },			/* setsid */
	[113] = { 2, C },			/* setreuid */
	[114] = { 2, C },			/* setregid */
	[115] = { 2, C },			/* getgroups */
	[116] = { 2, C },			/* setgroups */
	[117] = { 3, C },			/* setresuid */
	[118] = { 3, C },			/* getresuid */
	[119] = { 3, C },			/* setresgid */
	[120] = { 3, C },			/* getresgid */
	[121] = { 1, 0 },			/* getpgid */
	[122] = { 1, C },			/* setfsuid */
	[123] = { 1, C },			/* setfsgid */
	[124] = { 1, 0 },			/* getsid */
	[125] = { 2, C },			/* capget */
	[126] = { 2, C },			/* capset */
	[127] = { 2, S },			/* rt_sigpending */
	[128] = { 4, S },			/* rt_sigtimedwait */
	[129] = { 3, P | S },			/* rt_sigqueueinfo */
	[130] = { 2, S },			/* rt_sigsuspend */
	[131] = { 2, S },			/* sigaltstack */
	[132] = { 2, F },			/* utime */
	[133] = { 3, F },			/* mknod */
	[134] = { 1, F },			/* uselib */
	[135] = { 1, 0 },			/* personality */
	[136] = { 2, SFA },			/* ustat */
	[137] = { 2, F | SF | SFA },		/* statfs */
	[138] = { 2, D | FSF | SFA },		/* fstatfs */
	[139] = { 3, 0 },			/* sysfs */
	[140] = { 2, 0 },			/* getpriority */
	[141] = { 3, 0 },			/* setpriority */
	[142] = { 2, 0 },			/* sched_setparam */
	[143] = { 2, 0 },			/* sched_getparam */
	[144] = { 3, 0 },			/* sched_setscheduler */
	[145] = { 1, 0 },			/* sched_getscheduler */
	[146] = { 1, 0 },			/* sched_get_priority_max */
	[147] = { 1, 0 },			/* sched_get_priority_min */
	[148] = { 2, 0 },			/* sched_rr_get_interval */
	[149] = { 2, M },			/* mlock */
	[150] = { 2, M },			/* munlock */
	[151] = { 1, M },			/* mlockall */
	[152] = { 0, M },			/* munlockall */
	[153] = { 0, 0 },			/* vhangup */
	[154] = { 3, 0 },			/* modify_ldt */
	[155] = { 2, F },			/* pivot_root */
	[156] = { 1, 0 },			/* _sysctl */
	[157] = { 5, C },			/* prctl */
	[158] = { 2, 0 },			/* arch_prctl */
	[159] = { 1, CL },			/* adjtimex */
	[160] = { 2, 0 },			/* setrlimit */
	[161] = { 1, F },			/* chroot */
	[162] = { 0, 0 },			/* sync */
	[163] = { 1, F },			/* acct */
	[164] = { 2, CL },			/* settimeofday */
	[165] = { 5, F },			/* mount */
	[166] = { 2, F },			/* umount2 */
	[167] = { 2, F },			/* swapon */
	[168] = { 1, F },			/* swapoff */
	[169] = { 4, 0 },			/* reboot */
	[170] = { 2, 0 },			/* sethostname */
	[171] = { 2, 0 },			/* setdomainname */
	[172] = { 1, 0 },			/* iopl */
	[173] = { 3, 0 },			/* ioperm */
	[174] = { 2, 0 },			/* create_module */
	[175] = { 3, 0 },			/* init_module */
	[176] = { 2, 0 },			/* delete_module */
	[177] = { 1, 0 },			/* get_kernel_syms */
	[178] = { 5, 0 },			/* query_module */
	[179] = { 4, F },			/* quotactl */
	[180] = { 3, 0 },			/* nfsservctl */
	[181] = { 5, N },			/* getpmsg */
	[182] = { 5, N },			/* putpmsg */
	[183] = { 5, 0 },			/* afs_syscall */
	[184] = { 3, 0 },			/* tuxcall */
	[185] = { 3, 0 },			/* security */
	[186] = { 0, PU },			/* gettid */
	[187] = { 3, D },			/* readahead */
	[188] = { 5, F },			/* setxattr */
	[189] = { 5, F },			/* lsetxattr */
	[190] = { 5, D },			/* fsetxattr */
	[191] = { 4, F },			/* getxattr */
	[192] = { 4, F },			/* lgetxattr */
	[193] = { 4, D },			/* fgetxattr */
	[194] = { 3, F },			/* listxattr */
	[195] = { 3, F },			/* llistxattr */
	[196] = { 3, D },			/* flistxattr */
	[197] = { 2, F },			/* removexattr */
	[198] = { 2, F },			/* lremovexattr */
	[199] = { 2, D },			/* fremovexattr */
	[200] = { 2, P | S },			/* tkill */
	[201] = { 1, CL },			/* time */
	[202] = { 6, 0 },			/* futex */
	[203] = { 3, 0 },			/* sched_setaffinity */
	[204] = { 3, 0 },			/* sched_getaffinity */
	[205] = { 1, 0 },			/* set_thread_area */
	[206] = { 2, M },			/* io_setup */
	[207] = { 1, M },			/* io_destroy */
	[208] = { 5, 0 },			/* io_getevents */
	[209] = { 3, 0 },			/* io_submit */
	[210] = { 3, 0 },			/* io_cancel */
	[211] = { 1, 0 },			/* get_thread_area */
	[212] = { 3, 0 },			/* lookup_dcookie */
	[213] = { 1, D },			/* epoll_create */
	[214] = { 4, 0 },			/* epoll_ctl_old */
	[215] = { 4, 0 },			/* epoll_wait_old */
	[216] = { 5, M },			/* remap_file_pages */
	[217] = { 3, D },			/* getdents64 */
	[218] = { 1, 0 },			/* set_tid_address */
	[219] = { 0, 0 },			/* restart_syscall */
	[220] = { 4, I },			/* semtimedop */
	[221] = { 4, D },			/* fadvise64 */
	[222] = { 3, 0 },			/* timer_create */
	[223] = { 4, 0 },			/* timer_settime */
	[224] = { 2, 0 },			/* timer_gettime */
	[225] = { 1, 0 },			/* timer_getoverrun */
	[226] = { 1, 0 },			/* timer_delete */
	[227] = { 2, CL },			/* clock_settime */
	[228] = { 2, CL },			/* clock_gettime */
	[229] = { 2, CL },			/* clock_getres */
	[230] = { 4, 0 },			/* clock_nanosleep */
	[231] = { 1, P | P },			/* exit_group */
	[232] = { 4, D },			/* epoll_wait */
	[233] = { 4, D },			/* epoll_ctl */
	[234] = { 3, P | S },			/* tgkill */
	[235] = { 2, F },			/* utimes */
	[236] = { 5, 0 },			/* vserver */
	[237] = { 6, M },			/* mbind */
	[238] = { 3, M },			/* set_mempolicy */
	[239] = { 5, M },			/* get_mempolicy */
	[240] = { 4, D },			/* mq_open */
	[241] = { 1, 0 },			/* mq_unlink */
	[242] = { 5, D },			/* mq_timedsend */
	[243] = { 5, D },			/* mq_timedreceive */
	[244] = { 2, D },			/* mq_notify */
	[245] = { 3, D },			/* mq_getsetattr */
	[246] = { 4, 0 },			/* kexec_load */
	[247] = { 5, P },			/* waitid */
	[248] = { 5, 0 },			/* add_key */
	[249] = { 4, 0 },			/* request_key */
	[250] = { 5, 0 },			/* keyctl */
	[251] = { 3, 0 },			/* ioprio_set */
	[252] = { 2, 0 },			/* ioprio_get */
	[253] = { 0, D },			/* inotify_init */
	[254] = { 3, D | F },			/* inotify_add_watch */
	[255] = { 2, D },			/* inotify_rm_watch */
	[256] = { 4, M },			/* migrate_pages */
	[257] = { 4, D | F },			/* openat */
	[258] = { 3, D | F },			/* mkdirat */
	[259] = { 4, D | F },			/* mknodat */
	[260] = { 5, D | F },			/* fchownat */
	[261] = { 3, D | F },			/* futimesat */
	[262] = { 4, D | F | FST | STA },	/* newfstatat */
	[263] = { 3, D | F },			/* unlinkat */
	[264] = { 4, D | F },			/* renameat */
	[265] = { 5, D | F },			/* linkat */
	[266] = { 3, D | F },			/* symlinkat */
	[267] = { 4, D | F },			/* readlinkat */
	[268] = { 3, D | F },			/* fchmodat */
	[269] = { 3, D | F },			/* faccessat */
	[270] = { 6, D },			/* pselect6 */
	[271] = { 5, D },			/* ppoll */
	[272] = { 1, 0 },			/* unshare */
	[273] = { 2, 0 },			/* set_robust_list */
	[274] = { 3, 0 },			/* get_robust_list */
	[275] = { 6, D },			/* splice */
	[276] = { 4, D },			/* tee */
	[277] = { 4, D },			/* sync_file_range */
	[278] = { 4, D },			/* vmsplice */
	[279] = { 6, M },			/* move_pages */
	[280] = { 4, D | F },			/* utimensat */
	[281] = { 6, D },			/* epoll_pwait */
	[282] = { 3, D | S },			/* signalfd */
	[283] = { 2, D },			/* timerfd_create */
	[284] = { 1, D },			/* eventfd */
	[285] = { 4, D },			/* fallocate */
	[286] = { 4, D },			/* timerfd_settime */
	[287] = { 2, D },			/* timerfd_gettime */
	[288] = { 4, N },			/* accept4 */
	[289] = { 4, D | S },			/* signalfd4 */
	[290] = { 2, D },			/* eventfd2 */
	[291] = { 1, D },			/* epoll_create1 */
	[292] = { 3, D },			/* dup3 */
	[293] = { 2, D },			/* pipe2 */
	[294] = { 1, D },			/* inotify_init1 */
	[295] = { 4, D },			/* preadv */
	[296] = { 4, D },			/* pwritev */
	[297] = { 4, P | S },			/* rt_tgsigqueueinfo */
	[298] = { 5, D },			/* perf_event_open */
	[299] = { 5, N },			/* recvmmsg */
	[300] = { 2, D },			/* fanotify_init */
	[301] = { 5, D | F },			/* fanotify_mark */
	[302] = { 4, 0 },			/* prlimit64 */
	[303] = { 5, D | F },			/* name_to_handle_at */
	[304] = { 3, D },			/* open_by_handle_at */
	[305] = { 2, CL },			/* clock_adjtime */
	[306] = { 1, D },			/* syncfs */
	[307] = { 4, N },			/* sendmmsg */
	[308] = { 2, D },			/* setns */
	[309] = { 3, 0 },			/* getcpu */
	[310] = { 6, 0 },			/* process_vm_readv */
	[311] = { 6, 0 },			/* process_vm_writev */
	[312] = { 5, 0 },			/* kcmp */
	[313] = { 3, D },			/* finit_module */
	[314] = { 3, 0 },			/* sched_setattr */
	[315] = { 4, 0 },			/* sched_getattr */
	[316] = { 5, D | F },			/* renameat2 */
	[317] = { 3, 0 },			/* seccomp */
	[318] = { 3, 0 },			/* getrandom */
	[319] = { 2, D },			/* memfd_create */
	[320] = { 5, D },			/* kexec_file_load */
	[321] = { 3, D },			/* bpf */
	[322] = { 5, D | F | P },		/* execveat */
	[323] = { 1, D },			/* userfaultfd */
	[324] = { 3, 0 },			/* membarrier */
	[325] = { 3, M },			/* mlock2 */
	[326] = { 6, D },			/* copy_file_range */
	[327] = { 6, D },			/* preadv2 */
	[328] = { 6, D },			/* pwritev2 */
	[329] = { 4, M },			/* pkey_mprotect */
	[330] = { 2, 0 },			/* pkey_alloc */
	[331] = { 1, 0 },			/* pkey_free */
	[332] = { 5, D | F | FST | STA },	/* statx */
	[333] = { 6, 0 },			/* io_pgetevents */
	[334] = { 4, 0 },			/* rseq */
	[424] = { 4, D | P | S },		/* pidfd_send_signal */
	[425] = { 2, D },			/* io_uring_setup */
	[426] = { 6, D | S },			/* io_uring_enter */
	[427] = { 4, D | M },			/* io_uring_register */
	[428] = { 3, D | F },			/* open_tree */
	[429] = { 5, D | F },			/* move_mount */
	[430] = { 2, D },			/* fsopen */
	[431] = { 5, D | F },			/* fsconfig */
	[432] = { 3, D },			/* fsmount */
	[433] = { 3, D | F },			/* fspick */
	[434] = { 2, D },			/* pidfd_open */
	[435] = { 2, P },			/* clone3 */
	[436] = { 3, 0 },			/* close_range */
	[437] = { 4, D | F },			/* openat2 */
	[438] = { 3, D },			/* pidfd_getfd */
	[439] = { 4, D | F },			/* faccessat2 */
	[440] = { 5, D },			/* process_madvise */
	[441] = { 6, D },			/* epoll_pwait2 */
	[442] = { 5, D | F },			/* mount_setattr */
	[443] = { 4, D },			/* quotactl_fd */
	[444] = { 3, D },			/* landlock_create_ruleset */
	[445] = { 4, D },			/* landlock_add_rule */
	[446] = { 2, D },			/* landlock_restrict_self */
	[447] = { 1, D },			/* memfd_secret */
	[448] = { 2, D },			/* process_mrelease */
	[449] = { 5, 0 },			/* futex_waitv */
	[450] = { 4, M },			/* set_mempolicy_home_node */
	/* Newer than strace 6.1; used only when the headers name them. */
	[451] = { 4, D },			/* cachestat */
	[452] = { 4, D | F },			/* fchmodat2 */
	[453] = { 3, M },			/* map_shadow_stack */
	[454] = { 4, 0 },			/* futex_wake */
	[455] = { 6, 0 },			/* futex_wait */
	[456] = { 4, 0 },			/* futex_requeue */
	[457] = { 4, 0 },			/* statmount */
	[458] = { 4, 0 },			/* listmount */
	[459] = { 4, 0 },			/* lsm_get_self_attr */
	[460] = { 4, 0 },			/* lsm_set_self_attr */
	[461] = { 3, 0 },			/* lsm_list_modules */
	[462] = { 3, M },			/* mseal */
	[463] = { 6, D | F },			/* setxattrat */
	[464] = { 6, D | F },			/* getxattrat */
};

#undef D
#undef F
#undef I
#undef N
#undef P
#undef S
#undef M
#undef C
#undef ST
#undef LST
#undef FST
#undef STA
#undef SF
#undef FSF
#undef SFA
#undef PU
#undef CL

/* Indices into sys_pairs sorted by name, built on first lookup. */
static unsigned short sys_by_name[SYS_NPAIRS];
static int sys_by_name_ready;

static int sys_cmp_index(const void *a, const void *b)
{
	const unsigned short *ia = a, *ib = b;

	return strcmp(sys_pairs[*ia].name, sys_pairs[*ib].name);
}

static void sys_index_names(void)
{
	size_t i;

	for (i = 0; i < SYS_NPAIRS; i++)
		sys_by_name[i] = (unsigned short)i;
	qsort(sys_by_name, SYS_NPAIRS, sizeof(sys_by_name[0]), sys_cmp_index);
	sys_by_name_ready = 1;
}

const char *syscalls_name(long nr)
{
	if (nr < 0 || nr >= SYSCALLS_MAX)
		return NULL;
	return sys_names[nr];
}

long syscalls_lookup(const char *name)
{
	size_t lo = 0, hi = SYS_NPAIRS;

	if (!name)
		return -1;
	if (!sys_by_name_ready)
		sys_index_names();
	/* Binary search over the name-sorted index: O(log n). */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct sys_pair *p = &sys_pairs[sys_by_name[mid]];
		int c = strcmp(name, p->name);

		if (c == 0)
			return p->nr;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

/* Whether sys_info holds the facts about @nr. */
static int sys_has_info(long nr)
{
	return syscalls_name(nr) && (unsigned long)nr < ARRAY_LEN(sys_info);
}

unsigned syscalls_classes(long nr)
{
	/* An unknown syscall belongs to no class. */
	if (!sys_has_info(nr))
		return 0;
	return sys_info[nr].classes;
}

int syscalls_nargs(long nr)
{
	/* Like strace, an unknown syscall shows all six argument registers. */
	if (!sys_has_info(nr))
		return 6;
	return sys_info[nr].nargs;
}

long syscalls_limit(void)
{
	static long limit;
	size_t i;

	if (limit)
		return limit;
	for (i = 0; i < SYS_NPAIRS; i++)
		if (sys_pairs[i].nr >= limit)
			limit = sys_pairs[i].nr + 1;
	return limit;
}

/* Class names as strace spells them after the '%'. */
static const struct {
	const char *name;
	unsigned bit;
} sys_classes[] = {
	{ "file", SC_FILE },
	{ "network", SC_NETWORK },
	{ "net", SC_NETWORK },
	{ "process", SC_PROCESS },
	{ "memory", SC_MEMORY },
	{ "signal", SC_SIGNAL },
	{ "desc", SC_DESC },
	{ "ipc", SC_IPC },
	{ "creds", SC_CREDS },
	{ "stat", SC_STAT },
	{ "lstat", SC_LSTAT },
	{ "fstat", SC_FSTAT },
	{ "%stat", SC_STAT_LIKE },
	{ "statfs", SC_STATFS },
	{ "fstatfs", SC_FSTATFS },
	{ "%statfs", SC_STATFS_LIKE },
	{ "pure", SC_PURE },
	{ "clock", SC_CLOCK },
};

unsigned syscalls_class_lookup(const char *name)
{
	size_t i;

	if (!name)
		return 0;
	if (name[0] == '%')
		name++;
	for (i = 0; i < ARRAY_LEN(sys_classes); i++)
		if (strcmp(name, sys_classes[i].name) == 0)
			return sys_classes[i].bit;
	return 0;
}

void sysset_clear(struct sysset *s)
{
	memset(s, 0, sizeof(*s));
}

void sysset_fill(struct sysset *s)
{
	memset(s, 0xff, sizeof(*s));
}

void sysset_invert(struct sysset *s)
{
	size_t i;

	for (i = 0; i < SYSCALLS_MAX / 64; i++)
		s->bits[i] = ~s->bits[i];
}

int sysset_count(const struct sysset *s)
{
	int n = 0;
	size_t i;

	for (i = 0; i < SYSCALLS_MAX / 64; i++)
		n += __builtin_popcountll(s->bits[i]);
	return n;
}
