// SPDX-License-Identifier: MIT
/*
 * Unit tests of whole lines for the calls of decode_table_extra.c: one
 * test per system call.  A fake tracee memory: a buffer mapped at
 * FAKE_BASE, every other address faults.  Expected strings are strace
 * 6.1's output on x86_64 (TZ=UTC) for the same values, addresses
 * replaced by the fake ones.
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
#include <time.h>

#include <cmocka.h>

#include "fake_mem.h"

#define FDCWD ((uint64_t)-100)

static uint64_t path_f(void)
{
	return put_str("/tmp/xt/f");
}

static uint64_t two_iovs(void)
{
	uint64_t h = put("hello", 5), x = put("xyz", 3);
	uint64_t iov[4] = { h, 5, x, 3 };

	return put(iov, sizeof(iov));
}

TEST(utimensat)
{
	int64_t now[4] = { 0, (1 << 30) - 1, 0, (1 << 30) - 2 };
	int64_t ts[4] = { 1700000000, 5, 1600000000, 0 };
	uint64_t p = path_f(), a = put(now, sizeof(now)), b = put(ts, 32);

	(void)state;
	S(L(SYS_utimensat, 0, FDCWD, p, a, 0, 0, 0),
	  "utimensat(AT_FDCWD, \"/tmp/xt/f\", [UTIME_NOW, UTIME_OMIT], 0)"
	  " = 0");
	S(L(SYS_utimensat, 0, FDCWD, p, b, 0x100, 0, 0),
	  "utimensat(AT_FDCWD, \"/tmp/xt/f\", [{tv_sec=1700000000, "
	  "tv_nsec=5} /* 2023-11-14T22:13:20.000000005+0000 */, "
	  "{tv_sec=1600000000, tv_nsec=0} /* 2020-09-13T12:26:40+0000 */], "
	  "AT_SYMLINK_NOFOLLOW) = 0");
	S(L(SYS_utimensat, 0, 3, 0, 0, 0, 0, 0),
	  "utimensat(3, NULL, NULL, 0) = 0");
}

TEST(linkat)
{
	uint64_t f = path_f(), l = put_str("/tmp/xt/l");

	(void)state;
	S(L(SYS_linkat, 0, FDCWD, f, FDCWD, l, 0x400, 0),
	  "linkat(AT_FDCWD, \"/tmp/xt/f\", AT_FDCWD, \"/tmp/xt/l\", "
	  "AT_SYMLINK_FOLLOW) = 0");
}

TEST(symlinkat)
{
	uint64_t f = path_f(), s = put_str("/tmp/xt/s");

	(void)state;
	S(L(SYS_symlinkat, 0, f, FDCWD, s, 0, 0, 0),
	  "symlinkat(\"/tmp/xt/f\", AT_FDCWD, \"/tmp/xt/s\") = 0");
}

TEST(mknodat)
{
	uint64_t n = put_str("/tmp/xt/n");

	(void)state;
	S(L(SYS_mknodat, 0, FDCWD, n, 010600, 0, 0, 0),
	  "mknodat(AT_FDCWD, \"/tmp/xt/n\", S_IFIFO|0600) = 0");
}

TEST(mknod)
{
	uint64_t n = put_str("/tmp/xt/n2");

	(void)state;
	S(L(SYS_mknod, 0, n, 020600, 0x103, 0, 0, 0),
	  "mknod(\"/tmp/xt/n2\", S_IFCHR|0600, makedev(0x1, 0x3)) = 0");
}

TEST(pwritev)
{
	uint64_t iov = two_iovs();

	(void)state;
	S(L(SYS_pwritev, 8, 3, iov, 2, 0, 0, 0),
	  "pwritev(3, [{iov_base=\"hello\", iov_len=5}, {iov_base=\"xyz\", "
	  "iov_len=3}], 2, 0) = 8");
}

TEST(preadv)
{
	uint64_t iov = two_iovs();

	(void)state;
	S(L(SYS_preadv, 8, 3, iov, 2, 0, 0, 0),
	  "preadv(3, [{iov_base=\"hello\", iov_len=5}, {iov_base=\"xyz\", "
	  "iov_len=3}], 2, 0) = 8");
}

