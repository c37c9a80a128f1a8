// SPDX-License-Identifier: MIT
/*
 * decode_admin_sys - the system administration calls of the admin part
 * of the table (decode_table_admin.c): swapon, reboot, sethostname,
 * syslog, ustat, _sysctl, the x86 descriptor tables (modify_ldt,
 * set_thread_area, get_thread_area), modules and kexec.  Output follows
 * strace 6.1 on x86_64.
 */
#include <inttypes.h>

#include "decode_admin.h"
#include "decode_util.h"
#include "names.h"

#define DA_SWAP_PRIO_MASK	0x7fffu
#define DA_REBOOT_RESTART2	0xa1b2c3d4u
#define DA_UTS_LEN		64u
#define DA_KEXEC_ARCH_MASK	0xffff0000u
#define DA_KEXEC_SEGMENT_MAX	16u
#define DA_USER_DESC_SIZE	16u

static const struct xlat swap_flags[] = {
	{ 0x8000, "SWAP_FLAG_PREFER" },
	{ 0x10000, "SWAP_FLAG_DISCARD" },
	{ 0x20000, "SWAP_FLAG_DISCARD_ONCE" },
	{ 0x40000, "SWAP_FLAG_DISCARD_PAGES" },
	XLAT_END
};

static const struct xlat reboot_magic1[] = {
	{ 0xfee1dead, "LINUX_REBOOT_MAGIC1" },
	XLAT_END
};

static const struct xlat reboot_magic2[] = {
	{ 672274793, "LINUX_REBOOT_MAGIC2" },
	{ 85072278, "LINUX_REBOOT_MAGIC2A" },
	{ 369367448, "LINUX_REBOOT_MAGIC2B" },
	{ 537993216, "LINUX_REBOOT_MAGIC2C" },
	XLAT_END
};

static const struct xlat reboot_cmds[] = {
	{ 0x01234567, "LINUX_REBOOT_CMD_RESTART" },
	{ 0xcdef0123, "LINUX_REBOOT_CMD_HALT" },
	{ 0x89abcdef, "LINUX_REBOOT_CMD_CAD_ON" },
	{ 0x00000000, "LINUX_REBOOT_CMD_CAD_OFF" },
	{ 0x4321fedc, "LINUX_REBOOT_CMD_POWER_OFF" },
	{ 0xa1b2c3d4, "LINUX_REBOOT_CMD_RESTART2" },
	{ 0xd000fce2, "LINUX_REBOOT_CMD_SW_SUSPEND" },
	{ 0x45584543, "LINUX_REBOOT_CMD_KEXEC" },
	XLAT_END
};

enum {
	DA_SYSLOG_READ = 2,
	DA_SYSLOG_READ_ALL = 3,
	DA_SYSLOG_READ_CLEAR = 4,
	DA_SYSLOG_CONSOLE_LEVEL = 8,
};

static const struct xlat syslog_actions[] = {
	{ 0, "SYSLOG_ACTION_CLOSE" },
	{ 1, "SYSLOG_ACTION_OPEN" },
	{ 2, "SYSLOG_ACTION_READ" },
	{ 3, "SYSLOG_ACTION_READ_ALL" },
	{ 4, "SYSLOG_ACTION_READ_CLEAR" },
	{ 5, "SYSLOG_ACTION_CLEAR" },
	{ 6, "SYSLOG_ACTION_CONSOLE_OFF" },
	{ 7, "SYSLOG_ACTION_CONSOLE_ON" },
	{ 8, "SYSLOG_ACTION_CONSOLE_LEVEL" },
	{ 9, "SYSLOG_ACTION_SIZE_UNREAD" },
	{ 10, "SYSLOG_ACTION_SIZE_BUFFER" },
	XLAT_END
};

static const struct xlat syslog_levels[] = {
	{ (uint64_t)-2, "LOGLEVEL_SCHED" },
	{ (uint64_t)-1, "LOGLEVEL_DEFAULT" },
	{ 0, "LOGLEVEL_EMERG" },
	{ 1, "LOGLEVEL_ALERT" },
	{ 2, "LOGLEVEL_CRIT" },
	{ 3, "LOGLEVEL_ERR" },
	{ 4, "LOGLEVEL_WARNING" },
	{ 5, "LOGLEVEL_NOTICE" },
	{ 6, "LOGLEVEL_INFO" },
	{ 7, "LOGLEVEL_DEBUG" },
	XLAT_END
};

