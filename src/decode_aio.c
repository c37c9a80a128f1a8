// SPDX-License-Identifier: MIT
/*
 * decode_aio - native asynchronous I/O (io_setup, io_submit,
 * io_getevents, io_pgetevents, io_cancel, io_destroy) for the ipc part
 * of the table (decode_table_ipc.c): control blocks and events, as
 * strace 6.1 prints them on x86_64.
 */
#include <inttypes.h>
#include <string.h>
#include <linux/aio_abi.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_util.h"
#include "decode_extra.h"
#include "decode_ipc.h"

static const struct xlat iocb_cmds[] = {
	{ IOCB_CMD_PREAD, "IOCB_CMD_PREAD" },
	{ IOCB_CMD_PWRITE, "IOCB_CMD_PWRITE" },
	{ IOCB_CMD_FSYNC, "IOCB_CMD_FSYNC" },
	{ IOCB_CMD_FDSYNC, "IOCB_CMD_FDSYNC" },
	{ IOCB_CMD_POLL, "IOCB_CMD_POLL" },
	{ IOCB_CMD_NOOP, "IOCB_CMD_NOOP" },
	{ IOCB_CMD_PREADV, "IOCB_CMD_PREADV" },
	{ IOCB_CMD_PWRITEV, "IOCB_CMD_PWRITEV" },
	XLAT_END
};

#define DIOCB_FLAG_RESFD 1u
#define DIOCB_FLAG_IOPRIO 2u

static const struct xlat iocb_flags[] = {
	{ DIOCB_FLAG_RESFD, "IOCB_FLAG_RESFD" },
	{ DIOCB_FLAG_IOPRIO, "IOCB_FLAG_IOPRIO" },
	XLAT_END
};

/* The fields every iocb shows: "{aio_data=0x2a, ..., aio_fildes=3". */
static void put_iocb_head(struct dctx *d, const struct iocb *cb)
{
	strbuf_puts(d->out, "{aio_data=");
	dput_hex(d, cb->aio_data);
	if (cb->aio_key)
		strbuf_printf(d->out, ", aio_key=%u", cb->aio_key);
	if (cb->aio_rw_flags) {
		strbuf_puts(d->out, ", aio_rw_flags=");
		dput_flags(d, (uint32_t)cb->aio_rw_flags, dx_rwf_flags);
	}
	strbuf_puts(d->out, ", aio_lio_opcode=");
	dipc_dec_enum(d, cb->aio_lio_opcode, iocb_cmds, "IOCB_CMD_???");
	if (cb->aio_flags & DIOCB_FLAG_IOPRIO) {
		strbuf_puts(d->out, ", aio_reqprio=");
		dipc_put_ioprio(d, (uint16_t)cb->aio_reqprio);
	} else if (cb->aio_reqprio) {
		strbuf_printf(d->out, ", aio_reqprio=%d", cb->aio_reqprio);
	}
	strbuf_puts(d->out, ", aio_fildes=");
	dput_fd(d, (int32_t)cb->aio_fildes);
}

/* The buffer as its opcode uses it; 0 for the opcodes without one. */
static int put_iocb_buf(struct dctx *d, const struct iocb *cb)
{
	strbuf_puts(d->out, ", aio_buf=");
	switch (cb->aio_lio_opcode) {
	case IOCB_CMD_PREAD:
		dput_hex(d, cb->aio_buf);
		break;
	case IOCB_CMD_PWRITE:
		dput_buf(d, cb->aio_buf, (int64_t)cb->aio_nbytes);
		break;
	case IOCB_CMD_PREADV:
		dfile_iov_addrs(d, cb->aio_buf, cb->aio_nbytes);
		break;
	case IOCB_CMD_PWRITEV:
		dput_iovec(d, cb->aio_buf, cb->aio_nbytes, -1);
		break;
	case IOCB_CMD_POLL:
		dput_flags(d, cb->aio_buf, xlat_poll_events);
		return 1;
	}
	if (cb->aio_lio_opcode == IOCB_CMD_PREAD ||
	    cb->aio_lio_opcode == IOCB_CMD_PWRITE)
		strbuf_printf(d->out, ", aio_nbytes=%llu",
			      (unsigned long long)cb->aio_nbytes);
	strbuf_printf(d->out, ", aio_offset=%lld",
		      (long long)cb->aio_offset);
	return 1;
}

