// SPDX-License-Identifier: MIT
/*
 * decode_siginfo - a signal's siginfo_t as strace 6.1 prints it between
 * "--- SIGCHLD " and " ---".  Which fields follow si_code depends on who
 * sent the signal (si_code <= 0: a process, with SI_TIMER, SI_SIGIO as
 * special cases) or, for the kernel, on the signal.
 */
#include "decode.h"

#include <inttypes.h>
#include <stdint.h>

#include "names.h"
#include "syscalls.h"
#include "xlat.h"

#define AUDIT_X86_64	0xc000003eU
#define AUDIT_I386	0x40000003U

static const struct xlat prof_codes[] = {
	{ 1, "PROF_SIG" },
	XLAT_END
};

/* The si_code table specific to @sig, or NULL. */
static const struct xlat *sig_codes(int sig)
{
	switch (sig) {
	case SIGTRAP:	return xlat_trap_codes;
	case SIGCHLD:	return xlat_cld_codes;
	case SIGIO:	return xlat_poll_codes;
	case SIGPROF:	return prof_codes;
	case SIGILL:	return xlat_ill_codes;
	case SIGFPE:	return xlat_fpe_codes;
	case SIGSEGV:	return xlat_segv_codes;
	case SIGBUS:	return xlat_bus_codes;
	case SIGSYS:	return xlat_sys_codes;
	default:	return NULL;
	}
}

static enum decode_xstyle xstyle(const struct decode_opts *o)
{
	return o ? o->xstyle : DECODE_X_ABBREV;
}

/* SIGCHLD; -X raw "17", -X verbose "17 /" "* SIGCHLD *" "/". */
static void put_signame(struct strbuf *out, int sig,
			const struct decode_opts *o)
{
	const char *name = names_signal(sig);

	if (!name || xstyle(o) != DECODE_X_ABBREV)
		strbuf_printf(out, "%d", sig);
	if (name && xstyle(o) == DECODE_X_VERBOSE)
		strbuf_printf(out, " /* %s */", name);
	else if (name && xstyle(o) == DECODE_X_ABBREV)
		strbuf_puts(out, name);
}

/* The generic SI_* names win over the per-signal ones (0 is SI_USER). */
static void put_code(struct strbuf *out, int code, int sig,
		     const struct decode_opts *o)
{
	const char *name = xlat_name(xlat_si_codes, (uint64_t)(int64_t)code);
	const struct xlat *tab = sig_codes(sig);

	if (!name && tab)
		name = xlat_name(tab, (uint64_t)(int64_t)code);
	/* -X raw "0x1", -X verbose "0x1 /" "* CLD_EXITED *" "/" */
	if (!name || xstyle(o) != DECODE_X_ABBREV)
		strbuf_printf(out, "%#x", (unsigned int)code);
	if (name && xstyle(o) == DECODE_X_VERBOSE)
		strbuf_printf(out, " /* %s */", name);
	else if (name && xstyle(o) == DECODE_X_ABBREV)
		strbuf_puts(out, name);
}

static void put_ptr(struct strbuf *out, const char *field, const void *p)
{
	uintptr_t v = (uintptr_t)p;

	if (v)
		strbuf_printf(out, ", %s=%#" PRIxPTR, field, v);
	else
		strbuf_printf(out, ", %s=NULL", field);
}

/* ", si_pid=42, si_uid=0" (an unset uid is -1) */
static void put_source(struct strbuf *out, const siginfo_t *si)
{
	strbuf_printf(out, ", si_pid=%d, si_uid=", (int)si->si_pid);
	if (si->si_uid == (uid_t)-1)
		strbuf_puts(out, "-1");
	else
		strbuf_printf(out, "%u", (unsigned int)si->si_uid);
}

static void put_sigval(struct strbuf *out, const siginfo_t *si)
{
	strbuf_printf(out, ", si_int=%d", si->si_int);
	put_ptr(out, "si_ptr", si->si_ptr);
}

/* Sent by a process (si_code <= 0): kill, tgkill, sigqueue, timers. */
static void put_user_info(struct strbuf *out, const siginfo_t *si)
{
	switch (si->si_code) {
	case SI_USER:
	case SI_TKILL:
		put_source(out, si);
		break;
	case SI_TIMER:
		strbuf_printf(out, ", si_timerid=%#x, si_overrun=%d",
			      (unsigned int)si->si_timerid, si->si_overrun);
		put_sigval(out, si);
		break;
	case SI_SIGIO:
		strbuf_printf(out, ", si_band=%ld, si_fd=%d",
			      (long)si->si_band, si->si_fd);
		break;
	default:
		put_source(out, si);
		if (si->si_ptr)
			put_sigval(out, si);
		break;
	}
}

