// SPDX-License-Identifier: MIT
/*
 * decode_sys - decoders of the calls the declarative table cannot
 * express alone, as strace 6.1 prints them on x86_64: scheduling
 * parameters, capabilities, group lists, personality, statfs, openat2's
 * open_how, xattr name lists, mincore vectors, epoll and pselect6
 * arguments, and the prctl/arch_prctl options that return values.
 */
#include <inttypes.h>
#include <string.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_util.h"

/* "[0]": an int the call reads or writes (sched_param, TIOCGPTN ...). */
void dsys_intptr(struct dctx *d, int i)
{
	dput_int_ptr(d, d->c->args[i]);
}

static void put_policy(struct dctx *d, uint64_t v)
{
	dput_enum(d, v, xlat_sched_policies, NULL);
}

/* sched_getscheduler's return: "0 (SCHED_OTHER)", named in any -X. */
void dsys_policy_ret(struct dctx *d)
{
	dput_int(d, d->c->ret);
	strbuf_puts(d->out, " (");
	dput_abbrev(d, (uint64_t)d->c->ret, put_policy);
	strbuf_putc(d->out, ')');
}

/* 1<<CAP_CHOWN|1<<CAP_KILL, 0 when none; unknown bits in hex. */
static void put_cap_names(struct dctx *d, uint32_t lo, uint32_t hi)
{
	uint64_t set = (uint64_t)hi << 32 | lo;
	const char *name;
	int bit, any = 0;

	for (bit = 0; bit < 64; bit++) {
		if (!(set >> bit & 1))
			continue;
		name = xlat_name(xlat_capabilities, (uint64_t)bit);
		if (!name)
			continue;
		strbuf_printf(d->out, "%s1<<%s", any ? "|" : "", name);
		set &= ~(1ULL << bit);
		any = 1;
	}
	if (set)
		strbuf_printf(d->out, "%s%#" PRIx64, any ? "|" : "", set);
	else if (!any)
		strbuf_putc(d->out, '0');
}

static void put_cap_lo(struct dctx *d, uint64_t lo)
{
	put_cap_names(d, (uint32_t)lo, 0);
}

static void put_cap_hi(struct dctx *d, uint64_t hi)
{
	put_cap_names(d, 0, (uint32_t)hi);
}

/*
 * -X raw|verbose: each 32-bit half on its own as strace 6.1 prints it,
 * "0xfeffffff|0x1ff", or "0xfeffffff /" "* 1<<CAP_CHOWN|... *" "/|0x1ff
 * /" "* 1<<CAP_MAC_OVERRIDE|... *" "/".
 */
static void put_caps(struct dctx *d, uint32_t lo, uint32_t hi)
{
	if (!d->o || d->o->xstyle == DECODE_X_ABBREV) {
		put_cap_names(d, lo, hi);
		return;
	}
	if (lo || !hi) {
		if (!lo)
			dput_hex(d, 0);
		else
			dput_xstyled(d, lo, put_cap_lo);
	}
	if (hi) {
		if (lo)
			strbuf_putc(d->out, '|');
		dput_xstyled(d, hi, put_cap_hi);
	}
}

/* struct __user_cap_header_struct: {version=..., pid=0} */
void dsys_cap_header(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	uint32_t h[2];

	if (dmem_read_or_ptr(d, addr, h, sizeof(h)))
		return;
	strbuf_puts(d->out, "{version=");
	dput_enum(d, h[0], xlat_cap_versions, "_LINUX_CAPABILITY_VERSION_???");
	strbuf_printf(d->out, ", pid=%d}", (int32_t)h[1]);
}

/* Two struct __user_cap_data_struct (version 2 and 3): the 64-bit sets. */
void dsys_cap_data(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	uint32_t c[6];

	if (dmem_read_or_ptr(d, addr, c, sizeof(c)))
		return;
	strbuf_puts(d->out, "{effective=");
	put_caps(d, c[0], c[3]);
	strbuf_puts(d->out, ", permitted=");
	put_caps(d, c[1], c[4]);
	strbuf_puts(d->out, ", inheritable=");
	put_caps(d, c[2], c[5]);
	strbuf_putc(d->out, '}');
}

