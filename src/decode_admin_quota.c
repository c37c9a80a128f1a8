// SPDX-License-Identifier: MIT
/*
 * decode_admin_quota - quotactl and quotactl_fd as strace 6.1 prints
 * them on x86_64: the command as QCMD(Q_GETQUOTA, USRQUOTA), then the
 * arguments that command uses, the structures it reads at entry or
 * fills at exit (struct if_dqblk, if_nextdqblk, if_dqinfo and the XFS
 * fs_disk_quota).
 */
#include <inttypes.h>

#include "decode_admin.h"
#include "decode_util.h"

#define QCMD_SHIFT	8
#define QTYPE_MASK	0xffu
#define NEW_CMD(c)	(0x800000u | (c))
#define OLD_CMD(c)	((c) << QCMD_SHIFT)
#define XQM_CMD(c)	(('X' << QCMD_SHIFT) + (c))

enum {
	Q_SYNC = NEW_CMD(1),
	Q_QUOTAON = NEW_CMD(2),
	Q_QUOTAOFF = NEW_CMD(3),
	Q_GETFMT = NEW_CMD(4),
	Q_GETINFO = NEW_CMD(5),
	Q_SETINFO = NEW_CMD(6),
	Q_GETQUOTA = NEW_CMD(7),
	Q_SETQUOTA = NEW_CMD(8),
	Q_GETNEXTQUOTA = NEW_CMD(9),
	Q_XQUOTAON = XQM_CMD(1),
	Q_XQUOTAOFF = XQM_CMD(2),
	Q_XGETQUOTA = XQM_CMD(3),
	Q_XSETQLIM = XQM_CMD(4),
	Q_XGETQSTAT = XQM_CMD(5),
	Q_XQUOTARM = XQM_CMD(6),
	Q_XQUOTASYNC = XQM_CMD(7),
	Q_XGETQSTATV = XQM_CMD(8),
	Q_XGETNEXTQUOTA = XQM_CMD(9),
};

static const struct xlat quota_cmds[] = {
	{ OLD_CMD(0x1), "Q_V1_QUOTAON" },
	{ OLD_CMD(0x2), "Q_V1_QUOTAOFF" },
	{ OLD_CMD(0x3), "Q_V1_GETQUOTA" },
	{ OLD_CMD(0x4), "Q_V1_SETQUOTA" },
	{ OLD_CMD(0x5), "Q_V1_SETUSE" },
	{ OLD_CMD(0x6), "Q_V1_SYNC" },
	{ OLD_CMD(0x7), "Q_SETQLIM" },
	{ OLD_CMD(0x8), "Q_V1_GETSTATS" },
	{ OLD_CMD(0x10), "Q_V1_RSQUASH" },
	{ OLD_CMD(0xd), "Q_V2_GETQUOTA" },
	{ OLD_CMD(0xe), "Q_V2_SETQUOTA" },
	{ OLD_CMD(0xf), "Q_V2_SETUSE" },
	{ OLD_CMD(0x9), "Q_V2_GETINFO" },
	{ OLD_CMD(0xa), "Q_V2_SETINFO" },
	{ OLD_CMD(0xb), "Q_V2_SETGRACE" },
	{ OLD_CMD(0xc), "Q_V2_SETFLAGS" },
	{ OLD_CMD(0x11), "Q_V2_GETSTATS" },
	{ Q_SYNC, "Q_SYNC" },
	{ Q_QUOTAON, "Q_QUOTAON" },
	{ Q_QUOTAOFF, "Q_QUOTAOFF" },
	{ Q_GETFMT, "Q_GETFMT" },
	{ Q_GETINFO, "Q_GETINFO" },
	{ Q_SETINFO, "Q_SETINFO" },
	{ Q_GETQUOTA, "Q_GETQUOTA" },
	{ Q_SETQUOTA, "Q_SETQUOTA" },
	{ Q_GETNEXTQUOTA, "Q_GETNEXTQUOTA" },
	{ Q_XQUOTAON, "Q_XQUOTAON" },
	{ Q_XQUOTAOFF, "Q_XQUOTAOFF" },
	{ Q_XGETQUOTA, "Q_XGETQUOTA" },
	{ Q_XSETQLIM, "Q_XSETQLIM" },
	{ Q_XGETQSTAT, "Q_XGETQSTAT" },
	{ Q_XQUOTARM, "Q_XQUOTARM" },
	{ Q_XQUOTASYNC, "Q_XQUOTASYNC" },
	{ Q_XGETQSTATV, "Q_XGETQSTATV" },
	{ Q_XGETNEXTQUOTA, "Q_XGETNEXTQUOTA" },
	XLAT_END
};

