/* SPDX-License-Identifier: MIT */
/*
 * decode_structs.h - decoders of the structures passed to the network,
 * signal, I/O and process system calls (decode_net.c, decode_sig.c,
 * decode_io.c, decode_misc.c) and the constant tables they use
 * (xlat_more.c).  Not a public header: only src/decode*.c include it.
 *
 * Every dput_*() prints NULL for a NULL pointer and the bare address when
 * the memory cannot be read, like strace; structures are abbreviated with
 * "..." unless -v, as strace 6.1 does.
 */
#ifndef MYTRACE_DECODE_STRUCTS_H
#define MYTRACE_DECODE_STRUCTS_H

#include <stdint.h>

#include "decode_priv.h"

/* decode_misc.c: resources, process attributes, terminals. */
void dput_rlimit(struct dctx *d, uint64_t addr);	/* prlimit64, *rlimit */
void dput_utsname(struct dctx *d, uint64_t addr);	/* uname */
void dput_sysinfo(struct dctx *d, uint64_t addr);	/* sysinfo */
/* sched_setattr/sched_getattr: @size is the size argument of
 * sched_getattr, 0 to use the struct's own size field (sched_setattr). */
void dput_sched_attr(struct dctx *d, uint64_t addr, uint64_t size);
/* sched_setattr failing with E2BIG: " => {size=56}" */
void dput_sched_attr_e2big(struct dctx *d, uint64_t addr);
/* clone3 at entry: "{flags=..., exit_signal=SIGCHLD, stack=..., ...}" */
void dput_clone_args(struct dctx *d, uint64_t addr, uint64_t size);
/* clone3 at exit (success): " => {pidfd=[5], parent_tid=[1234]}", or
 * nothing when neither CLONE_PIDFD nor CLONE_PARENT_SETTID is set. */
void dput_clone_args_exit(struct dctx *d, uint64_t addr, uint64_t size);
/* An int, long or pointer written by the kernel: "[24]", "[0x7f...]"
 * (get_robust_list, FIONREAD, TIOCGPTN ...). */
void dput_int_ptr(struct dctx *d, uint64_t addr);	/* int: [5] */
void dput_ulong_ptr(struct dctx *d, uint64_t addr);	/* [24] */
void dput_addr_ptr(struct dctx *d, uint64_t addr);	/* [0x7f...] */
void dput_termios(struct dctx *d, uint64_t addr);	/* TCGETS, TCSETS* */
void dput_winsize(struct dctx *d, uint64_t addr);	/* TIOC[GS]WINSZ */

/* decode_sig.c: signal actions, wait statuses, resource usage. */
/* rt_sigaction's act/oldact; @sigsetsize is the last argument. */
void dput_sigaction(struct dctx *d, uint64_t addr, uint64_t sigsetsize);
/* A wait status at @addr: "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]". */
void dput_wait_status(struct dctx *d, uint64_t addr);
/* The same, from the value itself (no brackets). */
void dput_wait_status_val(struct dctx *d, int status);
void dput_rusage(struct dctx *d, uint64_t addr);	/* wait4, getrusage */

/* decode_time.c: struct itimerspec and struct itimerval. */
void dput_itimerspec(struct dctx *d, uint64_t addr);
void dput_itimerval(struct dctx *d, uint64_t addr);

/* decode_net.c: socket addresses and messages. */
/* A sockaddr of @len bytes (bind, connect, sendto ...). */
void dput_sockaddr(struct dctx *d, uint64_t addr, int64_t len);
/*
 * sendmsg (at entry, @datalen -1) and recvmsg (at exit, @datalen the
 * return value: at most that many bytes of data are shown).
 * @namelen_in is msg_namelen as it was at entry, or -1 when unknown;
 * when it differs from the current value both print: "110 => 0".
 */
void dput_msghdr(struct dctx *d, uint64_t addr, int64_t datalen,
		 int64_t namelen_in);
/* recvmsg that failed: "{msg_namelen=110}". */
void dput_msghdr_failed(struct dctx *d, uint64_t addr);

