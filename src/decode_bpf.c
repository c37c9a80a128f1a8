// SPDX-License-Identifier: MIT
/*
 * decode_bpf - bpf(2) and classic BPF programs as strace 6.1 prints
 * them: the command, then its union bpf_attr as the fields that command
 * uses (described by tables of fields below), and seccomp's filter
 * program as BPF_STMT()/BPF_JUMP() with -v.
 */
#include <inttypes.h>
#include <string.h>

#include "decode_fsapi.h"
#include "decode_structs.h"

/* How a field of union bpf_attr prints. */
enum bf_kind {
	BF_U32,		/* decimal */
	BF_FD,		/* an fd (-y aware) */
	BF_U64,
	BF_PTR,		/* NULL or an address */
	BF_STR,		/* a pointer to a string */
	BF_NAME,	/* an inline char[16] */
	BF_ENUM,	/* dput_enum(.x, .unk) on a u32 */
	BF_FLAGS,	/* dfs_flags(.x, .unk) on a u32 */
	BF_FLAGS64,	/* the same on a u64 */
	BF_KVER,	/* KERNEL_VERSION(a, b, c) */
	BF_NUMA,	/* a u32 shown only with BPF_F_NUMA_NODE */
	BF_INSNS,	/* eBPF program: insns, insn_cnt at offset 4 */
};

struct bf_field {
	const char *name;
	unsigned short off;
	unsigned char kind;
	const struct xlat *x;
	const char *unk;
};

#define BF(n, o, k) { #n, (o), (k), NULL, NULL }
#define BX(n, o, k, x, u) { #n, (o), (k), (x), (u) }

static const struct bf_field map_create[] = {
	BX(map_type, 0, BF_ENUM, dfs_bpf_map_types, "BPF_MAP_TYPE_???"),
	BF(key_size, 4, BF_U32),
	BF(value_size, 8, BF_U32),
	BF(max_entries, 12, BF_U32),
	BX(map_flags, 16, BF_FLAGS, dfs_bpf_map_flags, "BPF_F_???"),
	BF(inner_map_fd, 20, BF_FD),
	BF(numa_node, 24, BF_NUMA),
	BF(map_name, 28, BF_NAME),
	BF(map_ifindex, 44, BF_U32),
	BF(btf_fd, 48, BF_FD),
	BF(btf_key_type_id, 52, BF_U32),
	BF(btf_value_type_id, 56, BF_U32),
	BF(btf_vmlinux_value_type_id, 60, BF_U32),
	BF(map_extra, 64, BF_U64),
};

static const struct bf_field map_elem[] = {
	BF(map_fd, 0, BF_FD),
	BF(key, 8, BF_PTR),
	BF(value, 16, BF_PTR),
	BX(flags, 24, BF_FLAGS64, dfs_bpf_update_flags, "BPF_???"),
};

static const struct bf_field map_next_key[] = {
	BF(map_fd, 0, BF_FD),
	BF(key, 8, BF_PTR),
	BF(next_key, 16, BF_PTR),
};

static const struct bf_field prog_load[] = {
	BX(prog_type, 0, BF_ENUM, dfs_bpf_prog_types, "BPF_PROG_TYPE_???"),
	BF(insn_cnt, 4, BF_U32),
	BF(insns, 8, BF_INSNS),
	BF(license, 16, BF_STR),
	BF(log_level, 24, BF_U32),
	BF(log_size, 28, BF_U32),
	BF(log_buf, 32, BF_PTR),
	BF(kern_version, 40, BF_KVER),
	BX(prog_flags, 44, BF_FLAGS, dfs_bpf_prog_flags, "BPF_F_???"),
	BF(prog_name, 48, BF_NAME),
	BF(prog_ifindex, 64, BF_U32),
	BX(expected_attach_type, 68, BF_ENUM, dfs_bpf_attach_types,
	   "BPF_???"),
	BF(prog_btf_fd, 72, BF_FD),
	BF(func_info_rec_size, 76, BF_U32),
	BF(func_info, 80, BF_PTR),
	BF(func_info_cnt, 88, BF_U32),
	BF(line_info_rec_size, 92, BF_U32),
	BF(line_info, 96, BF_PTR),
	BF(line_info_cnt, 104, BF_U32),
	BF(attach_btf_id, 108, BF_U32),
	BF(attach_prog_fd, 112, BF_FD),
	BF(fd_array, 120, BF_PTR),
};