static const struct xlat quota_types[] = {
	{ 0, "USRQUOTA" },
	{ 1, "GRPQUOTA" },
	{ 2, "PRJQUOTA" },
	XLAT_END
};

static const struct xlat quota_formats[] = {
	{ 1, "QFMT_VFS_OLD" },
	{ 2, "QFMT_VFS_V0" },
	{ 3, "QFMT_OCFS2" },
	{ 4, "QFMT_VFS_V1" },
	XLAT_END
};

static const struct xlat dqblk_valid[] = {
	{ 1, "QIF_BLIMITS" },
	{ 2, "QIF_SPACE" },
	{ 4, "QIF_ILIMITS" },
	{ 8, "QIF_INODES" },
	{ 16, "QIF_BTIME" },
	{ 32, "QIF_ITIME" },
	XLAT_END
};

static const struct xlat dqinfo_flags[] = {
	{ 1, "DQF_ROOT_SQUASH" },
	{ 0x10000, "DQF_SYS_FILE" },
	XLAT_END
};

static const struct xlat dqinfo_valid[] = {
	{ 1, "IIF_BGRACE" },
	{ 2, "IIF_IGRACE" },
	{ 4, "IIF_FLAGS" },
	XLAT_END
};

static const struct xlat xfs_quota_flags[] = {
	{ 1, "FS_QUOTA_UDQ_ACCT" },
	{ 2, "FS_QUOTA_UDQ_ENFD" },
	{ 4, "FS_QUOTA_GDQ_ACCT" },
	{ 8, "FS_QUOTA_GDQ_ENFD" },
	{ 16, "FS_QUOTA_PDQ_ACCT" },
	{ 32, "FS_QUOTA_PDQ_ENFD" },
	XLAT_END
};

static const struct xlat xfs_dqblk_flags[] = {
	{ 1, "FS_USER_QUOTA" },
	{ 2, "FS_PROJ_QUOTA" },
	{ 4, "FS_GROUP_QUOTA" },
	XLAT_END
};

/* struct if_dqblk and if_nextdqblk: 68 and 72 bytes, as strace reads. */
struct da_dqblk {
	uint64_t limits[6];	/* dqblk_names[] */
	uint64_t btime;
	uint64_t itime;
	uint32_t valid;
	uint32_t id;		/* if_nextdqblk only */
} __attribute__((packed));

#define DQBLK_SIZE	68
#define NEXTDQBLK_SIZE	72

struct da_dqinfo {
	uint64_t bgrace;
	uint64_t igrace;
	uint32_t flags;
	uint32_t valid;
};

/* fs_disk_quota_t of <linux/dqblk_xfs.h>. */
struct da_fs_disk_quota {
	int8_t version;
	int8_t flags;
	uint16_t fieldmask;
	uint32_t id;
	uint64_t blk_hardlimit;
	uint64_t blk_softlimit;
	uint64_t ino_hardlimit;
	uint64_t ino_softlimit;
	uint64_t bcount;
	uint64_t icount;
	int32_t itimer;
	int32_t btimer;
	uint16_t iwarns;
	uint16_t bwarns;
	int8_t timer_hi[3];
	int8_t padding2;
	uint64_t rtb_hardlimit;
	uint64_t rtb_softlimit;
	uint64_t rtbcount;
	int32_t rtbtimer;
	uint16_t rtbwarns;
	int16_t padding3;
	char padding4[8];
};

static const char *const dqblk_names[] = {
	"dqb_bhardlimit", "dqb_bsoftlimit", "dqb_curspace",
	"dqb_ihardlimit", "dqb_isoftlimit", "dqb_curinodes",
};

static int verbose(const struct dctx *d)
{
	return d->o && d->o->verbose;
}

