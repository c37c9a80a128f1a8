// SPDX-License-Identifier: MIT
/*
 * xlat_proc - constants of process, signal, time and futex system calls
 * (x86_64 values, strace 6.1 names and order).
 */
#include "xlat.h"

#include <asm/prctl.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <signal.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#define X(v)	{ (uint64_t)(v), #v }
/* A negative code, sign-extended to 64 bits. */
#define XN(v)	{ (uint64_t)(int64_t)(v), #v }

const struct xlat xlat_clone_flags[] = {
	X(CLONE_VM),
	X(CLONE_FS),
	X(CLONE_FILES),
	X(CLONE_SIGHAND),
	X(CLONE_PIDFD),
	X(CLONE_PTRACE),
	X(CLONE_VFORK),
	X(CLONE_PARENT),
	X(CLONE_THREAD),
	X(CLONE_NEWNS),
	X(CLONE_SYSVSEM),
	X(CLONE_SETTLS),
	X(CLONE_PARENT_SETTID),
	X(CLONE_CHILD_CLEARTID),
	X(CLONE_UNTRACED),
	X(CLONE_CHILD_SETTID),
	X(CLONE_NEWCGROUP),
	X(CLONE_NEWUTS),
	X(CLONE_NEWIPC),
	X(CLONE_NEWUSER),
	X(CLONE_NEWPID),
	X(CLONE_NEWNET),
	X(CLONE_IO),
	XLAT_END
};

/* strace prints bit 2 (WUNTRACED) as WSTOPPED. */
const struct xlat xlat_wait_options[] = {
	X(WNOHANG),
	X(WEXITED),
	X(WSTOPPED),
	X(WCONTINUED),
	X(WNOWAIT),
	{ 0x80000000, "__WCLONE" },
	{ 0x40000000, "__WALL" },
	{ 0x20000000, "__WNOTHREAD" },
	XLAT_END
};

const struct xlat xlat_sigprocmask_how[] = {
	X(SIG_BLOCK),
	X(SIG_UNBLOCK),
	X(SIG_SETMASK),
	XLAT_END
};

const struct xlat xlat_sa_flags[] = {
	{ 0x04000000, "SA_RESTORER" },
	X(SA_ONSTACK),
	X(SA_RESTART),
	{ 0x20000000, "SA_INTERRUPT" },
	X(SA_NODEFER),
	X(SA_RESETHAND),
	X(SA_SIGINFO),
	X(SA_NOCLDSTOP),
	X(SA_NOCLDWAIT),
	XLAT_END
};

/* si_code values common to all signals; negative ones sign-extended. */
const struct xlat xlat_si_codes[] = {
	X(SI_USER),
	X(SI_KERNEL),
	XN(SI_QUEUE),
	XN(SI_TIMER),
	XN(SI_MESGQ),
	XN(SI_ASYNCIO),
	XN(SI_SIGIO),
	XN(SI_TKILL),
	{ (uint64_t)-7, "SI_DETHREAD" },
	{ (uint64_t)-60, "SI_ASYNCNL" },
	XLAT_END
};

const struct xlat xlat_cld_codes[] = {
	X(CLD_EXITED),
	X(CLD_KILLED),
	X(CLD_DUMPED),
	X(CLD_TRAPPED),
	X(CLD_STOPPED),
	X(CLD_CONTINUED),
	XLAT_END
};

const struct xlat xlat_segv_codes[] = {
	{ 1, "SEGV_MAPERR" },
	{ 2, "SEGV_ACCERR" },
	{ 3, "SEGV_BNDERR" },
	{ 4, "SEGV_PKUERR" },
	{ 5, "SEGV_ACCADI" },
	{ 6, "SEGV_ADIDERR" },
	{ 7, "SEGV_ADIPERR" },
	{ 8, "SEGV_MTEAERR" },
	{ 9, "SEGV_MTESERR" },
	XLAT_END
};

const struct xlat xlat_bus_codes[] = {
	{ 1, "BUS_ADRALN" },
	{ 2, "BUS_ADRERR" },
	{ 3, "BUS_OBJERR" },
	{ 4, "BUS_MCEERR_AR" },
	{ 5, "BUS_MCEERR_AO" },
	XLAT_END
};

