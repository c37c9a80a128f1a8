// SPDX-License-Identifier: MIT
/*
 * inject_parse - the pure half of the inject module (include/inject.h):
 * -e inject=/-e fault= parsed into rules, and when= evaluated.  No
 * ptrace here, so the fuzzers and unit tests link it alone.
 *
 * The grammar and its corner cases follow strace 6.1, checked against it:
 * - error= takes a name (any case) or a decimal 1..4095; retval= any
 *   64-bit value (C syntax: 0x10, 010); error= and retval= exclude each
 *   other and each may appear once; signal= a name or 1..64.
 * - syscall=NAME runs that %pure syscall instead of -1 (its result is
 *   replaced anyway), with error= or retval= only.
 * - when=: FIRST 1..65535, LAST FIRST..65534, STEP 1..65535, decimals
 *   with an optional leading '+'; the last when= wins.
 * - an inject rule needs one of error=, retval=, signal=, delay_*=; a
 *   fault rule takes error= (default ENOSYS), when= and syscall= only.
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "arch.h"
#include "filter.h"
#include "inject.h"
#include "names.h"

#define INJECT_ERRNO_MAX 4095
#define INJECT_SIG_MAX 64
#define INJECT_STEP_MAX 65535

/* A decimal in [1, @max] at @s, '+' allowed first; the end in *@end. */
static long when_number(const char *s, char **end, unsigned long max)
{
	unsigned long v;

	if (*s == '+')
		s++;
	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtoul(s, end, 10);
	if (errno || v < 1 || v > max)
		return -1;
	return (long)v;
}

/* when=FIRST[..LAST][+[STEP]] into @r; 0 or -1. */
static int parse_when(struct inject_rule *r, const char *s)
{
	char *end;
	long v;

	v = when_number(s, &end, INJECT_WHEN_MAX);
	if (v < 0)
		return -1;
	r->first = (unsigned)v;
	r->last = INJECT_LAST_INF;
	if (end[0] == '.') {
		if (end[1] != '.')
			return -1;
		v = when_number(end + 2, &end, INJECT_WHEN_MAX - 1);
		if (v < (long)r->first)
			return -1;
		r->last = (unsigned)v;
	}
	if (end[0] == '\0') {
		/* FIRST: that invocation only; FIRST..LAST: each one. */
		r->step = r->last == INJECT_LAST_INF ? 0 : 1;
		return 0;
	}
	if (end[0] != '+')
		return -1;
	if (end[1] == '\0') {
		r->step = 1;
		return 0;
	}
	v = when_number(end + 1, &end, INJECT_STEP_MAX);
	if (v < 0 || *end)
		return -1;
	r->step = (unsigned)v;
	return 0;
}

/* error=: "ENOENT" (any case) or 1..4095. */
static int parse_errno(const char *s)
{
	char name[32];
	size_t i;
	char *end;
	long v;

	if (isdigit((unsigned char)*s)) {
		errno = 0;
		v = strtol(s, &end, 10);
		if (errno || *end || v < 1 || v > INJECT_ERRNO_MAX)
			return -1;
		return (int)v;
	}
	for (i = 0; s[i] && i < sizeof(name) - 1; i++)
		name[i] = (char)toupper((unsigned char)s[i]);
	if (s[i])
		return -1;
	name[i] = '\0';
	v = names_errno_lookup(name);
	return v >= 1 && v <= INJECT_ERRNO_MAX ? (int)v : -1;
}

/* retval=: a 64-bit value in C syntax; 0 or -1. */
static int parse_retval(const char *s, int64_t *out)
{
	char *end;

	if (!*s || isspace((unsigned char)*s))
		return -1;
	errno = 0;
	if (*s == '-') {
		long long v = strtoll(s, &end, 0);

		*out = (int64_t)v;
	} else {
		unsigned long long v = strtoull(s, &end, 0);

		*out = (int64_t)v;
	}
	return errno || *end ? -1 : 0;
}

/* signal=: a name ("USR1", "SIGUSR1", any case) or 1..64. */
static int parse_signal(const char *s)
{
	int sig = names_signal_lookup(s);

	return sig >= 1 && sig <= INJECT_SIG_MAX ? sig : -1;
}

/* A delay: microseconds, or a number with s, ms, us or ns; ns out. */
static int parse_delay(const char *s, uint64_t *ns)
{
	static const struct {
		const char *suffix;
		double scale;
	} units[] = {
		{ "", 1e3 }, { "s", 1e9 }, { "ms", 1e6 }, { "us", 1e3 },
		{ "ns", 1 },
	};
	const char *p = s;
	size_t i;
	double v;
	int dots = 0;

	while (isdigit((unsigned char)*p) || *p == '.') {
		dots += *p == '.';
		p++;
	}
	if (p == s || dots > 1 || (p == s + 1 && *s == '.'))
		return -1;
	v = strtod(s, NULL);
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(p, units[i].suffix) == 0) {
			v *= units[i].scale;
			*ns = v >= 1.8e19 ? UINT64_MAX : (uint64_t)v;
			return 0;
		}
	}
	return -1;
}

