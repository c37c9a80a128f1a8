// SPDX-License-Identifier: MIT
/*
 * decode_file - decoders of file and descriptor calls the declarative
 * table cannot express: open flags (and whether the mode is shown),
 * fcntl, ioctl, iovecs, pipe fds, getdents, getcwd, poll.
 */
#include <inttypes.h>
#include <limits.h>
#include <string.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_util.h"

#define DO_ACCMODE 03u
#define DO_CREAT 0100u
#define DO_TMPFILE 020200000u

/* Index of the flags argument of open (1) / openat (2). */
static int open_flags_index(const struct dctx *d)
{
	const struct dsys *s = dtable_get(d->c->nr);

	return s && s->a[0].kind == K_DIRFD ? 2 : 1;
}

/* The mode is shown only when the call can create a file. */
int dfile_open_shown(const struct dctx *d)
{
	int i = open_flags_index(d);
	uint32_t fl = (uint32_t)d->c->args[i];

	if ((fl & DO_CREAT) || (fl & DO_TMPFILE) == DO_TMPFILE)
		return i + 2;
	return i + 1;
}

/* O_RDONLY|O_CLOEXEC: the access mode, then the other flags. */
static void put_open_flags(struct dctx *d, uint64_t v)
{
	uint32_t fl = (uint32_t)v;
	const char *acc = xlat_name(xlat_open_access, fl & DO_ACCMODE);
	uint32_t rest = fl & ~DO_ACCMODE;

	if (dput_xstyled(d, fl, put_open_flags))	/* -X raw, verbose */
		return;
	if (!acc) {
		dput_flags(d, fl, xlat_open_flags);
		return;
	}
	strbuf_puts(d->out, acc);
	if (rest) {
		strbuf_putc(d->out, '|');
		dput_flags(d, rest, xlat_open_flags);
	}
}

void dfile_put_open_flags(struct dctx *d, uint64_t flags)
{
	put_open_flags(d, (uint32_t)flags);
}

void dfile_open_flags(struct dctx *d, int i)
{
	put_open_flags(d, (uint32_t)d->c->args[i]);
}

#define DAT_STATX_SYNC_TYPE 0x6000u

/* statx flags: the sync type always comes first, even when it is 0
 * (AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW). */
void dfile_statx_flags(struct dctx *d, int i)
{
	uint32_t fl = (uint32_t)d->c->args[i];
	uint32_t rest = fl & ~DAT_STATX_SYNC_TYPE;

	/* strace -X raw leaves a zero sync type out: "|0x900", and
	 * prints nothing at all for 0. */
	if ((fl & DAT_STATX_SYNC_TYPE) || !d->o ||
	    d->o->xstyle != DECODE_X_RAW)
		dput_flags(d, fl & DAT_STATX_SYNC_TYPE, xlat_at_statx_sync);
	if (rest) {
		strbuf_putc(d->out, '|');
		dput_flags(d, rest, xlat_at_flags);
	}
}

/* fcntl commands (asm-generic/fcntl.h and linux/fcntl.h). */
enum {
	DF_DUPFD = 0, DF_GETFD = 1, DF_SETFD = 2, DF_GETFL = 3, DF_SETFL = 4,
	DF_GETLK = 5, DF_SETLK = 6, DF_SETLKW = 7, DF_SETOWN = 8,
	DF_GETOWN = 9, DF_SETSIG = 10, DF_GETSIG = 11,
	DF_OFD_GETLK = 36, DF_OFD_SETLK = 37, DF_OFD_SETLKW = 38,
	DF_SETLEASE = 1024, DF_GETLEASE = 1025, DF_NOTIFY = 1026,
	DF_DUPFD_CLOEXEC = 1030, DF_SETPIPE_SZ = 1031, DF_GETPIPE_SZ = 1032,
	DF_ADD_SEALS = 1033, DF_GET_SEALS = 1034,
};

static const struct xlat flock_types[] = {
	{ 0, "F_RDLCK" },
	{ 1, "F_WRLCK" },
	{ 2, "F_UNLCK" },
	XLAT_END
};

/* struct flock: {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=0}
 * and l_pid when the kernel filled it (F_GETLK). */
static void put_flock(struct dctx *d, uint64_t addr, int with_pid)
{
	struct {
		int16_t type, whence;
		int32_t pad;
		int64_t start, len;
		int32_t pid, pad2;
	} fl;

	if (dmem_read_or_ptr(d, addr, &fl, sizeof(fl)))
		return;
	strbuf_puts(d->out, "{l_type=");
	dput_enum(d, (uint16_t)fl.type, flock_types, "F_???");
	strbuf_puts(d->out, ", l_whence=");
	dput_enum(d, (uint16_t)fl.whence, xlat_lseek_whence, "SEEK_???");
	strbuf_printf(d->out, ", l_start=%" PRId64 ", l_len=%" PRId64,
		      fl.start, fl.len);
	if (with_pid)
		strbuf_printf(d->out, ", l_pid=%d", fl.pid);
	strbuf_putc(d->out, '}');
}

