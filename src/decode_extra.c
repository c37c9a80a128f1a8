// SPDX-License-Identifier: MIT
/*
 * decode_extra - the structures and constants of the calls in the third
 * part of the table (decode_table_extra.c): file times, mknod, flock,
 * splice, mount, seccomp, membarrier, System V IPC and POSIX message
 * queues.  Output follows strace 6.1 on x86_64.
 */
#include <asm/unistd.h>
#include <inttypes.h>
#include <stdio.h>
#include <time.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_util.h"
#include "decode_extra.h"
#include "decode_fsapi.h"

const struct xlat dx_flock_ops[] = {
	{ 1, "LOCK_SH" },
	{ 2, "LOCK_EX" },
	{ 4, "LOCK_NB" },
	{ 8, "LOCK_UN" },
	{ 32, "LOCK_MAND" },
	{ 64, "LOCK_READ" },
	{ 128, "LOCK_WRITE" },
	XLAT_END
};

const struct xlat dx_prio_which[] = {
	{ 0, "PRIO_PROCESS" },
	{ 1, "PRIO_PGRP" },
	{ 2, "PRIO_USER" },
	XLAT_END
};

const struct xlat dx_falloc_flags[] = {
	{ 0x01, "FALLOC_FL_KEEP_SIZE" },
	{ 0x02, "FALLOC_FL_PUNCH_HOLE" },
	{ 0x04, "FALLOC_FL_NO_HIDE_STALE" },
	{ 0x08, "FALLOC_FL_COLLAPSE_RANGE" },
	{ 0x10, "FALLOC_FL_ZERO_RANGE" },
	{ 0x20, "FALLOC_FL_INSERT_RANGE" },
	{ 0x40, "FALLOC_FL_UNSHARE_RANGE" },
	XLAT_END
};

const struct xlat dx_splice_flags[] = {
	{ 1, "SPLICE_F_MOVE" },
	{ 2, "SPLICE_F_NONBLOCK" },
	{ 4, "SPLICE_F_MORE" },
	{ 8, "SPLICE_F_GIFT" },
	XLAT_END
};

const struct xlat dx_sfr_flags[] = {
	{ 1, "SYNC_FILE_RANGE_WAIT_BEFORE" },
	{ 2, "SYNC_FILE_RANGE_WRITE" },
	{ 4, "SYNC_FILE_RANGE_WAIT_AFTER" },
	XLAT_END
};

const struct xlat dx_rwf_flags[] = {
	{ 0x01, "RWF_HIPRI" },
	{ 0x02, "RWF_DSYNC" },
	{ 0x04, "RWF_SYNC" },
	{ 0x08, "RWF_NOWAIT" },
	{ 0x10, "RWF_APPEND" },
	XLAT_END
};

const struct xlat dx_seccomp_ops[] = {
	{ 0, "SECCOMP_SET_MODE_STRICT" },
	{ 1, "SECCOMP_SET_MODE_FILTER" },
	{ 2, "SECCOMP_GET_ACTION_AVAIL" },
	{ 3, "SECCOMP_GET_NOTIF_SIZES" },
	XLAT_END
};