/* syscall=NAME: a %pure syscall; its number or -1. */
static long parse_pure(const char *s)
{
	long nr = syscalls_lookup(s);

	if (nr < 0 || !(syscalls_classes(nr) & SC_PURE))
		return -1;
	return nr;
}

/* One KEY=VALUE token of a rule; 0 or -1 (invalid). */
static int parse_token(struct inject_rule *r, const char *tok, int fault,
		       int *has_error)
{
	const char *val = strchr(tok, '=');
	size_t klen;

	if (!val)
		return -1;
	klen = (size_t)(val - tok);
	val++;
#define KEY(k) (klen == sizeof(k) - 1 && strncmp(tok, k, klen) == 0)
	if (KEY("when"))
		return parse_when(r, val);
	if (KEY("error")) {
		if (*has_error || r->has_retval)
			return -1;
		r->error = parse_errno(val);
		*has_error = 1;
		return r->error > 0 ? 0 : -1;
	}
	if (KEY("syscall")) {
		r->syscall = parse_pure(val);
		return r->syscall >= 0 ? 0 : -1;
	}
	if (fault)
		return -1;
	if (KEY("retval")) {
		if (*has_error || r->has_retval)
			return -1;
		r->has_retval = 1;
		return parse_retval(val, &r->retval);
	}
	if (KEY("signal")) {
		r->signo = parse_signal(val);
		return r->signo > 0 ? 0 : -1;
	}
	if (KEY("delay_enter") || KEY("delay_exit")) {
		r->delayed = 1;
		return parse_delay(val, KEY("delay_enter") ?
				   &r->delay_enter_ns : &r->delay_exit_ns);
	}
#undef KEY
	return -1;
}

int inject_parse(struct inject_rules *rs, const char *spec, int fault,
		 char *err, size_t errlen)
{
	const char *what = fault ? "fault" : "inject";
	struct inject_rule r;
	char *copy, *tok, *colon, *save = NULL;
	int has_error = 0, rc = 0;

	memset(&r, 0, sizeof(r));
	r.syscall = -1;
	r.first = 1;
	r.last = INJECT_LAST_INF;
	r.step = 1;
	copy = strdup(spec);
	if (!copy) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	colon = strchr(copy, ':');
	if (colon)
		*colon = '\0';
	if (filter_parse_syscalls(&r.set, copy, err, errlen)) {
		free(copy);
		return -1;
	}
	if (colon) {
		for (tok = strtok_r(colon + 1, ":", &save); tok;
		     tok = strtok_r(NULL, ":", &save)) {
			if (!strncmp(tok, "poke_enter=", 11) ||
			    !strncmp(tok, "poke_exit=", 10)) {
				snprintf(err, errlen, "%s: %.*s is not "
					 "supported yet", what,
					 (int)(strchr(tok, '=') - tok), tok);
				free(copy);
				return -1;
			}
			if (parse_token(&r, tok, fault, &has_error)) {
				rc = -1;
				break;
			}
		}
	}
	free(copy);
	if (fault && !has_error)
		r.error = ENOSYS;
	/* Something to do; syscall= only with a return value to write. */
	if (!rc && !r.error && !r.has_retval && !r.signo && !r.delayed)
		rc = -1;
	if (!rc && r.syscall >= 0 && !r.error && !r.has_retval)
		rc = -1;
	if (rc) {
		snprintf(err, errlen, "invalid %s argument '%s'", what, spec);
		return -1;
	}
	if (rs->n >= INJECT_MAX_RULES) {
		snprintf(err, errlen, "too many -e %s= rules (at most %d)",
			 what, INJECT_MAX_RULES);
		return -1;
	}
	rs->rule[rs->n++] = r;
	return 0;
}

const struct inject_rule *inject_rule_for(const struct inject_rules *r,
					  long nr)
{
	int i;

	for (i = r->n - 1; i >= 0; i--)
		if (sysset_has(&r->rule[i].set, nr))
			return &r->rule[i];
	return NULL;
}

int inject_when_fires(const struct inject_rule *r, uint64_t n)
{
	if (n < r->first)
		return 0;
	if (r->last != INJECT_LAST_INF && n > r->last)
		return 0;
	if (r->step == 0)
		return n == r->first;
	return (n - r->first) % r->step == 0;
}

void inject_warn(const struct inject_rules *r, FILE *out, const char *prog)
{
	int i;

	for (i = 0; i < r->n; i++) {
		const struct inject_rule *ru = &r->rule[i];

		if (ru->has_retval && arch_ret_is_error(ru->retval))
			fprintf(out, "%s: Inadvertent injection of error %d "
				"is possible for retval=%" PRIu64 "\n", prog,
				(int)-ru->retval, (uint64_t)ru->retval);
	}
}
