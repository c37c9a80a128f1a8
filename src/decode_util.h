/* SPDX-License-Identifier: MIT */
/*
 * decode_util.h - helpers shared by the decode_*.c files that I own,
 * beyond the contract of decode_priv.h.  Not a public header.
 */
#ifndef MYTRACE_DECODE_UTIL_H
#define MYTRACE_DECODE_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "decode_priv.h"

#define DECODE_AT_FDCWD (-100)
#define DECODE_S_IFMT 0170000

/*
 * Read a NUL-terminated string of at most @max bytes into @buf (page by
 * page, so a string just before an unmapped page is still read); *len
 * gets its length.  1 when the NUL was found, 0 when cut at @max (or at
 * an unreadable page after the first byte), -EFAULT when nothing could
 * be read.
 */
int dmem_read_str(const struct dctx *d, uint64_t addr, char *buf,
		  size_t max, size_t *len);

/*
 * A value read at entry for the exit half, kept in the caller's
 * c->memo (see include/decode.h): @slot (0 or 1) tells apart several
 * values of one call.  dmemo_get() is 1 when found.
 */
void dmemo_put(const struct decode_call *c, int slot, int64_t val);
int dmemo_get(const struct decode_call *c, int slot, int64_t *val);

/* --string-limit, with the default when no options are given. */
static inline long dutil_limit(const struct dctx *d)
{
	return d->o && d->o->string_limit >= 0 ? d->o->string_limit : 32;
}

/* Has the call failed (only meaningful at exit)? */
static inline int dutil_failed(const struct dctx *d)
{
	return d->c->ret < 0 && d->c->ret >= -4095;
}

/* Argument kinds of the declarative table (decode_table.c). */
enum dkind {
	K_NONE,
	K_INT,		/* int, decimal */
	K_UINT,		/* unsigned int, decimal */
	K_LONG,		/* long, decimal */
	K_ULONG,	/* unsigned long / size_t, decimal */
	K_HEX,		/* unsigned long in hex (0 as "0") */
	K_XINT,		/* unsigned int in hex */
	K_PTR,		/* NULL or address */
	K_FD,
	K_DIRFD,
	K_PATH,
	K_STR,		/* NUL-terminated, cut at --string-limit */
	K_MODE,		/* 0644 */
	K_SIG,		/* SIGCHLD */
	K_FLAGS,	/* dput_flags(.x) on an unsigned int */
	K_LFLAGS,	/* dput_flags(.x) on an unsigned long */
	K_ENUM,		/* dput_enum(.x, .unk) on an int */
	K_WBUF,		/* buffer written: length is the next argument */
	K_ARGV,
	K_ENVP,
	K_SIGSET,	/* size is the call's last argument */
	K_TIMESPEC,	/* struct timespec read at entry */
	K_FN,		/* .put prints it, at entry */
	/* Kinds below are filled by the kernel: printed at exit, and as
	 * an address when the call failed. */
	K_OUT_FIRST,
	K_OPTR = K_OUT_FIRST,	/* out pointer we do not decode */
	K_RBUF,		/* buffer read: length is the return value */
	K_HEXBUF,	/* like K_RBUF, always in hex (getrandom) */
	K_STAT,
	K_STATX,
	K_OSIGSET,	/* sigset written; size is the last argument */
	K_OTIMESPEC,
	K_FN_OUT,	/* .put prints it, at exit */
	K_FN_EXIT,	/* .put prints it, at exit, even when failed */
};

struct darg {
	unsigned char kind;	/* enum dkind */
	const struct xlat *x;	/* K_FLAGS, K_LFLAGS, K_ENUM */
	const char *unk;	/* K_ENUM: comment for unknown values */
	/* K_FN, K_FN_OUT, K_FN_EXIT: print argument @i (the call has
	 * not failed when K_FN_OUT is printed). */
	void (*put)(struct dctx *d, int i);
};

/* How the return value prints. */
enum dret {
	DRET_DEC,	/* 3 */
	DRET_HEX,	/* 0x7f12... (addresses) */
	DRET_OCT,	/* 022 (umask) */
	DRET_FD,	/* 3, or 3</path> with -y */
	DRET_NONE,	/* never returns: ? */
};

struct dsys {
	unsigned char known;	/* 0 for the gaps of the table */
	unsigned char nargs;
	unsigned char ret;	/* enum dret */
	struct darg a[6];
	/* Number of arguments shown when it depends on the values
	 * (open's mode only with O_CREAT); NULL: nargs. */
	int (*shown)(const struct dctx *d);
	/* Prints the whole argument list itself, at entry and at exit
	 * (d->exiting tells which half); overrides .a. */
	void (*whole)(struct dctx *d);
	/* Prints the return value itself when the call succeeded. */
	void (*retfn)(struct dctx *d);
	/* Called at entry to note what the exit half shows again
	 * (dmemo_put), e.g. an address length before the call. */
	void (*note)(struct dctx *d);
};

