// SPDX-License-Identifier: MIT
/*
 * decode_sysv - the control calls of System V IPC (msgctl, semctl,
 * shmctl) for the third part of the table (decode_table_extra.c): their
 * commands, with IPC_64, and the structures they read or fill: the
 * *id64_ds of IPC_STAT, IPC_SET and *_STAT, the limits of IPC_INFO and
 * the usage of MSG_INFO, SEM_INFO and SHM_INFO.  Output follows strace
 * 6.1 on x86_64.
 */
#include <inttypes.h>

#include "decode_priv.h"
#include "decode_util.h"
#include "decode_extra.h"

#define DIPC_64 0x100u
#define DIPC_SET 1u
#define DIPC_STAT 2u
#define DIPC_INFO 3u

/* struct ipc64_perm */
struct dipc_perm {
	int32_t key;
	uint32_t uid, gid, cuid, cgid, mode;
	uint16_t seq, pad2;
	uint64_t unused1, unused2;
};

struct dmsqid_ds {
	struct dipc_perm perm;
	int64_t stime, rtime, ctime;
	uint64_t cbytes, qnum, qbytes;
	int32_t lspid, lrpid;
	uint64_t unused4, unused5;
};

struct dsemid_ds {
	struct dipc_perm perm;
	int64_t otime;
	uint64_t unused1;
	int64_t ctime;
	uint64_t unused2;
	uint64_t nsems;
	uint64_t unused3, unused4;
};

struct dshmid_ds {
	struct dipc_perm perm;
	uint64_t segsz;
	int64_t atime, dtime, ctime;
	int32_t cpid, lpid;
	uint64_t nattch, unused4, unused5;
};

struct dmsginfo {
	int32_t msgpool, msgmap, msgmax, msgmnb, msgmni, msgssz, msgtql;
	uint16_t msgseg;
};

struct dseminfo {
	int32_t semmap, semmni, semmns, semmnu, semmsl, semopm, semume,
		semusz, semvmx, semaem;
};

struct dshminfo {
	uint64_t shmmax, shmmin, shmmni, shmseg, shmall, unused[4];
};

struct dshm_info {
	int32_t used_ids;
	uint64_t shm_tot, shm_rss, shm_swp, swap_attempts, swap_successes;
};

/* How the structure argument of a command shows. */
enum ds_kind {
	DS_ADDR,	/* not a structure: its address */
	DS_SET,		/* IPC_SET: what the kernel reads, even if failed */
	DS_STAT,	/* filled by the kernel */
	DS_INFO,	/* IPC_INFO: the limits */
	DS_USAGE,	/* MSG_INFO, SEM_INFO, SHM_INFO */
};

/* The commands of one family beyond IPC_SET, IPC_STAT and IPC_INFO. */
struct ipc_family {
	uint32_t stat, stat_any;	/* MSG_STAT, MSG_STAT_ANY ... */
	uint32_t usage;			/* MSG_INFO ... */
};

static const struct ipc_family msg_family = { 11, 13, 12 };
static const struct ipc_family sem_family = { 18, 20, 19 };
static const struct ipc_family shm_family = { 13, 15, 14 };

/* What the structure argument of command argument @i is. */
static enum ds_kind ds_kind_of(const struct dctx *d, int i,
			       const struct ipc_family *f)
{
	uint32_t cmd = (uint32_t)d->c->args[i] & ~DIPC_64;

	if (cmd == DIPC_SET)
		return DS_SET;
	if (cmd == DIPC_STAT || cmd == f->stat || cmd == f->stat_any)
		return DS_STAT;
	if (cmd == DIPC_INFO)
		return DS_INFO;
	return cmd == f->usage ? DS_USAGE : DS_ADDR;
}

/* "IPC_64|IPC_STAT": the flag, then the command. */
static void put_cmd(struct dctx *d, int i, const struct xlat *tab,
		    const char *unknown)
{
	uint32_t cmd = (uint32_t)d->c->args[i];

	if (cmd & DIPC_64)
		strbuf_puts(d->out, "IPC_64|");
	dput_enum(d, cmd & ~DIPC_64, tab, unknown);
}

void dx_msg_cmd(struct dctx *d, int i)
{
	put_cmd(d, i, dx_msg_cmds, "MSG_???");
}

void dx_sem_cmd(struct dctx *d, int i)
{
	put_cmd(d, i, dx_sem_cmds, "SEM_???");
}

void dx_shm_cmd(struct dctx *d, int i)
{
	put_cmd(d, i, dx_shm_cmds, "SHM_???");
}

/* "msg_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}": only
 * the fields IPC_SET changes when @set. */
static void put_perm(struct dctx *d, const char *name,
		     const struct dipc_perm *p, int set)
{
	strbuf_printf(d->out, "%s={uid=%u, gid=%u, mode=%#o", name, p->uid,
		      p->gid, p->mode);
	if (!set)
		strbuf_printf(d->out, ", key=%u, cuid=%u, cgid=%u",
			      (uint32_t)p->key, p->cuid, p->cgid);
	strbuf_putc(d->out, '}');
}

/*
 * Read the @len bytes the argument points to for a command of @kind:
 * 0, or 1 after printing the address instead (not a structure, the call
 * failed before filling it, unreadable).
 */
static int read_ds(struct dctx *d, int i, enum ds_kind kind, void *buf,
		   size_t len)
{
	uint64_t addr = d->c->args[i];

	if (kind == DS_ADDR || !addr ||
	    (kind != DS_SET && dutil_failed(d)) ||
	    dmem_read(d, addr, buf, len)) {
		dput_ptr(d, addr);
		return 1;
	}
	return 0;
}

