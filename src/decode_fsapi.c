// SPDX-License-Identifier: MIT
/*
 * decode_fsapi - the arguments of the new mount API (fsopen, fsconfig,
 * fsmount, fspick, open_tree, move_mount, mount_setattr), landlock,
 * fanotify, file handles and futex_waitv, printed as strace 6.1 does on
 * x86_64; and the printing helpers the other decode_*fsapi files share.
 */
#include <inttypes.h>
#include <string.h>

#include "decode_fsapi.h"
#include "decode_structs.h"

/* struct mount_attr (linux/mount.h), MOUNT_ATTR_SIZE_VER0. */
struct dfs_mount_attr {
	uint64_t attr_set;
	uint64_t attr_clr;
	uint64_t propagation;
	uint64_t userns_fd;
};

/* struct futex_waitv (linux/futex.h). */
struct dfs_waitv {
	uint64_t val;
	uint64_t uaddr;
	uint32_t flags;
	uint32_t reserved;
};

#define DFS_HANDLE_MAX 128	/* MAX_HANDLE_SZ */

static int no_known_bit(uint64_t v, const struct xlat *tab)
{
	const struct xlat *x;

	for (x = tab; x->name; x++)
		if (x->val && (v & x->val) == x->val)
			return 0;
	return 1;
}

void dfs_flags(struct dctx *d, uint64_t v, const struct xlat *tab,
	       const char *unknown)
{
	if (!v || !no_known_bit(v, tab) || d->o->xstyle == DECODE_X_RAW) {
		dput_flags(d, v, tab);
		return;
	}
	dput_hex(d, v);
	strbuf_printf(d->out, " /* %s */", unknown);
}

void dfs_hexstr(struct dctx *d, uint64_t addr, uint64_t len, int cut)
{
	struct decode_opts o = *d->o;
	unsigned char buf[256];
	size_t lim = cut ? (size_t)dutil_limit(d) : sizeof(buf), n;

	n = len < lim ? (size_t)len : lim;
	if (n > sizeof(buf))
		n = sizeof(buf);
	if (!addr || dmem_read(d, addr, buf, n)) {
		dput_ptr(d, addr);
		return;
	}
	o.xflag = 2;
	decode_quote(d->out, buf, n, -1, len > n, &o);
}

void dfs_name(struct dctx *d, const char *name, size_t size)
{
	size_t n = strnlen(name, size);

	decode_quote(d->out, name, n, -1, n == size, d->o);
}

/* The table's argument printers for flags with an unknown comment. */
#define DFS_FLAGS_ARG(fn, tab, unk) \
void fn(struct dctx *d, int i) \
{ \
	dfs_flags(d, d->c->args[i], tab, unk); \
}

DFS_FLAGS_ARG(dfs_fsopen_fl, dfs_fsopen_flags, "FSOPEN_???")
DFS_FLAGS_ARG(dfs_fsmount_fl, dfs_fsmount_flags, "FSMOUNT_???")
DFS_FLAGS_ARG(dfs_mount_attr_fl, dfs_mount_attrs, "MOUNT_ATTR_???")
DFS_FLAGS_ARG(dfs_open_tree_fl, dfs_open_tree_flags, "OPEN_TREE_???")
DFS_FLAGS_ARG(dfs_fspick_fl, dfs_fspick_flags, "FSPICK_???")
DFS_FLAGS_ARG(dfs_move_mount_fl, dfs_move_mount_flags, "MOVE_MOUNT_???")
DFS_FLAGS_ARG(dfs_landlock_create_fl, dfs_landlock_create_flags,
	      "LANDLOCK_CREATE_RULESET_???")
DFS_FLAGS_ARG(dfs_fan_mark_fl, dfs_fan_mark_flags, "FAN_MARK_???")
DFS_FLAGS_ARG(dfs_fan_mask, dfs_fan_events, "FAN_???")

enum { FSC_SET_FLAG, FSC_SET_STRING, FSC_SET_BINARY, FSC_SET_PATH,
       FSC_SET_PATH_EMPTY, FSC_SET_FD };

/* fsconfig's key: a string, but for the FSCONFIG_CMD_* commands. */
void dfs_fsconfig_key(struct dctx *d, int i)
{
	if (d->c->args[1] <= FSC_SET_FD)
		dput_str(d, d->c->args[i]);
	else
		dput_ptr(d, d->c->args[i]);
}

