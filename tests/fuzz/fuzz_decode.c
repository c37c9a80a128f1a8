// SPDX-License-Identifier: MIT
/*
 * fuzz_decode - libFuzzer harness for the syscall decoder.
 *
 * The input is a header (syscall number, decode options, six arguments,
 * return value, stack pointer, reader behaviour, a siginfo) followed by
 * the bytes of a fake tracee memory mapped at FAKE_BASE.  Arguments are
 * steered towards interesting values: NULL, small integers, addresses
 * inside the fake memory, just before its end (a page edge followed by
 * nothing), unmapped and huge addresses.  Everything the decoder can
 * print for such a call is printed: decode_entry, decode_exit,
 * decode_retval, decode_siginfo, decode_touches_path, decode_quote.
 *
 * Checked beyond "no crash, no leak, no undefined behaviour":
 * - every read stays inside the buffer the decoder passes (ASan sees the
 *   copy), and asks for a sane length;
 * - the output is one line of printable ASCII: whatever the tracee puts
 *   in its memory, it can neither cut the line nor forge another one.
 */
#include <assert.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "strbuf.h"

#define FAKE_BASE 0x10000ull
#define FAKE_UNMAPPED 0x7fff00000000ull
/* No single read is bigger than this (a page-sized struct, a 64 KiB
 * buffer): a larger one means a length taken from the tracee unchecked. */
#define MAX_READ (1u << 20)
#define MAX_OUT (8u << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct input {
	const uint8_t *p;
	size_t left;
};

static uint64_t take(struct input *in, size_t n)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		v <<= 8;
		if (in->left) {
			v |= *in->p++;
			in->left--;
		}
	}
	return v;
}

enum reader_mode {
	READ_NORMAL,	/* the fake memory, short reads at its end */
	READ_FAULT,	/* every read fails with EFAULT */
	READ_GONE,	/* every read fails with ESRCH (thread gone) */
	READ_SHORT,	/* like NORMAL but every read one byte short */
	READ_NONE,	/* no reader at all (src->read NULL) */
	READ_NOSRC,	/* no decode_src at all */
	READ_MODES,
};

struct fake {
	const uint8_t *mem;
	size_t len;
	enum reader_mode mode;
	int fd_mode;		/* 0: no fdpath, 1: error, 2: a path */
	unsigned reads;
};

static ssize_t fake_read(void *ctx, uint64_t addr, void *buf, size_t len)
{
	struct fake *f = ctx;
	size_t n;

	assert(buf != NULL || len == 0);
	assert(len <= MAX_READ);
	f->reads++;
	/* Poison what the decoder must not use when the read is short. */
	memset(buf, 0xa5, len);
	if (f->mode == READ_FAULT)
		return -EFAULT;
	if (f->mode == READ_GONE)
		return -ESRCH;
	if (addr < FAKE_BASE || addr - FAKE_BASE >= f->len)
		return -EFAULT;
	n = f->len - (size_t)(addr - FAKE_BASE);
	if (n > len)
		n = len;
	if (f->mode == READ_SHORT && n)
		n--;
	memcpy(buf, f->mem + (addr - FAKE_BASE), n);
	return (ssize_t)n;
}

static int fake_fdpath(void *ctx, int fd, char *buf, size_t size)
{
	static const char *const paths[] = {
		"/etc/passwd", "socket:[1234]", "pipe:[99]", "/dev/null",
		"anon_inode:[eventfd]", "/a/very/long/path/name/for/-y/output",
	};
	struct fake *f = ctx;

	assert(buf != NULL && size > 0);
	if (f->fd_mode == 1 || fd < 0)
		return -EBADF;
	snprintf(buf, size, "%s", paths[(unsigned)fd % 6]);
	return 0;
}

static uint64_t steer(uint64_t sel, uint64_t raw, size_t mlen)
{
	switch (sel % 8) {
	case 0:
		return raw;
	case 1:
		return 0;
	case 2:
		return FAKE_BASE + raw % (mlen + 16);
	case 3:
		return (uint64_t)(int64_t)(int8_t)raw;
	case 4:
		return raw & 0xffffffffu;
	case 5:
		return FAKE_BASE + mlen - raw % 64;
	case 6:
		return ~0ull - raw % 8;
	default:
		return FAKE_UNMAPPED + raw % 8192;
	}
}

