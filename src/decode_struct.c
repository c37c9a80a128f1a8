// SPDX-License-Identifier: MIT
/*
 * decode_struct - struct stat, struct statx, struct timespec and struct
 * timeval as strace 6.1 prints them on x86_64: abbreviated ("...") by
 * default, every field with -v, the bare address when unreadable.
 */
#include "decode_priv.h"

#include <inttypes.h>
#include <time.h>

/* struct stat as the x86_64 kernel writes it (144 bytes). */
struct dkstat {
	uint64_t dev;
	uint64_t ino;
	uint64_t nlink;
	uint32_t mode;
	uint32_t uid;
	uint32_t gid;
	uint32_t pad0;
	uint64_t rdev;
	int64_t size;
	int64_t blksize;
	int64_t blocks;
	int64_t atime;
	uint64_t atime_nsec;
	int64_t mtime;
	uint64_t mtime_nsec;
	int64_t ctime;
	uint64_t ctime_nsec;
	int64_t unused[3];
};

struct dkstatx_ts {
	int64_t sec;
	uint32_t nsec;
	int32_t reserved;
};

/* struct statx (256 bytes). */
struct dkstatx {
	uint32_t mask;
	uint32_t blksize;
	uint64_t attributes;
	uint32_t nlink;
	uint32_t uid;
	uint32_t gid;
	uint16_t mode;
	uint16_t spare0;
	uint64_t ino;
	uint64_t size;
	uint64_t blocks;
	uint64_t attributes_mask;
	struct dkstatx_ts atime;
	struct dkstatx_ts btime;
	struct dkstatx_ts ctime;
	struct dkstatx_ts mtime;
	uint32_t rdev_major;
	uint32_t rdev_minor;
	uint32_t dev_major;
	uint32_t dev_minor;
	uint64_t mnt_id;
	uint32_t dio_mem_align;
	uint32_t dio_offset_align;
	uint64_t spare3[12];
};

_Static_assert(sizeof(struct dkstat) == 144, "x86_64 struct stat");
_Static_assert(sizeof(struct dkstatx) == 256, "struct statx");

#define DSTATX_ATIME	0x0020U
#define DSTATX_MTIME	0x0040U
#define DSTATX_CTIME	0x0080U
#define DSTATX_BTIME	0x0800U
#define DSTATX_MNT_ID	0x1000U
#define DSTATX_DIOALIGN	0x2000U

/*
 * " /" "* 2023-11-14T22:13:20.123456789+0000 *" "/": the local time of
 * @sec, nanoseconds only when non-zero; nothing for the epoch itself
 * (strace leaves 0 uncommented) or an unrepresentable time.
 */
static void put_time_comment(struct dctx *d, int64_t sec, uint64_t nsec)
{
	time_t t = (time_t)sec;
	struct tm tm;
	char buf[64];

	if (sec == 0 && nsec == 0)
		return;
	if (!localtime_r(&t, &tm) ||
	    !strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm))
		return;
	strbuf_printf(d->out, " /* %s", buf);
	if (nsec)
		strbuf_printf(d->out, ".%09" PRIu64, nsec);
	if (strftime(buf, sizeof(buf), "%z", &tm))
		strbuf_puts(d->out, buf);
	strbuf_puts(d->out, " */");
}

/* "makedev(0x8, 0x1)" from a glibc-encoded dev_t. */
static void put_makedev_name(struct dctx *d, uint64_t dev)
{
	uint64_t major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffULL);
	uint64_t minor = (dev & 0xff) | ((dev >> 12) & ~0xffULL);

	strbuf_printf(d->out, "makedev(%#" PRIx64 ", %#" PRIx64 ")",
		      major, minor);
}

/* -X raw: "0x801", -X verbose: "0x801 /" "* makedev(0x8, 0x1) *" "/". */
static void put_makedev(struct dctx *d, uint64_t dev)
{
	if (!dput_xstyled(d, dev, put_makedev_name))
		put_makedev_name(d, dev);
}

/* "st_atime=N /" "* date *" "/, st_atime_nsec=N" */
static void put_stat_time(struct dctx *d, const char *name, int64_t sec,
			  uint64_t nsec)
{
	strbuf_printf(d->out, ", st_%s=%" PRId64, name, sec);
	put_time_comment(d, sec, nsec);
	strbuf_printf(d->out, ", st_%s_nsec=%" PRIu64, name, nsec);
}

/* ", uid=0, gid=0": ids, -1 for the "no id" value like strace. */
static void put_ids(struct dctx *d, const char *prefix, uint32_t uid,
		   uint32_t gid)
{
	strbuf_printf(d->out, ", %suid=", prefix);
	dput_int(d, uid == UINT32_MAX ? -1 : (int64_t)uid);
	strbuf_printf(d->out, ", %sgid=", prefix);
	dput_int(d, gid == UINT32_MAX ? -1 : (int64_t)gid);
}

static int is_device(uint64_t mode)
{
	uint64_t fmt = mode & 0170000;

	return fmt == 0020000 || fmt == 0060000;	/* S_IFCHR, S_IFBLK */
}

/* st_size, or st_rdev for device files. */
static void put_stat_size(struct dctx *d, const struct dkstat *st)
{
	if (is_device(st->mode)) {
		strbuf_puts(d->out, "st_rdev=");
		put_makedev(d, st->rdev);
	} else {
		strbuf_printf(d->out, "st_size=%" PRId64, st->size);
	}
}