static const struct bf_field obj[] = {
	BF(pathname, 0, BF_STR),
	BF(bpf_fd, 8, BF_FD),
	BX(file_flags, 12, BF_FLAGS, dfs_bpf_file_flags, "BPF_F_???"),
};

static const struct bf_field prog_attach[] = {
	BF(target_fd, 0, BF_FD),
	BF(attach_bpf_fd, 4, BF_FD),
	BX(attach_type, 8, BF_ENUM, dfs_bpf_attach_types, "BPF_???"),
	BX(attach_flags, 12, BF_FLAGS, dfs_bpf_attach_flags, "BPF_F_???"),
	BF(replace_bpf_fd, 16, BF_FD),
};

struct bf_cmd {
	const struct bf_field *f;
	unsigned char n;	/* fields */
	unsigned short end;	/* the size of the fields */
};

#define CMD(arr, n, end) { (arr), (n), (end) }
#define ALL(arr) (sizeof(arr) / sizeof((arr)[0]))

/* Indexed by command; .f NULL: printed as an address. */
static const struct bf_cmd bf_cmds[] = {
	[0] = CMD(map_create, ALL(map_create), 72),
	[1] = CMD(map_elem, ALL(map_elem), 32),		/* LOOKUP */
	[2] = CMD(map_elem, ALL(map_elem), 32),		/* UPDATE */
	[3] = CMD(map_elem, 2, 16),			/* DELETE */
	[4] = CMD(map_next_key, ALL(map_next_key), 24),
	[5] = CMD(prog_load, ALL(prog_load), 128),
	[6] = CMD(obj, ALL(obj), 16),			/* OBJ_PIN */
	[7] = CMD(obj, ALL(obj), 16),			/* OBJ_GET */
	[8] = CMD(prog_attach, ALL(prog_attach), 20),
	[9] = CMD(prog_attach, 3, 12),			/* PROG_DETACH */
};

#define BF_ATTR_MAX 256		/* read at most this much of the attr */

static uint32_t get32(const unsigned char *b, unsigned off)
{
	uint32_t v;

	memcpy(&v, b + off, sizeof(v));
	return v;
}

static uint64_t get64(const unsigned char *b, unsigned off)
{
	uint64_t v;

	memcpy(&v, b + off, sizeof(v));
	return v;
}

/* The code of an instruction: "BPF_JMP|BPF_K|BPF_JEQ". */
static void put_code(struct dctx *d, unsigned code, int ebpf)
{
	unsigned cls = code & 7;

	dput_enum(d, cls, ebpf ? dfs_ebpf_classes : dfs_cbpf_classes, NULL);
	strbuf_putc(d->out, '|');
	switch (cls) {
	case 0: case 1: case 2: case 3:		/* loads and stores */
		dput_enum(d, code & 0x18, dfs_cbpf_sizes, NULL);
		strbuf_putc(d->out, '|');
		dput_enum(d, code & 0xe0, dfs_cbpf_modes, "BPF_???");
		break;
	case 6:				/* BPF_RET, eBPF's JMP32 */
		if (!ebpf) {
			dput_enum(d, code & 0x18, dfs_cbpf_rvals, "BPF_???");
			break;
		}
		/* fall through */
	case 5:
		dput_enum(d, code & 8, dfs_cbpf_srcs, NULL);
		strbuf_putc(d->out, '|');
		dput_enum(d, code & 0xf0, dfs_cbpf_jmp_ops, "BPF_???");
		break;
	case 7:				/* BPF_MISC, eBPF's ALU64 */
		if (!ebpf) {
			dput_enum(d, code & 0xf8, dfs_cbpf_misc_ops,
				  "BPF_???");
			break;
		}
		/* fall through */
	default:
		dput_enum(d, code & 8, dfs_cbpf_srcs, NULL);
		strbuf_putc(d->out, '|');
		dput_enum(d, code & 0xf0, dfs_cbpf_alu_ops, "BPF_???");
		break;
	}
}

