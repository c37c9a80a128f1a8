/* SPDX-License-Identifier: MIT */
/*
 * decode_ipc.h - decoders of decode_ipc.c, decode_aio.c and
 * decode_ipc_keys.c used by the ipc part of the syscall table
 * (decode_table_ipc.c).  Not a public header.
 */
#ifndef MYTRACE_DECODE_IPC_H
#define MYTRACE_DECODE_IPC_H

#include "decode_util.h"

/* Constant tables. */
extern const struct xlat dipc_ioprio_who[];	/* IOPRIO_WHO_PROCESS ... */
extern const struct xlat dipc_kcmp_types[];	/* KCMP_FILE ... */

/*
 * An enumeration strace shows in decimal: "NAME"; "-2" with -X raw,
 * "-2 /" "* NAME *" "/" with -X verbose; an unnamed value is the number
 * followed by @unknown in a comment ("57760 /" "* IOCB_CMD_??? *" "/"),
 * or alone when @unknown is NULL.
 */
void dipc_dec_enum(struct dctx *d, int64_t v, const struct xlat *tab,
		   const char *unknown);

/* decode_aio.c: asynchronous I/O. */
void dipc_iocbs(struct dctx *d, int i);		/* io_submit */
void dipc_iocb_head(struct dctx *d, int i);	/* io_cancel */
void dipc_io_event(struct dctx *d, int i);	/* io_cancel's result */
void dipc_io_events(struct dctx *d, int i);	/* io_getevents */
void dipc_aio_sigset(struct dctx *d, int i);	/* io_pgetevents */

/* decode_ipc.c: multiple messages, message queues, other processes. */
void dipc_mmsg_send(struct dctx *d, int i);
void dipc_mmsg_recv(struct dctx *d, int i);
void dipc_mmsg_note(struct dctx *d);
void dipc_mmsg_timeout(struct dctx *d, int i);
void dipc_recvmmsg_ret(struct dctx *d);
int dipc_kcmp_shown(const struct dctx *d);
void dipc_kcmp_idx1(struct dctx *d, int i);
void dipc_kcmp_idx2(struct dctx *d, int i);
void dipc_iov_addrs(struct dctx *d, int i);	/* process_vm_*: remote */

/* decode_ipc.c: I/O priorities, signals, clocks, scheduling. */
/* An I/O priority: "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)"; the number
 * with -X raw, the number then the names in a comment with -X verbose. */
void dipc_put_ioprio(struct dctx *d, uint32_t v);
void dipc_ioprio(struct dctx *d, int i);
void dipc_ioprio_ret(struct dctx *d);
void dipc_timex(struct dctx *d, int i);
void dipc_timex_ret(struct dctx *d);
void dipc_time_out(struct dctx *d, int i);
void dipc_time_ret(struct dctx *d);
void dipc_sched_setattr(struct dctx *d);

/* decode_ipc_keys.c: the kernel key retention service. */
void dipc_key(struct dctx *d, int i);		/* KEY_SPEC_... or serial */
void dipc_keyctl(struct dctx *d);

#endif