static void put_fcntl_arg(struct dctx *d, uint32_t cmd, uint64_t arg)
{
	switch (cmd) {
	case DF_GETFD: case DF_GETFL: case DF_GETOWN: case DF_GETSIG:
	case DF_GETLEASE: case DF_GETPIPE_SZ: case DF_GET_SEALS:
		return;
	}
	dput_sep(d);
	switch (cmd) {
	case DF_SETFD:
		dput_flags(d, (uint32_t)arg, xlat_fd_flags);
		break;
	case DF_SETFL:
		put_open_flags(d, (uint32_t)arg);
		break;
	case DF_SETSIG:
		dput_signal(d, (int32_t)arg);
		break;
	case DF_SETLK: case DF_SETLKW: case DF_OFD_SETLK: case DF_OFD_SETLKW:
		put_flock(d, arg, 0);
		break;
	case DF_GETLK: case DF_OFD_GETLK:
		break;		/* filled by the kernel: at exit */
	case DF_DUPFD: case DF_DUPFD_CLOEXEC: case DF_SETOWN:
	case DF_SETPIPE_SZ: case DF_SETLEASE:
		dput_int(d, (int32_t)arg);
		break;
	default:
		dput_hex(d, arg);
		break;
	}
}

void dfile_fcntl(struct dctx *d)
{
	uint32_t cmd = (uint32_t)d->c->args[1];

	if (d->exiting) {
		if (cmd != DF_GETLK && cmd != DF_OFD_GETLK)
			return;
		if (dutil_failed(d))
			dput_ptr(d, d->c->args[2]);
		else
			put_flock(d, d->c->args[2], 1);
		return;
	}
	dput_fd(d, d->c->args[0]);
	dput_sep(d);
	dput_enum(d, cmd, xlat_fcntl_cmds, "F_???");
	put_fcntl_arg(d, cmd, d->c->args[2]);
}

/* F_GETFD and F_GETFL return flags: "0x1 (flags FD_CLOEXEC)"; strace
 * 6.1 names F_GETFL's in any -X style, F_GETFD's as -X says. */
void dfile_fcntl_ret(struct dctx *d)
{
	uint32_t cmd = (uint32_t)d->c->args[1];
	uint64_t r = (uint64_t)d->c->ret;

	switch (cmd) {
	case DF_DUPFD: case DF_DUPFD_CLOEXEC:
		dput_fd(d, d->c->ret);
		break;
	case DF_GETFD:
		dput_hex(d, r);
		if (r) {
			strbuf_puts(d->out, " (flags ");
			dput_flags(d, r, xlat_fd_flags);
			strbuf_putc(d->out, ')');
		}
		break;
	case DF_GETFL:
		dput_hex(d, r);
		strbuf_puts(d->out, " (flags ");
		dput_abbrev(d, r, put_open_flags);
		strbuf_putc(d->out, ')');
		break;
	default:
		dput_int(d, d->c->ret);
		break;
	}
}

/* An ioctl request without a name: _IOC(_IOC_READ, 0x54, 0x13, 0x4),
 * whatever its fields (strace 6.1: _IOC(_IOC_NONE, 0x12, 0x34, 0)). */
static void put_ioc_names(struct dctx *d, uint64_t v)
{
	uint32_t cmd = (uint32_t)v;
	static const char *const dirs[] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ",
		"_IOC_READ|_IOC_WRITE",
	};
	uint32_t dir = cmd >> 30, size = (cmd >> 16) & 0x3fff;

	strbuf_printf(d->out, "_IOC(%s, %#x, %#x, %#x)", dirs[dir],
		      (cmd >> 8) & 0xff, cmd & 0xff, size);
}

/* -X raw: "0x80047807", -X verbose: the number, _IOC(...) in a comment. */
static void put_ioc(struct dctx *d, uint32_t cmd)
{
	if (!dput_xstyled(d, cmd, put_ioc_names))
		put_ioc_names(d, cmd);
}

#define DTCGETS 0x5401u
#define DTCSETS 0x5402u
#define DTCSETSF 0x5404u
#define DTIOCGWINSZ 0x5413u
#define DTIOCSWINSZ 0x5414u
#define DTCFLSH 0x540bu
#define DTIOCGPGRP 0x540fu
#define DTIOCSPGRP 0x5410u
#define DFIONREAD 0x541bu
#define DFIONBIO 0x5421u
#define DFIONCLEX 0x5450u
#define DFIOCLEX 0x5451u
#define DFIOASYNC 0x5452u
#define DTIOCGPTN 0x80045430u
#define DTIOCSPTLCK 0x40045431u

