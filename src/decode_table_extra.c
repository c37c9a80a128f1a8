// SPDX-License-Identifier: MIT
/*
 * decode_table_extra - the third part of the syscall table (see
 * decode_table.c for how it reads): file times, links and nodes, vectored
 * and spliced I/O, namespaces, seccomp, pidfds, mount, System V IPC and
 * POSIX message queues.
 */
#include <asm/unistd.h>
#include <stddef.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_table.h"
#include "decode_extra.h"

#define SHOWN(r, n, f, ...) { .known = 1, .nargs = (n), .ret = (r), \
			      .a = { __VA_ARGS__ }, .shown = (f) }
#define RETF(n, f, ...) { .known = 1, .nargs = (n), .ret = DRET_DEC, \
			  .a = { __VA_ARGS__ }, .retfn = (f) }
#define LOFF FN(dsys_loff)
#define MKNOD_ARGS FN(dx_mknod_mode), FN(dx_mknod_dev)

static const struct dsys dtable_extra[] = {
	/* file times */
	[__NR_utimensat] = SYS(DRET_DEC, 4, DIRFD, PATH, FN(dx_utimens),
			       F(xlat_at_flags)),
	[__NR_utimes] = SYS(DRET_DEC, 2, PATH, FN(dx_timeval_pair)),
	[__NR_futimesat] = SYS(DRET_DEC, 3, DIRFD, PATH, FN(dx_timeval_pair)),
	[__NR_utime] = SYS(DRET_DEC, 2, PATH, FN(dx_utimbuf)),
	/* links and nodes */
	[__NR_linkat] = SYS(DRET_DEC, 5, DIRFD, PATH, DIRFD, PATH,
			    F(xlat_at_flags)),
	[__NR_symlinkat] = SYS(DRET_DEC, 3, PATH, DIRFD, PATH),
	[__NR_mknod] = SHOWN(DRET_DEC, 3, dx_mknod_shown, PATH, MKNOD_ARGS),
	[__NR_mknodat] = SHOWN(DRET_DEC, 4, dx_mknod_shown, DIRFD, PATH,
			       MKNOD_ARGS),
	/* I/O */
	[__NR_preadv] = SYS(DRET_DEC, 4, FD, EXIT(dfile_iov), INT, LONG),
	[__NR_pwritev] = SYS(DRET_DEC, 4, FD, FN(dfile_iov), INT, LONG),
	[__NR_preadv2] = SYS(DRET_DEC, 5, FD, EXIT(dfile_iov), INT, LONG,
			     FN(dx_rwf)),
	[__NR_pwritev2] = SYS(DRET_DEC, 5, FD, FN(dfile_iov), INT, LONG,
			      FN(dx_rwf)),
	[__NR_flock] = SYS(DRET_DEC, 2, FD, F(dx_flock_ops)),
	[__NR_fallocate] = SYS(DRET_DEC, 4, FD, F(dx_falloc_flags), LONG,
			       LONG),
	[__NR_readahead] = SYS(DRET_DEC, 3, FD, LONG, ULONG),
	[__NR_splice] = SYS(DRET_DEC, 6, FD, LOFF, FD, LOFF, ULONG,
			    F(dx_splice_flags)),
	[__NR_tee] = SYS(DRET_DEC, 4, FD, FD, ULONG, F(dx_splice_flags)),
	[__NR_vmsplice] = SYS(DRET_DEC, 4, FD, FN(dfile_iov), ULONG,
			      F(dx_splice_flags)),
	[__NR_sync_file_range] = SYS(DRET_DEC, 4, FD, LONG, LONG,
				     F(dx_sfr_flags)),
	[__NR_copy_file_range] = SYS(DRET_DEC, 6, FD, LOFF, FD, LOFF, ULONG,
				     UINT),
	[__NR_close_range] = SYS(DRET_DEC, 3, UINT, UINT,
				 F(dx_close_range_flags)),
	/* time */
	[__NR_gettimeofday] = SYS(DRET_DEC, 2, OUT(dx_timeval),
				  OUT(dx_timezone)),
	[__NR_settimeofday] = SYS(DRET_DEC, 2, FN(dx_timeval),
				  FN(dx_timezone)),
	/* processes */
	[__NR_sched_setaffinity] = SYS(DRET_DEC, 3, INT, UINT,
				       FN(dx_cpuset_in)),
	[__NR_getpriority] = SYS(DRET_DEC, 2, E(dx_prio_which, "PRIO_???"),
				 INT),
	[__NR_setpriority] = SYS(DRET_DEC, 3, E(dx_prio_which, "PRIO_???"),
				 INT, INT),
	[__NR_unshare] = SYS(DRET_DEC, 1, F(xlat_clone_flags)),
	[__NR_setns] = SYS(DRET_DEC, 2, FD, F(xlat_clone_flags)),
	[__NR_seccomp] = SYS(DRET_DEC, 3,
			     E(dx_seccomp_ops, "SECCOMP_SET_MODE_???"),
			     FU(dx_seccomp_filter_flags,
				"SECCOMP_FILTER_FLAG_???"),
			     FN(dx_seccomp_args)),
	[__NR_pidfd_open] = SYS(DRET_FD, 2, INT, F(dx_pidfd_flags)),
	[__NR_pidfd_send_signal] = SYS(DRET_DEC, 4, FD, SIG,
				       FN(dtime_siginfo), UINT),
	[__NR_pidfd_getfd] = SYS(DRET_FD, 3, FD, INT, UINT),
	[__NR_membarrier] = RETF(2, dx_membarrier_ret,
				 E(dx_membarrier_cmds, "MEMBARRIER_CMD_???"),
				 UINT),
	[__NR_getcpu] = SYS(DRET_DEC, 3, OUT(dx_uint_ptr), OUT(dx_uint_ptr),
			    PTR),
	[__NR_get_robust_list] = SYS(DRET_DEC, 3, INT, OUT(dx_addr_ptr),
				     OUT(dx_ulong_ptr)),
	[__NR_mount] = SYS(DRET_DEC, 5, PATH, PATH, FN(dx_mount_type),
			   FN(dx_mount_flags), FN(dx_mount_data)),
	[__NR_umount2] = SYS(DRET_DEC, 2, PATH, F(xlat_umount_flags)),
	[__NR_epoll_pwait2] = SYS(DRET_DEC, 6, FD, OUT(dsys_epoll_events), INT,
				  A(K_TIMESPEC), FN(dsys_sigset_next), ULONG),
	/* System V IPC */
	[__NR_shmget] = SYS(DRET_DEC, 3, FN(dx_ipc_key), ULONG,
			    FN(dx_shm_flags)),
	[__NR_shmat] = SYS(DRET_HEX, 3, INT, PTR, F(dx_shmat_flags)),
	[__NR_shmdt] = SYS(DRET_DEC, 1, PTR),
	[__NR_shmctl] = SYS(DRET_DEC, 3, INT, FN(dx_shm_cmd),
			    EXIT(dx_shmid_ds)),
	[__NR_semget] = SYS(DRET_DEC, 3, FN(dx_ipc_key), INT,
			    FN(dx_ipc_flags)),
	[__NR_semop] = SYS(DRET_DEC, 3, INT, FN(dx_sembuf), UINT),
	[__NR_semtimedop] = SYS(DRET_DEC, 4, INT, FN(dx_sembuf), UINT,
				A(K_TIMESPEC)),
	[__NR_semctl] = SYS(DRET_DEC, 4, INT, INT, FN(dx_sem_cmd),
			    EXIT(dx_semun)),
	[__NR_msgget] = SYS(DRET_DEC, 2, FN(dx_ipc_key), FN(dx_ipc_flags)),
	[__NR_msgsnd] = SYS(DRET_DEC, 4, INT, FN(dx_msgbuf_in), ULONG,
			    F(dx_msg_flags)),
	[__NR_msgrcv] = SYS(DRET_DEC, 5, INT, OUT(dx_msgbuf_out), ULONG, LONG,
			    F(dx_msg_flags)),
	[__NR_msgctl] = SYS(DRET_DEC, 3, INT, FN(dx_msg_cmd),
			    EXIT(dx_msqid_ds)),
	/* POSIX message queues */
	[__NR_mq_open] = SHOWN(DRET_FD, 4, dx_mq_open_shown, PATH,
			       FN(dfile_open_flags), MODE, FN(dx_mq_attr)),
	[__NR_mq_unlink] = SYS(DRET_DEC, 1, PATH),
};

DTABLE_PART(dtable_part_extra, dtable_extra);
