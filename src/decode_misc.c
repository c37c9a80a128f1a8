// SPDX-License-Identifier: MIT
/*
 * decode_misc - structures of the resource, process and terminal system
 * calls as strace 6.1 prints them on x86_64: struct rlimit, utsname,
 * sysinfo, sched_attr, clone_args, termios, winsize and the "[value]"
 * form of ints and pointers the kernel writes back.
 */
#include "decode_structs.h"
#include "decode_util.h"

#include <errno.h>
#include <inttypes.h>
#include <string.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>

int dstruct_array_cut(struct dctx *d, uint64_t i)
{
	if ((d->o && d->o->verbose) || i < (uint64_t)dutil_limit(d))
		return 0;
	strbuf_puts(d->out, "...");
	return 1;
}

/* Element at @at could not be read: what @flags ask for. */
static void put_unreadable(struct dctx *d, uint64_t at, unsigned int flags)
{
	if (flags & DSTRUCT_BAD_MORE)
		strbuf_puts(d->out, "...");
	else if (flags & DSTRUCT_BAD_NOTE)
		strbuf_printf(d->out, "... /* %#" PRIx64 " */", at);
	else if (!(flags & DSTRUCT_BAD_NONE))
		dput_hex(d, at);
}

void dstruct_array(struct dctx *d, uint64_t addr, uint64_t n, size_t size,
		   unsigned int flags, dstruct_elem_fn put, const void *arg)
{
	unsigned char elem[DSTRUCT_ELEM_MAX];
	uint64_t k, at;

	if (!n && !(flags & DSTRUCT_EMPTY_PTR) && addr) {
		strbuf_puts(d->out, "[]");
		return;
	}
	if (!addr || !n || !size || size > sizeof(elem) ||
	    n > UINT64_MAX / size || addr + n * size <= addr ||
	    dmem_read(d, addr, elem, size)) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_putc(d->out, '[');
	for (k = 0; k < n; k++) {
		at = addr + k * size;
		if (k)
			dput_sep(d);
		if (dstruct_array_cut(d, k))
			break;
		if (dmem_read(d, at, elem, size)) {
			put_unreadable(d, at, flags);
			break;
		}
		put(d, k, at, elem, arg);
	}
	strbuf_putc(d->out, ']');
}

/*
 * One limit: RLIM64_INFINITY, 8192*1024 for multiples of 1 KiB, or N;
 * -X raw prints N, -X verbose "N /" "* 8192*1024 *" "/".
 */
static void put_rlim(struct dctx *d, uint64_t v)
{
	int named = v == UINT64_MAX || (v > 1024 && v % 1024 == 0);
	int style = d->o ? (int)d->o->xstyle : DECODE_X_ABBREV;

	if (!named || style != DECODE_X_ABBREV)
		dput_uint(d, v);
	if (!named || style == DECODE_X_RAW)
		return;
	if (style == DECODE_X_VERBOSE)
		strbuf_puts(d->out, " /* ");
	if (v == UINT64_MAX)
		strbuf_puts(d->out, "RLIM64_INFINITY");
	else
		strbuf_printf(d->out, "%" PRIu64 "*1024", v / 1024);
	if (style == DECODE_X_VERBOSE)
		strbuf_puts(d->out, " */");
}

void dput_rlimit(struct dctx *d, uint64_t addr)
{
	uint64_t rl[2];

	if (dmem_read_or_ptr(d, addr, rl, sizeof(rl)))
		return;
	strbuf_puts(d->out, "{rlim_cur=");
	put_rlim(d, rl[0]);
	strbuf_puts(d->out, ", rlim_max=");
	put_rlim(d, rl[1]);
	strbuf_putc(d->out, '}');
}

/* A fixed-size char array, quoted up to its NUL, never cut. */
static void put_chars(struct dctx *d, const char *name, const char *s,
		      size_t size)
{
	strbuf_printf(d->out, "%s=", name);
	decode_quote(d->out, s, strnlen(s, size), -1, 0, d->o);
}

void dput_utsname(struct dctx *d, uint64_t addr)
{
	struct utsname u;

	if (dmem_read_or_ptr(d, addr, &u, sizeof(u)))
		return;
	strbuf_putc(d->out, '{');
	put_chars(d, "sysname", u.sysname, sizeof(u.sysname));
	dput_sep(d);
	put_chars(d, "nodename", u.nodename, sizeof(u.nodename));
	if (!d->o->verbose) {
		strbuf_puts(d->out, ", ...}");
		return;
	}
	dput_sep(d);
	put_chars(d, "release", u.release, sizeof(u.release));
	dput_sep(d);
	put_chars(d, "version", u.version, sizeof(u.version));
	dput_sep(d);
	put_chars(d, "machine", u.machine, sizeof(u.machine));
	dput_sep(d);
	put_chars(d, "domainname", u.domainname, sizeof(u.domainname));
	strbuf_putc(d->out, '}');
}

