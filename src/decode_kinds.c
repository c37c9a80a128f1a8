// SPDX-License-Identifier: MIT
/*
 * decode_kinds - print one argument of the declarative table according to
 * its kind (see enum dkind in decode_util.h).
 */
#include <inttypes.h>

#include "decode_priv.h"
#include "decode_util.h"

/* Arguments the kernel fills are shown as their address when the call
 * failed: the memory holds nothing meaningful then. */
static int out_unfilled(struct dctx *d, int kind)
{
	return kind >= K_OUT_FIRST && kind != K_FN_EXIT && dutil_failed(d);
}

static void put_in_arg(struct dctx *d, const struct darg *a, int i)
{
	uint64_t v = d->c->args[i];

	switch (a->kind) {
	case K_INT:
		dput_int(d, (int32_t)v);
		break;
	case K_UINT:
		dput_uint(d, (uint32_t)v);
		break;
	case K_LONG:
		dput_int(d, (int64_t)v);
		break;
	case K_ULONG:
		dput_uint(d, v);
		break;
	case K_XINT:
		dput_hex(d, (uint32_t)v);
		break;
	case K_PTR:
		dput_ptr(d, v);
		break;
	case K_FD:
		dput_fd(d, v);
		break;
	case K_DIRFD:
		dput_dirfd(d, v);
		break;
	case K_PATH:
		dput_path(d, v);
		break;
	case K_STR:
		dput_str(d, v);
		break;
	case K_MODE:
		dput_mode(d, (uint32_t)v, 0);
		break;
	case K_SIG:
		dput_signal(d, (int32_t)v);
		break;
	case K_FLAGS:
		dput_flags_unk(d, (uint32_t)v, a->x, a->unk);
		break;
	case K_LFLAGS:
		dput_flags_unk(d, v, a->x, a->unk);
		break;
	case K_ENUM:
		dput_enum(d, (uint32_t)v, a->x, a->unk);
		break;
	case K_WBUF:
		dput_buf(d, v, i < 5 ? (int64_t)d->c->args[i + 1] : 0);
		break;
	case K_ARGV:
		dput_argv(d, v);
		break;
	case K_ENVP:
		dput_envp(d, v);
		break;
	case K_TIMESPEC:
		dput_timespec(d, v);
		break;
	case K_FN:
		a->put(d, i);
		break;
	default:
		dput_hex(d, v);
		break;
	}
}

/* The last argument of the call, the size of its sigsets. */
static uint64_t sigset_size(const struct dctx *d)
{
	const struct dsys *s = dtable_get(d->c->nr);

	return s && s->nargs ? d->c->args[s->nargs - 1] : 8;
}

/* A buffer read, always in hex as strace shows random bytes. */
static void put_hexbuf(struct dctx *d, uint64_t addr)
{
	const struct decode_opts *saved = d->o;
	struct decode_opts hex = *d->o;

	hex.xflag = 2;
	d->o = &hex;
	dput_buf(d, addr, d->c->ret);
	d->o = saved;
}

static void put_out_arg(struct dctx *d, const struct darg *a, int i)
{
	uint64_t v = d->c->args[i];

	switch (a->kind) {
	case K_RBUF:
		dput_buf(d, v, d->c->ret);
		break;
	case K_HEXBUF:
		put_hexbuf(d, v);
		break;
	case K_STAT:
		dput_stat(d, v);
		break;
	case K_STATX:
		dput_statx(d, v);
		break;
	case K_OSIGSET:
		dput_sigset(d, v, sigset_size(d));
		break;
	case K_OTIMESPEC:
		dput_timespec(d, v);
		break;
	case K_FN_OUT:
	case K_FN_EXIT:
		a->put(d, i);
		break;
	default:
		dput_ptr(d, v);
		break;
	}
}

void dput_arg(struct dctx *d, const struct darg *a, int i)
{
	if (a->kind == K_HEX) {
		dput_hex(d, d->c->args[i]);
	} else if (a->kind == K_SIGSET) {
		dput_sigset(d, d->c->args[i], sigset_size(d));
	} else if (out_unfilled(d, a->kind)) {
		dput_ptr(d, d->c->args[i]);
	} else if (a->kind >= K_OUT_FIRST) {
		put_out_arg(d, a, i);
	} else {
		put_in_arg(d, a, i);
	}
}