static int iocb_has_buf(const struct iocb *cb)
{
	switch (cb->aio_lio_opcode) {
	case IOCB_CMD_PREAD:
	case IOCB_CMD_PWRITE:
	case IOCB_CMD_PREADV:
	case IOCB_CMD_PWRITEV:
	case IOCB_CMD_POLL:
		return 1;
	}
	return 0;
}

/* A whole iocb: the sync and no-op commands stop after the head. */
static void put_iocb(struct dctx *d, const struct iocb *cb)
{
	put_iocb_head(d, cb);
	if (iocb_has_buf(cb)) {
		put_iocb_buf(d, cb);
		if (cb->aio_flags) {
			strbuf_puts(d->out, ", aio_flags=");
			dput_flags(d, cb->aio_flags, iocb_flags);
		}
		if (cb->aio_flags & DIOCB_FLAG_RESFD)
			strbuf_printf(d->out, ", aio_resfd=%d",
				      (int32_t)cb->aio_resfd);
		else if (cb->aio_resfd)
			strbuf_printf(d->out, ", aio_resfd=%#x",
				      cb->aio_resfd);
	}
	strbuf_putc(d->out, '}');
}

/* One element of io_submit's array: a pointer to an iocb. */
static void put_iocb_ptr(struct dctx *d, uint64_t k, uint64_t at,
			 const void *elem, const void *arg)
{
	struct iocb cb;
	uint64_t p;

	(void)k, (void)at, (void)arg;
	memcpy(&p, elem, sizeof(p));
	if (!p || dmem_read(d, p, &cb, sizeof(cb)))
		dput_ptr(d, p);
	else
		put_iocb(d, &cb);
}

/* io_submit: an array of pointers to iocbs, its length the argument
 * before (a negative one is not read). */
void dipc_iocbs(struct dctx *d, int i)
{
	int64_t n = (int64_t)d->c->args[i - 1];

	if (n < 0)
		dput_ptr(d, d->c->args[i]);
	else
		dstruct_array(d, d->c->args[i], (uint64_t)n, sizeof(uint64_t),
			      0, put_iocb_ptr, NULL);
}

/* io_cancel: only the fields that identify the request. */
void dipc_iocb_head(struct dctx *d, int i)
{
	struct iocb cb;

	if (dmem_read_or_ptr(d, d->c->args[i], &cb, sizeof(cb)))
		return;
	put_iocb_head(d, &cb);
	strbuf_putc(d->out, '}');
}

static void put_io_event(struct dctx *d, uint64_t k, uint64_t at,
			 const void *elem, const void *arg)
{
	struct io_event ev;

	(void)k, (void)at, (void)arg;
	memcpy(&ev, elem, sizeof(ev));
	strbuf_puts(d->out, "{data=");
	dput_hex(d, ev.data);
	strbuf_puts(d->out, ", obj=");
	dput_ptr(d, ev.obj);
	strbuf_printf(d->out, ", res=%lld, res2=%lld}", (long long)ev.res,
		      (long long)ev.res2);
}

void dipc_io_event(struct dctx *d, int i)
{
	struct io_event ev;

	if (dmem_read_or_ptr(d, d->c->args[i], &ev, sizeof(ev)))
		return;
	put_io_event(d, 0, d->c->args[i], &ev, NULL);
}

/* io_getevents, io_pgetevents at exit: as many events as returned. */
void dipc_io_events(struct dctx *d, int i)
{
	dstruct_array(d, d->c->args[i], (uint64_t)d->c->ret,
		      sizeof(struct io_event), 0, put_io_event, NULL);
}

/* io_pgetevents' struct __aio_sigset: "{sigmask=[USR1], sigsetsize=8}". */
void dipc_aio_sigset(struct dctx *d, int i)
{
	struct {
		uint64_t sigmask;
		uint64_t sigsetsize;
	} as;

	if (dmem_read_or_ptr(d, d->c->args[i], &as, sizeof(as)))
		return;
	strbuf_puts(d->out, "{sigmask=");
	dput_sigset(d, as.sigmask, as.sigsetsize);
	strbuf_printf(d->out, ", sigsetsize=%" PRIu64 "}", as.sigsetsize);
}