/* QCMD(Q_GETQUOTA, USRQUOTA); -X raw: the number. */
static void put_qcmd(struct dctx *d, uint32_t qcmd)
{
	enum decode_xstyle x = d->o ? d->o->xstyle : DECODE_X_ABBREV;

	if (x != DECODE_X_ABBREV)
		strbuf_printf(d->out, "%u", qcmd);
	if (x == DECODE_X_RAW)
		return;
	strbuf_puts(d->out, x == DECODE_X_VERBOSE ? " /* QCMD(" : "QCMD(");
	dput_enum(d, qcmd >> QCMD_SHIFT, quota_cmds, "Q_???");
	dput_sep(d);
	dput_enum(d, qcmd & QTYPE_MASK, quota_types, "???QUOTA");
	strbuf_puts(d->out, x == DECODE_X_VERBOSE ? ") */" : ")");
}

/* A user, group or project id: -1 as such. */
static void put_id(struct dctx *d, uint32_t id)
{
	if (id == UINT32_MAX)
		strbuf_puts(d->out, "-1");
	else
		strbuf_printf(d->out, "%u", id);
}

/* Read @len bytes of data at @addr, or print the address (also when the
 * call failed, for what the kernel was to fill). */
static int get_data(struct dctx *d, uint64_t addr, void *buf, size_t len)
{
	if (d->exiting && dutil_failed(d)) {
		dput_ptr(d, addr);
		return -1;
	}
	return dmem_read_or_ptr(d, addr, buf, len);
}

static void put_dqblk(struct dctx *d, uint64_t addr, int next)
{
	struct da_dqblk q;
	int k;

	if (get_data(d, addr, &q, next ? NEXTDQBLK_SIZE : DQBLK_SIZE))
		return;
	for (k = 0; k < 6; k++)
		strbuf_printf(d->out, "%s%s=%" PRIu64, k ? ", " : "{",
			      dqblk_names[k], q.limits[k]);
	if (verbose(d)) {
		strbuf_printf(d->out, ", dqb_btime=%" PRIu64
			      ", dqb_itime=%" PRIu64 ", dqb_valid=",
			      q.btime, q.itime);
		da_put_flags(d, q.valid, dqblk_valid, "QIF_???");
	}
	if (next)
		strbuf_printf(d->out, ", dqb_id=%u", q.id);
	strbuf_puts(d->out, verbose(d) ? "}" : ", ...}");
}

static void put_dqinfo(struct dctx *d, uint64_t addr)
{
	struct da_dqinfo q;

	if (get_data(d, addr, &q, sizeof(q)))
		return;
	strbuf_printf(d->out, "{dqi_bgrace=%" PRIu64 ", dqi_igrace=%" PRIu64
		      ", dqi_flags=", q.bgrace, q.igrace);
	da_put_flags(d, q.flags, dqinfo_flags, "DQF_???");
	strbuf_puts(d->out, ", dqi_valid=");
	da_put_flags(d, q.valid, dqinfo_valid, "IIF_???");
	strbuf_putc(d->out, '}');
}

static void put_fs_disk_quota(struct dctx *d, uint64_t addr)
{
	struct da_fs_disk_quota q;

	if (get_data(d, addr, &q, sizeof(q)))
		return;
	strbuf_printf(d->out, "{d_version=%d, d_flags=", q.version);
	da_put_flags(d, (uint8_t)q.flags, xfs_dqblk_flags, "FS_???_QUOTA");
	strbuf_puts(d->out, ", d_fieldmask=");
	dput_hex(d, q.fieldmask);
	strbuf_printf(d->out, ", d_id=%u, d_blk_hardlimit=%" PRIu64
		      ", d_blk_softlimit=%" PRIu64 ", d_ino_hardlimit=%" PRIu64
		      ", d_ino_softlimit=%" PRIu64 ", d_bcount=%" PRIu64
		      ", d_icount=%" PRIu64, q.id, q.blk_hardlimit,
		      q.blk_softlimit, q.ino_hardlimit, q.ino_softlimit,
		      q.bcount, q.icount);
	if (!verbose(d)) {
		strbuf_puts(d->out, ", ...}");
		return;
	}
	strbuf_printf(d->out, ", d_itimer=%d, d_btimer=%d, d_iwarns=%u"
		      ", d_bwarns=%u, d_rtb_hardlimit=%" PRIu64
		      ", d_rtb_softlimit=%" PRIu64 ", d_rtbcount=%" PRIu64
		      ", d_rtbtimer=%d, d_rtbwarns=%u}", q.itimer, q.btimer,
		      q.iwarns, q.bwarns, q.rtb_hardlimit, q.rtb_softlimit,
		      q.rtbcount, q.rtbtimer, q.rtbwarns);
}