static void put_gid(struct dctx *d, uint64_t k, uint64_t at,
		    const void *elem, const void *arg)
{
	(void)k, (void)at, (void)arg;
	dput_uint(d, *(const uint32_t *)elem);
}

/* A gid list of @n entries: [0, 4, 27]; stops quietly at an unreadable
 * one. */
static void put_gids(struct dctx *d, uint64_t addr, int64_t n)
{
	if (n < 0)
		dput_ptr(d, addr);
	else
		dstruct_array(d, addr, (uint64_t)n, sizeof(uint32_t),
			      DSTRUCT_BAD_NONE, put_gid, NULL);
}

/* getgroups: as many gids as returned; the address when asked for the
 * count only (size 0). */
void dsys_getgroups(struct dctx *d, int i)
{
	if (!(uint32_t)d->c->args[0])
		dput_ptr(d, d->c->args[i]);
	else
		put_gids(d, d->c->args[i], d->c->ret);
}

void dsys_setgroups(struct dctx *d, int i)
{
	put_gids(d, d->c->args[i], (int32_t)d->c->args[0]);
}

#define DPER_MASK 0xffu
#define DPER_QUERY 0xffffffffu

/* PER_LINUX, PER_LINUX|ADDR_NO_RANDOMIZE, 0x42 /" "* PER_??? *" "/ */
static void put_persona_names(struct dctx *d, uint64_t v)
{
	const char *name = xlat_name(xlat_personality, v);
	uint32_t rest = (uint32_t)v & ~DPER_MASK;

	if (name) {
		strbuf_puts(d->out, name);
		return;
	}
	dput_enum(d, v & DPER_MASK, xlat_personality, "PER_???");
	if (rest) {
		strbuf_putc(d->out, '|');
		dput_flags(d, rest, xlat_personality_flags);
	}
}

/* -X raw: "0", -X verbose: "0 /" "* PER_LINUX *" "/". */
static void put_persona(struct dctx *d, uint32_t v)
{
	if (!dput_xstyled(d, v, put_persona_names))
		put_persona_names(d, v);
}

void dsys_personality(struct dctx *d, int i)
{
	uint32_t v = (uint32_t)d->c->args[i];

	if (v == DPER_QUERY)
		dput_hex(d, v);
	else
		put_persona(d, v);
}

/* The previous persona: "0 (PER_LINUX)". */
void dsys_personality_ret(struct dctx *d)
{
	dput_hex(d, (uint64_t)d->c->ret);
	strbuf_puts(d->out, " (");
	put_persona(d, (uint32_t)d->c->ret);
	strbuf_putc(d->out, ')');
}

/* struct statfs on x86_64: eleven longs and the fsid in between. */
struct dkstatfs {
	int64_t type, bsize;
	uint64_t blocks, bfree, bavail, files, ffree;
	int32_t fsid[2];
	int64_t namelen, frsize, flags, spare[4];
};

void dsys_statfs(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	struct dkstatfs s;

	if (dmem_read_or_ptr(d, addr, &s, sizeof(s)))
		return;
	strbuf_puts(d->out, "{f_type=");
	dput_enum(d, (uint64_t)s.type, xlat_fs_magics, NULL);
	strbuf_printf(d->out, ", f_bsize=%" PRId64 ", f_blocks=%" PRIu64
		      ", f_bfree=%" PRIu64 ", f_bavail=%" PRIu64 ", f_files=%"
		      PRIu64 ", f_ffree=%" PRIu64 ", f_fsid={val=[",
		      s.bsize, s.blocks, s.bfree, s.bavail, s.files, s.ffree);
	dput_hex(d, (uint32_t)s.fsid[0]);
	dput_sep(d);
	dput_hex(d, (uint32_t)s.fsid[1]);
	strbuf_printf(d->out, "]}, f_namelen=%" PRId64 ", f_frsize=%" PRId64,
		      s.namelen, s.frsize);
	strbuf_puts(d->out, ", f_flags=");
	dput_flags(d, (uint64_t)s.flags, xlat_statfs_flags);
	strbuf_putc(d->out, '}');
}

