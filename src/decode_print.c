// SPDX-License-Identifier: MIT
/*
 * decode_print - the printing primitives the per-syscall decoders are made
 * of (see src/decode_priv.h) and decode_quote().  Every read of tracee
 * memory goes through dmem_read()/dmem_read_str(): an unreadable address
 * prints as the address itself, like strace, and never crashes.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "decode_priv.h"
#include "decode_util.h"
#include "names.h"

/* Reads of NUL-terminated strings stop at page boundaries so that a
 * string ending just before an unmapped page is still read. */
#define DPAGE 4096u

int dmem_read(const struct dctx *d, uint64_t addr, void *buf, size_t len)
{
	ssize_t n;

	if (!len)
		return 0;
	if (!d->src || !d->src->read)
		return -EFAULT;
	n = d->src->read(d->src->ctx, addr, buf, len);
	if (n < 0)
		return (int)n;
	if ((size_t)n != len)
		return -EFAULT;
	return 0;
}

int dmem_read_or_ptr(struct dctx *d, uint64_t addr, void *buf, size_t len)
{
	if (addr && !dmem_read(d, addr, buf, len))
		return 0;
	dput_ptr(d, addr);
	return -1;
}

int dmem_read_str(const struct dctx *d, uint64_t addr, char *buf,
		  size_t max, size_t *len)
{
	size_t got = 0, chunk;
	char *nul;

	while (got < max) {
		chunk = DPAGE - (size_t)((addr + got) % DPAGE);
		if (chunk > max - got)
			chunk = max - got;
		if (dmem_read(d, addr + got, buf + got, chunk)) {
			if (!got)
				return -EFAULT;
			break;
		}
		nul = memchr(buf + got, '\0', chunk);
		if (nul) {
			*len = (size_t)(nul - buf);
			return 1;
		}
		got += chunk;
	}
	*len = got;
	return 0;
}

/* Does -x ask for this string in hex: any byte that is neither
 * printable ASCII nor one of the whitespace escapes \t\n\v\f\r? */
static int quote_wants_hex(const unsigned char *s, size_t n,
			   const struct decode_opts *o)
{
	size_t i;

	if (o && o->xflag > 1)
		return 1;
	if (!o || !o->xflag)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] > 0x7e)
			return 1;
		if (s[i] < ' ' && (s[i] < '\t' || s[i] > '\r'))
			return 1;
	}
	return 0;
}

/*
 * How decode_quote() prints each byte: 0 as itself, 'o' in octal, any
 * other value as a backslash and that letter.
 */
static const char quote_class[256] = {
	[0 ... '\t' - 1] = 'o',
	['\t'] = 't', ['\n'] = 'n', ['\v'] = 'v', ['\f'] = 'f', ['\r'] = 'r',
	['\r' + 1 ... 31] = 'o',
	['"'] = '"', ['\\'] = '\\',
	[127 ... 255] = 'o',
};

static const char quote_hexdig[] = "0123456789abcdef";

/*
 * One byte as an octal escape at @p: shortest form, unless the next
 * printed byte is a digit, which would then read as part of the escape.
 * Returns the end.
 */
static char *quote_octal_at(char *p, unsigned char c, int next)
{
	*p++ = '\\';
	if (c >= 64 || (next >= '0' && next <= '9')) {
		*p++ = (char)('0' + (c >> 6));
		*p++ = (char)('0' + ((c >> 3) & 7));
	} else if (c >= 8) {
		*p++ = (char)('0' + (c >> 3));
	}
	*p++ = (char)('0' + (c & 7));
	return p;
}

static void quote_octal(struct strbuf *out, unsigned char c, int next)
{
	char tmp[4];

	strbuf_putn(out, tmp, (size_t)(quote_octal_at(tmp, c, next) - tmp));
}

static const char *quote_escape(unsigned char c)
{
	static const char esc[][3] = {
		['t'] = "\\t", ['n'] = "\\n", ['v'] = "\\v", ['f'] = "\\f",
		['r'] = "\\r", ['"'] = "\\\"", ['\\'] = "\\\\",
	};
	char k = quote_class[c];

	return k && k != 'o' ? esc[(unsigned char)k] : NULL;
}

#ifdef __SSE2__
/* The 16 bytes at @s are all printed as themselves (see quote_plain8). */
static int quote_plain16(const unsigned char *s)
{
	__m128i v = _mm_loadu_si128((const __m128i *)s);
	__m128i in = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(' ' - 1)),
				   _mm_cmplt_epi8(v, _mm_set1_epi8(127)));
	__m128i esc = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
				   _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));

	/* signed compares: bytes >= 0x80 are negative, so not "in" */
	return _mm_movemask_epi8(_mm_andnot_si128(esc, in)) == 0xffff;
}
#endif