/* decode_io.c: vectors, poll/epoll/select sets, directory entries. */
/* @n iovecs; at most @datalen bytes of data in total (-1: no limit). */
void dput_iovec(struct dctx *d, uint64_t addr, uint64_t n, int64_t datalen);
/* poll/ppoll at entry: "[{fd=3, events=POLLIN}]". */
void dput_pollfds(struct dctx *d, uint64_t addr, uint64_t n);
/*
 * poll/ppoll return annotation after the number: " ([{fd=3,
 * revents=POLLIN}])" or " (Timeout)" when @ret is 0; ppoll adds
 * ", left {tv_sec=0, tv_nsec=999}" from @tmo (0 for poll).
 */
void dput_poll_result(struct dctx *d, uint64_t addr, uint64_t n,
		      int64_t ret, uint64_t tmo);
/* One epoll_event (epoll_ctl) or an array of @n (epoll_wait, at exit). */
void dput_epoll_event(struct dctx *d, uint64_t addr);
void dput_epoll_events(struct dctx *d, uint64_t addr, uint64_t n);
/* The fds of @nfds bits set at @addr: "[3 4]". */
void dput_fdset(struct dctx *d, uint64_t addr, int64_t nfds);
/*
 * select/pselect6 annotation after the return value: " (in [3], out [4],
 * left {tv_sec=0, tv_usec=9})" or " (Timeout)"; @ts: the timeout is a
 * timespec (pselect6), else a timeval (select).
 */
void dput_select_result(struct dctx *d, int64_t nfds, const uint64_t sets[3],
			int64_t ret, uint64_t tmo, int ts);
/* getdents64 at exit: "0x55... /" "* 12 entries *" "/", in full with -v;
 * @len is the return value. */
void dput_dirents64(struct dctx *d, uint64_t addr, int64_t len);

/* xlat_more.c */
extern const struct xlat xlat_clone3_flags[];
extern const struct xlat xlat_sched_policies[];
extern const struct xlat xlat_sched_flags[];
extern const struct xlat xlat_scm_types[];
extern const struct xlat xlat_termios_iflags[];
extern const struct xlat xlat_termios_oflags[];
extern const struct xlat xlat_termios_cflags[];
extern const struct xlat xlat_termios_lflags[];
extern const struct xlat xlat_termios_bauds[];
extern const struct xlat xlat_termios_ldiscs[];

/* Helpers shared by the decode_*.c files above. */

/* Arrays stop after --string-limit elements unless -v, like strace:
 * true (and "..." printed) when element @i must not be shown. */
int dstruct_array_cut(struct dctx *d, uint64_t i);

/* Prints element @k of an array, read at @at into @elem. */
typedef void (*dstruct_elem_fn)(struct dctx *d, uint64_t k, uint64_t at,
				const void *elem, const void *arg);

#define DSTRUCT_ELEM_MAX 256	/* the largest element dstruct_array() reads */

/* Flags of dstruct_array(): where an array departs from the usual form. */
#define DSTRUCT_EMPTY_PTR	0x01	/* no elements: the address, not [] */
#define DSTRUCT_BAD_MORE	0x08	/* unreadable element: "..." */
#define DSTRUCT_BAD_NOTE	0x10	/* unreadable: "... /" "* 0x.. *" "/" */
#define DSTRUCT_BAD_NONE	0x20	/* unreadable element: nothing */

/*
 * "[e0, e1, ...]": @n elements of @size bytes at @addr, each printed by
 * @put (given @arg); cut after --string-limit elements unless -v, and
 * at the first unreadable one, shown as its address.  NULL, or the bare
 * address when the first element cannot be read or the array wraps
 * around.  @flags (DSTRUCT_*) change the details strace prints apart.
 */
void dstruct_array(struct dctx *d, uint64_t addr, uint64_t n, size_t size,
		   unsigned int flags, dstruct_elem_fn put, const void *arg);

/* decode_io.c: an iovec element of dstruct_array(), its address not its
 * data: "{iov_base=0x7f..., iov_len=4096}". */
void dput_iov_addr(struct dctx *d, uint64_t k, uint64_t at,
		   const void *elem, const void *arg);

#endif
