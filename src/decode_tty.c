// SPDX-License-Identifier: MIT
/*
 * decode_tty - struct termios (TCGETS, TCSETS, TCSETSW, TCSETSF) as
 * strace 6.1 prints it: the four flag words always, c_line and c_cc only
 * with -v.  The output and control words hold multi-bit fields (delays,
 * baud rates, character size) printed by name before the single bits.
 */
#include "decode_structs.h"

#include <inttypes.h>

/* struct termios as the kernel copies it (asm-generic/termbits.h). */
struct dktermios {
	uint32_t iflag;
	uint32_t oflag;
	uint32_t cflag;
	uint32_t lflag;
	uint8_t line;
	uint8_t cc[19];
};

/* A multi-bit field of c_oflag: value @mask picks names[v >> shift]. */
struct dfield {
	uint32_t mask;
	unsigned int shift;
	const char *names[4];
};

static const struct dfield oflag_fields[] = {
	{ 0000400, 8, { "NL0", "NL1" } },
	{ 0003000, 9, { "CR0", "CR1", "CR2", "CR3" } },
	{ 0014000, 11, { "TAB0", "TAB1", "TAB2", "XTABS" } },
	{ 0020000, 13, { "BS0", "BS1" } },
	{ 0040000, 14, { "VT0", "VT1" } },
	{ 0100000, 15, { "FF0", "FF1" } },
};

#define DCBAUD		0010017u
#define DCIBAUD_SHIFT	16
#define DCSIZE		0000060u

static const char *const cc_names[] = {
	"VINTR", "VQUIT", "VERASE", "VKILL", "VEOF", "VTIME", "VMIN",
	"VSWTC", "VSTART", "VSTOP", "VSUSP", "VEOL", "VREPRINT",
	"VDISCARD", "VWERASE", "VLNEXT", "VEOL2",
};

/*
 * Named bits joined by "|", unknown ones in hex after them; nothing at
 * all for 0 (strace prints "c_iflag=" for an empty word).
 */
static void put_bits(struct dctx *d, uint64_t v, const struct xlat *tab)
{
	if (v)
		dput_flags(d, v, tab);
}

/* The c_oflag field put_oflag() is printing, for put_field_name(). */
static const struct dfield *cur_field;

static void put_field_name(struct dctx *d, uint64_t v)
{
	strbuf_puts(d->out, cur_field->names[v >> cur_field->shift]);
}

static void put_cs_name(struct dctx *d, uint64_t v)
{
	strbuf_printf(d->out, "CS%u", 5 + (unsigned int)(v >> 4));
}

/* Each field "NL0|", or with -X raw "0|", -X verbose "0 /" "* NL0 *" "/|"
 * (the field's bits in place), as strace 6.1. */
static void put_oflag(struct dctx *d, uint32_t v)
{
	size_t i;

	for (i = 0; i < sizeof(oflag_fields) / sizeof(oflag_fields[0]); i++) {
		cur_field = &oflag_fields[i];
		if (!dput_xstyled(d, v & cur_field->mask, put_field_name))
			put_field_name(d, v & cur_field->mask);
		strbuf_putc(d->out, '|');
		v &= ~cur_field->mask;
	}
	put_bits(d, v, xlat_termios_oflags);
}

static void put_cflag(struct dctx *d, uint32_t v)
{
	uint32_t ibaud = (v >> DCIBAUD_SHIFT) & DCBAUD;

	dput_enum(d, v & DCBAUD, xlat_termios_bauds, NULL);
	strbuf_putc(d->out, '|');
	if (ibaud) {
		dput_enum(d, ibaud, xlat_termios_bauds, NULL);
		strbuf_puts(d->out, "<<IBSHIFT|");
	}
	if (!dput_xstyled(d, v & DCSIZE, put_cs_name))
		put_cs_name(d, v & DCSIZE);
	strbuf_putc(d->out, '|');
	v &= ~(DCBAUD | (DCBAUD << DCIBAUD_SHIFT) | DCSIZE);
	put_bits(d, v, xlat_termios_cflags);
}

/* c_cc=[[VINTR]=0x3, ..., [17]=0, [18]=0] */
static void put_cc(struct dctx *d, const uint8_t *cc, size_t n)
{
	size_t i;

	strbuf_puts(d->out, ", c_cc=[");
	for (i = 0; i < n; i++) {
		if (i)
			dput_sep(d);
		if (i < sizeof(cc_names) / sizeof(cc_names[0]))
			strbuf_printf(d->out, "[%s]=", cc_names[i]);
		else
			strbuf_printf(d->out, "[%zu]=", i);
		dput_hex(d, cc[i]);
	}
	strbuf_putc(d->out, ']');
}

void dput_termios(struct dctx *d, uint64_t addr)
{
	struct dktermios t;

	if (dmem_read_or_ptr(d, addr, &t, sizeof(t)))
		return;
	strbuf_puts(d->out, "{c_iflag=");
	put_bits(d, t.iflag, xlat_termios_iflags);
	strbuf_puts(d->out, ", c_oflag=");
	put_oflag(d, t.oflag);
	strbuf_puts(d->out, ", c_cflag=");
	put_cflag(d, t.cflag);
	strbuf_puts(d->out, ", c_lflag=");
	put_bits(d, t.lflag, xlat_termios_lflags);
	if (!d->o->verbose) {
		strbuf_puts(d->out, ", ...}");
		return;
	}
	strbuf_puts(d->out, ", c_line=");
	dput_enum(d, t.line, xlat_termios_ldiscs, "N_???");
	put_cc(d, t.cc, sizeof(t.cc));
	strbuf_putc(d->out, '}');
}