/*
 * Are the 8 bytes at @s all printed as themselves: none below ' ',
 * above '~', '"' or '\\'?  Word-at-a-time tests that are exact as a
 * whole (each "any byte" test may mark a wrong lane, never a wrong word).
 */
static int quote_plain8(const unsigned char *s)
{
	const uint64_t ones = 0x0101010101010101ull;
	const uint64_t high = 0x8080808080808080ull;
	uint64_t w, q, b;

	memcpy(&w, s, 8);
	q = w ^ (ones * '"');
	b = w ^ (ones * '\\');
	return !((((w - ones * ' ') & ~w) |		/* < ' ' */
		  ((w + ones * (127 - '~')) | w) |	/* > '~' */
		  ((q - ones) & ~q) |			/* == '"' */
		  ((b - ones) & ~b)) & high);		/* == '\\' */
}

/*
 * The bytes escaped straight into @out, grown once for the worst case
 * (4 bytes out per byte in): no call per byte.
 */
void decode_quote(struct strbuf *out, const void *bytes, size_t len,
		  long limit, int more, const struct decode_opts *o)
{
	const unsigned char *s = bytes;
	size_t n = len, i;
	char *p;
	char k;

	if (limit >= 0 && n > (size_t)limit) {
		n = (size_t)limit;
		more = 1;
	}
	if (strbuf_reserve(out, 4 * n + 5))
		return;
	p = out->buf + out->len;
	*p++ = '"';
	if (quote_wants_hex(s, n, o)) {
		for (i = 0; i < n; i++) {
			*p++ = '\\';
			*p++ = 'x';
			*p++ = quote_hexdig[s[i] >> 4];
			*p++ = quote_hexdig[s[i] & 15];
		}
	} else {
		for (i = 0; i < n; i++) {
			/* Runs of printable bytes, 16 or 8 at a time. */
#ifdef __SSE2__
			while (i + 16 <= n && quote_plain16(s + i)) {
				memcpy(p, s + i, 16);
				p += 16;
				i += 16;
			}
#endif
			while (i + 8 <= n && quote_plain8(s + i)) {
				memcpy(p, s + i, 8);
				p += 8;
				i += 8;
			}
			if (i == n)
				break;
			k = quote_class[s[i]];
			if (!k) {
				*p++ = (char)s[i];
			} else if (k != 'o') {
				*p++ = '\\';
				*p++ = k;
			} else {
				p = quote_octal_at(p, s[i],
						   i + 1 < n ? s[i + 1] : -1);
			}
		}
	}
	*p++ = '"';
	if (more) {
		memcpy(p, "...", 3);
		p += 3;
	}
	*p = '\0';
	out->len = (size_t)(p - out->buf);
}

void dput_sep(struct dctx *d)
{
	strbuf_puts(d->out, ", ");
}

void dput_int(struct dctx *d, int64_t v)
{
	strbuf_put_int(d->out, v);
}

void dput_uint(struct dctx *d, uint64_t v)
{
	strbuf_put_uint(d->out, v);
}

void dput_hex(struct dctx *d, uint64_t v)
{
	strbuf_put_hex(d->out, v);
}

void dput_oct(struct dctx *d, uint64_t v)
{
	strbuf_printf(d->out, "%#03" PRIo64, v);
}

void dput_ptr(struct dctx *d, uint64_t addr)
{
	if (!addr)
		strbuf_puts(d->out, "NULL");
	else
		dput_hex(d, addr);
}

#define DDELETED " (deleted)"

/*
 * "<path>" escaped as strace does: quoted-string escapes without the
 * quotes, and '<' '>' in octal so that the brackets stay unambiguous;
 * the " (deleted)" mark of an unlinked file goes after them.
 */
static void put_fdpath_text(struct strbuf *out, const char *path)
{
	size_t n = strlen(path), dl = strlen(DDELETED), i;
	int deleted = n > dl && !strcmp(path + n - dl, DDELETED);
	const unsigned char *s = (const unsigned char *)path;
	const char *esc;

	if (deleted)
		n -= dl;
	strbuf_putc(out, '<');
	for (i = 0; i < n; i++) {
		esc = quote_escape(s[i]);
		if (esc)
			strbuf_puts(out, esc);
		else if (s[i] >= ' ' && s[i] <= 0x7e && s[i] != '<' &&
			 s[i] != '>')
			strbuf_putc(out, (char)s[i]);
		else
			quote_octal(out, s[i], i + 1 < n ? s[i + 1] : -1);
	}
	strbuf_putc(out, '>');
	if (deleted)
		strbuf_puts(out, "(deleted)");
}