/* msgctl's buffer: struct msqid64_ds, or struct msginfo. */
void dx_msqid_ds(struct dctx *d, int i)
{
	enum ds_kind kind = ds_kind_of(d, i - 1, &msg_family);
	struct dmsqid_ds m;
	struct dmsginfo mi;

	if (kind == DS_INFO || kind == DS_USAGE) {
		if (read_ds(d, i, kind, &mi, sizeof(mi)))
			return;
		strbuf_printf(d->out, "{msgpool=%d, msgmap=%d, msgmax=%d"
			      ", msgmnb=%d, msgmni=%d, msgssz=%d, msgtql=%d"
			      ", msgseg=%u}", mi.msgpool, mi.msgmap,
			      mi.msgmax, mi.msgmnb, mi.msgmni, mi.msgssz,
			      mi.msgtql, mi.msgseg);
		return;
	}
	if (read_ds(d, i, kind, &m, sizeof(m)))
		return;
	strbuf_putc(d->out, '{');
	put_perm(d, "msg_perm", &m.perm, kind == DS_SET);
	if (kind == DS_SET) {
		strbuf_printf(d->out, ", msg_qbytes=%" PRIu64 "}", m.qbytes);
		return;
	}
	strbuf_printf(d->out, ", msg_stime=%" PRId64 ", msg_rtime=%" PRId64
		      ", msg_ctime=%" PRId64 ", msg_qnum=%" PRIu64
		      ", msg_qbytes=%" PRIu64 ", msg_lspid=%d"
		      ", msg_lrpid=%d}", m.stime, m.rtime, m.ctime, m.qnum,
		      m.qbytes, m.lspid, m.lrpid);
}

/* semctl's union semun: struct semid64_ds, struct seminfo, or the
 * value itself (SETVAL, the arrays of GETALL and SETALL). */
void dx_semun(struct dctx *d, int i)
{
	enum ds_kind kind = ds_kind_of(d, i - 1, &sem_family);
	struct dsemid_ds s;
	struct dseminfo si;

	if (kind == DS_INFO || kind == DS_USAGE) {
		if (read_ds(d, i, kind, &si, sizeof(si)))
			return;
		strbuf_printf(d->out, "{semmap=%d, semmni=%d, semmns=%d"
			      ", semmnu=%d, semmsl=%d, semopm=%d, semume=%d"
			      ", semusz=%d, semvmx=%d, semaem=%d}",
			      si.semmap, si.semmni, si.semmns, si.semmnu,
			      si.semmsl, si.semopm, si.semume, si.semusz,
			      si.semvmx, si.semaem);
		return;
	}
	if (read_ds(d, i, kind, &s, sizeof(s)))
		return;
	strbuf_putc(d->out, '{');
	put_perm(d, "sem_perm", &s.perm, kind == DS_SET);
	if (kind != DS_SET)
		strbuf_printf(d->out, ", sem_otime=%" PRId64 ", sem_ctime=%"
			      PRId64 ", sem_nsems=%" PRIu64, s.otime,
			      s.ctime, s.nsems);
	strbuf_putc(d->out, '}');
}

/* shmctl's limits (struct shminfo64) and usage (struct shm_info). */
static void put_shm_info(struct dctx *d, int i, enum ds_kind kind)
{
	struct dshminfo si;
	struct dshm_info su;

	if (kind == DS_INFO) {
		if (read_ds(d, i, kind, &si, sizeof(si)))
			return;
		strbuf_printf(d->out, "{shmmax=%" PRIu64 ", shmmin=%" PRIu64
			      ", shmmni=%" PRIu64 ", shmseg=%" PRIu64
			      ", shmall=%" PRIu64 "}", si.shmmax, si.shmmin,
			      si.shmmni, si.shmseg, si.shmall);
		return;
	}
	if (read_ds(d, i, kind, &su, sizeof(su)))
		return;
	strbuf_printf(d->out, "{used_ids=%d, shm_tot=%" PRIu64 ", shm_rss=%"
		      PRIu64 ", shm_swp=%" PRIu64 ", swap_attempts=%" PRIu64
		      ", swap_successes=%" PRIu64 "}", su.used_ids,
		      su.shm_tot, su.shm_rss, su.shm_swp, su.swap_attempts,
		      su.swap_successes);
}

/* shmctl's buffer: struct shmid64_ds, or the limits and usage. */
void dx_shmid_ds(struct dctx *d, int i)
{
	enum ds_kind kind = ds_kind_of(d, i - 1, &shm_family);
	struct dshmid_ds s;

	if (kind == DS_INFO || kind == DS_USAGE) {
		put_shm_info(d, i, kind);
		return;
	}
	if (read_ds(d, i, kind, &s, sizeof(s)))
		return;
	strbuf_putc(d->out, '{');
	put_perm(d, "shm_perm", &s.perm, kind == DS_SET);
	if (kind != DS_SET)
		strbuf_printf(d->out, ", shm_segsz=%" PRIu64 ", shm_cpid=%d"
			      ", shm_lpid=%d, shm_nattch=%" PRIu64
			      ", shm_atime=%" PRId64 ", shm_dtime=%" PRId64
			      ", shm_ctime=%" PRId64, s.segsz, s.cpid,
			      s.lpid, s.nattch, s.atime, s.dtime, s.ctime);
	strbuf_putc(d->out, '}');
}