TEST(pwritev2)
{
	uint64_t iov = two_iovs();

	(void)state;
	S(L(SYS_pwritev2, 8, 3, iov, 2, 0, 0, 2),
	  "pwritev2(3, [{iov_base=\"hello\", iov_len=5}, {iov_base=\"xyz\", "
	  "iov_len=3}], 2, 0, RWF_DSYNC) = 8");
}

TEST(preadv2)
{
	uint64_t e1 = put("", 1), e2 = put("", 1);
	uint64_t v[4] = { e1, 5, e2, 3 }, iov = put(v, sizeof(v));

	(void)state;
	S(L(SYS_preadv2, 0, 3, iov, 2, 0xffffffff, 0, 8),
	  "preadv2(3, [{iov_base=\"\", iov_len=5}, {iov_base=\"\", "
	  "iov_len=3}], 2, 4294967295, RWF_NOWAIT) = 0");
}

TEST(flock)
{
	(void)state;
	S(L(SYS_flock, 0, 3, 6, 0, 0, 0, 0), "flock(3, LOCK_EX|LOCK_NB) = 0");
	S(L(SYS_flock, 0, 3, 8, 0, 0, 0, 0), "flock(3, LOCK_UN) = 0");
}

TEST(gettimeofday)
{
	int64_t tv[2] = { 1795801464, 209552 };
	uint64_t a = put(tv, sizeof(tv));

	(void)state;
	S(L(SYS_gettimeofday, 0, a, 0, 0, 0, 0, 0),
	  "gettimeofday({tv_sec=1795801464, tv_usec=209552}, NULL) = 0");
}

TEST(settimeofday)
{
	int64_t tv[2] = { 1700000000, 2000000 };
	uint64_t a = put(tv, sizeof(tv));

	(void)state;
	S(L(SYS_settimeofday, -EINVAL, a, 0, 0, 0, 0, 0),
	  "settimeofday({tv_sec=1700000000, tv_usec=2000000}, NULL) = -1 "
	  "EINVAL (Invalid argument)");
}

TEST(sched_setaffinity)
{
	uint8_t set[128] = { 5 };
	uint64_t a = put(set, sizeof(set));

	(void)state;
	S(L(SYS_sched_setaffinity, 0, 0, 128, a, 0, 0, 0),
	  "sched_setaffinity(0, 128, [0 2]) = 0");
}

TEST(getpriority)
{
	(void)state;
	S(L(SYS_getpriority, 20, 0, 0, 0, 0, 0, 0),
	  "getpriority(PRIO_PROCESS, 0) = 20");
}

TEST(setpriority)
{
	(void)state;
	S(L(SYS_setpriority, 0, 0, 0, 5, 0, 0, 0),
	  "setpriority(PRIO_PROCESS, 0, 5) = 0");
}

TEST(fallocate)
{
	(void)state;
	S(L(SYS_fallocate, 0, 3, 1, 0, 4096, 0, 0),
	  "fallocate(3, FALLOC_FL_KEEP_SIZE, 0, 4096) = 0");
}

TEST(readahead)
{
	(void)state;
	S(L(SYS_readahead, 0, 3, 0, 4096, 0, 0, 0),
	  "readahead(3, 0, 4096) = 0");
}

TEST(splice)
{
	int64_t off = 0;
	uint64_t o = put(&off, sizeof(off));

	(void)state;
	S(L(SYS_splice, 5, 3, o, 5, 0, 5, 3),
	  "splice(3, [0], 5, NULL, 5, SPLICE_F_MOVE|SPLICE_F_NONBLOCK) = 5");
}

TEST(vmsplice)
{
	uint64_t iov = two_iovs();

	(void)state;
	S(L(SYS_vmsplice, 8, 5, iov, 2, 8, 0, 0),
	  "vmsplice(5, [{iov_base=\"hello\", iov_len=5}, {iov_base=\"xyz\", "
	  "iov_len=3}], 2, SPLICE_F_GIFT) = 8");
}

