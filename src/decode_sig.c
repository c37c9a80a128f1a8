// SPDX-License-Identifier: MIT
/*
 * decode_sig - rt_sigaction's struct sigaction, wait statuses and
 * struct rusage as strace 6.1 prints them on x86_64.
 */
#include "decode_structs.h"

#include <inttypes.h>

#include "names.h"

/* struct sigaction as rt_sigaction takes it; the mask follows. */
struct dksigaction {
	uint64_t handler;
	uint64_t flags;
	uint64_t restorer;
};

#define DSA_RESTORER	0x04000000ULL
#define DSIGSET_MAX	128u

static void put_handler_name(struct dctx *d, uint64_t h)
{
	if (h == 0)
		strbuf_puts(d->out, "SIG_DFL");
	else if (h == 1)
		strbuf_puts(d->out, "SIG_IGN");
	else if (h == UINT64_MAX)
		strbuf_puts(d->out, "SIG_ERR");
	else
		dput_hex(d, h);
}

/* SIG_DFL; -X raw "0", -X verbose "0 /" "* SIG_DFL *" "/" (strace 6.1). */
static void put_handler(struct dctx *d, uint64_t h)
{
	if (h > 1 && h != UINT64_MAX)
		dput_hex(d, h);
	else if (!dput_xstyled(d, h, put_handler_name))
		put_handler_name(d, h);
}

/* A signal in a wait status: strace names it whatever -X says. */
static void put_status_sig(struct dctx *d, int sig)
{
	const char *name = names_signal(sig);

	if (name)
		strbuf_puts(d->out, name);
	else
		dput_int(d, sig);
}

void dput_sigaction(struct dctx *d, uint64_t addr, uint64_t sigsetsize)
{
	struct dksigaction sa;

	if (dmem_read_or_ptr(d, addr, &sa, sizeof(sa)))
		return;
	if (!sigsetsize || sigsetsize > DSIGSET_MAX)
		sigsetsize = 8;
	strbuf_puts(d->out, "{sa_handler=");
	put_handler(d, sa.handler);
	strbuf_puts(d->out, ", sa_mask=");
	dput_sigset(d, addr + sizeof(sa), sigsetsize);
	strbuf_puts(d->out, ", sa_flags=");
	dput_flags(d, sa.flags, xlat_sa_flags);
	if (sa.flags & DSA_RESTORER) {
		strbuf_puts(d->out, ", sa_restorer=");
		dput_ptr(d, sa.restorer);
	}
	strbuf_putc(d->out, '}');
}

/* The ptrace event of a stop status, as strace names it. */
static const char *const ptrace_events[] = {
	NULL, "PTRACE_EVENT_FORK", "PTRACE_EVENT_VFORK",
	"PTRACE_EVENT_CLONE", "PTRACE_EVENT_EXEC",
	"PTRACE_EVENT_VFORK_DONE", "PTRACE_EVENT_EXIT",
	"PTRACE_EVENT_SECCOMP",
};

static void put_stopped(struct dctx *d, int status)
{
	unsigned int ev = (unsigned int)status >> 16;

	strbuf_puts(d->out, "{WIFSTOPPED(s) && WSTOPSIG(s) == ");
	put_status_sig(d, (status >> 8) & 0xff);
	if (ev && ev < sizeof(ptrace_events) / sizeof(ptrace_events[0]))
		strbuf_printf(d->out, " && s >> 16 == %s", ptrace_events[ev]);
	else if (ev == 128)
		strbuf_puts(d->out, " && s >> 16 == PTRACE_EVENT_STOP");
	else if (ev)
		strbuf_printf(d->out, " && s >> 16 == %#x", ev);
	strbuf_putc(d->out, '}');
}

void dput_wait_status_val(struct dctx *d, int status)
{
	int sig = status & 0x7f;

	if (sig == 0) {
		strbuf_printf(d->out, "{WIFEXITED(s) && WEXITSTATUS(s) == %d}",
			      (status >> 8) & 0xff);
	} else if ((status & 0xff) == 0x7f) {
		put_stopped(d, status);
	} else if (status == 0xffff) {
		strbuf_puts(d->out, "{WIFCONTINUED(s)}");
	} else {
		strbuf_puts(d->out, "{WIFSIGNALED(s) && WTERMSIG(s) == ");
		put_status_sig(d, sig);
		if (status & 0x80)
			strbuf_puts(d->out, " && WCOREDUMP(s)");
		strbuf_putc(d->out, '}');
	}
}

void dput_wait_status(struct dctx *d, uint64_t addr)
{
	int32_t status;

	if (dmem_read_or_ptr(d, addr, &status, sizeof(status)))
		return;
	strbuf_putc(d->out, '[');
	dput_wait_status_val(d, status);
	strbuf_putc(d->out, ']');
}

/* struct rusage on x86_64: two timevals and fourteen longs. */
struct dkrusage {
	int64_t utime[2];
	int64_t stime[2];
	int64_t rest[14];
};

static const char *const rusage_names[] = {
	"maxrss", "ixrss", "idrss", "isrss", "minflt", "majflt", "nswap",
	"inblock", "oublock", "msgsnd", "msgrcv", "nsignals", "nvcsw",
	"nivcsw",
};

void dput_rusage(struct dctx *d, uint64_t addr)
{
	struct dkrusage ru;
	size_t i;

	if (dmem_read_or_ptr(d, addr, &ru, sizeof(ru)))
		return;
	strbuf_printf(d->out, "{ru_utime={tv_sec=%" PRId64 ", tv_usec=%"
		      PRId64 "}, ru_stime={tv_sec=%" PRId64 ", tv_usec=%"
		      PRId64 "}", ru.utime[0], ru.utime[1], ru.stime[0],
		      ru.stime[1]);
	if (!d->o->verbose) {
		strbuf_puts(d->out, ", ...}");
		return;
	}
	for (i = 0; i < sizeof(rusage_names) / sizeof(rusage_names[0]); i++)
		strbuf_printf(d->out, ", ru_%s=%" PRId64, rusage_names[i],
			      ru.rest[i]);
	strbuf_putc(d->out, '}');
}