const struct xlat dx_seccomp_filter_flags[] = {
	{ 0x01, "SECCOMP_FILTER_FLAG_TSYNC" },
	{ 0x02, "SECCOMP_FILTER_FLAG_LOG" },
	{ 0x04, "SECCOMP_FILTER_FLAG_SPEC_ALLOW" },
	{ 0x08, "SECCOMP_FILTER_FLAG_NEW_LISTENER" },
	{ 0x10, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH" },
	{ 0x20, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV" },
	XLAT_END
};

static const struct xlat seccomp_ret_actions[] = {
	{ 0x80000000u, "SECCOMP_RET_KILL_PROCESS" },
	{ 0, "SECCOMP_RET_KILL_THREAD" },
	{ 0x00030000u, "SECCOMP_RET_TRAP" },
	{ 0x00050000u, "SECCOMP_RET_ERRNO" },
	{ 0x7fc00000u, "SECCOMP_RET_USER_NOTIF" },
	{ 0x7ff00000u, "SECCOMP_RET_TRACE" },
	{ 0x7ffc0000u, "SECCOMP_RET_LOG" },
	{ 0x7fff0000u, "SECCOMP_RET_ALLOW" },
	XLAT_END
};

const struct xlat dx_close_range_flags[] = {
	{ 2, "CLOSE_RANGE_UNSHARE" },
	{ 4, "CLOSE_RANGE_CLOEXEC" },
	XLAT_END
};

const struct xlat dx_pidfd_flags[] = {
	{ 04000, "PIDFD_NONBLOCK" },
	XLAT_END
};

const struct xlat dx_membarrier_cmds[] = {
	{ 0, "MEMBARRIER_CMD_QUERY" },
	{ 1, "MEMBARRIER_CMD_GLOBAL" },
	{ 2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED" },
	{ 4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED" },
	{ 8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED" },
	{ 16, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED" },
	{ 32, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ 64, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ 128, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ" },
	{ 256, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ" },
	XLAT_END
};

/* The same without the 0 entry, for the mask QUERY returns. */
static const struct xlat membarrier_mask[] = {
	{ 1, "MEMBARRIER_CMD_GLOBAL" },
	{ 2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED" },
	{ 4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED" },
	{ 8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED" },
	{ 16, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED" },
	{ 32, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ 64, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ 128, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ" },
	{ 256, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ" },
	XLAT_END
};

static const struct xlat mount_flags[] = {
	{ 1u << 0, "MS_RDONLY" },
	{ 1u << 1, "MS_NOSUID" },
	{ 1u << 2, "MS_NODEV" },
	{ 1u << 3, "MS_NOEXEC" },
	{ 1u << 4, "MS_SYNCHRONOUS" },
	{ 1u << 5, "MS_REMOUNT" },
	{ 1u << 6, "MS_MANDLOCK" },
	{ 1u << 7, "MS_DIRSYNC" },
	{ 1u << 8, "MS_NOSYMFOLLOW" },
	{ 1u << 10, "MS_NOATIME" },
	{ 1u << 11, "MS_NODIRATIME" },
	{ 1u << 12, "MS_BIND" },
	{ 1u << 13, "MS_MOVE" },
	{ 1u << 14, "MS_REC" },
	{ 1u << 15, "MS_SILENT" },
	{ 1u << 16, "MS_POSIXACL" },
	{ 1u << 17, "MS_UNBINDABLE" },
	{ 1u << 18, "MS_PRIVATE" },
	{ 1u << 19, "MS_SLAVE" },
	{ 1u << 20, "MS_SHARED" },
	{ 1u << 21, "MS_RELATIME" },
	{ 1u << 22, "MS_KERNMOUNT" },
	{ 1u << 23, "MS_I_VERSION" },
	{ 1u << 24, "MS_STRICTATIME" },
	{ 1u << 25, "MS_LAZYTIME" },
	{ 1u << 26, "MS_SUBMOUNT" },
	{ 1u << 27, "MS_NOREMOTELOCK" },
	{ 1u << 28, "MS_NOSEC" },
	{ 1u << 29, "MS_BORN" },
	{ 1u << 30, "MS_ACTIVE" },
	{ 1u << 31, "MS_NOUSER" },
	XLAT_END
};

#define DMS_MGC_VAL 0xc0ed0000u
#define DMS_MGC_MSK 0xffff0000u
#define DMS_REMOUNT 0x20u
/* MS_BIND MS_MOVE MS_UNBINDABLE MS_PRIVATE MS_SLAVE MS_SHARED */
#define DMS_NO_TYPE (0x1000u | 0x2000u | 0xf0000u)

static const struct xlat ipc_flags[] = {
	{ 01000, "IPC_CREAT" },
	{ 02000, "IPC_EXCL" },
	{ 04000, "IPC_NOWAIT" },
	XLAT_END
};

static const struct xlat shm_flags[] = {
	{ 01000, "IPC_CREAT" },
	{ 02000, "IPC_EXCL" },
	{ 04000, "SHM_HUGETLB" },
	{ 010000, "SHM_NORESERVE" },
	XLAT_END
};

const struct xlat dx_shmat_flags[] = {
	{ 010000, "SHM_RDONLY" },
	{ 020000, "SHM_RND" },
	{ 040000, "SHM_REMAP" },
	{ 0100000, "SHM_EXEC" },
	XLAT_END
};

#define IPC_CMDS { 0, "IPC_RMID" }, { 1, "IPC_SET" }, { 2, "IPC_STAT" }, \
		 { 3, "IPC_INFO" }

const struct xlat dx_shm_cmds[] = {
	IPC_CMDS,
	{ 11, "SHM_LOCK" },
	{ 12, "SHM_UNLOCK" },
	{ 13, "SHM_STAT" },
	{ 14, "SHM_INFO" },
	{ 15, "SHM_STAT_ANY" },
	XLAT_END
};

const struct xlat dx_sem_cmds[] = {
	IPC_CMDS,
	{ 11, "GETPID" },
	{ 12, "GETVAL" },
	{ 13, "GETALL" },
	{ 14, "GETNCNT" },
	{ 15, "GETZCNT" },
	{ 16, "SETVAL" },
	{ 17, "SETALL" },
	{ 18, "SEM_STAT" },
	{ 19, "SEM_INFO" },
	{ 20, "SEM_STAT_ANY" },
	XLAT_END
};

const struct xlat dx_msg_cmds[] = {
	IPC_CMDS,
	{ 11, "MSG_STAT" },
	{ 12, "MSG_INFO" },
	{ 13, "MSG_STAT_ANY" },
	XLAT_END
};

const struct xlat dx_msg_flags[] = {
	{ 04000, "IPC_NOWAIT" },
	{ 010000, "MSG_NOERROR" },
	{ 020000, "MSG_EXCEPT" },
	{ 040000, "MSG_COPY" },
	XLAT_END
};

static const struct xlat sem_flg[] = {
	{ 04000, "IPC_NOWAIT" },
	{ 010000, "SEM_UNDO" },
	XLAT_END
};

static const struct xlat mq_flags[] = {
	{ 04000, "O_NONBLOCK" },
	XLAT_END
};

/*
 * "2023-11-14T22:13:20.000005+0000" into @buf: the local time of @sec,
 * with @frac shown in @digits digits when non-zero, as strace prints the
 * dates of file times and of time(2).  0 when it cannot be formatted.
 */
int dx_format_date(char *buf, size_t size, int64_t sec, uint64_t frac,
		   int digits)
{
	time_t t = (time_t)sec;
	struct tm tm;
	size_t n;

	if (!localtime_r(&t, &tm))
		return 0;
	n = strftime(buf, size, "%Y-%m-%dT%H:%M:%S", &tm);
	if (!n)
		return 0;
	if (frac)
		n += (size_t)snprintf(buf + n, size - n, ".%0*" PRIu64,
				      digits, frac);
	if (n >= size || !strftime(buf + n, size - n, "%z", &tm))
		return 0;
	return 1;
}

/*
 * " /" "* 2023-11-14T22:13:20.000005+0000 *" "/" after a file time;
 * nothing for the epoch itself.
 */
static void put_date(struct dctx *d, int64_t sec, uint64_t frac, int digits)
{
	char buf[80];

	if (sec == 0 && frac == 0)
		return;
	if (dx_format_date(buf, sizeof(buf), sec, frac, digits))
		strbuf_printf(d->out, " /* %s */", buf);
}

#define DUTIME_NOW ((1l << 30) - 1l)
#define DUTIME_OMIT ((1l << 30) - 2l)

/* utimensat: "[UTIME_NOW, {tv_sec=1, tv_nsec=0} /" "* ... *" "/]". */
void dx_utimens(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t ts[4];
	int k;

	if (dmem_read_or_ptr(d, addr, ts, sizeof(ts)))
		return;
	strbuf_putc(d->out, '[');
	for (k = 0; k < 2; k++) {
		int64_t sec = ts[2 * k], nsec = ts[2 * k + 1];

		if (k)
			dput_sep(d);
		if (nsec == DUTIME_NOW) {
			strbuf_puts(d->out, "UTIME_NOW");
		} else if (nsec == DUTIME_OMIT) {
			strbuf_puts(d->out, "UTIME_OMIT");
		} else {
			strbuf_printf(d->out, "{tv_sec=%" PRId64
				      ", tv_nsec=%" PRId64 "}", sec, nsec);
			if (nsec >= 0 && nsec < 1000000000)
				put_date(d, sec, (uint64_t)nsec, 9);
		}
	}
	strbuf_putc(d->out, ']');
}

static void put_tv(struct dctx *d, const int64_t tv[2], int comment)
{
	strbuf_printf(d->out, "{tv_sec=%" PRId64 ", tv_usec=%" PRId64 "}",
		      tv[0], tv[1]);
	if (comment && tv[1] >= 0 && tv[1] < 1000000)
		put_date(d, tv[0], (uint64_t)tv[1], 6);
}

/* utimes, futimesat: "[{tv_sec=1, tv_usec=0} /" "* ... *" "/, ...]". */
void dx_timeval_pair(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t tv[4];

	if (dmem_read_or_ptr(d, addr, tv, sizeof(tv)))
		return;
	strbuf_putc(d->out, '[');
	put_tv(d, tv, 1);
	dput_sep(d);
	put_tv(d, tv + 2, 1);
	strbuf_putc(d->out, ']');
}

/* utime: "{actime=1 /" "* ... *" "/, modtime=2 /" "* ... *" "/}". */
void dx_utimbuf(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t t[2];

	if (dmem_read_or_ptr(d, addr, t, sizeof(t)))
		return;
	strbuf_printf(d->out, "{actime=%" PRId64, t[0]);
	put_date(d, t[0], 0, 0);
	strbuf_printf(d->out, ", modtime=%" PRId64, t[1]);
	put_date(d, t[1], 0, 0);
	strbuf_putc(d->out, '}');
}

/* gettimeofday, settimeofday: no date comment there. */
void dx_timeval(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t tv[2];

	if (dmem_read_or_ptr(d, addr, tv, sizeof(tv)))
		return;
	put_tv(d, tv, 0);
}

void dx_timezone(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int32_t tz[2];

	if (dmem_read_or_ptr(d, addr, tz, sizeof(tz)))
		return;
	strbuf_printf(d->out, "{tz_minuteswest=%d, tz_dsttime=%d}",
		      tz[0], tz[1]);
}

/* Index of mknod's (0) / mknodat's (1) path argument. */
static int mknod_path(const struct dctx *d)
{
	return d->c->nr == __NR_mknod ? 0 : 1;
}

/* The device number shows only for character and block devices. */
int dx_mknod_shown(const struct dctx *d)
{
	int m = mknod_path(d) + 1;
	uint32_t type = (uint32_t)d->c->args[m] & DECODE_S_IFMT;

	return type == 0020000 || type == 0060000 ? m + 2 : m + 1;
}

void dx_mknod_mode(struct dctx *d, int i)
{
	dput_mode(d, (uint32_t)d->c->args[i], 1);
}

/* "makedev(0x1, 0x3)" from the kernel's encoding. */
void dx_mknod_dev(struct dctx *d, int i)
{
	uint32_t dev = (uint32_t)d->c->args[i];

	strbuf_printf(d->out, "makedev(%#x, %#x)", (dev & 0xfff00) >> 8,
		      (dev & 0xff) | ((dev >> 12) & 0xfff00));
}

/* sched_setaffinity's mask: its size is the argument before. */
void dx_cpuset_in(struct dctx *d, int i)
{
	unsigned char set[1024];
	uint64_t addr = d->c->args[i], n = (uint32_t)d->c->args[i - 1], b;
	const char *sep = "";

	if (n > sizeof(set))
		n = sizeof(set);
	if (dmem_read_or_ptr(d, addr, set, n))
		return;
	strbuf_putc(d->out, '[');
	for (b = 0; b < n * 8; b++) {
		if (!((set[b / 8] >> (b % 8)) & 1))
			continue;
		strbuf_printf(d->out, "%s%" PRIu64, sep, b);
		sep = " ";
	}
	strbuf_putc(d->out, ']');
}

/* MEMBARRIER_CMD_QUERY returns a mask: "0x1ff (MEMBARRIER_CMD_...)". */
void dx_membarrier_ret(struct dctx *d)
{
	if (d->c->args[0] || d->c->ret <= 0) {
		dput_int(d, d->c->ret);
		return;
	}
	dput_hex(d, (uint64_t)d->c->ret);
	strbuf_puts(d->out, " (");
	dput_flags(d, (uint64_t)d->c->ret, membarrier_mask);
	strbuf_putc(d->out, ')');
}

/* seccomp's third argument: the action asked about, else an address. */
void dx_seccomp_args(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	uint32_t act;

	/* SECCOMP_SET_MODE_FILTER: the program (decode_bpf.c) */
	if (d->c->args[0] == 1 && addr) {
		dfs_seccomp_fprog(d, addr, seccomp_ret_actions);
		return;
	}
	if (d->c->args[0] != 2 || !addr || dmem_read(d, addr, &act,
						     sizeof(act))) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_putc(d->out, '[');
	dput_enum(d, act, seccomp_ret_actions, "SECCOMP_RET_???");
	strbuf_putc(d->out, ']');
}

static uint32_t mount_flags_of(const struct dctx *d)
{
	uint32_t fl = (uint32_t)d->c->args[3];

	return (fl & DMS_MGC_MSK) == DMS_MGC_VAL ? fl & ~DMS_MGC_MSK : fl;
}

/* The file system type, an address with MS_REMOUNT, MS_BIND ... */
void dx_mount_type(struct dctx *d, int i)
{
	if (mount_flags_of(d) & (DMS_REMOUNT | DMS_NO_TYPE))
		dput_ptr(d, d->c->args[i]);
	else
		dput_str(d, d->c->args[i]);
}

void dx_mount_flags(struct dctx *d, int i)
{
	uint32_t raw = (uint32_t)d->c->args[i], fl = mount_flags_of(d);

	if (fl != raw) {
		strbuf_puts(d->out, "MS_MGC_VAL");
		if (!fl)
			return;
		strbuf_putc(d->out, '|');
	}
	dput_flags(d, fl, mount_flags);
}

void dx_mount_data(struct dctx *d, int i)
{
	if (!(mount_flags_of(d) & DMS_REMOUNT) &&
	    (mount_flags_of(d) & DMS_NO_TYPE))
		dput_ptr(d, d->c->args[i]);
	else
		dput_str(d, d->c->args[i]);
}

void dx_uint_ptr(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	uint32_t v;

	if (dmem_read_or_ptr(d, addr, &v, sizeof(v)))
		return;
	strbuf_printf(d->out, "[%u]", v);
}

void dx_addr_ptr(struct dctx *d, int i)
{
	dput_addr_ptr(d, d->c->args[i]);
}

void dx_ulong_ptr(struct dctx *d, int i)
{
	dput_ulong_ptr(d, d->c->args[i]);
}

/* IPC_PRIVATE or the key in hex. */
void dx_ipc_key(struct dctx *d, int i)
{
	uint32_t key = (uint32_t)d->c->args[i];

	if (key)
		strbuf_printf(d->out, "%#x", key);
	else
		strbuf_puts(d->out, "IPC_PRIVATE");
}

/* "IPC_CREAT|IPC_EXCL|0600": the flags, then the mode in octal. */
static void put_ipc_flags(struct dctx *d, uint32_t v, const struct xlat *t)
{
	if (v & ~0777u) {
		dput_flags(d, v & ~0777u, t);
		strbuf_putc(d->out, '|');
	}
	strbuf_printf(d->out, "%#03o", v & 0777u);
}

void dx_ipc_flags(struct dctx *d, int i)
{
	put_ipc_flags(d, (uint32_t)d->c->args[i], ipc_flags);
}

void dx_shm_flags(struct dctx *d, int i)
{
	put_ipc_flags(d, (uint32_t)d->c->args[i], shm_flags);
}

/* The tracee's struct sembuf. */
struct dx_ksembuf {
	uint16_t num;
	int16_t op;
	int16_t flg;
};

/* One struct sembuf: "{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}". */
static void put_sembuf(struct dctx *d, uint64_t k, uint64_t at,
		       const void *elem, const void *arg)
{
	struct dx_ksembuf sb;

	(void)k, (void)at, (void)arg;
	memcpy(&sb, elem, sizeof(sb));
	strbuf_printf(d->out, "{sem_num=%u, sem_op=%d, sem_flg=",
		      sb.num, sb.op);
	dput_flags(d, (uint16_t)sb.flg, sem_flg);
	strbuf_putc(d->out, '}');
}

/* semop, semtimedop: "[{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}]". */
void dx_sembuf(struct dctx *d, int i)
{
	dstruct_array(d, d->c->args[i], (uint32_t)d->c->args[i + 1],
		      sizeof(struct dx_ksembuf),
		      DSTRUCT_EMPTY_PTR | DSTRUCT_BAD_MORE, put_sembuf, NULL);
}

/* "{mtype=1, mtext=\"abc\\0\"}": the size is the next argument. */
static void put_msgbuf(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t mtype;

	if (dmem_read_or_ptr(d, addr, &mtype, sizeof(mtype)))
		return;
	strbuf_printf(d->out, "{mtype=%" PRId64 ", mtext=", mtype);
	dput_buf(d, addr + sizeof(mtype), (int64_t)d->c->args[i + 1]);
	strbuf_putc(d->out, '}');
}

void dx_msgbuf_in(struct dctx *d, int i)
{
	put_msgbuf(d, i);
}

void dx_msgbuf_out(struct dctx *d, int i)
{
	put_msgbuf(d, i);
}

/* mq_open's mode and attributes show only with O_CREAT. */
int dx_mq_open_shown(const struct dctx *d)
{
	return d->c->args[1] & 0100 ? 4 : 2;
}

void dx_mq_attr(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t a[4];

	if (dmem_read_or_ptr(d, addr, a, sizeof(a)))
		return;
	strbuf_puts(d->out, "{mq_flags=");
	dput_flags(d, (uint64_t)a[0], mq_flags);
	strbuf_printf(d->out, ", mq_maxmsg=%" PRId64 ", mq_msgsize=%" PRId64
		      ", mq_curmsgs=%" PRId64 "}", a[1], a[2], a[3]);
}

/* preadv2, pwritev2: the flags follow the high half of the offset. */
void dx_rwf(struct dctx *d, int i)
{
	dput_flags(d, (uint32_t)d->c->args[i + 1], dx_rwf_flags);
}
