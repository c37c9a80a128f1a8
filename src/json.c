// SPDX-License-Identifier: MIT
/*
 * json - JSON strings and numbers, and the converter from strace's
 * argument text to JSON values (see include/json.h for the grammar).
 *
 * The converter works on text slices [s, e).  A list is cut into items
 * at the commas outside brackets, quotes and comments; each item is
 * converted on its own, and an item that does not convert is written
 * as a plain JSON string of its text instead: a bad piece never makes
 * the line invalid, and never hides the pieces around it.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

#define JSON_DEPTH 32	/* nesting deeper than this is left as text */

static const char hexdig[] = "0123456789abcdef";

/* Length of the valid UTF-8 sequence at @s (at most @n bytes), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	uint32_t cp;
	size_t len, i;

	if (s[0] < 0xc2 || s[0] > 0xf4)
		return 0;
	len = s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 : 4;
	if (n < len)
		return 0;
	cp = s[0] & (0x7f >> len);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	/* Overlong forms, UTF-16 surrogates, past U+10FFFF. */
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return len;
}

void json_put_str(struct strbuf *out, const void *str, size_t len)
{
	const unsigned char *s = str;
	size_t i = 0, n;

	strbuf_putc(out, '"');
	while (i < len) {
		unsigned char c = s[i];

		if (c >= 0x80 && (n = utf8_len(s + i, len - i))) {
			strbuf_putn(out, s + i, n);
			i += n;
			continue;
		}
		if (c == '"' || c == '\\') {
			strbuf_putc(out, '\\');
			strbuf_putc(out, (char)c);
		} else if (c == '\n') {
			strbuf_puts(out, "\\n");
		} else if (c == '\t') {
			strbuf_puts(out, "\\t");
		} else if (c == '\r') {
			strbuf_puts(out, "\\r");
		} else if (c < 0x20 || c >= 0x7f) {
			strbuf_puts(out, "\\u00");
			strbuf_putc(out, hexdig[c >> 4]);
			strbuf_putc(out, hexdig[c & 15]);
		} else {
			strbuf_putc(out, (char)c);
		}
		i++;
	}
	strbuf_putc(out, '"');
}

void json_put_cstr(struct strbuf *out, const char *s)
{
	json_put_str(out, s, strlen(s));
}

void json_put_int(struct strbuf *out, int64_t v)
{
	if (v > JSON_INT_MAX || v < -JSON_INT_MAX)
		strbuf_printf(out, "\"%" PRId64 "\"", v);
	else
		strbuf_printf(out, "%" PRId64, v);
}

void json_put_uint(struct strbuf *out, uint64_t v)
{
	if (v > (uint64_t)JSON_INT_MAX)
		strbuf_printf(out, "\"%" PRIu64 "\"", v);
	else
		strbuf_printf(out, "%" PRIu64, v);
}