static const struct xlat finit_flags[] = {
	{ 1, "MODULE_INIT_IGNORE_MODVERSIONS" },
	{ 2, "MODULE_INIT_IGNORE_VERMAGIC" },
	{ 4, "MODULE_INIT_COMPRESSED_FILE" },
	XLAT_END
};

static const struct xlat delete_module_flags[] = {
	{ 04000, "O_NONBLOCK" },
	{ 01000, "O_TRUNC" },
	XLAT_END
};

static const struct xlat kexec_arch[] = {
	{ 0, "KEXEC_ARCH_DEFAULT" },
	{ 3u << 16, "KEXEC_ARCH_386" },
	{ 4u << 16, "KEXEC_ARCH_68K" },
	{ 15u << 16, "KEXEC_ARCH_PARISC" },
	{ 62u << 16, "KEXEC_ARCH_X86_64" },
	{ 20u << 16, "KEXEC_ARCH_PPC" },
	{ 21u << 16, "KEXEC_ARCH_PPC64" },
	{ 50u << 16, "KEXEC_ARCH_IA_64" },
	{ 40u << 16, "KEXEC_ARCH_ARM" },
	{ 22u << 16, "KEXEC_ARCH_S390" },
	{ 42u << 16, "KEXEC_ARCH_SH" },
	{ 10u << 16, "KEXEC_ARCH_MIPS_LE" },
	{ 8u << 16, "KEXEC_ARCH_MIPS" },
	{ 183u << 16, "KEXEC_ARCH_AARCH64" },
	{ 243u << 16, "KEXEC_ARCH_RISCV" },
	{ 258u << 16, "KEXEC_ARCH_LOONGARCH" },
	XLAT_END
};

static const struct xlat kexec_flags[] = {
	{ 1, "KEXEC_ON_CRASH" },
	{ 2, "KEXEC_PRESERVE_CONTEXT" },
	XLAT_END
};

static const struct xlat kexec_file_flags[] = {
	{ 1, "KEXEC_FILE_UNLOAD" },
	{ 2, "KEXEC_FILE_ON_CRASH" },
	{ 4, "KEXEC_FILE_NO_INITRAMFS" },
	XLAT_END
};

/* SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5: the flags, then the priority. */
void da_swap_flags(struct dctx *d, int i)
{
	uint32_t v = (uint32_t)d->c->args[i];
	uint32_t flags = v & ~DA_SWAP_PRIO_MASK;

	if (flags) {
		da_put_flags(d, flags, swap_flags, "SWAP_FLAG_???");
		strbuf_putc(d->out, '|');
	}
	strbuf_printf(d->out, "%u", v & DA_SWAP_PRIO_MASK);
}

/* The argument string only goes with LINUX_REBOOT_CMD_RESTART2. */
int da_reboot_shown(const struct dctx *d)
{
	return (uint32_t)d->c->args[2] == DA_REBOOT_RESTART2 ? 4 : 3;
}

void da_reboot_magic1(struct dctx *d, int i)
{
	dput_enum(d, (uint32_t)d->c->args[i], reboot_magic1,
		  "LINUX_REBOOT_MAGIC_???");
}

void da_reboot_magic2(struct dctx *d, int i)
{
	dput_enum(d, (uint32_t)d->c->args[i], reboot_magic2,
		  "LINUX_REBOOT_MAGIC_???");
}

void da_reboot_cmd(struct dctx *d, int i)
{
	dput_enum(d, (uint32_t)d->c->args[i], reboot_cmds,
		  "LINUX_REBOOT_CMD_???");
}

/* A name of at most 64 bytes, the address beyond (the call fails). */
void da_hostname(struct dctx *d, int i)
{
	uint32_t len = (uint32_t)d->c->args[i + 1];

	if (len > DA_UTS_LEN)
		dput_ptr(d, d->c->args[i]);
	else
		dput_buf(d, d->c->args[i], len);
}

static int syslog_type(const struct dctx *d)
{
	return (int32_t)d->c->args[0];
}

/* The actions that ignore the buffer and the length show neither. */
int da_syslog_shown(const struct dctx *d)
{
	switch (syslog_type(d)) {
	case 0: case 1: case 5: case 6: case 7: case 9: case 10:
		return 1;
	default:
		return 3;
	}
}