void dput_sysinfo(struct dctx *d, uint64_t addr)
{
	struct sysinfo si;

	if (dmem_read_or_ptr(d, addr, &si, sizeof(si)))
		return;
	strbuf_printf(d->out, "{uptime=%ld, loads=[%lu, %lu, %lu]"
		      ", totalram=%lu, freeram=%lu, sharedram=%lu"
		      ", bufferram=%lu, totalswap=%lu, freeswap=%lu"
		      ", procs=%u, totalhigh=%lu, freehigh=%lu"
		      ", mem_unit=%u}",
		      si.uptime, si.loads[0], si.loads[1], si.loads[2],
		      si.totalram, si.freeram, si.sharedram, si.bufferram,
		      si.totalswap, si.freeswap, (unsigned int)si.procs,
		      si.totalhigh, si.freehigh, si.mem_unit);
}

/* struct sched_attr: 48 bytes in its first version, 56 since 5.3. */
struct dsched_attr {
	uint32_t size;
	uint32_t policy;
	uint64_t flags;
	int32_t nice;
	uint32_t priority;
	uint64_t runtime;
	uint64_t deadline;
	uint64_t period;
	uint32_t util_min;
	uint32_t util_max;
};

#define DSCHED_ATTR_VER0 48u

void dput_sched_attr(struct dctx *d, uint64_t addr, uint64_t size)
{
	struct dsched_attr a;

	memset(&a, 0, sizeof(a));
	if (!addr || (size && size < DSCHED_ATTR_VER0) ||
	    dmem_read(d, addr, &a, DSCHED_ATTR_VER0) < 0 ||
	    (a.size >= sizeof(a) &&
	     dmem_read(d, addr, &a, sizeof(a)) < 0)) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_printf(d->out, "{size=%u, sched_policy=", a.size);
	dput_enum(d, a.policy, xlat_sched_policies, "SCHED_???");
	strbuf_puts(d->out, ", sched_flags=");
	dput_flags(d, a.flags, xlat_sched_flags);
	strbuf_printf(d->out, ", sched_nice=%d, sched_priority=%u"
		      ", sched_runtime=%" PRIu64 ", sched_deadline=%" PRIu64
		      ", sched_period=%" PRIu64,
		      a.nice, a.priority, a.runtime, a.deadline, a.period);
	if (a.size >= sizeof(a))
		strbuf_printf(d->out, ", sched_util_min=%u"
			      ", sched_util_max=%u", a.util_min, a.util_max);
	if (a.size > sizeof(a))
		strbuf_puts(d->out, ", ...");
	strbuf_putc(d->out, '}');
}

void dput_sched_attr_e2big(struct dctx *d, uint64_t addr)
{
	uint32_t size;

	if (dmem_read(d, addr, &size, sizeof(size)) < 0)
		return;
	strbuf_printf(d->out, " => {size=%u}", size);
}

/* struct clone_args, up to its third version (88 bytes). */
struct dclone_args {
	uint64_t flags;
	uint64_t pidfd;
	uint64_t child_tid;
	uint64_t parent_tid;
	uint64_t exit_signal;
	uint64_t stack;
	uint64_t stack_size;
	uint64_t tls;
	uint64_t set_tid;
	uint64_t set_tid_size;
	uint64_t cgroup;
};

#define DCLONE_ARGS_VER0	64u
#define DCLONE_ARGS_VER1	80u
#define DCLONE_PIDFD		0x1000ULL
#define DCLONE_SETTLS		0x80000ULL
#define DCLONE_PARENT_SETTID	0x100000ULL
#define DCLONE_CHILD_CLEARTID	0x200000ULL
#define DCLONE_CHILD_SETTID	0x1000000ULL
#define DCLONE_INTO_CGROUP	0x200000000ULL

/* Read the first min(@size, 88) bytes, the rest zeroed; -EFAULT when
 * @size is below the first version. */
static int read_clone_args(struct dctx *d, uint64_t addr, uint64_t size,
			   struct dclone_args *ca)
{
	memset(ca, 0, sizeof(*ca));
	if (!addr || size < DCLONE_ARGS_VER0)
		return -EFAULT;
	if (size > sizeof(*ca))
		size = sizeof(*ca);
	return dmem_read(d, addr, ca, (size_t)size);
}