/* Append "<what fd points to>" with -y; nothing when unknown. */
static void put_fdpath(struct dctx *d, int64_t fd)
{
	char path[PATH_MAX + 64];

	if (!d->o || !d->o->yflag || !d->src || !d->src->fdpath)
		return;
	if (fd < INT_MIN || fd > INT_MAX)
		return;
	if (d->src->fdpath(d->src->ctx, (int)fd, path, sizeof(path)))
		return;
	path[sizeof(path) - 1] = '\0';
	put_fdpath_text(d->out, path);
}

void dput_fd(struct dctx *d, int64_t fd)
{
	dput_int(d, (int32_t)fd);
	if ((int32_t)fd >= 0)
		put_fdpath(d, (int32_t)fd);
}

void dput_dirfd(struct dctx *d, int64_t fd)
{
	if ((int32_t)fd == DECODE_AT_FDCWD) {
		/* -X raw: "-100", -X verbose: "-100 /" "* AT_FDCWD *" "/" */
		if (d->o && d->o->xstyle != DECODE_X_ABBREV)
			dput_int(d, DECODE_AT_FDCWD);
		if (d->o && d->o->xstyle == DECODE_X_VERBOSE)
			strbuf_puts(d->out, " /* AT_FDCWD */");
		else if (!d->o || d->o->xstyle == DECODE_X_ABBREV)
			strbuf_puts(d->out, "AT_FDCWD");
		put_fdpath(d, DECODE_AT_FDCWD);
	} else {
		dput_fd(d, fd);
	}
}

/* Print the NUL-terminated string at @addr read up to @max bytes,
 * cut at @limit (< 0: never). */
static void put_cstr(struct dctx *d, uint64_t addr, size_t max, long limit)
{
	static char buf[PATH_MAX + 1];
	size_t len = 0;
	int term;

	if (!addr) {
		strbuf_puts(d->out, "NULL");
		return;
	}
	if (max > PATH_MAX + 1)
		max = PATH_MAX + 1;
	term = dmem_read_str(d, addr, buf, max, &len);
	if (term < 0) {
		dput_hex(d, addr);
		return;
	}
	decode_quote(d->out, buf, len, limit, !term, d->o);
}

void dput_path(struct dctx *d, uint64_t addr)
{
	put_cstr(d, addr, PATH_MAX, -1);
}

void dput_str(struct dctx *d, uint64_t addr)
{
	size_t lim = (size_t)dutil_limit(d);

	put_cstr(d, addr, lim + 1, (long)lim);
}

void dput_buf(struct dctx *d, uint64_t addr, int64_t len)
{
	static char buf[65536];
	size_t lim = (size_t)dutil_limit(d), n;

	if (!addr) {
		strbuf_puts(d->out, "NULL");
		return;
	}
	if (len < 0)
		len = 0;
	n = (uint64_t)len < lim ? (size_t)len : lim;
	if (n > sizeof(buf))
		n = sizeof(buf);
	if (dmem_read(d, addr, buf, n)) {
		dput_hex(d, addr);
		return;
	}
	decode_quote(d->out, buf, n, -1, (uint64_t)len > n, d->o);
}

static enum decode_xstyle xstyle(const struct dctx *d)
{
	return d->o ? d->o->xstyle : DECODE_X_ABBREV;
}

/* "A|B|0x40"; returns whether a name was printed. */
static int put_flag_names(struct dctx *d, uint64_t v, const struct xlat *tab)
{
	const struct xlat *x;
	const char *zero = NULL;
	int any = 0;

	for (x = tab; x && x->name; x++) {
		if (!x->val) {
			zero = x->name;
			continue;
		}
		if ((v & x->val) == x->val) {
			strbuf_puts(d->out, any ? "|" : "");
			strbuf_puts(d->out, x->name);
			v &= ~x->val;
			any = 1;
		}
	}
	if (v) {
		strbuf_puts(d->out, any ? "|" : "");
		dput_hex(d, v);
	} else if (!any) {
		strbuf_puts(d->out, zero ? zero : "0");
		any = zero != NULL;
	}
	return any;
}

/*
 * -X raw prints the number ("0x80000"), -X verbose the number and the
 * names in a comment ("0x80000 /" "* O_RDONLY|O_CLOEXEC *" "/"), or
 * just the number when no name applies, as strace does.
 */
void dput_flags(struct dctx *d, uint64_t v, const struct xlat *tab)
{
	dput_flags_unk(d, v, tab, NULL);
}