TEST(tee)
{
	(void)state;
	S(L(SYS_tee, -EINVAL, 4, 5, 3, 0, 0, 0),
	  "tee(4, 5, 3, 0) = -1 EINVAL (Invalid argument)");
}

TEST(sync_file_range)
{
	(void)state;
	S(L(SYS_sync_file_range, 0, 3, 0, 4096, 3, 0, 0),
	  "sync_file_range(3, 0, 4096, SYNC_FILE_RANGE_WAIT_BEFORE|"
	  "SYNC_FILE_RANGE_WRITE) = 0");
}

TEST(copy_file_range)
{
	int64_t o1 = 5, o2 = 0;
	uint64_t a = put(&o1, 8), b = put(&o2, 8);

	(void)state;
	S(L(SYS_copy_file_range, 3, 3, a, 3, b, 3, 0),
	  "copy_file_range(3, [5], 3, [0], 3, 0) = 3");
	S(L(SYS_copy_file_range, -EINVAL, 3, 0, 3, 0, 3, 0),
	  "copy_file_range(3, NULL, 3, NULL, 3, 0) = -1 EINVAL "
	  "(Invalid argument)");
}

static const char tv_pair_str[] =
	"[{tv_sec=1700000000, tv_usec=5} /* 2023-11-14T22:13:20.000005+0000 */"
	", {tv_sec=1600000000, tv_usec=7} /* 2020-09-13T12:26:40.000007+0000"
	" */]";

TEST(utimes)
{
	int64_t tv[4] = { 1700000000, 5, 1600000000, 7 };
	uint64_t p = path_f(), a = put(tv, sizeof(tv));
	char want[256];

	(void)state;
	snprintf(want, sizeof(want), "utimes(\"/tmp/xt/f\", %s) = 0",
		 tv_pair_str);
	S(L(SYS_utimes, 0, p, a, 0, 0, 0, 0), want);
	S(L(SYS_utimes, 0, p, 0, 0, 0, 0, 0),
	  "utimes(\"/tmp/xt/f\", NULL) = 0");
}

TEST(utime)
{
	int64_t ub[2] = { 1700000000, 1600000000 };
	uint64_t p = path_f(), a = put(ub, sizeof(ub));

	(void)state;
	S(L(SYS_utime, 0, p, a, 0, 0, 0, 0),
	  "utime(\"/tmp/xt/f\", {actime=1700000000 /* 2023-11-14T22:13:20+0000"
	  " */, modtime=1600000000 /* 2020-09-13T12:26:40+0000 */}) = 0");
}

TEST(futimesat)
{
	int64_t tv[4] = { 1700000000, 5, 1600000000, 7 };
	uint64_t p = path_f(), a = put(tv, sizeof(tv));
	char want[256];

	(void)state;
	snprintf(want, sizeof(want),
		 "futimesat(AT_FDCWD, \"/tmp/xt/f\", %s) = 0", tv_pair_str);
	S(L(SYS_futimesat, 0, FDCWD, p, a, 0, 0, 0), want);
}

TEST(unshare)
{
	(void)state;
	S(L(SYS_unshare, 0, 0x04020000, 0, 0, 0, 0, 0),
	  "unshare(CLONE_NEWNS|CLONE_NEWUTS) = 0");
}

TEST(setns)
{
	(void)state;
	S(L(SYS_setns, -EINVAL, 3, 0x40000000, 0, 0, 0, 0),
	  "setns(3, CLONE_NEWNET) = -1 EINVAL (Invalid argument)");
}

TEST(seccomp)
{
	uint32_t act = 0;
	uint64_t a = put(&act, sizeof(act));

	(void)state;
	S(L(SYS_seccomp, 0, 2, 0, a, 0, 0, 0),
	  "seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_KILL_THREAD])"
	  " = 0");
	S(L(SYS_seccomp, -EFAULT, 1, 1, 0, 0, 0, 0),
	  "seccomp(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, NULL)"
	  " = -1 EFAULT (Bad address)");
}