/* set_tid=[1, 2], an array of pid_t. */
static void put_set_tid(struct dctx *d, uint64_t addr, uint64_t n)
{
	int32_t tid;
	uint64_t i;

	strbuf_puts(d->out, ", set_tid=");
	if (!addr || n > 32 ||
	    dmem_read(d, addr, &tid, sizeof(tid)) < 0) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_putc(d->out, '[');
	for (i = 0; i < n; i++) {
		if (dmem_read(d, addr + 4 * i, &tid, sizeof(tid)) < 0)
			break;
		if (i)
			dput_sep(d);
		dput_int(d, tid);
	}
	strbuf_putc(d->out, ']');
}

void dput_clone_args(struct dctx *d, uint64_t addr, uint64_t size)
{
	struct dclone_args ca;

	if (read_clone_args(d, addr, size, &ca) < 0) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_puts(d->out, "{flags=");
	dput_flags(d, ca.flags, xlat_clone3_flags);
	if (ca.flags & DCLONE_PIDFD) {
		strbuf_puts(d->out, ", pidfd=");
		dput_ptr(d, ca.pidfd);
	}
	if (ca.flags & (DCLONE_CHILD_SETTID | DCLONE_CHILD_CLEARTID)) {
		strbuf_puts(d->out, ", child_tid=");
		dput_ptr(d, ca.child_tid);
	}
	if (ca.flags & DCLONE_PARENT_SETTID) {
		strbuf_puts(d->out, ", parent_tid=");
		dput_ptr(d, ca.parent_tid);
	}
	strbuf_puts(d->out, ", exit_signal=");
	dput_signal(d, (int64_t)ca.exit_signal);
	strbuf_puts(d->out, ", stack=");
	dput_ptr(d, ca.stack);
	strbuf_puts(d->out, ", stack_size=");
	dput_hex(d, ca.stack_size);
	if (ca.flags & DCLONE_SETTLS) {
		strbuf_puts(d->out, ", tls=");
		dput_ptr(d, ca.tls);
	}
	if (size >= DCLONE_ARGS_VER1 && (ca.set_tid || ca.set_tid_size)) {
		put_set_tid(d, ca.set_tid, ca.set_tid_size);
		strbuf_printf(d->out, ", set_tid_size=%" PRIu64,
			      ca.set_tid_size);
	}
	if (size > DCLONE_ARGS_VER1 && (ca.flags & DCLONE_INTO_CGROUP))
		strbuf_printf(d->out, ", cgroup=%" PRIu64, ca.cgroup);
	strbuf_putc(d->out, '}');
}

/* "name=[v]" for an int the kernel wrote at @addr, the address if not. */
static void put_out_int(struct dctx *d, const char *name, uint64_t addr)
{
	strbuf_printf(d->out, "%s=", name);
	dput_int_ptr(d, addr);
}

void dput_clone_args_exit(struct dctx *d, uint64_t addr, uint64_t size)
{
	struct dclone_args ca;
	int any = 0;

	if (read_clone_args(d, addr, size, &ca) < 0)
		return;
	if (!(ca.flags & (DCLONE_PIDFD | DCLONE_PARENT_SETTID)))
		return;
	strbuf_puts(d->out, " => {");
	if (ca.flags & DCLONE_PIDFD) {
		put_out_int(d, "pidfd", ca.pidfd);
		any = 1;
	}
	if (ca.flags & DCLONE_PARENT_SETTID) {
		if (any)
			dput_sep(d);
		put_out_int(d, "parent_tid", ca.parent_tid);
	}
	strbuf_putc(d->out, '}');
}

void dput_int_ptr(struct dctx *d, uint64_t addr)
{
	int32_t v;

	if (dmem_read_or_ptr(d, addr, &v, sizeof(v)))
		return;
	strbuf_printf(d->out, "[%d]", v);
}

void dput_ulong_ptr(struct dctx *d, uint64_t addr)
{
	uint64_t v;

	if (dmem_read_or_ptr(d, addr, &v, sizeof(v)))
		return;
	strbuf_printf(d->out, "[%" PRIu64 "]", v);
}

void dput_addr_ptr(struct dctx *d, uint64_t addr)
{
	uint64_t v;

	if (dmem_read_or_ptr(d, addr, &v, sizeof(v)))
		return;
	strbuf_putc(d->out, '[');
	dput_ptr(d, v);
	strbuf_putc(d->out, ']');
}

void dput_winsize(struct dctx *d, uint64_t addr)
{
	uint16_t ws[4];

	if (dmem_read_or_ptr(d, addr, ws, sizeof(ws)))
		return;
	strbuf_printf(d->out, "{ws_row=%u, ws_col=%u, ws_xpixel=%u"
		      ", ws_ypixel=%u}", ws[0], ws[1], ws[2], ws[3]);
}