/* struct bpf_insn {code, dst_reg:4, src_reg:4, off, imm}. */
static void put_ebpf_insn(struct dctx *d, const unsigned char *b,
			  const struct xlat *unused)
{
	int16_t off;
	int32_t imm;

	(void)unused;
	memcpy(&off, b + 2, sizeof(off));
	memcpy(&imm, b + 4, sizeof(imm));
	strbuf_puts(d->out, "{code=");
	put_code(d, b[0], 1);
	strbuf_printf(d->out, ", dst_reg=BPF_REG_%u, src_reg=BPF_REG_%u, "
		      "off=%d, imm=%#x}", b[1] & 0xf, b[1] >> 4, off,
		      (uint32_t)imm);
}

/* How put_insns() shows each instruction. */
struct insn_show {
	void (*put)(struct dctx *d, const unsigned char *b,
		    const struct xlat *x);
	const struct xlat *x;
};

static void put_insn(struct dctx *d, uint64_t k, uint64_t at,
		     const void *elem, const void *arg)
{
	const struct insn_show *how = arg;

	(void)k, (void)at;
	how->put(d, elem, how->x);
}

/* An array of @n 8-byte instructions at @addr, with -v only (all of
 * them, as strace). */
static void put_insns(struct dctx *d, uint64_t addr, uint64_t n,
		      void (*put)(struct dctx *d, const unsigned char *b,
				  const struct xlat *x),
		      const struct xlat *x)
{
	struct insn_show how = { put, x };

	if (!d->o->verbose)
		dput_ptr(d, addr);
	else
		dstruct_array(d, addr, n, 8, DSTRUCT_EMPTY_PTR |
			      DSTRUCT_BAD_MORE, put_insn, &how);
}

static void put_kver(struct dctx *d, uint64_t v)
{
	strbuf_printf(d->out, "KERNEL_VERSION(%u, %u, %u)",
		      (unsigned)(v >> 16), (unsigned)(v >> 8) & 0xff,
		      (unsigned)v & 0xff);
}

static void put_field(struct dctx *d, const struct bf_field *f,
		      const unsigned char *b, int first)
{
	uint32_t v = get32(b, f->off);

	if (f->kind == BF_NUMA && !(get32(b, 16) & 4))
		return;
	if (!first)
		dput_sep(d);
	strbuf_printf(d->out, "%s=", f->name);
	switch (f->kind) {
	case BF_FD:
		dput_fd(d, (int32_t)v);
		break;
	case BF_U64:
		dput_uint(d, get64(b, f->off));
		break;
	case BF_PTR:
		dput_ptr(d, get64(b, f->off));
		break;
	case BF_STR:
		dput_str(d, get64(b, f->off));
		break;
	case BF_NAME:
		dfs_name(d, (const char *)b + f->off, 16);
		break;
	case BF_ENUM:
		dput_enum(d, v, f->x, f->unk);
		break;
	case BF_FLAGS:
		dfs_flags(d, v, f->x, f->unk);
		break;
	case BF_FLAGS64:
		dfs_flags(d, get64(b, f->off), f->x, f->unk);
		break;
	case BF_KVER:
		if (!dput_xstyled(d, v, put_kver))
			put_kver(d, v);
		break;
	case BF_INSNS:
		put_insns(d, get64(b, f->off), get32(b, 4), put_ebpf_insn,
			  NULL);
		break;
	default:
		dput_uint(d, v);
		break;
	}
}