const struct xlat xlat_ill_codes[] = {
	{ 1, "ILL_ILLOPC" },
	{ 2, "ILL_ILLOPN" },
	{ 3, "ILL_ILLADR" },
	{ 4, "ILL_ILLTRP" },
	{ 5, "ILL_PRVOPC" },
	{ 6, "ILL_PRVREG" },
	{ 7, "ILL_COPROC" },
	{ 8, "ILL_BADSTK" },
	{ 9, "ILL_BADIADDR" },
	XLAT_END
};

const struct xlat xlat_fpe_codes[] = {
	{ 1, "FPE_INTDIV" },
	{ 2, "FPE_INTOVF" },
	{ 3, "FPE_FLTDIV" },
	{ 4, "FPE_FLTOVF" },
	{ 5, "FPE_FLTUND" },
	{ 6, "FPE_FLTRES" },
	{ 7, "FPE_FLTINV" },
	{ 8, "FPE_FLTSUB" },
	{ 14, "FPE_FLTUNK" },
	{ 15, "FPE_CONDTRAP" },
	XLAT_END
};

const struct xlat xlat_trap_codes[] = {
	{ 1, "TRAP_BRKPT" },
	{ 2, "TRAP_TRACE" },
	{ 3, "TRAP_BRANCH" },
	{ 4, "TRAP_HWBKPT" },
	{ 5, "TRAP_UNK" },
	{ 6, "TRAP_PERF" },
	XLAT_END
};

const struct xlat xlat_poll_codes[] = {
	{ 1, "POLL_IN" },
	{ 2, "POLL_OUT" },
	{ 3, "POLL_MSG" },
	{ 4, "POLL_ERR" },
	{ 5, "POLL_PRI" },
	{ 6, "POLL_HUP" },
	XLAT_END
};

const struct xlat xlat_sys_codes[] = {
	{ 1, "SYS_SECCOMP" },
	{ 2, "SYS_USER_DISPATCH" },
	XLAT_END
};

const struct xlat xlat_arch_prctl[] = {
	X(ARCH_SET_GS),
	X(ARCH_SET_FS),
	X(ARCH_GET_FS),
	X(ARCH_GET_GS),
	{ 0x1011, "ARCH_GET_CPUID" },
	{ 0x1012, "ARCH_SET_CPUID" },
	{ 0x1021, "ARCH_GET_XCOMP_SUPP" },
	{ 0x1022, "ARCH_GET_XCOMP_PERM" },
	{ 0x1023, "ARCH_REQ_XCOMP_PERM" },
	{ 0x1024, "ARCH_GET_XCOMP_GUEST_PERM" },
	{ 0x1025, "ARCH_REQ_XCOMP_GUEST_PERM" },
	{ 0x2001, "ARCH_MAP_VDSO_X32" },
	{ 0x2002, "ARCH_MAP_VDSO_32" },
	{ 0x2003, "ARCH_MAP_VDSO_64" },
	XLAT_END
};