void dput_flags_unk(struct dctx *d, uint64_t v, const struct xlat *tab,
		    const char *unknown)
{
	size_t mark;

	/* No bit known at all: "0x8000 /" "* SECCOMP_FILTER_FLAG_??? *" "/" */
	if (unknown && v && xstyle(d) != DECODE_X_RAW) {
		mark = d->out->len;
		if (!put_flag_names(d, v, tab)) {
			strbuf_truncate(d->out, mark);
			strbuf_printf(d->out, "%#" PRIx64 " /* %s */", v,
				      unknown);
			return;
		}
		if (xstyle(d) == DECODE_X_ABBREV)
			return;
		strbuf_truncate(d->out, mark);
	}
	if (xstyle(d) == DECODE_X_ABBREV) {
		put_flag_names(d, v, tab);
		return;
	}
	dput_hex(d, v);
	if (xstyle(d) == DECODE_X_RAW)
		return;
	mark = d->out->len;
	strbuf_puts(d->out, " /* ");
	if (put_flag_names(d, v, tab))
		strbuf_puts(d->out, " */");
	else
		strbuf_truncate(d->out, mark);
}

void dput_enum(struct dctx *d, uint64_t v, const struct xlat *tab,
	       const char *unknown)
{
	const char *name = tab ? xlat_name(tab, v) : NULL;

	if (xstyle(d) == DECODE_X_RAW) {
		dput_hex(d, v);
	} else if (name && xstyle(d) == DECODE_X_VERBOSE) {
		dput_hex(d, v);
		strbuf_printf(d->out, " /* %s */", name);
	} else if (name) {
		strbuf_puts(d->out, name);
	} else if (unknown) {
		strbuf_printf(d->out, "%#" PRIx64 " /* %s */", v, unknown);
	} else {
		dput_int(d, (int64_t)v);
	}
}

/* The special bits strace names in a mode that has a file type. */
static const struct xlat mode_special[] = {
	{ 04000, "S_ISUID" },
	{ 02000, "S_ISGID" },
	{ 01000, "S_ISVTX" },
	XLAT_END
};

int dput_xstyled(struct dctx *d, uint64_t v,
		 void (*names)(struct dctx *d, uint64_t v))
{
	struct decode_opts o;
	struct dctx a;

	if (xstyle(d) == DECODE_X_ABBREV)
		return 0;
	dput_hex(d, v);
	if (xstyle(d) == DECODE_X_RAW)
		return 1;
	o = *d->o;
	o.xstyle = DECODE_X_ABBREV;
	a = *d;
	a.o = &o;
	strbuf_puts(d->out, " /* ");
	names(&a, v);
	strbuf_puts(d->out, " */");
	return 1;
}

void dput_abbrev(struct dctx *d, uint64_t v,
		 void (*names)(struct dctx *d, uint64_t v))
{
	struct decode_opts o;
	struct dctx a;

	if (xstyle(d) == DECODE_X_ABBREV) {
		names(d, v);
		return;
	}
	o = *d->o;
	o.xstyle = DECODE_X_ABBREV;
	a = *d;
	a.o = &o;
	names(&a, v);
}

/* "S_IFREG|S_ISUID|0755": the type, the special bits, the rest. */
static void put_mode_names(struct dctx *d, uint64_t mode)
{
	const struct xlat *x;
	const char *type;

	type = xlat_name(xlat_mode_type, mode & DECODE_S_IFMT);
	if (type)
		strbuf_printf(d->out, "%s|", type);
	else
		strbuf_printf(d->out, "%#" PRIo64 "|", mode & DECODE_S_IFMT);
	mode &= ~(uint64_t)DECODE_S_IFMT;
	for (x = mode_special; x->name; x++) {
		if (mode & x->val) {
			strbuf_printf(d->out, "%s|", x->name);
			mode &= ~x->val;
		}
	}
	dput_oct(d, mode);
}

void dput_mode(struct dctx *d, uint64_t mode, int with_type)
{
	if (!with_type || !(mode & DECODE_S_IFMT)) {
		dput_oct(d, mode);
		return;
	}
	/* -X raw: "0100644", -X verbose: "0100644 /" "* S_IFREG|0644 *" "/" */
	if (xstyle(d) != DECODE_X_ABBREV)
		dput_oct(d, mode);
	if (xstyle(d) == DECODE_X_RAW)
		return;
	if (xstyle(d) == DECODE_X_VERBOSE)
		strbuf_puts(d->out, " /* ");
	put_mode_names(d, mode);
	if (xstyle(d) == DECODE_X_VERBOSE)
		strbuf_puts(d->out, " */");
}

void dput_signal(struct dctx *d, int64_t sig)
{
	const char *name = NULL;

	if (sig > 0 && sig <= INT_MAX)
		name = names_signal((int)sig);
	if (name && xstyle(d) == DECODE_X_ABBREV) {
		strbuf_puts(d->out, name);
		return;
	}
	/* -X raw: "17", -X verbose: "17 /" "* SIGCHLD *" "/" */
	dput_int(d, sig);
	if (name && xstyle(d) == DECODE_X_VERBOSE)
		strbuf_printf(d->out, " /* %s */", name);
}
