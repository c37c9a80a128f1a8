// SPDX-License-Identifier: MIT
/*
 * decode - one system call as strace prints it: the name and the
 * arguments known at entry, the arguments the kernel filled at exit, and
 * the return value.  The per-syscall knowledge is in decode_table.c; this
 * file walks it.  See include/decode.h.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <string.h>

#include "decode_priv.h"
#include "decode_util.h"
#include "names.h"
#include "syscalls.h"

/* Kernel-internal restart codes strace shows as "= ? NAME (...)". */
#define DERESTARTSYS 512
#define DERESTARTNOINTR 513
#define DERESTARTNOHAND 514
#define DERESTART_RESTARTBLOCK 516

static void dctx_init(struct dctx *d, struct strbuf *out,
		      const struct decode_call *c,
		      const struct decode_src *src,
		      const struct decode_opts *o, int exiting)
{
	static const struct decode_opts defaults = DECODE_OPTS_DEFAULT;

	d->out = out;
	d->c = c;
	d->src = src;
	d->o = o ? o : &defaults;
	d->exiting = exiting;
}

static int is_out(const struct darg *a)
{
	return a->kind >= K_OUT_FIRST;
}

static int shown_args(const struct dsys *s, const struct dctx *d)
{
	return s->shown ? s->shown(d) : s->nargs;
}

/* Index of the first argument printed at exit (== shown when none). */
static int first_out(const struct dsys *s, int shown)
{
	int i;

	for (i = 0; i < shown; i++)
		if (is_out(&s->a[i]))
			return i;
	return shown;
}

/* Undecoded calls: every argument in hex, as strace prints unknown ones. */
static void put_raw_args(struct dctx *d)
{
	int n = syscalls_name(d->c->nr) ? syscalls_nargs(d->c->nr) : 6;
	int i;

	if (n < 0 || n > 6)
		n = 6;
	for (i = 0; i < n; i++) {
		if (i)
			dput_sep(d);
		dput_hex(d, d->c->args[i]);
	}
}

void decode_entry(struct strbuf *out, const struct decode_call *c,
		  const struct decode_src *src, const struct decode_opts *o)
{
	const struct dsys *s = dtable_get(c->nr);
	const char *name = syscalls_name(c->nr);
	struct dctx d;
	int i, n, k;

	dctx_init(&d, out, c, src, o, 0);
	if (name)
		strbuf_puts(out, name);
	else
		strbuf_printf(out, "syscall_%#lx", (unsigned long)c->nr);
	strbuf_putc(out, '(');
	if (!s) {
		put_raw_args(&d);
		return;
	}
	if (s->note)
		s->note(&d);
	if (s->whole) {
		s->whole(&d);
		return;
	}
	n = shown_args(s, &d);
	k = first_out(s, n);
	for (i = 0; i < k; i++) {
		if (i)
			dput_sep(&d);
		dput_arg(&d, &s->a[i], i);
	}
	if (k > 0 && k < n)
		dput_sep(&d);
}

void decode_exit(struct strbuf *out, const struct decode_call *c,
		 const struct decode_src *src, const struct decode_opts *o)
{
	const struct dsys *s = dtable_get(c->nr);
	struct dctx d;
	int i, n, k;

	dctx_init(&d, out, c, src, o, 1);
	if (s && s->whole) {
		s->whole(&d);
	} else if (s) {
		n = shown_args(s, &d);
		k = first_out(s, n);
		for (i = k; i < n; i++) {
			if (i > k)
				dput_sep(&d);
			dput_arg(&d, &s->a[i], i);
		}
	}
	strbuf_putc(out, ')');
}

/* "-1 ENOENT (No such file or directory)" or "? ERESTARTSYS (...)". */
static void put_error(struct strbuf *out, int err)
{
	const char *name = names_errno(err);
	const char *desc = names_errno_desc(err);
	int restart = err == DERESTARTSYS || err == DERESTARTNOINTR ||
		      err == DERESTARTNOHAND || err == DERESTART_RESTARTBLOCK;

	strbuf_puts(out, restart ? "? " : "-1 ");
	if (!name) {
		strbuf_printf(out, "(errno %d)", err);
		return;
	}
	strbuf_puts(out, name);
	if (desc)
		strbuf_printf(out, " (%s)", desc);
	else
		strbuf_printf(out, " (Unknown error %d)", err);
}

void decode_retval(struct strbuf *out, const struct decode_call *c,
		   const struct decode_src *src, const struct decode_opts *o)
{
	const struct dsys *s = dtable_get(c->nr);
	struct dctx d;

	dctx_init(&d, out, c, src, o, 1);
	if (decode_never_returns(c->nr)) {
		strbuf_putc(out, '?');
		return;
	}
	if (c->ret < 0 && c->ret >= -4095) {
		put_error(out, (int)-c->ret);
		return;
	}
	if (s && s->retfn) {
		s->retfn(&d);
		return;
	}
	switch (s ? s->ret : DRET_DEC) {
	case DRET_HEX:
		dput_hex(&d, (uint64_t)c->ret);
		break;
	case DRET_OCT:
		dput_oct(&d, (uint64_t)c->ret);
		break;
	case DRET_FD:
		dput_fd(&d, c->ret);
		break;
	case DRET_NONE:
		strbuf_putc(out, '?');
		break;
	default:
		dput_int(&d, c->ret);
		break;
	}
}

static int path_listed(const char *p, const char *const *paths, int npaths)
{
	int i;

	for (i = 0; i < npaths; i++)
		if (paths[i] && !strcmp(p, paths[i]))
			return 1;
	return 0;
}

/* Does argument @i (of kind @kind) name one of @paths? */
static int arg_touches(struct dctx *d, int kind, int i,
		       const char *const *paths, int npaths)
{
	char buf[PATH_MAX + 1];
	size_t len;
	int fd = (int)(int32_t)d->c->args[i];

	if (kind == K_PATH) {
		if (dmem_read_str(d, d->c->args[i], buf, PATH_MAX, &len) != 1)
			return 0;
		buf[len] = '\0';
		return path_listed(buf, paths, npaths);
	}
	if ((kind != K_FD && kind != K_DIRFD) || fd < 0 ||
	    !d->src || !d->src->fdpath)
		return 0;
	if (d->src->fdpath(d->src->ctx, fd, buf, sizeof(buf)))
		return 0;
	buf[sizeof(buf) - 1] = '\0';
	return path_listed(buf, paths, npaths);
}

int decode_touches_path(const struct decode_call *c,
			const struct decode_src *src,
			const char *const *paths, int npaths)
{
	const struct dsys *s = dtable_get(c->nr);
	struct strbuf dummy = STRBUF_INIT;
	struct dctx d;
	int i;

	if (!s)
		return 0;
	dctx_init(&d, &dummy, c, src, NULL, 0);
	for (i = 0; i < s->nargs && i < 6; i++)
		if (arg_touches(&d, s->a[i].kind, i, paths, npaths))
			return 1;
	return 0;
}

int decode_returns_fd(long nr)
{
	const struct dsys *s = dtable_get(nr);

	return s && s->ret == DRET_FD;
}

int decode_never_returns(long nr)
{
	const struct dsys *s = dtable_get(nr);

	return s && s->ret == DRET_NONE;
}
