// SPDX-License-Identifier: MIT
/*
 * decode_admin - the memory calls of the admin part of the table
 * (decode_table_admin.c): NUMA memory policies (mbind, set_mempolicy,
 * get_mempolicy, migrate_pages, move_pages), protection keys,
 * remap_file_pages, process_madvise, userfaultfd and memfd_secret; and
 * the helpers the other decode_admin_*.c files share.  Output follows
 * strace 6.1 on x86_64.
 */
#include <asm/unistd.h>
#include <inttypes.h>

#include "decode_admin.h"
#include "decode_structs.h"
#include "decode_util.h"
#include "names.h"

/* MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING */
#define DA_MPOL_FLAGS	0xe000u
#define DA_MAP_TYPE	0xfu
#define DA_BITS		64u

static const struct xlat mpol_modes[] = {
	{ 0, "MPOL_DEFAULT" },
	{ 1, "MPOL_PREFERRED" },
	{ 2, "MPOL_BIND" },
	{ 3, "MPOL_INTERLEAVE" },
	{ 4, "MPOL_LOCAL" },
	{ 5, "MPOL_PREFERRED_MANY" },
	XLAT_END
};

static const struct xlat mpol_mode_flags[] = {
	{ 0x8000, "MPOL_F_STATIC_NODES" },
	{ 0x4000, "MPOL_F_RELATIVE_NODES" },
	{ 0x2000, "MPOL_F_NUMA_BALANCING" },
	XLAT_END
};

static const struct xlat mbind_flags[] = {
	{ 1, "MPOL_MF_STRICT" },
	{ 2, "MPOL_MF_MOVE" },
	{ 4, "MPOL_MF_MOVE_ALL" },
	XLAT_END
};

static const struct xlat getmpol_flags[] = {
	{ 1, "MPOL_F_NODE" },
	{ 2, "MPOL_F_ADDR" },
	{ 4, "MPOL_F_MEMS_ALLOWED" },
	XLAT_END
};

static const struct xlat pkey_access[] = {
	{ 1, "PKEY_DISABLE_ACCESS" },
	{ 2, "PKEY_DISABLE_WRITE" },
	{ 4, "PKEY_DISABLE_EXECUTE" },
	XLAT_END
};

static const struct xlat uffd_flags[] = {
	{ 1, "UFFD_USER_MODE_ONLY" },
	{ 04000, "O_NONBLOCK" },
	{ 02000000, "O_CLOEXEC" },
	XLAT_END
};

const struct xlat da_memfd_secret_flags[] = {
	{ 02000000, "O_CLOEXEC" },
	XLAT_END
};

void da_put_flags(struct dctx *d, uint64_t v, const struct xlat *tab,
		  const char *unknown)
{
	const struct xlat *x;

	if (v && (!d->o || d->o->xstyle == DECODE_X_ABBREV)) {
		for (x = tab; x->name; x++)
			if (x->val && (v & x->val) == x->val)
				break;
		if (!x->name) {
			strbuf_printf(d->out, "%#" PRIx64 " /* %s */", v,
				      unknown);
			return;
		}
	}
	dput_flags(d, v, tab);
}

void da_put_enum_dec(struct dctx *d, int v, const struct xlat *tab,
		     const char *unknown)
{
	const char *name = xlat_name(tab, (uint64_t)(int64_t)v);

	strbuf_printf(d->out, "%d", v);
	if (!d->o || d->o->xstyle != DECODE_X_RAW)
		strbuf_printf(d->out, " /* %s */", name ? name : unknown);
}

void da_put_array(struct dctx *d, uint64_t addr, uint64_t n, size_t size,
		  dstruct_elem_fn put)
{
	/* What the kernel was to fill is not read after a failure. */
	if (addr && n && d->exiting && dutil_failed(d))
		dput_ptr(d, addr);
	else
		dstruct_array(d, addr, n, size, DSTRUCT_BAD_NOTE, put, NULL);
}

/* MPOL_BIND, MPOL_INTERLEAVE|MPOL_F_STATIC_NODES, MPOL_F_RELATIVE_NODES|0x4d */
static void put_mpol_mode(struct dctx *d, uint64_t v)
{
	uint64_t flags = v & DA_MPOL_FLAGS;
	const char *name = xlat_name(mpol_modes, v & ~(uint64_t)DA_MPOL_FLAGS);

	if (!flags) {
		dput_enum(d, v, mpol_modes, "MPOL_???");
	} else if (!name) {
		da_put_flags(d, v, mpol_mode_flags, "MPOL_F_???");
	} else {
		strbuf_printf(d->out, "%s|", name);
		dput_flags(d, flags, mpol_mode_flags);
	}
}

void da_mbind_mode(struct dctx *d, int i)
{
	put_mpol_mode(d, d->c->args[i]);
}

