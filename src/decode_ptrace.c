// SPDX-License-Identifier: MIT
/*
 * decode_ptrace - ptrace(2) as strace 6.1 prints it on x86_64: which of
 * pid, addr and data show depends on the request, and so does how each
 * reads (a struct user offset, a signal, options, a value peeked at
 * exit ...).
 */
#include <inttypes.h>

#include "decode_fsapi.h"
#include "decode_structs.h"

enum {
	PT_TRACEME = 0, PT_PEEKTEXT = 1, PT_PEEKDATA = 2, PT_PEEKUSER = 3,
	PT_POKETEXT = 4, PT_POKEDATA = 5, PT_POKEUSER = 6, PT_CONT = 7,
	PT_KILL = 8, PT_SINGLESTEP = 9, PT_GETREGS = 12, PT_SETREGS = 13,
	PT_GETFPREGS = 14, PT_SETFPREGS = 15, PT_ATTACH = 16, PT_DETACH = 17,
	PT_GETFPXREGS = 18, PT_SETFPXREGS = 19, PT_SYSCALL = 24,
	PT_SYSEMU = 31, PT_SYSEMU_SINGLESTEP = 32, PT_SINGLEBLOCK = 33,
	PT_SETOPTIONS = 0x4200, PT_GETEVENTMSG = 0x4201,
	PT_GETREGSET = 0x4204, PT_SETREGSET = 0x4205, PT_SEIZE = 0x4206,
	PT_INTERRUPT = 0x4207, PT_LISTEN = 0x4208, PT_GETSIGMASK = 0x420a,
	PT_SETSIGMASK = 0x420b, PT_GET_SYSCALL_INFO = 0x420e,
};

/* How the addr argument reads. */
enum pt_addr { PA_PTR, PA_NONE, PA_USER, PA_SIZE, PA_NT };
/* How the data argument reads. */
enum pt_data { PD_PTR, PD_SIG, PD_OPTS, PD_PEEK, PD_ULONG };

static enum pt_addr addr_kind(uint64_t req)
{
	switch (req) {
	case PT_PEEKUSER:
	case PT_POKEUSER:
		return PA_USER;
	case PT_GETREGS:
	case PT_SETREGS:
	case PT_GETFPREGS:
	case PT_SETFPREGS:
	case PT_GETFPXREGS:
	case PT_SETFPXREGS:
		return PA_NONE;
	case PT_GETSIGMASK:
	case PT_SETSIGMASK:
	case PT_GET_SYSCALL_INFO:
		return PA_SIZE;
	case PT_GETREGSET:
	case PT_SETREGSET:
		return PA_NT;
	default:
		return PA_PTR;
	}
}

static enum pt_data data_kind(uint64_t req)
{
	switch (req) {
	case PT_CONT:
	case PT_DETACH:
	case PT_SYSCALL:
	case PT_SINGLESTEP:
	case PT_SINGLEBLOCK:
	case PT_SYSEMU:
	case PT_SYSEMU_SINGLESTEP:
		return PD_SIG;
	case PT_SETOPTIONS:
	case PT_SEIZE:
		return PD_OPTS;
	case PT_PEEKTEXT:
	case PT_PEEKDATA:
	case PT_PEEKUSER:
		return PD_PEEK;
	case PT_GETEVENTMSG:
		return PD_ULONG;
	default:
		return PD_PTR;
	}
}

/* A struct user offset: "8*RIP", "offsetof(struct user, u_debugreg)+8". */
static void user_offset_names(struct dctx *d, uint64_t off)
{
	const struct xlat *x, *below = NULL;

	for (x = dfs_user_regs; x->name && x->val <= off; x++)
		below = x;
	while (x->name)
		x++;
	/* x: the end marker, sizeof(struct user) */
	if (!below || off >= x->val) {
		dput_hex(d, off);
		return;
	}
	strbuf_puts(d->out, below->name);
	if (off > below->val)
		strbuf_printf(d->out, "+%" PRIu64, off - below->val);
}

static void put_user_offset(struct dctx *d, uint64_t off)
{
	if (!dput_xstyled(d, off, user_offset_names))
		user_offset_names(d, off);
}

static void put_addr(struct dctx *d, enum pt_addr k, uint64_t v)
{
	switch (k) {
	case PA_USER:
		put_user_offset(d, v);
		break;
	case PA_SIZE:
		dput_uint(d, v);
		break;
	case PA_NT:
		dput_enum(d, v, dfs_nt_types, "NT_???");
		break;
	default:
		dput_ptr(d, v);
		break;
	}
}

/* The data argument at exit: what the kernel stored there. */
static void put_data_out(struct dctx *d, enum pt_data k, uint64_t v)
{
	if (dutil_failed(d)) {
		dput_ptr(d, v);
		return;
	}
	if (k == PD_PEEK)
		dput_addr_ptr(d, v);
	else
		dput_ulong_ptr(d, v);
}

void dfs_ptrace(struct dctx *d)
{
	const uint64_t *a = d->c->args;
	enum pt_addr ak = addr_kind(a[0]);
	enum pt_data dk = data_kind(a[0]);

	if (d->exiting) {
		if (dk == PD_PEEK || dk == PD_ULONG)
			put_data_out(d, dk, a[3]);
		return;
	}
	dput_enum(d, a[0], dfs_ptrace_reqs, "PTRACE_???");
	if (a[0] == PT_TRACEME)
		return;
	strbuf_printf(d->out, ", %d", (int)a[1]);
	if (a[0] == PT_ATTACH || a[0] == PT_KILL || a[0] == PT_INTERRUPT ||
	    a[0] == PT_LISTEN)
		return;
	dput_sep(d);
	if (ak != PA_NONE) {
		put_addr(d, ak, a[2]);
		dput_sep(d);
	}
	switch (dk) {
	case PD_SIG:
		dput_signal(d, (int64_t)a[3]);
		break;
	case PD_OPTS:
		dput_flags(d, a[3], dfs_ptrace_opts);
		break;
	case PD_PEEK:
	case PD_ULONG:
		break;	/* at exit */
	default:
		dput_ptr(d, a[3]);
		break;
	}
}