/* Clock ticks (USER_HZ, 100 a second) with the seconds in a comment
 * when not 0: ", si_utime=1 /" "* 0.01 s *" "/". */
static void put_clock(struct strbuf *out, const char *name, long ticks)
{
	strbuf_printf(out, ", %s=%ld", name, ticks);
	if (ticks > 0)
		strbuf_printf(out, " /* %ld.%02ld s */", ticks / 100,
			      ticks % 100);
}

static void put_chld_info(struct strbuf *out, const siginfo_t *si,
			  const struct decode_opts *o)
{
	put_source(out, si);
	strbuf_puts(out, ", si_status=");
	if (si->si_code == CLD_EXITED)
		strbuf_printf(out, "%d", si->si_status);
	else
		put_signame(out, si->si_status, o);
	put_clock(out, "si_utime", (long)si->si_utime);
	put_clock(out, "si_stime", (long)si->si_stime);
}

static void put_fault_extra(struct strbuf *out, const siginfo_t *si)
{
	if (si->si_signo == SIGBUS && (si->si_code == BUS_MCEERR_AR ||
				       si->si_code == BUS_MCEERR_AO))
		strbuf_printf(out, ", si_addr_lsb=%#x",
			      (unsigned int)si->si_addr_lsb);
	if (si->si_signo == SIGSEGV && si->si_code == SEGV_BNDERR) {
		put_ptr(out, "si_lower", si->si_lower);
		put_ptr(out, "si_upper", si->si_upper);
	}
	if (si->si_signo == SIGSEGV && si->si_code == SEGV_PKUERR)
		strbuf_printf(out, ", si_pkey=%u", (unsigned int)si->si_pkey);
}

/* ", si_call_addr=0x..., si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_..." */
static void put_sys_info(struct strbuf *out, const siginfo_t *si)
{
	unsigned int arch = si->si_arch;
	const char *name = arch == AUDIT_X86_64 ?
		syscalls_name(si->si_syscall) : NULL;

	put_ptr(out, "si_call_addr", si->si_call_addr);
	if (name)
		strbuf_printf(out, ", si_syscall=__NR_%s", name);
	else
		strbuf_printf(out, ", si_syscall=%d", si->si_syscall);
	if (arch == AUDIT_X86_64)
		strbuf_puts(out, ", si_arch=AUDIT_ARCH_X86_64");
	else if (arch == AUDIT_I386)
		strbuf_puts(out, ", si_arch=AUDIT_ARCH_I386");
	else
		strbuf_printf(out, ", si_arch=%#x /* AUDIT_ARCH_??? */", arch);
}

/* Sent by the kernel (si_code > 0): what is printed depends on the signal. */
static void put_kernel_info(struct strbuf *out, const siginfo_t *si,
			    const struct decode_opts *o)
{
	switch (si->si_signo) {
	case SIGCHLD:
		put_chld_info(out, si, o);
		break;
	case SIGILL:
	case SIGFPE:
	case SIGBUS:
	case SIGSEGV:
	case SIGTRAP:
		put_ptr(out, "si_addr", si->si_addr);
		put_fault_extra(out, si);
		break;
	case SIGIO:
		if (si->si_code == POLL_IN || si->si_code == POLL_OUT ||
		    si->si_code == POLL_MSG)
			strbuf_printf(out, ", si_band=%ld, si_fd=%d",
				      (long)si->si_band, si->si_fd);
		break;
	case SIGSYS:
		put_sys_info(out, si);
		break;
	default:
		if (si->si_pid || si->si_uid)
			put_source(out, si);
		if (si->si_ptr)
			put_sigval(out, si);
		break;
	}
}

void decode_siginfo(struct strbuf *out, const siginfo_t *si,
		    const struct decode_opts *o)
{
	const char *err;

	strbuf_putc(out, '{');
	if (!si->si_signo) {
		strbuf_putc(out, '}');
		return;
	}
	strbuf_puts(out, "si_signo=");
	put_signame(out, si->si_signo, o);
	strbuf_puts(out, ", si_code=");
	put_code(out, si->si_code, si->si_signo, o);
	if (si->si_errno) {
		err = names_errno(si->si_errno);
		if (err)
			strbuf_printf(out, ", si_errno=%s", err);
		else
			strbuf_printf(out, ", si_errno=%d", si->si_errno);
	}
	if (si->si_code <= 0)
		put_user_info(out, si);
	else
		put_kernel_info(out, si, o);
	strbuf_putc(out, '}');
}