static const struct xlat tcflsh_queues[] = {
	{ 0, "TCIFLUSH" },
	{ 1, "TCOFLUSH" },
	{ 2, "TCIOFLUSH" },
	XLAT_END
};

/* Requests whose argument the kernel fills: printed at exit. */
static int ioctl_arg_out(uint32_t cmd)
{
	return cmd == DTCGETS || cmd == DTIOCGWINSZ || cmd == DFIONREAD ||
	       cmd == DTIOCGPTN || cmd == DTIOCGPGRP;
}

/* Requests without an argument: "ioctl(3, FIOCLEX)". */
static int ioctl_no_arg(uint32_t cmd)
{
	return cmd == DFIOCLEX || cmd == DFIONCLEX;
}

static void put_ioctl_arg(struct dctx *d, uint32_t cmd, uint64_t arg)
{
	if (cmd == DTCGETS || (cmd >= DTCSETS && cmd <= DTCSETSF))
		dput_termios(d, arg);
	else if (cmd == DTIOCGWINSZ || cmd == DTIOCSWINSZ)
		dput_winsize(d, arg);
	else if (cmd == DTCFLSH)
		dput_enum(d, (uint32_t)arg, tcflsh_queues, "TC???");
	else if (cmd == DFIONREAD || cmd == DTIOCGPTN || cmd == DFIONBIO ||
		 cmd == DTIOCSPTLCK || cmd == DTIOCGPGRP ||
		 cmd == DTIOCSPGRP || cmd == DFIOASYNC)
		dput_int_ptr(d, arg);
	else
		dput_hex(d, arg);
}

/*
 * ioctl(fd, REQUEST, arg): terminal structs decoded (at exit for the
 * requests that read them back), any other argument as a raw value.
 */
void dfile_ioctl(struct dctx *d)
{
	uint32_t cmd = (uint32_t)d->c->args[1];
	const char *name = xlat_name(xlat_ioctl_cmds, cmd);
	uint64_t arg = d->c->args[2];

	if (d->exiting) {
		if (!ioctl_arg_out(cmd))
			return;
		if (dutil_failed(d))
			dput_ptr(d, arg);
		else
			put_ioctl_arg(d, cmd, arg);
		return;
	}
	dput_fd(d, d->c->args[0]);
	dput_sep(d);
	if (name)
		dput_enum(d, cmd, xlat_ioctl_cmds, NULL);	/* -X too */
	else
		put_ioc(d, cmd);
	if (ioctl_no_arg(cmd))
		return;
	dput_sep(d);
	if (!ioctl_arg_out(cmd))
		put_ioctl_arg(d, cmd, arg);
}

/*
 * readv that failed: the buffers hold nothing, show their addresses (cut
 * at --string-limit elements unless -v, as strace); unlike dput_iovec(),
 * more than 1024 shows the pointer.
 */
static void put_iov_failed(struct dctx *d, uint64_t addr, uint64_t n)
{
	if (n > 1024)
		dput_ptr(d, addr);
	else
		dstruct_array(d, addr, n, 2 * sizeof(uint64_t), 0,
			      dput_iov_addr, NULL);
}

/*
 * [{iov_base="ab", iov_len=2}, ...]: writev's data at entry; readv's at
 * exit, where only the bytes the call returned are shown.
 */
void dfile_iov(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i], n = (uint32_t)d->c->args[i + 1];

	if (!d->exiting)
		dput_iovec(d, addr, n, -1);
	else if (!dutil_failed(d))
		dput_iovec(d, addr, n, d->c->ret);
	else
		put_iov_failed(d, addr, n);
}

/* A vector of another process (process_vm_*'s remote side): only
 * the addresses, as for a readv that failed. */
void dfile_iov_addrs(struct dctx *d, uint64_t addr, uint64_t n)
{
	put_iov_failed(d, addr, n);
}

void dfile_pipefd(struct dctx *d, int i)
{
	int32_t fds[2];

	if (dmem_read(d, d->c->args[i], fds, sizeof(fds))) {
		dput_ptr(d, d->c->args[i]);
		return;
	}
	strbuf_putc(d->out, '[');
	dput_fd(d, fds[0]);
	dput_sep(d);
	dput_fd(d, fds[1]);
	strbuf_putc(d->out, ']');
}

/* getdents64 buffer: its address and how many entries it holds. */
void dfile_getdents(struct dctx *d, int i)
{
	dput_dirents64(d, d->c->args[i], d->c->ret);
}

/* getcwd's buffer holds a path of ret bytes (NUL included): not cut. */
void dfile_getcwd_buf(struct dctx *d, int i)
{
	dput_path(d, d->c->args[i]);
}