const struct xlat xlat_prctl_options[] = {
	{ 1, "PR_SET_PDEATHSIG" },
	{ 2, "PR_GET_PDEATHSIG" },
	{ 3, "PR_GET_DUMPABLE" },
	{ 4, "PR_SET_DUMPABLE" },
	{ 5, "PR_GET_UNALIGN" },
	{ 6, "PR_SET_UNALIGN" },
	{ 7, "PR_GET_KEEPCAPS" },
	{ 8, "PR_SET_KEEPCAPS" },
	{ 9, "PR_GET_FPEMU" },
	{ 10, "PR_SET_FPEMU" },
	{ 11, "PR_GET_FPEXC" },
	{ 12, "PR_SET_FPEXC" },
	{ 13, "PR_GET_TIMING" },
	{ 14, "PR_SET_TIMING" },
	{ 15, "PR_SET_NAME" },
	{ 16, "PR_GET_NAME" },
	{ 19, "PR_GET_ENDIAN" },
	{ 20, "PR_SET_ENDIAN" },
	{ 21, "PR_GET_SECCOMP" },
	{ 22, "PR_SET_SECCOMP" },
	{ 23, "PR_CAPBSET_READ" },
	{ 24, "PR_CAPBSET_DROP" },
	{ 25, "PR_GET_TSC" },
	{ 26, "PR_SET_TSC" },
	{ 27, "PR_GET_SECUREBITS" },
	{ 28, "PR_SET_SECUREBITS" },
	{ 29, "PR_SET_TIMERSLACK" },
	{ 30, "PR_GET_TIMERSLACK" },
	{ 31, "PR_TASK_PERF_EVENTS_DISABLE" },
	{ 32, "PR_TASK_PERF_EVENTS_ENABLE" },
	{ 33, "PR_MCE_KILL" },
	{ 34, "PR_MCE_KILL_GET" },
	{ 35, "PR_SET_MM" },
	{ 36, "PR_SET_CHILD_SUBREAPER" },
	{ 37, "PR_GET_CHILD_SUBREAPER" },
	{ 38, "PR_SET_NO_NEW_PRIVS" },
	{ 39, "PR_GET_NO_NEW_PRIVS" },
	{ 40, "PR_GET_TID_ADDRESS" },
	{ 41, "PR_SET_THP_DISABLE" },
	{ 42, "PR_GET_THP_DISABLE" },
	{ 43, "PR_MPX_ENABLE_MANAGEMENT" },
	{ 44, "PR_MPX_DISABLE_MANAGEMENT" },
	{ 45, "PR_SET_FP_MODE" },
	{ 46, "PR_GET_FP_MODE" },
	{ 47, "PR_CAP_AMBIENT" },
	{ 50, "PR_SVE_SET_VL" },
	{ 51, "PR_SVE_GET_VL" },
	{ 52, "PR_GET_SPECULATION_CTRL" },
	{ 53, "PR_SET_SPECULATION_CTRL" },
	{ 54, "PR_PAC_RESET_KEYS" },
	{ 55, "PR_SET_TAGGED_ADDR_CTRL" },
	{ 56, "PR_GET_TAGGED_ADDR_CTRL" },
	{ 57, "PR_SET_IO_FLUSHER" },
	{ 58, "PR_GET_IO_FLUSHER" },
	{ 59, "PR_SET_SYSCALL_USER_DISPATCH" },
	{ 60, "PR_PAC_SET_ENABLED_KEYS" },
	{ 61, "PR_PAC_GET_ENABLED_KEYS" },
	{ 62, "PR_SCHED_CORE" },
	{ 63, "PR_SME_SET_VL" },
	{ 64, "PR_SME_GET_VL" },
	{ 0x53564d41, "PR_SET_VMA" },
	{ 0x59616d61, "PR_SET_PTRACER" },
	XLAT_END
};

const struct xlat xlat_rlimit_resources[] = {
	X(RLIMIT_CPU),
	X(RLIMIT_FSIZE),
	X(RLIMIT_DATA),
	X(RLIMIT_STACK),
	X(RLIMIT_CORE),
	X(RLIMIT_RSS),
	X(RLIMIT_NPROC),
	X(RLIMIT_NOFILE),
	X(RLIMIT_MEMLOCK),
	X(RLIMIT_AS),
	X(RLIMIT_LOCKS),
	X(RLIMIT_SIGPENDING),
	X(RLIMIT_MSGQUEUE),
	X(RLIMIT_NICE),
	X(RLIMIT_RTPRIO),
	X(RLIMIT_RTTIME),
	XLAT_END
};

#define FP	FUTEX_PRIVATE_FLAG
#define FC	FUTEX_CLOCK_REALTIME

/*
 * The whole futex op word as strace names it: the command, its _PRIVATE
 * form, and FUTEX_CLOCK_REALTIME where the kernel accepts it.  Any other
 * value prints as "0x101 /" "* FUTEX_??? *" "/".
 */