void dput_stat(struct dctx *d, uint64_t addr)
{
	struct dkstat st;

	if (dmem_read_or_ptr(d, addr, &st, sizeof(st)))
		return;
	if (!d->o->verbose) {
		strbuf_puts(d->out, "{st_mode=");
		dput_mode(d, st.mode, 1);
		strbuf_puts(d->out, ", ");
		put_stat_size(d, &st);
		strbuf_puts(d->out, ", ...}");
		return;
	}
	strbuf_puts(d->out, "{st_dev=");
	put_makedev(d, st.dev);
	strbuf_printf(d->out, ", st_ino=%" PRIu64 ", st_mode=", st.ino);
	dput_mode(d, st.mode, 1);
	strbuf_printf(d->out, ", st_nlink=%" PRIu64, st.nlink);
	put_ids(d, "st_", st.uid, st.gid);
	strbuf_printf(d->out, ", st_blksize=%" PRId64 ", st_blocks=%" PRId64
		      ", ", st.blksize, st.blocks);
	put_stat_size(d, &st);
	put_stat_time(d, "atime", st.atime, st.atime_nsec);
	put_stat_time(d, "mtime", st.mtime, st.mtime_nsec);
	put_stat_time(d, "ctime", st.ctime, st.ctime_nsec);
	strbuf_putc(d->out, '}');
}

/* ", stx_atime={tv_sec=N, tv_nsec=N} /" "* date *" "/" */
static void put_statx_time(struct dctx *d, const char *name,
			   const struct dkstatx_ts *ts)
{
	strbuf_printf(d->out, ", stx_%s={tv_sec=%" PRId64 ", tv_nsec=%u}",
		      name, ts->sec, ts->nsec);
	put_time_comment(d, ts->sec, ts->nsec);
}

/* The -v only tail of struct statx, from stx_blocks on. */
static void put_statx_tail(struct dctx *d, const struct dkstatx *sx)
{
	strbuf_printf(d->out, ", stx_blocks=%" PRIu64
		      ", stx_attributes_mask=", sx->blocks);
	dput_flags(d, sx->attributes_mask, xlat_statx_attrs);
	/* only the times the kernel says it filled */
	if (sx->mask & DSTATX_ATIME)
		put_statx_time(d, "atime", &sx->atime);
	if (sx->mask & DSTATX_BTIME)
		put_statx_time(d, "btime", &sx->btime);
	if (sx->mask & DSTATX_CTIME)
		put_statx_time(d, "ctime", &sx->ctime);
	if (sx->mask & DSTATX_MTIME)
		put_statx_time(d, "mtime", &sx->mtime);
	strbuf_printf(d->out, ", stx_rdev_major=%u, stx_rdev_minor=%u"
		      ", stx_dev_major=%u, stx_dev_minor=%u",
		      sx->rdev_major, sx->rdev_minor,
		      sx->dev_major, sx->dev_minor);
	if (sx->mask & DSTATX_MNT_ID)
		strbuf_printf(d->out, ", stx_mnt_id=%#" PRIx64, sx->mnt_id);
	if (sx->mask & DSTATX_DIOALIGN)
		strbuf_printf(d->out, ", stx_dio_mem_align=%u"
			      ", stx_dio_offset_align=%u",
			      sx->dio_mem_align, sx->dio_offset_align);
}

void dput_statx(struct dctx *d, uint64_t addr)
{
	struct dkstatx sx;
	int v = d->o->verbose;

	if (dmem_read_or_ptr(d, addr, &sx, sizeof(sx)))
		return;
	strbuf_puts(d->out, "{stx_mask=");
	dput_flags(d, sx.mask, xlat_statx_mask);
	if (v)
		strbuf_printf(d->out, ", stx_blksize=%u", sx.blksize);
	strbuf_puts(d->out, ", stx_attributes=");
	dput_flags(d, sx.attributes, xlat_statx_attrs);
	if (v) {
		strbuf_printf(d->out, ", stx_nlink=%u", sx.nlink);
		put_ids(d, "stx_", sx.uid, sx.gid);
	}
	strbuf_puts(d->out, ", stx_mode=");
	dput_mode(d, sx.mode, 1);
	if (v)
		strbuf_printf(d->out, ", stx_ino=%" PRIu64, sx.ino);
	strbuf_printf(d->out, ", stx_size=%" PRIu64, sx.size);
	if (v)
		put_statx_tail(d, &sx);
	else
		strbuf_puts(d->out, ", ...");
	strbuf_putc(d->out, '}');
}

void dput_timespec(struct dctx *d, uint64_t addr)
{
	int64_t ts[2];

	if (dmem_read_or_ptr(d, addr, ts, sizeof(ts)))
		return;
	strbuf_printf(d->out, "{tv_sec=%" PRId64 ", tv_nsec=%" PRId64 "}",
		      ts[0], ts[1]);
}

void dput_timeval(struct dctx *d, uint64_t addr)
{
	int64_t tv[2];

	if (dmem_read_or_ptr(d, addr, tv, sizeof(tv)))
		return;
	strbuf_printf(d->out, "{tv_sec=%" PRId64 ", tv_usec=%" PRId64 "}",
		      tv[0], tv[1]);
}