TEST(close_range)
{
	(void)state;
	S(L(SYS_close_range, 0, 100, 0xffffffff, 0, 0, 0, 0),
	  "close_range(100, 4294967295, 0) = 0");
	S(L(SYS_close_range, 0, 100, 200, 4, 0, 0, 0),
	  "close_range(100, 200, CLOSE_RANGE_CLOEXEC) = 0");
}

TEST(pidfd_open)
{
	(void)state;
	S(L(SYS_pidfd_open, 6, 12204, 0, 0, 0, 0, 0),
	  "pidfd_open(12204, 0) = 6");
}

TEST(pidfd_send_signal)
{
	siginfo_t si;
	uint64_t p;

	(void)state;
	S(L(SYS_pidfd_send_signal, 0, 6, 0, 0, 0, 0, 0),
	  "pidfd_send_signal(6, 0, NULL, 0) = 0");
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = -1;	/* SI_QUEUE */
	si.si_pid = 16714;
	si.si_value.sival_int = 7;
	p = put(&si, sizeof(si));
	S(L(SYS_pidfd_send_signal, 0, 3, SIGUSR1, p, 0, 0, 0),
	  "pidfd_send_signal(3, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, "
	  "si_pid=16714, si_uid=0, si_int=7, si_ptr=0x7}, 0) = 0");
	S(L(SYS_pidfd_send_signal, -EFAULT, 3, SIGUSR1, 1, 0, 0, 0),
	  "pidfd_send_signal(3, SIGUSR1, 0x1, 0) = -1 EFAULT (Bad address)");
}

TEST(pidfd_getfd)
{
	(void)state;
	S(L(SYS_pidfd_getfd, 7, 6, 0, 0, 0, 0, 0),
	  "pidfd_getfd(6, 0, 0) = 7");
}

TEST(membarrier)
{
	(void)state;
	S(L(SYS_membarrier, 0x3ff, 0, 0, 0, 0, 0, 0),
	  "membarrier(MEMBARRIER_CMD_QUERY, 0) = 0x3ff "
	  "(MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_GLOBAL_EXPEDITED|"
	  "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED|"
	  "MEMBARRIER_CMD_PRIVATE_EXPEDITED|"
	  "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED|"
	  "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE|"
	  "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE|"
	  "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ|"
	  "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ|0x200)");
}

TEST(getcpu)
{
	uint32_t z[2] = { 0, 0 };
	uint64_t a = put(z, 4), b = put(z + 1, 4);

	(void)state;
	S(L(SYS_getcpu, 0, a, b, 0, 0, 0, 0), "getcpu([0], [0], NULL) = 0");
}

TEST(mount)
{
	uint64_t s = put_str("none"), t = put_str("/tmp/xt/mnt");
	uint64_t fs = put_str("tmpfs"), data = put_str("size=1m");

	(void)state;
	S(L(SYS_mount, -ENOENT, s, t, fs, 6, data, 0),
	  "mount(\"none\", \"/tmp/xt/mnt\", \"tmpfs\", MS_NOSUID|MS_NODEV, "
	  "\"size=1m\") = -1 ENOENT (No such file or directory)");
}

TEST(umount2)
{
	uint64_t t = put_str("/tmp/xt/mnt");

	(void)state;
	S(L(SYS_umount2, -ENOENT, t, 2, 0, 0, 0, 0),
	  "umount2(\"/tmp/xt/mnt\", MNT_DETACH) = -1 ENOENT "
	  "(No such file or directory)");
}

TEST(get_robust_list)
{
	uint64_t h = 0x7fabe8522a20ull, l = 24;
	uint64_t a = put(&h, 8), b = put(&l, 8);

	(void)state;
	S(L(SYS_get_robust_list, 0, 0, a, b, 0, 0, 0),
	  "get_robust_list(0, [0x7fabe8522a20], [24]) = 0");
}