const struct xlat xlat_futex_ops[] = {
	X(FUTEX_WAIT),
	X(FUTEX_WAKE),
	X(FUTEX_FD),
	X(FUTEX_REQUEUE),
	X(FUTEX_CMP_REQUEUE),
	X(FUTEX_WAKE_OP),
	X(FUTEX_LOCK_PI),
	X(FUTEX_UNLOCK_PI),
	X(FUTEX_TRYLOCK_PI),
	X(FUTEX_WAIT_BITSET),
	X(FUTEX_WAKE_BITSET),
	X(FUTEX_WAIT_REQUEUE_PI),
	X(FUTEX_CMP_REQUEUE_PI),
	{ 13, "FUTEX_LOCK_PI2" },
	X(FUTEX_WAIT_PRIVATE),
	X(FUTEX_WAKE_PRIVATE),
	{ FUTEX_FD | FP, "FUTEX_FD|FUTEX_PRIVATE_FLAG" },
	X(FUTEX_REQUEUE_PRIVATE),
	X(FUTEX_CMP_REQUEUE_PRIVATE),
	X(FUTEX_WAKE_OP_PRIVATE),
	X(FUTEX_LOCK_PI_PRIVATE),
	X(FUTEX_UNLOCK_PI_PRIVATE),
	X(FUTEX_TRYLOCK_PI_PRIVATE),
	X(FUTEX_WAIT_BITSET_PRIVATE),
	X(FUTEX_WAKE_BITSET_PRIVATE),
	X(FUTEX_WAIT_REQUEUE_PI_PRIVATE),
	X(FUTEX_CMP_REQUEUE_PI_PRIVATE),
	{ 13 | FP, "FUTEX_LOCK_PI2_PRIVATE" },
	{ FUTEX_WAIT | FC, "FUTEX_WAIT|FUTEX_CLOCK_REALTIME" },
	{ FUTEX_WAIT | FP | FC, "FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ FUTEX_WAIT_BITSET | FC, "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME" },
	{ FUTEX_WAIT_BITSET | FP | FC,
	  "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ FUTEX_WAIT_REQUEUE_PI | FC,
	  "FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME" },
	{ FUTEX_WAIT_REQUEUE_PI | FP | FC,
	  "FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME" },
	XLAT_END
};

const struct xlat xlat_futex_op_flags[] = {
	X(FUTEX_PRIVATE_FLAG),
	X(FUTEX_CLOCK_REALTIME),
	XLAT_END
};

const struct xlat xlat_clockids[] = {
	X(CLOCK_REALTIME),
	X(CLOCK_MONOTONIC),
	X(CLOCK_PROCESS_CPUTIME_ID),
	X(CLOCK_THREAD_CPUTIME_ID),
	X(CLOCK_MONOTONIC_RAW),
	X(CLOCK_REALTIME_COARSE),
	X(CLOCK_MONOTONIC_COARSE),
	X(CLOCK_BOOTTIME),
	X(CLOCK_REALTIME_ALARM),
	X(CLOCK_BOOTTIME_ALARM),
	{ 10, "CLOCK_SGI_CYCLE" },
	X(CLOCK_TAI),
	XLAT_END
};

const struct xlat xlat_timer_flags[] = {
	X(TIMER_ABSTIME),
	XLAT_END
};

/* strace 6.1 prints rseq() flags in hex; the table serves scripts. */
const struct xlat xlat_rseq_flags[] = {
	{ 1, "RSEQ_FLAG_UNREGISTER" },
	XLAT_END
};

/* The personality type, the field (persona & PER_MASK). */
const struct xlat xlat_personality[] = {
	X(PER_LINUX),
	X(PER_LINUX_32BIT),
	X(PER_LINUX_FDPIC),
	X(PER_SVR4),
	X(PER_SVR3),
	X(PER_SCOSVR3),
	X(PER_OSR5),
	X(PER_WYSEV386),
	X(PER_ISCR4),
	X(PER_BSD),
	X(PER_SUNOS),
	X(PER_XENIX),
	X(PER_LINUX32),
	X(PER_LINUX32_3GB),
	X(PER_IRIX32),
	X(PER_IRIXN32),
	X(PER_IRIX64),
	X(PER_RISCOS),
	X(PER_SOLARIS),
	X(PER_UW7),
	X(PER_OSF4),
	X(PER_HPUX),
	XLAT_END
};

const struct xlat xlat_personality_flags[] = {
	X(UNAME26),
	X(ADDR_NO_RANDOMIZE),
	X(FDPIC_FUNCPTRS),
	X(MMAP_PAGE_ZERO),
	X(ADDR_COMPAT_LAYOUT),
	X(READ_IMPLIES_EXEC),
	X(ADDR_LIMIT_32BIT),
	X(SHORT_INODE),
	X(WHOLE_SECONDS),
	X(STICKY_TIMEOUTS),
	X(ADDR_LIMIT_3GB),
	XLAT_END
};