#define DO_CREAT 0100u
#define DO_TMPFILE 020000000u

/* openat2's struct open_how: {flags=..., mode=0600, resolve=...} */
void dsys_open_how(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i], size = d->c->args[i + 1];
	uint64_t how[3];

	if (!addr || size < sizeof(how) ||
	    dmem_read(d, addr, how, sizeof(how))) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_puts(d->out, "{flags=");
	dfile_put_open_flags(d, how[0]);
	if (how[1] || (how[0] & (DO_CREAT | DO_TMPFILE))) {
		strbuf_puts(d->out, ", mode=");
		dput_oct(d, how[1]);
	}
	if (how[2]) {
		strbuf_puts(d->out, ", resolve=");
		dput_flags(d, how[2], xlat_resolve_flags);
	}
	strbuf_putc(d->out, '}');
}

/* listxattr's names: ret bytes, NULs shown, cut at --string-limit. */
void dsys_xattr_list(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];

	if (!(uint64_t)d->c->args[i + 1])
		dput_ptr(d, addr);
	else
		dput_buf(d, addr, d->c->ret);
}

static void put_page_bit(struct dctx *d, uint64_t k, uint64_t at,
			 const void *elem, const void *arg)
{
	(void)k, (void)at, (void)arg;
	dput_uint(d, *(const uint8_t *)elem & 1);
}

/* mincore's vector: one byte a page, the low bit shown: [0, 1, 1]. */
void dsys_mincore_vec(struct dctx *d, int i)
{
	uint64_t n = (d->c->args[1] + 4095) / 4096;

	dstruct_array(d, d->c->args[i], n, 1, DSTRUCT_BAD_NONE, put_page_bit,
		      NULL);
}

void dsys_epoll_event(struct dctx *d, int i)
{
	dput_epoll_event(d, d->c->args[i]);
}

/* epoll_wait's events: as many as returned. */
void dsys_epoll_events(struct dctx *d, int i)
{
	dput_epoll_events(d, d->c->args[i], (uint64_t)d->c->ret);
}

/* pselect6's sixth argument: {sigmask=[], sigsetsize=8}. */
void dsys_pselect_sigmask(struct dctx *d, uint64_t addr)
{
	uint64_t m[2];

	if (dmem_read_or_ptr(d, addr, m, sizeof(m)))
		return;
	strbuf_puts(d->out, "{sigmask=");
	dput_sigset(d, m[0], m[1]);
	strbuf_printf(d->out, ", sigsetsize=%" PRIu64 "}", m[1]);
}

void dsys_pollfds(struct dctx *d, int i)
{
	dput_pollfds(d, d->c->args[i], (uint32_t)d->c->args[i + 1]);
}

/* ppoll's return: what is ready, and the time left. */
void dsys_ppoll_ret(struct dctx *d)
{
	dput_int(d, d->c->ret);
	dput_poll_result(d, d->c->args[0], (uint32_t)d->c->args[1],
			 d->c->ret, d->c->args[2]);
}

/* rt_sigtimedwait, epoll_pwait, ppoll: the sigset's size is the
 * argument after it. */
void dsys_sigset_next(struct dctx *d, int i)
{
	dput_sigset(d, d->c->args[i], d->c->args[i + 1]);
}

void dsys_sched_attr(struct dctx *d, int i)
{
	dput_sched_attr(d, d->c->args[i], d->c->args[i + 1]);
}

/* sendfile's offset: NULL, or the loff_t it points to: [0]. */
void dsys_loff(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t off;

	if (dmem_read_or_ptr(d, addr, &off, sizeof(off)))
		return;
	strbuf_printf(d->out, "[%" PRId64 "]", off);
}