void dfile_pollfds(struct dctx *d, int i)
{
	dput_pollfds(d, d->c->args[i], (uint32_t)d->c->args[i + 1]);
}

/* "2 ([{fd=0, revents=POLLIN}])", or "0 (Timeout)". */
void dfile_poll_ret(struct dctx *d)
{
	dput_int(d, d->c->ret);
	dput_poll_result(d, d->c->args[0], (uint32_t)d->c->args[1],
			 d->c->ret, 0);
}

void dfile_sockaddr(struct dctx *d, int i)
{
	dput_sockaddr(d, d->c->args[i], (uint32_t)d->c->args[i + 1]);
}

#define DSOCK_TYPE_MASK 0xfu
#define DAF_INET 2u
#define DAF_INET6 10u
#define DAF_NETLINK 16u
#define DAF_PACKET 17u

/* SOCK_STREAM|SOCK_CLOEXEC: the type, then the flags. */
void dfile_socket_type(struct dctx *d, int i)
{
	uint32_t v = (uint32_t)d->c->args[i];
	uint32_t rest = v & ~DSOCK_TYPE_MASK;

	dput_enum(d, v & DSOCK_TYPE_MASK, xlat_socket_types, "SOCK_???");
	if (rest) {
		strbuf_putc(d->out, '|');
		dput_flags(d, rest, xlat_socket_flags);
	}
}

/* The protocol has names in the IP and netlink families. */
/* AF_PACKET protocols (linux/if_ether.h), in network byte order. */
static const struct xlat eth_protocols[] = {
	{ 0x0001, "ETH_P_802_3" },
	{ 0x0002, "ETH_P_AX25" },
	{ 0x0003, "ETH_P_ALL" },
	{ 0x0004, "ETH_P_802_2" },
	{ 0x0060, "ETH_P_LOOP" },
	{ 0x0800, "ETH_P_IP" },
	{ 0x0806, "ETH_P_ARP" },
	{ 0x8100, "ETH_P_8021Q" },
	{ 0x86dd, "ETH_P_IPV6" },
	{ 0x888e, "ETH_P_PAE" },
	{ 0x88a8, "ETH_P_8021AD" },
	{ 0x88cc, "ETH_P_LLDP" },
	XLAT_END
};

/* htons(ETH_P_ALL), htons(0x1234 /" "* ETH_P_??? *" "/) */
static void put_packet_proto(struct dctx *d, uint32_t proto)
{
	strbuf_puts(d->out, "htons(");
	dput_enum(d, ((proto & 0xff) << 8) | ((proto >> 8) & 0xff),
		  eth_protocols, "ETH_P_???");
	strbuf_putc(d->out, ')');
}

void dfile_socket_proto(struct dctx *d, int i)
{
	uint32_t family = (uint32_t)d->c->args[0];
	uint32_t proto = (uint32_t)d->c->args[i];

	if (family == DAF_INET || family == DAF_INET6)
		dput_enum(d, proto, xlat_ip_protocols, "IPPROTO_???");
	else if (family == DAF_NETLINK)
		dput_enum(d, proto, xlat_netlink_protocols, "NETLINK_???");
	else if (family == DAF_PACKET)
		put_packet_proto(d, proto);
	else
		dput_uint(d, proto);
}

/* select(nfds, r, w, e, timeval) and pselect6(..., timespec, sigmask):
 * the sets at entry; what is left in them after the return value. */
static void put_select(struct dctx *d, int ts)
{
	const uint64_t *a = d->c->args;
	int k;

	if (d->exiting)
		return;
	dput_int(d, (int32_t)a[0]);
	for (k = 1; k <= 3; k++) {
		dput_sep(d);
		dput_fdset(d, a[k], (int32_t)a[0]);
	}
	dput_sep(d);
	if (ts)
		dput_timespec(d, a[4]);
	else
		dput_timeval(d, a[4]);
	if (ts) {
		dput_sep(d);
		dsys_pselect_sigmask(d, a[5]);
	}
}

void dfile_select(struct dctx *d)
{
	put_select(d, 0);
}

void dfile_pselect6(struct dctx *d)
{
	put_select(d, 1);
}

static void put_select_ret(struct dctx *d, int ts)
{
	const uint64_t *a = d->c->args;
	uint64_t sets[3] = { a[1], a[2], a[3] };

	dput_int(d, d->c->ret);
	dput_select_result(d, (int32_t)a[0], sets, d->c->ret, a[4], ts);
}

void dfile_select_ret(struct dctx *d)
{
	put_select_ret(d, 0);
}

void dfile_pselect6_ret(struct dctx *d)
{
	put_select_ret(d, 1);
}