void da_mempolicy_mode(struct dctx *d, int i)
{
	put_mpol_mode(d, (uint32_t)d->c->args[i]);
}

/* One word of a node mask, "0x00000000000001", 0 as 16 zeros. */
static void put_node_word(struct dctx *d, uint64_t k, uint64_t at,
			  const void *elem, const void *arg)
{
	(void)k, (void)at, (void)arg;
	strbuf_printf(d->out, "%#016" PRIx64, *(const uint64_t *)elem);
}

/*
 * The kernel reads maxnode - 1 bits; maxnode is the argument after the
 * mask, except for migrate_pages where it comes before both masks.
 */
void da_nodemask(struct dctx *d, int i)
{
	int at = d->c->nr == __NR_migrate_pages ? 1 : i + 1;
	uint64_t max = d->c->args[at];
	uint64_t n = (max + DA_BITS - 2) / DA_BITS;

	if (n < max / DA_BITS || (max && !n)) {
		dput_ptr(d, d->c->args[i]);
		return;
	}
	da_put_array(d, d->c->args[i], n, sizeof(uint64_t), put_node_word);
}

void da_mbind_flags(struct dctx *d, int i)
{
	da_put_flags(d, d->c->args[i], mbind_flags, "MPOL_???");
}

/* get_mempolicy's policy, written by the kernel: [MPOL_DEFAULT]. */
void da_getmpol_mode(struct dctx *d, int i)
{
	int32_t mode;

	if (dutil_failed(d)) {
		dput_ptr(d, d->c->args[i]);
		return;
	}
	if (dmem_read_or_ptr(d, d->c->args[i], &mode, sizeof(mode)))
		return;
	strbuf_putc(d->out, '[');
	dput_enum(d, (uint32_t)mode, mpol_modes, "MPOL_???");
	strbuf_putc(d->out, ']');
}

void da_getmpol_flags(struct dctx *d, int i)
{
	da_put_flags(d, d->c->args[i], getmpol_flags, "MPOL_???");
}

static void put_addr_elem(struct dctx *d, uint64_t k, uint64_t at,
			  const void *elem, const void *arg)
{
	(void)k, (void)at, (void)arg;
	dput_ptr(d, *(const uint64_t *)elem);
}

static void put_int_elem(struct dctx *d, uint64_t k, uint64_t at,
			 const void *elem, const void *arg)
{
	(void)k, (void)at, (void)arg;
	strbuf_printf(d->out, "%d", *(const int32_t *)elem);
}

/* A page's status: the node, or -EFAULT. */
static void put_status_elem(struct dctx *d, uint64_t k, uint64_t at,
			    const void *elem, const void *arg)
{
	int32_t v = *(const int32_t *)elem;
	/* INT32_MIN has no positive: no errno either */
	const char *name = v < 0 && v > INT32_MIN ? names_errno(-v) : NULL;

	(void)k, (void)at, (void)arg;
	if (name)
		strbuf_printf(d->out, "-%s", name);
	else
		strbuf_printf(d->out, "%d", v);
}

/* move_pages' arrays: their length is the count, argument 1. */
void da_move_pages(struct dctx *d, int i)
{
	da_put_array(d, d->c->args[i], d->c->args[1], 8, put_addr_elem);
}

void da_move_nodes(struct dctx *d, int i)
{
	da_put_array(d, d->c->args[i], d->c->args[1], 4, put_int_elem);
}

void da_move_status(struct dctx *d, int i)
{
	da_put_array(d, d->c->args[i], d->c->args[1], 4, put_status_elem);
}

void da_move_flags(struct dctx *d, int i)
{
	da_put_flags(d, d->c->args[i], mbind_flags + 1, "MPOL_???");
}

void da_prot(struct dctx *d, int i)
{
	da_put_flags(d, d->c->args[i], xlat_mmap_prot, "PROT_???");
}

void da_pkey_access(struct dctx *d, int i)
{
	da_put_flags(d, d->c->args[i], pkey_access, "PKEY_???");
}

/* The mapping type as an enumeration, then the other flags. */
void da_remap_flags(struct dctx *d, int i)
{
	uint64_t v = d->c->args[i];

	dput_enum(d, v & DA_MAP_TYPE, xlat_mmap_types, "MAP_???");
	if (v & ~(uint64_t)DA_MAP_TYPE) {
		strbuf_putc(d->out, '|');
		dput_flags(d, v & ~(uint64_t)DA_MAP_TYPE, xlat_mmap_flags);
	}
}

void da_iov_addrs(struct dctx *d, int i)
{
	da_put_array(d, d->c->args[i], d->c->args[i + 1], 16, dput_iov_addr);
}

void da_uffd_flags(struct dctx *d, int i)
{
	da_put_flags(d, (uint32_t)d->c->args[i], uffd_flags, "UFFD_???");
}