void da_syslog_type(struct dctx *d, int i)
{
	da_put_enum_dec(d, (int32_t)d->c->args[i], syslog_actions,
			"SYSLOG_ACTION_???");
}

/* The READ actions fill the buffer: as many bytes as returned. */
void da_syslog_buf(struct dctx *d, int i)
{
	int t = syslog_type(d);

	if (!dutil_failed(d) && (t == DA_SYSLOG_READ ||
				 t == DA_SYSLOG_READ_ALL ||
				 t == DA_SYSLOG_READ_CLEAR))
		dput_buf(d, d->c->args[i], d->c->ret);
	else
		dput_ptr(d, d->c->args[i]);
}

void da_syslog_len(struct dctx *d, int i)
{
	int32_t len = (int32_t)d->c->args[i];

	if (syslog_type(d) == DA_SYSLOG_CONSOLE_LEVEL)
		da_put_enum_dec(d, len, syslog_levels, "LOGLEVEL_???");
	else
		strbuf_printf(d->out, "%d", len);
}

/* struct ustat as the kernel writes it. */
struct da_ustat {
	int32_t f_tfree;
	uint64_t f_tinode;
	char f_fname[6];
	char f_fpack[6];
};

void da_ustat(struct dctx *d, int i)
{
	struct da_ustat u;

	if (dmem_read_or_ptr(d, d->c->args[i], &u, sizeof(u)))
		return;
	strbuf_printf(d->out, "{f_tfree=%u, f_tinode=%" PRIu64 "}",
		      (uint32_t)u.f_tfree, u.f_tinode);
}

/* A 64-bit number printed at exit (lookup_dcookie's cookie). */
void da_u64(struct dctx *d, int i)
{
	strbuf_printf(d->out, "%" PRIu64, d->c->args[i]);
}

/* struct __sysctl_args: strace 6.1 shows its pointers, not their data. */
struct da_sysctl_args {
	uint64_t name;
	int32_t nlen;
	uint64_t oldval;
	uint64_t oldlenp;
	uint64_t newval;
	uint64_t newlen;
	uint64_t unused[4];
};

void da_sysctl_args(struct dctx *d, int i)
{
	struct da_sysctl_args a;

	if (dmem_read_or_ptr(d, d->c->args[i], &a, sizeof(a)))
		return;
	strbuf_puts(d->out, "{name=");
	dput_ptr(d, a.name);
	strbuf_printf(d->out, ", nlen=%d, oldval=", a.nlen);
	dput_ptr(d, a.oldval);
	strbuf_puts(d->out, ", oldlenp=");
	dput_ptr(d, a.oldlenp);
	strbuf_puts(d->out, ", newval=");
	dput_ptr(d, a.newval);
	strbuf_printf(d->out, ", newlen=%" PRIu64 "}", a.newlen);
}

/* struct user_desc of <asm/ldt.h>: the flags word holds the bit fields. */
struct da_user_desc {
	uint32_t entry_number;
	uint32_t base_addr;
	uint32_t limit;
	uint32_t flags;
};

/* Everything after entry_number, with the closing brace. */
static void put_user_desc_rest(struct dctx *d, const struct da_user_desc *u)
{
	uint32_t f = u->flags;

	strbuf_printf(d->out, ", base_addr=%#08x, limit=%#08x, seg_32bit=%u"
		      ", contents=%u, read_exec_only=%u, limit_in_pages=%u"
		      ", seg_not_present=%u, useable=%u, lm=%u}",
		      u->base_addr, u->limit, f & 1, (f >> 1) & 3,
		      (f >> 3) & 1, (f >> 4) & 1, (f >> 5) & 1, (f >> 6) & 1,
		      (f >> 7) & 1);
}

void da_user_desc(struct dctx *d, int i)
{
	struct da_user_desc u;

	if (dmem_read_or_ptr(d, d->c->args[i], &u, sizeof(u)))
		return;
	strbuf_printf(d->out, "{entry_number=%u", u.entry_number);
	put_user_desc_rest(d, &u);
}

/* The descriptor only when bytecount is its size. */
void da_ldt_ptr(struct dctx *d, int i)
{
	if (d->c->args[i + 1] != DA_USER_DESC_SIZE)
		dput_ptr(d, d->c->args[i]);
	else
		da_user_desc(d, i);
}

/*
 * modify_ldt returns an int the kernel does not sign-extend: strace
 * prints -EINVAL as "4294967274 EINVAL (Invalid argument)".
 */