/* ---- scanning strace text ---- */

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static int is_word(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

static void trim(const char **s, const char **e)
{
	while (*s < *e && is_space(**s))
		(*s)++;
	while (*e > *s && is_space((*e)[-1]))
		(*e)--;
}

/* @p at '"': the byte after the closing quote, or NULL. */
static const char *skip_quoted(const char *p, const char *e)
{
	for (p++; p < e; p++) {
		if (*p == '\\')
			p++;
		else if (*p == '"')
			return p + 1;
	}
	return NULL;
}

/* @p at "/" "*": the byte after the comment, or NULL. */
static const char *skip_comment(const char *p, const char *e)
{
	for (p += 2; p + 1 < e; p++)
		if (p[0] == '*' && p[1] == '/')
			return p + 2;
	return NULL;
}

static int is_comment_at(const char *p, const char *e)
{
	return p + 1 < e && p[0] == '/' && p[1] == '*';
}

/*
 * The end of the item at @s: the first ',' or closing bracket outside
 * brackets, quotes and comments, or @e.  Inside "<...>" (fd paths)
 * only quotes and angle brackets count, and "->" is no bracket.
 * NULL when the item is unbalanced.
 */
static const char *item_end(const char *s, const char *e)
{
	char stack[JSON_DEPTH];
	int depth = 0;
	const char *p = s;

	while (p < e) {
		char c = *p, top = depth ? stack[depth - 1] : 0;

		if (c == '"') {
			p = skip_quoted(p, e);
			if (!p)
				return NULL;
			continue;
		}
		if (top != '<' && is_comment_at(p, e)) {
			p = skip_comment(p, e);
			if (!p)
				return NULL;
			continue;
		}
		if (c == '<' || (top != '<' && c && strchr("([{", c))) {
			if (depth == JSON_DEPTH)
				return NULL;
			stack[depth++] = c;
		} else if (c == '>' && top == '<' && !(p > s && p[-1] == '-')) {
			depth--;
		} else if (top != '<' && c && strchr(")]}", c)) {
			if (!depth)
				return p;
			if ((c == ')' && top != '(') ||
			    (c == ']' && top != '[') ||
			    (c == '}' && top != '{'))
				return NULL;
			depth--;
		} else if (c == ',' && !depth) {
			return p;
		}
		p++;
	}
	return depth ? NULL : p;
}

/* A slice [s, e) of the text. */
struct span {
	const char *s, *e;
};

/* Value of the hex digit @c, or -1. */
static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Decode a strace string literal [s, e) (quotes included) into @out:
 * \" \\ \t \n \v \f \r, octal \NNN and -x's \xNN.
 */
static int unquote(struct strbuf *out, const char *s, const char *e)
{
	static const char simple[] = "\"\"\\\\t\tn\nv\vf\fr\r";
	const char *p, *x, *last = e - 1;
	unsigned v;
	int i;

	for (p = s + 1; p < last; p++) {
		if (*p != '\\') {
			strbuf_putc(out, *p);
			continue;
		}
		if (++p >= last)
			return -1;
		if (*p == 'x') {
			if (p + 2 >= last || hexval(p[1]) < 0 ||
			    hexval(p[2]) < 0)
				return -1;
			strbuf_putc(out, (char)(hexval(p[1]) << 4 |
						hexval(p[2])));
			p += 2;
		} else if (*p >= '0' && *p <= '7') {
			for (v = 0, i = 0; i < 3 && p < last &&
			     *p >= '0' && *p <= '7'; i++, p++)
				v = v * 8 + (unsigned)(*p - '0');
			strbuf_putc(out, (char)v);
			p--;
		} else if (*p && (x = strchr(simple, *p)) &&
			   !((x - simple) & 1)) {
			strbuf_putc(out, x[1]);
		} else {
			return -1;
		}
	}
	return 0;
}

/* "..." or "..."...: a JSON string of its bytes. */
static int conv_string(struct strbuf *out, struct span v)
{
	struct strbuf raw = STRBUF_INIT;
	const char *q = skip_quoted(v.s, v.e);
	int rc = -1;

	if (!q || !(q == v.e || (v.e - q == 3 && !memcmp(q, "...", 3))))
		return -1;
	if (!unquote(&raw, v.s, q)) {
		json_put_str(out, raw.buf ? raw.buf : "", raw.len);
		rc = 0;
	}
	strbuf_release(&raw);
	return rc;
}

/* 123, -1, 0x1f, and the octal 0644 kept as text. */
static int conv_number(struct strbuf *out, struct span v)
{
	const char *p = v.s;
	size_t len = (size_t)(v.e - v.s);
	int hex = len > 2 && p[0] == '0' && p[1] == 'x';
	uint64_t u = 0;
	int neg = 0;

	if (!hex && *p == '-') {
		neg = 1;
		p++;
	}
	if (hex)
		p += 2;
	if (p == v.e)
		return -1;
	for (; p < v.e; p++) {
		unsigned d;

		if (*p >= '0' && *p <= '9')
			d = (unsigned)(*p - '0');
		else if (hex && *p >= 'a' && *p <= 'f')
			d = (unsigned)(*p - 'a' + 10);
		else
			return -1;
		if (u > (UINT64_MAX >> 4))
			u = UINT64_MAX;		/* big: a string anyway */
		else
			u = u * (hex ? 16 : 10) + d;
	}
	if (!hex && len - (size_t)neg > 1 && v.s[neg] == '0') {
		json_put_str(out, v.s, len);	/* octal */
	} else if (u > (uint64_t)JSON_INT_MAX) {
		json_put_str(out, v.s, len);
	} else {
		if (neg)
			strbuf_putc(out, '-');
		strbuf_printf(out, "%" PRIu64, u);
	}
	return 0;
}

static int conv_value(struct strbuf *out, struct span v, int depth);
static int conv_list(struct strbuf *out, struct span v, char kind,
		     int depth);

/* "3</etc/passwd>", "AT_FDCWD</tmp>": {"fd":3,"path":"/etc/passwd"}. */
static int conv_fdpath(struct strbuf *out, struct span v, int depth)
{
	const char *lt = v.s;
	struct span fd;

	while (lt < v.e && is_word(*lt))
		lt++;
	if (lt == v.s || lt >= v.e || *lt != '<' || v.e[-1] != '>')
		return -1;
	fd.s = v.s;
	fd.e = lt;
	strbuf_puts(out, "{\"fd\":");
	if (conv_value(out, fd, depth))
		return -1;
	strbuf_puts(out, ",\"path\":");
	json_put_str(out, lt + 1, (size_t)(v.e - lt - 2));
	strbuf_putc(out, '}');
	return 0;
}

/* A value with no bracket of its own: null, number, fd path, or text. */
static void conv_token(struct strbuf *out, struct span v, int depth)
{
	size_t mark = out->len;

	if (v.e - v.s == 4 && !memcmp(v.s, "NULL", 4)) {
		strbuf_puts(out, "null");
		return;
	}
	if (!conv_number(out, v))
		return;
	strbuf_truncate(out, mark);
	if (!conv_fdpath(out, v, depth))
		return;
	strbuf_truncate(out, mark);
	json_put_str(out, v.s, (size_t)(v.e - v.s));
}

/* Drop a comment that ends @v: "0x7ffd /" "* 23 vars *" "/". */
static void drop_trailing_comment(struct span *v)
{
	const char *p;

	trim(&v->s, &v->e);
	if (v->e - v->s < 4 || v->e[-1] != '/' || v->e[-2] != '*')
		return;
	for (p = v->e - 4; p >= v->s; p--) {
		if (p[0] == '/' && p[1] == '*') {
			if (p > v->s && !is_space(p[-1]))
				return;
			if (skip_comment(p, v->e) != v->e)
				return;
			v->e = p;
			trim(&v->s, &v->e);
			return;
		}
	}
}

/* Does @v start with @open and end with @close?  ("{a}{b}" too: the
 * list inside then has a stray closer and the value falls back.) */
static int wrapped(struct span v, char open, char close)
{
	return v.e - v.s >= 2 && v.s[0] == open && v.e[-1] == close;
}

static int conv_value(struct strbuf *out, struct span v, int depth)
{
	if (depth > JSON_DEPTH)
		return -1;
	drop_trailing_comment(&v);
	if (v.s == v.e)
		return -1;
	if (v.s[0] == '"')
		return conv_string(out, v);
	if (wrapped(v, '{', '}'))
		return conv_list(out, (struct span){ v.s + 1, v.e - 1 }, '{',
				 depth + 1);
	if (wrapped(v, '[', ']'))
		return conv_list(out, (struct span){ v.s + 1, v.e - 1 }, '[',
				 depth + 1);
	conv_token(out, v, depth);
	return 0;
}

/* "key=value": @key gets the name when the item has one. */
static int split_named(struct span it, struct span *key, struct span *val)
{
	const char *p = it.s;

	if (p >= it.e || !(is_word(*p) && !(*p >= '0' && *p <= '9')))
		return 0;
	while (p < it.e && (is_word(*p) || *p == '.' || *p == '[' ||
			    *p == ']'))
		p++;
	if (p + 1 >= it.e || *p != '=' || p[1] == '=')
		return 0;
	key->s = it.s;
	key->e = p;
	val->s = p + 1;
	val->e = it.e;
	return 1;
}

/* Items to leave out: "...", a lone comment, nothing. */
static int is_filler(struct span it)
{
	if (it.s == it.e)
		return 1;
	if (it.e - it.s == 3 && !memcmp(it.s, "...", 3))
		return 1;
	return is_comment_at(it.s, it.e) && skip_comment(it.s, it.e) == it.e;
}

/* A set as strace prints it, "[INT TERM]", "[0 1 2]": words. */
static int conv_words(struct strbuf *out, struct span it, int *first)
{
	const char *p = it.s, *w;
	int spaces = 0;

	for (w = it.s; w < it.e; w++) {
		if (!is_word(*w) && *w != ' ')
			return -1;
		spaces += *w == ' ';
	}
	if (!spaces)
		return -1;
	while (p < it.e) {
		for (w = p; w < it.e && *w != ' '; w++)
			;
		if (w > p) {
			strbuf_puts(out, *first ? "" : ",");
			*first = 0;
			conv_token(out, (struct span){ p, w }, 0);
		}
		p = w + 1;
	}
	return 0;
}

/*
 * Append one item of a list of @kind ('{' object, '[' array, 'a'
 * arguments): "key":value in objects, the value otherwise.  An item
 * whose value does not convert is written as a string of its text.
 */
static int put_item(struct strbuf *out, struct span it, char kind,
		    int depth, int *first)
{
	struct span key, val = it;
	size_t mark;
	int named = split_named(it, &key, &val);

	if ((kind == '{' && !named) || (kind == '[' && named))
		return -1;
	if (kind == '[' && !conv_words(out, it, first))
		return 0;
	strbuf_puts(out, *first ? "" : ",");
	*first = 0;
	if (kind == '{') {
		json_put_str(out, key.s, (size_t)(key.e - key.s));
		strbuf_putc(out, ':');
	}
	mark = out->len;
	if (conv_value(out, val, depth)) {
		strbuf_truncate(out, mark);
		trim(&val.s, &val.e);
		json_put_str(out, val.s, (size_t)(val.e - val.s));
	}
	return 0;
}

/* Are all the items of [s, e) named ("a=1, b=2")? */
static int all_named(struct span v)
{
	struct span it, key, val;
	const char *p = v.s, *q;
	int any = 0;

	while (p < v.e) {
		q = item_end(p, v.e);
		if (!q)
			return 0;
		it.s = p;
		it.e = q;
		trim(&it.s, &it.e);
		if (!is_filler(it)) {
			if (!split_named(it, &key, &val))
				return 0;
			any = 1;
		}
		p = q + 1;
	}
	return any;
}

/*
 * The items of @v: @kind '{' an object, '[' an array, 'a' an argument
 * list (an object when all named, else an array).  -1 when the text
 * is not such a list.
 */
static int conv_list(struct strbuf *out, struct span v, char kind,
		     int depth)
{
	const char *p = v.s, *q;
	struct span it;
	int first = 1;

	if (kind == 'a')
		kind = all_named(v) ? '{' : 'a';
	strbuf_putc(out, kind == '{' ? '{' : '[');
	while (p < v.e) {
		q = item_end(p, v.e);
		if (!q || (q < v.e && *q != ',')) {
			/* Unbalanced: arguments keep the rest as text. */
			if (kind != 'a')
				return -1;
			q = v.e;
		}
		it.s = p;
		it.e = q;
		trim(&it.s, &it.e);
		if (!is_filler(it) && put_item(out, it, kind, depth, &first))
			return -1;
		p = q < v.e ? q + 1 : v.e;
	}
	strbuf_putc(out, kind == '{' ? '}' : ']');
	return 0;
}

void json_from_strace(struct strbuf *out, const char *text, size_t len)
{
	struct span v = { text, text + len };
	size_t mark = out->len;

	if (!conv_value(out, v, 0))
		return;
	strbuf_truncate(out, mark);
	trim(&v.s, &v.e);
	json_put_str(out, v.s, (size_t)(v.e - v.s));
}

void json_from_strace_args(struct strbuf *out, const char *text,
			   size_t len)
{
	struct span v = { text, text + len };
	size_t mark = out->len;

	if (!conv_list(out, v, 'a', 0))
		return;
	/* Only a stray closer gets here: the whole text, one string. */
	strbuf_truncate(out, mark);
	trim(&v.s, &v.e);
	strbuf_putc(out, '[');
	json_put_str(out, v.s, (size_t)(v.e - v.s));
	strbuf_putc(out, ']');
}
