// SPDX-License-Identifier: MIT
/*
 * decode_proc - decoders of process, memory and signal calls whose shape
 * the declarative table cannot express: clone, clone3, futex, wait
 * statuses, struct sigaction, rlimit, sigaltstack, uname, sysinfo.
 */
#include <inttypes.h>
#include <string.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_util.h"
#include "names.h"

#define DCSIGNAL 0xffu
#define DCLONE_SETTLS 0x00080000u
#define DCLONE_PARENT_SETTID 0x00100000u
#define DCLONE_CHILD_CLEARTID 0x00200000u
#define DCLONE_CHILD_SETTID 0x01000000u
#define DMREMAP_FIXED 2u

/* Clone flags with the exit signal in the low byte: A|B|SIGCHLD. */
static void put_clone_flags(struct dctx *d, uint64_t flags)
{
	uint64_t sig = flags & DCSIGNAL;

	if (flags & ~(uint64_t)DCSIGNAL)
		dput_flags(d, flags & ~(uint64_t)DCSIGNAL, xlat_clone_flags);
	if (sig) {
		if (flags & ~(uint64_t)DCSIGNAL)
			strbuf_putc(d->out, '|');
		dput_signal(d, (int64_t)sig);
	} else if (!(flags & ~(uint64_t)DCSIGNAL)) {
		strbuf_putc(d->out, '0');
	}
}

/* clone(flags, stack, parent_tid, child_tid, tls) on x86_64. */
void dproc_clone(struct dctx *d)
{
	const uint64_t *a = d->c->args;

	if (!d->exiting) {
		strbuf_puts(d->out, "child_stack=");
		dput_ptr(d, a[1]);
		strbuf_puts(d->out, ", flags=");
		put_clone_flags(d, a[0]);
		return;
	}
	if (a[0] & DCLONE_PARENT_SETTID) {
		strbuf_puts(d->out, ", parent_tid=");
		if (dutil_failed(d))
			dput_ptr(d, a[2]);
		else
			dput_int_ptr(d, a[2]);
	}
	if (a[0] & DCLONE_SETTLS) {
		strbuf_puts(d->out, ", tls=");
		dput_ptr(d, a[4]);
	}
	if (a[0] & (DCLONE_CHILD_SETTID | DCLONE_CHILD_CLEARTID)) {
		strbuf_puts(d->out, ", child_tidptr=");
		dput_ptr(d, a[3]);
	}
}

int dproc_mremap_shown(const struct dctx *d)
{
	return d->c->args[3] & DMREMAP_FIXED ? 5 : 4;
}

/* Offset of uc_sigmask from the stack pointer at rt_sigreturn. */
#define DUC_SIGMASK_OFF 296

/*
 * rt_sigreturn(): strace shows the mask the call restores, read from the
 * ucontext the stack pointer points to once the handler has returned.
 * Without the stack pointer there is nothing to show.
 */
void dproc_rt_sigreturn(struct dctx *d)
{
	if (d->exiting || !d->c->sp)
		return;
	strbuf_puts(d->out, "{mask=");
	dput_sigset(d, d->c->sp + DUC_SIGMASK_OFF, 8);
	strbuf_putc(d->out, '}');
}

static const struct xlat ss_flags[] = {
	{ 1, "SS_ONSTACK" },
	{ 2, "SS_DISABLE" },
	{ 1u << 31, "SS_AUTODISARM" },
	XLAT_END
};

void dproc_sigaltstack(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	stack_t ss;

	if (dmem_read_or_ptr(d, addr, &ss, sizeof(ss)))
		return;
	strbuf_puts(d->out, "{ss_sp=");
	dput_ptr(d, (uintptr_t)ss.ss_sp);
	strbuf_puts(d->out, ", ss_flags=");
	dput_flags(d, (uint32_t)ss.ss_flags, ss_flags);
	strbuf_printf(d->out, ", ss_size=%zu}", ss.ss_size);
}

/* sched_getaffinity's mask: the CPUs numbered, "[0 1]". */
void dproc_cpuset(struct dctx *d, int i)
{
	unsigned char set[1024];
	uint64_t addr = d->c->args[i];
	size_t n = (size_t)d->c->ret, b;
	const char *sep = "";

	if (n > sizeof(set) || dmem_read(d, addr, set, n)) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_putc(d->out, '[');
	for (b = 0; b < n * 8; b++) {
		if (!((set[b / 8] >> (b % 8)) & 1))
			continue;
		strbuf_printf(d->out, "%s%zu", sep, b);
		sep = " ";
	}
	strbuf_putc(d->out, ']');
}

/* Adaptors from "argument @i" to the struct decoders of
 * decode_misc.c and decode_sig.c. */
void dproc_intptr(struct dctx *d, int i)
{
	dput_int_ptr(d, d->c->args[i]);
}

void dproc_rlimit(struct dctx *d, int i)
{
	dput_rlimit(d, d->c->args[i]);
}

void dproc_uname(struct dctx *d, int i)
{
	dput_utsname(d, d->c->args[i]);
}

void dproc_sysinfo(struct dctx *d, int i)
{
	dput_sysinfo(d, d->c->args[i]);
}