/* [QFMT_VFS_V0], [FS_QUOTA_UDQ_ACCT]: a 32-bit value the call reads or
 * writes; @tab NULL for the format (an enumeration). */
static void put_u32_ref(struct dctx *d, uint64_t addr, const struct xlat *tab,
			const char *unknown)
{
	uint32_t v;

	if (get_data(d, addr, &v, sizeof(v)))
		return;
	strbuf_putc(d->out, '[');
	if (tab)
		da_put_flags(d, v, tab, unknown);
	else
		dput_enum(d, v, quota_formats, unknown);
	strbuf_putc(d->out, ']');
}

/* ", id, " at entry for the commands whose data the kernel fills. */
static void put_id_first(struct dctx *d, uint32_t id)
{
	if (d->exiting)
		return;
	dput_sep(d);
	put_id(d, id);
	dput_sep(d);
}

/* The data the kernel fills: printed at exit, after ", " at entry. */
static int at_exit(struct dctx *d)
{
	if (!d->exiting)
		dput_sep(d);
	return d->exiting;
}

/* What follows the command and the file system, by command. */
static void put_cmd_data(struct dctx *d, uint32_t cmd, uint32_t id,
			 uint64_t data)
{
	switch (cmd) {
	case Q_QUOTAOFF:
	case Q_SYNC:
	case Q_XQUOTASYNC:
		return;
	case Q_QUOTAON:
		if (d->exiting)
			return;
		dput_sep(d);
		dput_enum(d, id, quota_formats, "QFMT_VFS_???");
		dput_sep(d);
		dput_path(d, data);
		return;
	case Q_GETQUOTA:
	case Q_GETNEXTQUOTA:
		put_id_first(d, id);
		if (d->exiting)
			put_dqblk(d, data, cmd == Q_GETNEXTQUOTA);
		return;
	case Q_SETQUOTA:
		if (!d->exiting) {
			put_id_first(d, id);
			put_dqblk(d, data, 0);
		}
		return;
	case Q_XGETQUOTA:
	case Q_XGETNEXTQUOTA:
		put_id_first(d, id);
		if (d->exiting)
			put_fs_disk_quota(d, data);
		return;
	case Q_XSETQLIM:
		if (!d->exiting) {
			put_id_first(d, id);
			put_fs_disk_quota(d, data);
		}
		return;
	case Q_GETFMT:
		if (at_exit(d))
			put_u32_ref(d, data, NULL, "QFMT_VFS_???");
		return;
	case Q_GETINFO:
		if (at_exit(d))
			put_dqinfo(d, data);
		return;
	case Q_XGETQSTAT:
	case Q_XGETQSTATV:
		/* fs_quota_stat is not decoded: its address. */
		if (at_exit(d))
			dput_ptr(d, data);
		return;
	default:
		break;
	}
	if (d->exiting)
		return;
	dput_sep(d);
	switch (cmd) {
	case Q_SETINFO:
		put_dqinfo(d, data);
		break;
	case Q_XQUOTAON:
	case Q_XQUOTAOFF:
		put_u32_ref(d, data, xfs_quota_flags, "FS_QUOTA_???");
		break;
	case Q_XQUOTARM:
		put_u32_ref(d, data, xfs_dqblk_flags, "FS_???_QUOTA");
		break;
	default:
		put_id(d, id);
		dput_sep(d);
		dput_ptr(d, data);
		break;
	}
}

void da_quotactl(struct dctx *d)
{
	const uint64_t *a = d->c->args;

	if (!d->exiting) {
		put_qcmd(d, (uint32_t)a[0]);
		dput_sep(d);
		dput_path(d, a[1]);
	}
	put_cmd_data(d, (uint32_t)a[0] >> QCMD_SHIFT, (uint32_t)a[2], a[3]);
}

void da_quotactl_fd(struct dctx *d)
{
	const uint64_t *a = d->c->args;

	if (!d->exiting) {
		dput_fd(d, (int32_t)a[0]);
		dput_sep(d);
		put_qcmd(d, (uint32_t)a[1]);
	}
	put_cmd_data(d, (uint32_t)a[1] >> QCMD_SHIFT, (uint32_t)a[2], a[3]);
}