/* Decoder of syscall @nr, or NULL when we print it raw. */
const struct dsys *dtable_get(long nr);

/* Print argument @i of the current call as @a describes it. */
void dput_arg(struct dctx *d, const struct darg *a, int i);

/* Decoders of decode_proc.c and decode_file.c used by the table. */
void dproc_clone(struct dctx *d);
void dproc_clone3(struct dctx *d);
void dproc_futex(struct dctx *d);
void dproc_rt_sigreturn(struct dctx *d);
void dproc_prctl(struct dctx *d);
int dproc_mremap_shown(const struct dctx *d);
void dproc_wstatus(struct dctx *d, int i);
void dproc_sigaction(struct dctx *d, int i);
void dproc_sigaltstack(struct dctx *d, int i);
void dproc_rlimit(struct dctx *d, int i);
void dproc_cpuset(struct dctx *d, int i);
void dproc_intptr(struct dctx *d, int i);
void dproc_uname(struct dctx *d, int i);
void dproc_sysinfo(struct dctx *d, int i);
void dproc_rusage(struct dctx *d, int i);
int dfile_open_shown(const struct dctx *d);
void dfile_open_flags(struct dctx *d, int i);
void dfile_statx_flags(struct dctx *d, int i);
void dfile_fcntl(struct dctx *d);
void dfile_fcntl_ret(struct dctx *d);
void dfile_ioctl(struct dctx *d);
void dfile_iov(struct dctx *d, int i);
void dfile_iov_addrs(struct dctx *d, uint64_t addr, uint64_t n);
void dfile_pipefd(struct dctx *d, int i);
void dfile_getdents(struct dctx *d, int i);
void dfile_getcwd_buf(struct dctx *d, int i);
void dfile_pollfds(struct dctx *d, int i);
void dfile_poll_ret(struct dctx *d);
void dfile_socket_type(struct dctx *d, int i);
void dfile_socket_proto(struct dctx *d, int i);
void dfile_sockaddr(struct dctx *d, int i);
void dfile_select(struct dctx *d);
void dfile_select_ret(struct dctx *d);
void dfile_pselect6(struct dctx *d);
void dfile_pselect6_ret(struct dctx *d);
void dfile_put_open_flags(struct dctx *d, uint64_t flags);

/* decode_net.c */
void dnet_note_len(struct dctx *d);
void dnet_note_namelen(struct dctx *d);
void dnet_len_out(struct dctx *d, int i);
void dnet_addr_out(struct dctx *d, int i);
void dnet_sockopt_level(struct dctx *d, int i);
void dnet_sockopt_name(struct dctx *d, int i);
void dnet_optval_in(struct dctx *d, int i);
void dnet_optval_out(struct dctx *d, int i);
void dnet_msghdr_in(struct dctx *d, int i);
void dnet_msghdr_out(struct dctx *d, int i);

/* decode_time.c */
void dtime_itimerspec(struct dctx *d, int i);
void dtime_itimerval(struct dctx *d, int i);
void dtime_sigevent(struct dctx *d, int i);
void dtime_rem(struct dctx *d, int i);
void dtime_tms(struct dctx *d, int i);
void dtime_siginfo(struct dctx *d, int i);
void dtime_signal_ret(struct dctx *d);
void dtime_signalfd_mask(struct dctx *d, int i);

/* decode_sys.c */
void dsys_intptr(struct dctx *d, int i);
void dsys_policy_ret(struct dctx *d);
void dsys_cap_header(struct dctx *d, int i);
void dsys_cap_data(struct dctx *d, int i);
void dsys_getgroups(struct dctx *d, int i);
void dsys_setgroups(struct dctx *d, int i);
void dsys_personality(struct dctx *d, int i);
void dsys_personality_ret(struct dctx *d);
void dsys_statfs(struct dctx *d, int i);
void dsys_open_how(struct dctx *d, int i);
void dsys_xattr_list(struct dctx *d, int i);
void dsys_mincore_vec(struct dctx *d, int i);
void dsys_epoll_event(struct dctx *d, int i);
void dsys_epoll_events(struct dctx *d, int i);
void dsys_pselect_sigmask(struct dctx *d, uint64_t addr);
void dsys_pollfds(struct dctx *d, int i);
void dsys_ppoll_ret(struct dctx *d);
void dsys_sigset_next(struct dctx *d, int i);
void dsys_sched_attr(struct dctx *d, int i);
void dsys_loff(struct dctx *d, int i);
void dproc_prctl_ret(struct dctx *d);
void dproc_arch_prctl(struct dctx *d);

#endif
