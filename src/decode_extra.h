/* SPDX-License-Identifier: MIT */
/*
 * decode_extra.h - decoders of decode_extra.c used by the third part of
 * the syscall table (decode_table_extra.c).  Not a public header.
 */
#ifndef MYTRACE_DECODE_EXTRA_H
#define MYTRACE_DECODE_EXTRA_H

#include "decode_util.h"

/* Constant tables of decode_extra.c. */
extern const struct xlat dx_flock_ops[];
extern const struct xlat dx_prio_which[];
extern const struct xlat dx_falloc_flags[];
extern const struct xlat dx_splice_flags[];
extern const struct xlat dx_sfr_flags[];
extern const struct xlat dx_rwf_flags[];
extern const struct xlat dx_seccomp_ops[];
extern const struct xlat dx_seccomp_filter_flags[];
extern const struct xlat dx_close_range_flags[];
extern const struct xlat dx_pidfd_flags[];
extern const struct xlat dx_membarrier_cmds[];
extern const struct xlat dx_shmat_flags[];
extern const struct xlat dx_shm_cmds[];
extern const struct xlat dx_sem_cmds[];
extern const struct xlat dx_msg_cmds[];
extern const struct xlat dx_msg_flags[];

/* The local date of @sec (and @frac in @digits digits when non-zero)
 * as strace prints it: "2023-11-14T22:13:20+0000"; 0 on failure. */
int dx_format_date(char *buf, size_t size, int64_t sec, uint64_t frac,
		   int digits);

void dx_utimens(struct dctx *d, int i);		/* timespec[2] */
void dx_timeval_pair(struct dctx *d, int i);	/* timeval[2] */
void dx_utimbuf(struct dctx *d, int i);
void dx_timeval(struct dctx *d, int i);
void dx_timezone(struct dctx *d, int i);
int dx_mknod_shown(const struct dctx *d);
void dx_mknod_mode(struct dctx *d, int i);
void dx_mknod_dev(struct dctx *d, int i);
void dx_cpuset_in(struct dctx *d, int i);	/* size: argument i - 1 */
void dx_membarrier_ret(struct dctx *d);
void dx_seccomp_args(struct dctx *d, int i);
void dx_mount_type(struct dctx *d, int i);
void dx_mount_flags(struct dctx *d, int i);
void dx_mount_data(struct dctx *d, int i);
void dx_uint_ptr(struct dctx *d, int i);
void dx_addr_ptr(struct dctx *d, int i);
void dx_ulong_ptr(struct dctx *d, int i);
void dx_ipc_key(struct dctx *d, int i);
void dx_ipc_flags(struct dctx *d, int i);
void dx_shm_flags(struct dctx *d, int i);
void dx_sembuf(struct dctx *d, int i);
void dx_msgbuf_in(struct dctx *d, int i);
void dx_msgbuf_out(struct dctx *d, int i);
int dx_mq_open_shown(const struct dctx *d);
void dx_mq_attr(struct dctx *d, int i);
void dx_rwf(struct dctx *d, int i);

/* decode_sysv.c: msgctl, semctl, shmctl. */
void dx_msg_cmd(struct dctx *d, int i);
void dx_sem_cmd(struct dctx *d, int i);
void dx_shm_cmd(struct dctx *d, int i);
void dx_msqid_ds(struct dctx *d, int i);	/* the command: i - 1 */
void dx_semun(struct dctx *d, int i);		/* likewise */
void dx_shmid_ds(struct dctx *d, int i);	/* likewise */

#endif