/* fsconfig's value: its type depends on the command (argument 1). */
void dfs_fsconfig_value(struct dctx *d, int i)
{
	uint64_t v = d->c->args[i];

	switch (d->c->args[1]) {
	case FSC_SET_STRING:
		dput_str(d, v);
		break;
	case FSC_SET_BINARY:
		dfs_hexstr(d, v, (uint32_t)d->c->args[4], 1);
		break;
	case FSC_SET_PATH:
	case FSC_SET_PATH_EMPTY:
		dput_path(d, v);
		break;
	default:
		dput_ptr(d, v);
		break;
	}
}

/* fsconfig's aux: a dirfd for paths, an fd for SET_FD, else a number. */
void dfs_fsconfig_aux(struct dctx *d, int i)
{
	int v = (int)d->c->args[i];

	switch (d->c->args[1]) {
	case FSC_SET_PATH:
	case FSC_SET_PATH_EMPTY:
		dput_dirfd(d, v);
		break;
	case FSC_SET_FD:
		dput_fd(d, v);
		break;
	default:
		dput_int(d, v);
		break;
	}
}

/*
 * The bytes of a struct beyond the part we know, when the size argument
 * says there are more: ", /" "* bytes 32..39 *" "/ \"\\x00...\"" when
 * any is not zero, as strace prints them.
 */
static void put_tail(struct dctx *d, uint64_t addr, uint64_t known,
		     uint64_t size)
{
	unsigned char buf[256];
	uint64_t n = size - known, k;

	if (size <= known || n > sizeof(buf) ||
	    dmem_read(d, addr + known, buf, n))
		return;
	for (k = 0; k < n && !buf[k]; k++)
		;
	if (k == n)
		return;
	strbuf_printf(d->out, ", /* bytes %" PRIu64 "..%" PRIu64 " */ ",
		      known, size - 1);
	dfs_hexstr(d, addr + known, n, 1);
}

/* mount_setattr's struct mount_attr, argument 4 its size. */
void dfs_mount_attr(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i], size = d->c->args[i + 1];
	struct dfs_mount_attr a;

	if (size < sizeof(a)) {
		dput_ptr(d, addr);
		return;
	}
	if (dmem_read_or_ptr(d, addr, &a, sizeof(a)))
		return;
	strbuf_puts(d->out, "{attr_set=");
	dfs_flags(d, a.attr_set, dfs_mount_attrs, "MOUNT_ATTR_???");
	strbuf_puts(d->out, ", attr_clr=");
	dfs_flags(d, a.attr_clr, dfs_mount_attrs, "MOUNT_ATTR_???");
	strbuf_puts(d->out, ", propagation=");
	dput_enum(d, a.propagation, dfs_mount_propagation, "MS_???");
	strbuf_printf(d->out, ", userns_fd=%" PRIu64, a.userns_fd);
	put_tail(d, addr, sizeof(a), size);
	strbuf_putc(d->out, '}');
}

/* struct landlock_ruleset_attr: {handled_access_fs=...}. */
void dfs_landlock_ruleset(struct dctx *d, int i)
{
	uint64_t fs;

	if (dmem_read_or_ptr(d, d->c->args[i], &fs, sizeof(fs)))
		return;
	strbuf_puts(d->out, "{handled_access_fs=");
	dfs_flags(d, fs, dfs_landlock_fs_access, "LANDLOCK_ACCESS_FS_???");
	strbuf_putc(d->out, '}');
}

/* The version query returns a number, not a ruleset fd. */
void dfs_landlock_create_ret(struct dctx *d)
{
	if (d->c->args[2] & 1)
		dput_int(d, d->c->ret);
	else
		dput_fd(d, d->c->ret);
}

/* landlock_add_rule's attr: struct landlock_path_beneath_attr. */
void dfs_landlock_rule(struct dctx *d, int i)
{
	unsigned char b[12];	/* packed: __u64 access, __s32 fd */
	uint64_t access;
	int32_t fd;

	if (d->c->args[1] != 1) {
		dput_ptr(d, d->c->args[i]);
		return;
	}
	if (dmem_read_or_ptr(d, d->c->args[i], b, sizeof(b)))
		return;
	memcpy(&access, b, sizeof(access));
	memcpy(&fd, b + 8, sizeof(fd));
	strbuf_puts(d->out, "{allowed_access=");
	dfs_flags(d, access, dfs_landlock_fs_access, "LANDLOCK_ACCESS_FS_???");
	strbuf_puts(d->out, ", parent_fd=");
	dput_fd(d, fd);
	strbuf_putc(d->out, '}');
}