TEST(epoll_pwait2)
{
	int64_t ts[2] = { 0, 1000 };
	uint64_t evs = put("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16);
	uint64_t t = put(ts, sizeof(ts));

	(void)state;
	S(L(SYS_epoll_pwait2, 0, 8, evs, 2, t, 0, 8),
	  "epoll_pwait2(8, [], 2, {tv_sec=0, tv_nsec=1000}, NULL, 8) = 0");
}

TEST(shmget)
{
	(void)state;
	S(L(SYS_shmget, 0, 0, 4096, 01600, 0, 0, 0),
	  "shmget(IPC_PRIVATE, 4096, IPC_CREAT|0600) = 0");
}

TEST(shmat)
{
	(void)state;
	S(L(SYS_shmat, 0x7fabe8711000ll, 0, 0, 010000, 0, 0, 0),
	  "shmat(0, NULL, SHM_RDONLY) = 0x7fabe8711000");
}

TEST(shmdt)
{
	(void)state;
	S(L(SYS_shmdt, 0, 0x7fabe8711000ull, 0, 0, 0, 0, 0),
	  "shmdt(0x7fabe8711000) = 0");
}

TEST(shmctl)
{
	uint32_t perm[6] = { 0, 0, 0, 0, 0, 0600 };
	unsigned char ds[112] = { 0 };
	uint64_t segsz = 4096, t = 1700000000, a;
	int32_t pid = 12204;

	(void)state;
	memcpy(ds, perm, sizeof(perm));
	memcpy(ds + 48, &segsz, 8);
	memcpy(ds + 56, &t, 8);
	memcpy(ds + 64, &t, 8);
	memcpy(ds + 72, &t, 8);
	memcpy(ds + 80, &pid, 4);
	memcpy(ds + 84, &pid, 4);
	a = put(ds, sizeof(ds));
	S(L(SYS_shmctl, 0, 0, 2, a, 0, 0, 0),
	  "shmctl(0, IPC_STAT, {shm_perm={uid=0, gid=0, mode=0600, key=0, "
	  "cuid=0, cgid=0}, shm_segsz=4096, shm_cpid=12204, shm_lpid=12204, "
	  "shm_nattch=0, shm_atime=1700000000, shm_dtime=1700000000, "
	  "shm_ctime=1700000000}) = 0");
	S(L(SYS_shmctl, 0, 0, 0, 0, 0, 0, 0), "shmctl(0, IPC_RMID, NULL) = 0");
	S(L(SYS_shmctl, 0, 0, 1, a, 0, 0, 0),
	  "shmctl(0, IPC_SET, {shm_perm={uid=0, gid=0, mode=0600}}) = 0");
	S(L(SYS_shmctl, -EINVAL, 0, 13, a, 0, 0, 0),
	  "shmctl(0, SHM_STAT, 0x7ffd0000) = -1 EINVAL (Invalid argument)");
}

TEST(shmctl_info)
{
	uint64_t lim[9] = { 18446744073692774399ull, 1, 4096, 4096,
			    18446744073692774399ull };
	uint64_t use[6] = { 1, 1, 0, 0, 0, 0 };
	uint64_t l = put(lim, sizeof(lim)), u = put(use, sizeof(use));

	(void)state;
	S(L(SYS_shmctl, 0, 0, 3, l, 0, 0, 0),
	  "shmctl(0, IPC_INFO, {shmmax=18446744073692774399, shmmin=1, "
	  "shmmni=4096, shmseg=4096, shmall=18446744073692774399}) = 0");
	S(L(SYS_shmctl, 0, 0, 14, u, 0, 0, 0),
	  "shmctl(0, SHM_INFO, {used_ids=1, shm_tot=1, shm_rss=0, shm_swp=0, "
	  "swap_attempts=0, swap_successes=0}) = 0");
}

TEST(semget)
{
	(void)state;
	S(L(SYS_semget, 0, 0, 2, 03600, 0, 0, 0),
	  "semget(IPC_PRIVATE, 2, IPC_CREAT|IPC_EXCL|0600) = 0");
}

static uint64_t two_sembufs(void)
{
	int16_t sb[6] = { 0, 1, 0x1000, 1, 0, 04000 };

	return put(sb, sizeof(sb));
}

TEST(semtimedop)
{
	uint64_t a = two_sembufs();

	(void)state;
	S(L(SYS_semtimedop, 0, 0, a, 2, 0, 0, 0),
	  "semtimedop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, "
	  "{sem_num=1, sem_op=0, sem_flg=IPC_NOWAIT}], 2, NULL) = 0");
}

TEST(semop)
{
	uint64_t a = two_sembufs();

	(void)state;
	S(L(SYS_semop, 0, 0, a, 2, 0, 0, 0),
	  "semop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, "
	  "{sem_num=1, sem_op=0, sem_flg=IPC_NOWAIT}], 2) = 0");
}

TEST(semctl)
{
	(void)state;
	S(L(SYS_semctl, 1, 0, 0, 12, 0, 0, 0),
	  "semctl(0, 0, GETVAL, NULL) = 1");
	S(L(SYS_semctl, 0, 0, 0, 0, 0, 0, 0),
	  "semctl(0, 0, IPC_RMID, NULL) = 0");
	S(L(SYS_semctl, 0, 0, 1, 16, 5, 0, 0),
	  "semctl(0, 1, SETVAL, 0x5) = 0");
}

TEST(semctl_ds)
{
	uint32_t perm[6] = { 0, 0, 0, 0, 0, 0600 };
	unsigned char ds[104] = { 0 };
	int32_t info[10] = { 1024000000, 32000, 1024000000, 1024000000,
			     32000, 500, 500, 1, 32767, 2 };
	uint64_t t = 1796187248, n = 2, a, in = put(info, sizeof(info));

	(void)state;
	memcpy(ds, perm, sizeof(perm));
	memcpy(ds + 64, &t, 8);
	memcpy(ds + 80, &n, 8);
	a = put(ds, sizeof(ds));
	S(L(SYS_semctl, 0, 0, 0, 2, a, 0, 0),
	  "semctl(0, 0, IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, key=0, "
	  "cuid=0, cgid=0}, sem_otime=0, sem_ctime=1796187248, sem_nsems=2}) "
	  "= 0");
	S(L(SYS_semctl, 0, 0, 0, 1, a, 0, 0),
	  "semctl(0, 0, IPC_SET, {sem_perm={uid=0, gid=0, mode=0600}}) = 0");
	S(L(SYS_semctl, 0, 0, 0, 19, in, 0, 0),
	  "semctl(0, 0, SEM_INFO, {semmap=1024000000, semmni=32000, "
	  "semmns=1024000000, semmnu=1024000000, semmsl=32000, semopm=500, "
	  "semume=500, semusz=1, semvmx=32767, semaem=2}) = 0");
}

TEST(msgget)
{
	(void)state;
	S(L(SYS_msgget, 0, 0, 01600, 0, 0, 0, 0),
	  "msgget(IPC_PRIVATE, IPC_CREAT|0600) = 0");
}

TEST(msgsnd)
{
	uint64_t a = put("\1\0\0\0\0\0\0\0abc\0\0\0\0", 16);

	(void)state;
	S(L(SYS_msgsnd, 0, 0, a, 4, 04000, 0, 0),
	  "msgsnd(0, {mtype=1, mtext=\"abc\\0\"}, 4, IPC_NOWAIT) = 0");
}

TEST(msgrcv)
{
	uint64_t a = put("\1\0\0\0\0\0\0\0abc\0\0\0\0", 16);

	(void)state;
	S(L(SYS_msgrcv, 4, 0, a, 8, 0, 04000, 0),
	  "msgrcv(0, {mtype=1, mtext=\"abc\\0\\0\\0\\0\\0\"}, 8, 0, "
	  "IPC_NOWAIT) = 4");
}

TEST(msgctl)
{
	(void)state;
	S(L(SYS_msgctl, 0, 0, 0, 0, 0, 0, 0), "msgctl(0, IPC_RMID, NULL) = 0");
}

TEST(msgctl_ds)
{
	uint32_t perm[6] = { 0, 0, 0, 0, 0, 0600 };
	unsigned char ds[120] = { 0 };
	int32_t info[8] = { 512000, 16384, 8192, 16384, 32000, 16, 16384,
			    65535 };
	uint64_t t = 1796187248, qbytes = 16384, a, in;

	(void)state;
	memcpy(ds, perm, sizeof(perm));
	memcpy(ds + 64, &t, 8);
	memcpy(ds + 88, &qbytes, 8);
	a = put(ds, sizeof(ds));
	in = put(info, sizeof(info));
	S(L(SYS_msgctl, 0, 0, 2, a, 0, 0, 0),
	  "msgctl(0, IPC_STAT, {msg_perm={uid=0, gid=0, mode=0600, key=0, "
	  "cuid=0, cgid=0}, msg_stime=0, msg_rtime=0, msg_ctime=1796187248, "
	  "msg_qnum=0, msg_qbytes=16384, msg_lspid=0, msg_lrpid=0}) = 0");
	S(L(SYS_msgctl, 0, 0, 1, a, 0, 0, 0),
	  "msgctl(0, IPC_SET, {msg_perm={uid=0, gid=0, mode=0600}, "
	  "msg_qbytes=16384}) = 0");
	S(L(SYS_msgctl, 0, 0, 3, in, 0, 0, 0),
	  "msgctl(0, IPC_INFO, {msgpool=512000, msgmap=16384, msgmax=8192, "
	  "msgmnb=16384, msgmni=32000, msgssz=16, msgtql=16384, "
	  "msgseg=65535}) = 0");
	S(L(SYS_msgctl, -EINVAL, 0, 0x102, a, 0, 0, 0),
	  "msgctl(0, IPC_64|IPC_STAT, 0x7ffd0000) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_msgctl, -EFAULT, 0, 2, 1, 0, 0, 0),
	  "msgctl(0, IPC_STAT, 0x1) = -1 EFAULT (Bad address)");
}

TEST(mq_open)
{
	int64_t attr[8] = { 0, 4, 64, 0 };
	uint64_t n = put_str("xtq"), a = put(attr, sizeof(attr));

	(void)state;
	S(L(SYS_mq_open, 9, n, 0102, 0600, a, 0, 0),
	  "mq_open(\"xtq\", O_RDWR|O_CREAT, 0600, {mq_flags=0, mq_maxmsg=4, "
	  "mq_msgsize=64, mq_curmsgs=0}) = 9");
}

TEST(mq_unlink)
{
	uint64_t n = put_str("xtq");

	(void)state;
	S(L(SYS_mq_unlink, 0, n, 0, 0, 0, 0, 0), "mq_unlink(\"xtq\") = 0");
}

#define T(name) cmocka_unit_test_setup(test_##name, fake_test_reset)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(utimensat), T(linkat), T(symlinkat), T(mknodat), T(mknod),
		T(pwritev), T(preadv), T(pwritev2), T(preadv2), T(flock),
		T(gettimeofday), T(settimeofday), T(sched_setaffinity),
		T(getpriority), T(setpriority), T(fallocate), T(readahead),
		T(splice), T(vmsplice), T(tee), T(sync_file_range),
		T(copy_file_range), T(utimes), T(utime), T(futimesat),
		T(unshare), T(setns), T(seccomp), T(close_range),
		T(pidfd_open), T(pidfd_send_signal), T(pidfd_getfd),
		T(membarrier), T(getcpu), T(mount), T(umount2),
		T(get_robust_list), T(epoll_pwait2), T(shmget), T(shmat),
		T(shmdt), T(shmctl), T(shmctl_info), T(semget),
		T(semtimedop), T(semop), T(semctl), T(semctl_ds), T(msgget),
		T(msgsnd), T(msgrcv), T(msgctl), T(msgctl_ds),
		T(mq_open), T(mq_unlink),
	};

	return cmocka_run_group_tests(tests, fake_group_utc,
				      fake_group_teardown);
}