/* The attr bytes past the fields we know: "..." unless all zero. */
static void put_extra(struct dctx *d, const unsigned char *b, size_t end,
		      size_t len)
{
	size_t k;

	for (k = end; k < len && !b[k]; k++)
		;
	if (k == len)
		return;
	if (!d->o->verbose) {
		strbuf_puts(d->out, ", ...");
		return;
	}
	strbuf_puts(d->out, ", extra_data=");
	{
		struct decode_opts o = *d->o;

		o.xflag = 2;
		decode_quote(d->out, b + end, len - end, -1, 0, &o);
	}
	strbuf_printf(d->out, " /* bytes %zu..%zu */", end, len - 1);
}

/* bpf's attr (argument 1) of the size in argument 2. */
void dfs_bpf_attr(struct dctx *d, int i)
{
	uint64_t cmd = d->c->args[0], addr = d->c->args[i];
	uint64_t size = (uint32_t)d->c->args[i + 1];
	unsigned char b[BF_ATTR_MAX];
	const struct bf_cmd *c;
	size_t len, k;

	c = cmd < ALL(bf_cmds) ? &bf_cmds[cmd] : NULL;
	len = size < sizeof(b) ? (size_t)size : sizeof(b);
	memset(b, 0, sizeof(b));
	if (!c || !c->f || !addr || dmem_read(d, addr, b, len)) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_putc(d->out, '{');
	for (k = 0; k < c->n; k++) {
		if (k && size <= c->f[k].off)
			break;
		put_field(d, &c->f[k], b, !k);
	}
	if (len > c->end)
		put_extra(d, b, c->end, len);
	strbuf_putc(d->out, '}');
}

/* The commands that return a new fd. */
void dfs_bpf_ret(struct dctx *d)
{
	static const unsigned char fd_cmds[] = {
		0, 5, 7, 13, 14, 17, 18, 19, 28, 30, 32, 33
	};
	size_t k;

	for (k = 0; k < sizeof(fd_cmds); k++)
		if (d->c->args[0] == fd_cmds[k]) {
			dput_fd(d, d->c->ret);
			return;
		}
	dput_int(d, d->c->ret);
}

/*
 * A classic BPF instruction {code, jt, jf, k}: BPF_JUMP() for jumps,
 * else BPF_STMT(); @actions names what a seccomp filter returns.
 */
static void put_cbpf_insn(struct dctx *d, const unsigned char *b,
			  const struct xlat *actions)
{
	unsigned code = b[0] | (unsigned)b[1] << 8;
	uint32_t k = get32(b, 4);
	int jump = (code & 7) == 5;

	strbuf_puts(d->out, jump ? "BPF_JUMP(" : "BPF_STMT(");
	put_code(d, code, 0);
	dput_sep(d);
	if (code == 0x06) {			/* BPF_RET|BPF_K */
		dput_enum(d, k & 0xffff0000u, actions, "SECCOMP_RET_???");
		if (k & 0xffff)
			strbuf_printf(d->out, "|%#x", k & 0xffff);
	} else {
		strbuf_printf(d->out, "%#x", k);
	}
	if (jump)
		strbuf_printf(d->out, ", %#x, %#x", b[2], b[3]);
	strbuf_putc(d->out, ')');
}

void dfs_seccomp_fprog(struct dctx *d, uint64_t addr,
		       const struct xlat *actions)
{
	struct {
		uint16_t len;
		uint64_t filter;
	} p;

	if (dmem_read_or_ptr(d, addr, &p, sizeof(p)))
		return;
	strbuf_printf(d->out, "{len=%u, filter=", p.len);
	put_insns(d, p.filter, p.len, put_cbpf_insn, actions);
	strbuf_putc(d->out, '}');
}