/* fanotify_init's flags: the class, then the other bits. */
void dfs_fan_init_fl(struct dctx *d, int i)
{
	uint32_t v = (uint32_t)d->c->args[i], rest = v & ~0xcu;

	dput_enum(d, v & 0xc, dfs_fan_classes, "FAN_CLASS_???");
	if (!rest)
		return;
	strbuf_putc(d->out, '|');
	dfs_flags(d, rest, dfs_fan_init_flags, "FAN_???");
}

/* fanotify_mark's dirfd: FAN_NOFD (-1), AT_FDCWD or an fd. */
void dfs_fan_dirfd(struct dctx *d, int i)
{
	int fd = (int)d->c->args[i];

	if (fd != -1) {
		dput_dirfd(d, fd);
	} else if (d->o->xstyle == DECODE_X_ABBREV) {
		strbuf_puts(d->out, "FAN_NOFD");
	} else {
		dput_int(d, fd);
		if (d->o->xstyle == DECODE_X_VERBOSE)
			strbuf_puts(d->out, " /* FAN_NOFD */");
	}
}

/* name_to_handle_at: handle_bytes as it was at entry, for the exit. */
void dfs_handle_note(struct dctx *d)
{
	uint32_t n;

	if (!dmem_read(d, d->c->args[2], &n, sizeof(n)))
		dmemo_put(d->c, 0, n);
}

/* ", handle_type=1, f_handle=\"\\x02...\"" of @n bytes at @addr. */
static void put_handle_body(struct dctx *d, uint64_t addr, uint32_t n)
{
	int32_t type;

	if (dmem_read(d, addr + 4, &type, sizeof(type)))
		return;
	strbuf_printf(d->out, ", handle_type=%d, f_handle=", type);
	dfs_hexstr(d, addr + 8, n > DFS_HANDLE_MAX ? DFS_HANDLE_MAX : n, 0);
}

/* name_to_handle_at's struct file_handle, at exit. */
void dfs_handle_out(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t in;
	uint32_t n;

	if (!dmemo_get(d->c, 0, &in) || dmem_read(d, addr, &n, sizeof(n))) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_printf(d->out, "{handle_bytes=%u", (uint32_t)in);
	if (n != (uint32_t)in)
		strbuf_printf(d->out, " => %u", n);
	if (!dutil_failed(d))
		put_handle_body(d, addr, n);
	strbuf_putc(d->out, '}');
}

/* open_by_handle_at's struct file_handle, at entry. */
void dfs_handle_in(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	uint32_t n;

	if (dmem_read_or_ptr(d, addr, &n, sizeof(n)))
		return;
	strbuf_printf(d->out, "{handle_bytes=%u", n);
	if (n <= DFS_HANDLE_MAX)
		put_handle_body(d, addr, n);
	strbuf_putc(d->out, '}');
}

static void put_waitv(struct dctx *d, uint64_t k, uint64_t at,
		      const void *elem, const void *arg)
{
	const struct dfs_waitv *w = elem;

	(void)k, (void)at, (void)arg;
	strbuf_puts(d->out, "{val=");
	dput_hex(d, w->val);
	strbuf_puts(d->out, ", uaddr=");
	dput_ptr(d, w->uaddr);
	strbuf_puts(d->out, ", flags=");
	dfs_flags(d, w->flags, dfs_futex2_flags, "FUTEX_???");
	if (w->reserved)
		strbuf_printf(d->out, ", __reserved=%#x", w->reserved);
	strbuf_putc(d->out, '}');
}

/* futex_waitv's array of struct futex_waitv, argument 1 its length. */
void dfs_waitv(struct dctx *d, int i)
{
	dstruct_array(d, d->c->args[i], (uint32_t)d->c->args[i + 1],
		      sizeof(struct dfs_waitv), DSTRUCT_EMPTY_PTR |
		      DSTRUCT_BAD_MORE, put_waitv, NULL);
}
