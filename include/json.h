/* SPDX-License-Identifier: MIT */
/*
 * json - JSON text for --json: strings, integers, and a converter from
 * strace's argument grammar to JSON values.
 *
 * The decoder stays the one source of truth: a call is formatted as
 * strace text, and json_from_strace_args() turns that text into JSON:
 *
 *   {k=v, ...}          an object (the "..." abbreviation dropped)
 *   [a, b]              an array ([INT TERM], a set, one item a word)
 *   "..."  "..."...     a string: the raw bytes, escaped for JSON
 *   123  -1  0x1f       numbers (beyond +-2^53: a string of the text)
 *   0644                a string (octal stays readable)
 *   NULL                null
 *   3</etc/passwd>      {"fd":3,"path":"/etc/passwd"} (-y)
 *   v /\* comment *\/    v (a trailing comment is dropped)
 *   anything else       a string: "O_RDONLY|O_CLOEXEC", "htons(80)"
 *
 * Text that does not parse (unbalanced brackets, a struct member with
 * no name, a bad escape) becomes a plain string of that text, so the
 * output is valid JSON whatever the input.  Pure, no I/O.
 */
#ifndef MYTRACE_JSON_H
#define MYTRACE_JSON_H

#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

/* Integers JSON readers hold exactly (doubles): |v| <= 2^53. */
#define JSON_INT_MAX 9007199254740992ll

/*
 * Append @len bytes as a JSON string: valid UTF-8 is kept as it is,
 * control characters and '"' '\' escaped, any other byte (not UTF-8)
 * written as \u00XX.
 */
void json_put_str(struct strbuf *out, const void *s, size_t len);
/* A NUL-terminated string, as json_put_str(). */
void json_put_cstr(struct strbuf *out, const char *s);
/* An integer: a JSON number, or a string of its digits beyond 2^53. */
void json_put_int(struct strbuf *out, int64_t v);
void json_put_uint(struct strbuf *out, uint64_t v);

/* One strace value ("{st_mode=S_IFREG|0644, ...}", "\"abc\"", "3"). */
void json_from_strace(struct strbuf *out, const char *text, size_t len);

/*
 * strace's argument list (the text between "name(" and ")"): a JSON
 * array of the values, or an object when every argument is named
 * (clone's "child_stack=NULL, flags=..., ...").
 */
void json_from_strace_args(struct strbuf *out, const char *text,
			   size_t len);

#endif
