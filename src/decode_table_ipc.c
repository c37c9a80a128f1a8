// SPDX-License-Identifier: MIT
/*
 * decode_table_ipc - a part of the syscall table (see decode_table.h):
 * asynchronous I/O (io_*), POSIX message queue I/O, keys, multi-message
 * sockets, cross-process memory, signal queueing and clocks.  The
 * decoders are in decode_ipc.c and decode_ipc_keys.c.
 */
#include <asm/unistd.h>
#include <stddef.h>

#include "decode_priv.h"
#include "decode_table.h"
#include "decode_extra.h"
#include "decode_ipc.h"

/* Calls whose return value prints its own way (.retfn). */
#define RETF(n, f, ...) { .known = 1, .nargs = (n), .ret = DRET_DEC, \
			  .a = { __VA_ARGS__ }, .retfn = (f) }
/* Calls that print their whole argument list themselves (.whole). */
#define WHOLE(n, f) { .known = 1, .nargs = (n), .ret = DRET_DEC, \
		      .whole = (f) }
#define CLOCK E(xlat_clockids, "CLOCK_???")
#define KEY FN(dipc_key)

static const struct dsys dtable_ipc[] = {
	/* asynchronous I/O */
	[__NR_io_setup] = SYS(DRET_DEC, 2, UINT, OUT(dx_addr_ptr)),
	[__NR_io_destroy] = SYS(DRET_DEC, 1, PTR),
	[__NR_io_submit] = SYS(DRET_DEC, 3, PTR, LONG, FN(dipc_iocbs)),
	[__NR_io_cancel] = SYS(DRET_DEC, 3, PTR, FN(dipc_iocb_head),
			       OUT(dipc_io_event)),
	[__NR_io_getevents] = SYS(DRET_DEC, 5, PTR, LONG, LONG,
				  OUT(dipc_io_events), A(K_TIMESPEC)),
	[__NR_io_pgetevents] = SYS(DRET_DEC, 6, PTR, LONG, LONG,
				   OUT(dipc_io_events), A(K_TIMESPEC),
				   FN(dipc_aio_sigset)),
	/* POSIX message queue I/O */
	[__NR_mq_timedsend] = SYS(DRET_DEC, 5, FD, A(K_WBUF), ULONG, UINT,
				  A(K_TIMESPEC)),
	[__NR_mq_timedreceive] = SYS(DRET_DEC, 5, FD, A(K_RBUF), ULONG,
				     OUT(dx_uint_ptr), A(K_TIMESPEC)),
	[__NR_mq_notify] = SYS(DRET_DEC, 2, FD, FN(dtime_sigevent)),
	[__NR_mq_getsetattr] = SYS(DRET_DEC, 3, FD, FN(dx_mq_attr),
				   OUT(dx_mq_attr)),
	/* keys */
	[__NR_add_key] = SYS(DRET_DEC, 5, A(K_STR), A(K_STR), A(K_WBUF), ULONG,
			     KEY),
	[__NR_request_key] = SYS(DRET_DEC, 4, A(K_STR), A(K_STR), A(K_STR),
				 KEY),
	[__NR_keyctl] = WHOLE(5, dipc_keyctl),
	/* multiple messages */
	[__NR_sendmmsg] = SYS(DRET_DEC, 4, FD, EXIT(dipc_mmsg_send), UINT,
			      F(xlat_msg_flags)),
	[__NR_recvmmsg] = { .known = 1, .nargs = 5, .ret = DRET_DEC,
			    .a = { FD, OUT(dipc_mmsg_recv), UINT,
				   F(xlat_msg_flags),
				   FN(dipc_mmsg_timeout) },
			    .note = dipc_mmsg_note,
			    .retfn = dipc_recvmmsg_ret },
	/* other processes */
	[__NR_process_vm_readv] = SYS(DRET_DEC, 6, INT, EXIT(dfile_iov), ULONG,
				      FN(dipc_iov_addrs), ULONG, ULONG),
	[__NR_process_vm_writev] = SYS(DRET_DEC, 6, INT, FN(dfile_iov), ULONG,
				       FN(dipc_iov_addrs), ULONG, ULONG),
	[__NR_kcmp] = { .known = 1, .nargs = 5, .ret = DRET_DEC,
			.a = { INT, INT, E(dipc_kcmp_types, "KCMP_???"),
			       FN(dipc_kcmp_idx1), FN(dipc_kcmp_idx2) },
			.shown = dipc_kcmp_shown },
	/* signals */
	[__NR_rt_sigqueueinfo] = SYS(DRET_DEC, 3, INT, SIG,
				     FN(dtime_siginfo)),
	[__NR_rt_tgsigqueueinfo] = SYS(DRET_DEC, 4, INT, INT, SIG,
				       FN(dtime_siginfo)),
	/* I/O priorities, scheduling */
	[__NR_ioprio_set] = SYS(DRET_DEC, 3, E(dipc_ioprio_who,
					       "IOPRIO_WHO_???"),
				INT, FN(dipc_ioprio)),
	[__NR_ioprio_get] = RETF(2, dipc_ioprio_ret,
				 E(dipc_ioprio_who, "IOPRIO_WHO_???"), INT),
	[__NR_sched_rr_get_interval] = SYS(DRET_DEC, 2, INT, A(K_OTIMESPEC)),
	[__NR_sched_setattr] = WHOLE(3, dipc_sched_setattr),
	/* clocks */
	[__NR_time] = RETF(1, dipc_time_ret, OUT(dipc_time_out)),
	[__NR_clock_settime] = SYS(DRET_DEC, 2, CLOCK, A(K_TIMESPEC)),
	[__NR_adjtimex] = RETF(1, dipc_timex_ret, OUT(dipc_timex)),
	[__NR_clock_adjtime] = RETF(2, dipc_timex_ret, CLOCK, OUT(dipc_timex)),
	/* files */
	[__NR_syncfs] = SYS(DRET_DEC, 1, FD),
};

DTABLE_PART(dtable_part_ipc, dtable_ipc);