static int64_t steer_ret(uint64_t sel, uint64_t raw, size_t mlen)
{
	switch (sel % 6) {
	case 0:
		return (int64_t)raw;
	case 1:
		return -(int64_t)(raw % 4096);
	case 2:
		return (int64_t)(raw % 4096);
	case 3:
		return (int64_t)(FAKE_BASE + raw % (mlen + 1));
	case 4:
		return -(int64_t)(512 + raw % 8);	/* restart codes */
	default:
		return 0;
	}
}

/* One line of printable ASCII, no NUL inside, of a sane size. */
static void check_line(const struct strbuf *sb)
{
	const char *s = strbuf_str(sb);
	size_t i;

	assert(strlen(s) == sb->len);
	assert(sb->len < MAX_OUT);
	for (i = 0; i < sb->len; i++) {
		if (s[i] < 0x20 || s[i] > 0x7e) {
			fprintf(stderr, "byte 0x%02x at %zu in: %s\n",
				(unsigned char)s[i], i, s);
			abort();
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = { "/etc/passwd", "", "/", NULL };
	struct input in = { data, size };
	struct decode_opts o = DECODE_OPTS_DEFAULT;
	struct decode_call c;
	struct decode_src src;
	const struct decode_src *srcp;
	struct strbuf sb = STRBUF_INIT;
	struct fake f;
	siginfo_t si;
	uint64_t sel[6], raw[6], nrv, rsel, rraw, optb, limb, sp;
	int i;

	if (size > 65536)
		return 0;
	memset(&c, 0, sizeof(c));
	memset(&f, 0, sizeof(f));

	nrv = take(&in, 2);
	optb = take(&in, 1);
	limb = take(&in, 1);
	for (i = 0; i < 6; i++) {
		sel[i] = take(&in, 1);
		raw[i] = take(&in, 8);
	}
	rsel = take(&in, 1);
	rraw = take(&in, 8);
	sp = take(&in, 2);
	memset(&si, 0, sizeof(si));
	for (i = 0; i < (int)sizeof(si) && in.left; i++)
		((uint8_t *)&si)[i] = (uint8_t)take(&in, 1);
	f.mem = in.p;
	f.len = in.left;

	/* Mostly the syscall table's range, sometimes anything. */
	if (nrv & 0x8000)
		c.nr = (long)(int16_t)nrv * 65537;
	else
		c.nr = (long)(nrv % 512);
	for (i = 0; i < 6; i++)
		c.args[i] = steer(sel[i], raw[i], f.len);
	c.ret = steer_ret(rsel, rraw, f.len);
	c.sp = (optb & 0x80) ? FAKE_BASE + sp : 0;

	o.verbose = optb & 1;
	o.xflag = (int)((optb >> 1) % 3);
	o.yflag = (int)((optb >> 3) % 3);
	f.mode = (enum reader_mode)((optb >> 5) % READ_MODES);
	if (f.mode == READ_NOSRC && !(optb & 0x80))
		f.mode = READ_NORMAL;
	f.fd_mode = (int)(limb >> 6);
	switch (limb & 0x3f) {
	case 0x3f:
		o.string_limit = 1000000;
		break;
	case 0x3e:
		o.string_limit = -1;
		break;
	default:
		o.string_limit = (int)(limb & 0x3f);
		break;
	}

	src.read = f.mode == READ_NONE ? NULL : fake_read;
	src.fdpath = f.fd_mode ? fake_fdpath : NULL;
	src.ctx = &f;

	srcp = f.mode == READ_NOSRC ? NULL : &src;

	decode_entry(&sb, &c, srcp, &o);
	check_line(&sb);
	decode_exit(&sb, &c, srcp, &o);
	check_line(&sb);
	strbuf_puts(&sb, " = ");
	decode_retval(&sb, &c, srcp, &o);
	check_line(&sb);

	/* The same call resumed after another thread's line. */
	strbuf_reset(&sb);
	decode_exit(&sb, &c, srcp, NULL);
	decode_retval(&sb, &c, srcp, NULL);
	check_line(&sb);

	strbuf_reset(&sb);
	decode_siginfo(&sb, &si, &o);
	check_line(&sb);

	strbuf_reset(&sb);
	decode_quote(&sb, f.mem, f.len > 4096 ? 4096 : f.len,
		     o.string_limit, (int)(optb & 1), &o);
	check_line(&sb);

	if (srcp)
		(void)decode_touches_path(&c, srcp, paths, 3);
	(void)decode_returns_fd(c.nr);
	(void)decode_never_returns(c.nr);
	strbuf_release(&sb);
	return 0;
}