void da_ldt_ret(struct dctx *d)
{
	uint64_t r = (uint64_t)d->c->ret;
	int err = (int)(0x100000000ull - r);
	const char *name = names_errno(err);
	const char *desc = names_errno_desc(err);

	strbuf_printf(d->out, "%" PRIu64, r);
	if (r >= 0xfffff001ull && r <= 0xffffffffull && name)
		strbuf_printf(d->out, " %s (%s)", name, desc ? desc : "");
}

/* The entry the kernel chose: "0 (entry_number=12)". */
void da_set_thread_area_ret(struct dctx *d)
{
	struct da_user_desc u;

	dput_int(d, d->c->ret);
	if (!dmem_read(d, d->c->args[0], &u, sizeof(u)))
		strbuf_printf(d->out, " (entry_number=%u)", u.entry_number);
}

/*
 * get_thread_area: "{entry_number=12" at entry, the rest at exit, or
 * ", ...}" when the call failed.
 */
void da_get_thread_area(struct dctx *d)
{
	uint64_t addr = d->c->args[0];
	struct da_user_desc u;
	int64_t was;

	if (!d->exiting) {
		if (dmem_read_or_ptr(d, addr, &u.entry_number,
				     sizeof(u.entry_number)))
			return;
		dmemo_put(d->c, 0, u.entry_number);
		strbuf_printf(d->out, "{entry_number=%u", u.entry_number);
		return;
	}
	if (!addr || dmem_read(d, addr, &u, sizeof(u.entry_number)))
		return;
	if (dutil_failed(d) || dmem_read(d, addr, &u, sizeof(u))) {
		strbuf_puts(d->out, ", ...}");
		return;
	}
	if (dmemo_get(d->c, 0, &was) && (uint32_t)was != u.entry_number)
		strbuf_printf(d->out, " => %u", u.entry_number);
	put_user_desc_rest(d, &u);
}

void da_finit_flags(struct dctx *d, int i)
{
	da_put_flags(d, (uint32_t)d->c->args[i], finit_flags,
		     "MODULE_INIT_???");
}

void da_delete_module_flags(struct dctx *d, int i)
{
	da_put_flags(d, (uint32_t)d->c->args[i], delete_module_flags, "O_???");
}

struct da_kexec_segment {
	uint64_t buf;
	uint64_t bufsz;
	uint64_t mem;
	uint64_t memsz;
};

static void put_segment(struct dctx *d, uint64_t k, uint64_t at,
			const void *elem, const void *arg)
{
	const struct da_kexec_segment *s = elem;

	(void)k, (void)at, (void)arg;
	strbuf_puts(d->out, "{buf=");
	dput_ptr(d, s->buf);
	strbuf_printf(d->out, ", bufsz=%" PRIu64 ", mem=", s->bufsz);
	dput_ptr(d, s->mem);
	strbuf_printf(d->out, ", memsz=%" PRIu64 "}", s->memsz);
}

/* kexec_load's segments: as many as argument 1 says, at most 16. */
void da_kexec_segments(struct dctx *d, int i)
{
	if (d->c->args[1] > DA_KEXEC_SEGMENT_MAX)
		dput_ptr(d, d->c->args[i]);
	else
		da_put_array(d, d->c->args[i], d->c->args[1],
			     sizeof(struct da_kexec_segment), put_segment);
}

/* KEXEC_ARCH_X86_64|KEXEC_ON_CRASH: the architecture, then the flags. */
void da_kexec_flags(struct dctx *d, int i)
{
	uint64_t v = d->c->args[i];
	uint64_t rest = v & ~(uint64_t)DA_KEXEC_ARCH_MASK;

	dput_enum(d, v & DA_KEXEC_ARCH_MASK, kexec_arch, "KEXEC_ARCH_???");
	if (rest) {
		strbuf_putc(d->out, '|');
		da_put_flags(d, rest, kexec_flags, "KEXEC_???");
	}
}

/* The command line: as many bytes as argument 2 says. */
void da_kexec_cmdline(struct dctx *d, int i)
{
	dput_buf(d, d->c->args[i], (int64_t)d->c->args[i - 1]);
}

void da_kexec_file_flags(struct dctx *d, int i)
{
	da_put_flags(d, d->c->args[i], kexec_file_flags, "KEXEC_FILE_???");
}