void dproc_rusage(struct dctx *d, int i)
{
	dput_rusage(d, d->c->args[i]);
}

void dproc_sigaction(struct dctx *d, int i)
{
	dput_sigaction(d, d->c->args[i], d->c->args[3]);
}

/* Nothing was written when no child had changed state (WNOHANG). */
void dproc_wstatus(struct dctx *d, int i)
{
	if (d->c->ret == 0)
		dput_ptr(d, d->c->args[i]);
	else
		dput_wait_status(d, d->c->args[i]);
}

/* clone3(struct clone_args *, size): the struct at entry, what the
 * kernel wrote into it and the size at exit. */
void dproc_clone3(struct dctx *d)
{
	uint64_t addr = d->c->args[0], size = d->c->args[1];

	if (!d->exiting) {
		dput_clone_args(d, addr, size);
		return;
	}
	if (!dutil_failed(d))
		dput_clone_args_exit(d, addr, size);
	strbuf_printf(d->out, ", %" PRIu64, size);
}
#define DPR_SET_PDEATHSIG 1
#define DPR_GET_PDEATHSIG 2
#define DPR_GET_DUMPABLE 3
#define DPR_GET_KEEPCAPS 7
#define DPR_SET_NAME 15
#define DPR_GET_NAME 16
#define DPR_GET_SECCOMP 21
#define DPR_CAPBSET_READ 23
#define DPR_CAPBSET_DROP 24
#define DPR_GET_SECUREBITS 27
#define DPR_GET_TIMERSLACK 30
#define DPR_GET_THP_DISABLE 42

/* Options that take no argument: only the option prints. */
static int prctl_no_args(uint64_t op)
{
	switch (op) {
	case DPR_GET_DUMPABLE: case DPR_GET_KEEPCAPS: case DPR_GET_SECCOMP:
	case DPR_GET_SECUREBITS: case DPR_GET_TIMERSLACK:
	case DPR_GET_THP_DISABLE:
		return 1;
	}
	return 0;
}

/* PR_GET_PDEATHSIG's signal, written by the kernel: [SIGTERM]. */
static void put_sig_ptr(struct dctx *d, uint64_t addr)
{
	int32_t sig;

	if (!addr || dutil_failed(d) ||
	    dmem_read(d, addr, &sig, sizeof(sig))) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_putc(d->out, '[');
	dput_signal(d, sig);
	strbuf_putc(d->out, ']');
}

/*
 * prctl(option, ...): the options glibc and runtimes use every day are
 * decoded; for the others all four arguments print in hex.
 */
void dproc_prctl(struct dctx *d)
{
	const uint64_t *a = d->c->args;
	int k;

	if (!d->exiting) {
		dput_enum(d, (uint32_t)a[0], xlat_prctl_options, "PR_???");
		if (prctl_no_args(a[0]))
			return;
		dput_sep(d);
	}
	switch (a[0]) {
	case DPR_SET_NAME:
		if (!d->exiting)
			dput_str(d, a[1]);
		return;
	case DPR_SET_PDEATHSIG:
		if (!d->exiting)
			dput_signal(d, (int64_t)a[1]);
		return;
	case DPR_CAPBSET_READ:
	case DPR_CAPBSET_DROP:
		if (!d->exiting)
			dput_enum(d, (uint32_t)a[1], xlat_capabilities,
				  "CAP_???");
		return;
	case DPR_GET_NAME:
		if (d->exiting && !dutil_failed(d))
			dput_str(d, a[1]);
		else if (d->exiting)
			dput_ptr(d, a[1]);
		return;
	case DPR_GET_PDEATHSIG:
		if (d->exiting)
			put_sig_ptr(d, a[1]);
		return;
	}
	if (d->exiting || prctl_no_args(a[0]))
		return;
	for (k = 1; k <= 4; k++) {
		if (k > 1)
			dput_sep(d);
		dput_hex(d, a[k]);
	}
}

static void put_dumpable(struct dctx *d, uint64_t v)
{
	dput_enum(d, v, xlat_dumpable, NULL);
}

/* PR_GET_DUMPABLE returns a value with a name: "1 (SUID_DUMP_USER)",
 * named in any -X style (strace 6.1). */
void dproc_prctl_ret(struct dctx *d)
{
	dput_int(d, d->c->ret);
	if (d->c->args[0] == DPR_GET_DUMPABLE) {
		strbuf_puts(d->out, " (");
		dput_abbrev(d, (uint64_t)d->c->ret, put_dumpable);
		strbuf_putc(d->out, ')');
	}
}

#define DARCH_GET_FS 0x1003
#define DARCH_GET_GS 0x1004

/* arch_prctl(code, addr): the GET codes write the value at addr. */
void dproc_arch_prctl(struct dctx *d)
{
	const uint64_t *a = d->c->args;
	int get = a[0] == DARCH_GET_FS || a[0] == DARCH_GET_GS;

	if (!d->exiting) {
		dput_enum(d, (uint32_t)a[0], xlat_arch_prctl, "ARCH_???");
		dput_sep(d);
		if (!get)
			dput_hex(d, a[1]);
		return;
	}
	if (get && dutil_failed(d))
		dput_ptr(d, a[1]);
	else if (get)
		dput_addr_ptr(d, a[1]);
}
