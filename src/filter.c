/* SPDX-License-Identifier: MIT */
/*
 * filter - strace's -e qualifiers (trace=, status=, signal=) parsed into
 * struct filter.
 *
 * The grammar follows what strace 6.1 accepts, checked against it:
 * - Each -e of one qualifier replaces the previous one: the last wins.
 * - Any number of leading '!' each invert the whole set.
 * - "all" and "none" are special only as the whole set; after that the
 *   set is a comma list whose empty items are skipped, and a list with
 *   no item at all is an error naming the whole set.
 * - trace= items: a name, a number below the table's end, "all",
 *   "%class", a legacy class word (file, process, network, signal, ipc,
 *   desc, memory), "/regex" (POSIX extended, searched in each name) and
 *   any of those behind '?' which turns "unknown" into "ignored".
 * - status= items are case-insensitive; signal= items are numbers up to
 *   255 or signal names with or without "SIG", in any case.
 */
#include <limits.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "filter.h"
#include "inject.h"
#include "names.h"
#include "syscalls.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Highest signal number strace accepts in -e signal=. */
#define FILTER_SIG_MAX 255

/* Result of one list item: added, unknown (an error unless '?'), fatal. */
enum item_result {
	ITEM_OK,
	ITEM_UNKNOWN,
	ITEM_FATAL,
};

void filter_init(struct filter *f)
{
	sysset_fill(&f->trace);
	f->status = FS_ALL;
	f->signals[0] = ~(uint64_t)0;
	f->signals[1] = ~(uint64_t)0;
	f->inject.n = 0;
	memset(&f->read_fds, 0, sizeof(f->read_fds));
	memset(&f->write_fds, 0, sizeof(f->write_fds));
}

/* Parse all of @s as a non-negative decimal number; -1 when it is not. */
static long parse_decimal(const char *s)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return -1;
	v = strtol(s, &end, 10);
	return *end ? -1 : v;
}

/* Add every syscall of the classes in @bits. */
static void add_classes(struct sysset *set, unsigned bits)
{
	long nr, limit = syscalls_limit();

	for (nr = 0; nr < limit; nr++)
		if (syscalls_classes(nr) & bits)
			sysset_add(set, nr);
}

/* The classes strace 6.1 also accepts without the '%'. */
static unsigned legacy_class(const char *word)
{
	static const char *const legacy[] = {
		"file", "process", "network", "signal", "ipc", "desc", "memory",
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(legacy); i++)
		if (strcmp(word, legacy[i]) == 0)
			return syscalls_class_lookup(word);
	return 0;
}

/* "/regex": add every known name the pattern matches anywhere. */
static enum item_result add_regex(struct sysset *set, const char *pattern,
				  char *err, size_t errlen)
{
	long nr, limit = syscalls_limit();
	int rc, matched = 0;
	regex_t re;

	rc = regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB);
	if (rc != 0) {
		char msg[128];

		regerror(rc, &re, msg, sizeof(msg));
		snprintf(err, errlen, "regcomp: %s: %s", pattern, msg);
		return ITEM_FATAL;
	}
	for (nr = 0; nr < limit; nr++) {
		const char *name = syscalls_name(nr);

		if (name && regexec(&re, name, 0, NULL, 0) == 0) {
			sysset_add(set, nr);
			matched = 1;
		}
	}
	regfree(&re);
	return matched ? ITEM_OK : ITEM_UNKNOWN;
}

/* One trace= item, already stripped of its '?'s. */
static enum item_result add_syscall_item(struct sysset *set, const char *item,
					 char *err, size_t errlen)
{
	unsigned bits;
	long nr;

	if (strcmp(item, "all") == 0) {
		sysset_fill(set);
		return ITEM_OK;
	}
	if (item[0] == '/')
		return add_regex(set, item + 1, err, errlen);
	if (item[0] == '%') {
		bits = syscalls_class_lookup(item);
		if (!bits)
			return ITEM_UNKNOWN;
		add_classes(set, bits);
		return ITEM_OK;
	}
	if (item[0] >= '0' && item[0] <= '9') {
		/* A number names a slot of the table, named or not. */
		nr = parse_decimal(item);
		if (nr < 0 || nr >= syscalls_limit())
			return ITEM_UNKNOWN;
		sysset_add(set, nr);
		return ITEM_OK;
	}
	nr = syscalls_lookup(item);
	if (nr >= 0) {
		sysset_add(set, nr);
		return ITEM_OK;
	}
	bits = legacy_class(item);
	if (!bits)
		return ITEM_UNKNOWN;
	add_classes(set, bits);
	return ITEM_OK;
}

/*
 * The shape shared by the three set qualifiers: leading '!'s, whole-set
 * "all"/"none", then a comma list.  @item adds one item to @ctx and says
 * how it went; @what names the kind in messages ("system call").
 */
struct list_parser {
	const char *what;
	void (*set_all)(void *ctx, int all);
	void (*invert)(void *ctx);
	enum item_result (*item)(void *ctx, const char *item, char *err,
				 size_t errlen);
	int may_ignore;		/* '?' prefix allowed */
};

static int parse_list(const struct list_parser *lp, void *ctx,
		      const char *spec, char *err, size_t errlen)
{
	const char *s = spec;
	int invert = 0, items = 0, rc = 0;
	char *copy, *tok, *save = NULL;

	while (*s == '!') {
		invert = !invert;
		s++;
	}
	lp->set_all(ctx, 0);
	if (strcmp(s, "none") == 0 || strcmp(s, "all") == 0) {
		lp->set_all(ctx, s[0] == 'a');
		goto done;
	}
	copy = strdup(s);
	if (!copy) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		const char *item = tok;
		enum item_result r;
		int ignore = 0;

		while (lp->may_ignore && *item == '?') {
			ignore = 1;
			item++;
		}
		items++;
		r = lp->item(ctx, item, err, errlen);
		if (r == ITEM_FATAL || (r == ITEM_UNKNOWN && !ignore)) {
			if (r == ITEM_UNKNOWN)
				snprintf(err, errlen, "invalid %s '%s'",
					 lp->what, tok);
			rc = -1;
			break;
		}
	}
	free(copy);
	if (rc)
		return rc;
	if (!items) {
		snprintf(err, errlen, "invalid %s '%s'", lp->what, spec);
		return -1;
	}
done:
	if (invert)
		lp->invert(ctx);
	return 0;
}

static void sysset_set_all(void *ctx, int all)
{
	if (all)
		sysset_fill(ctx);
	else
		sysset_clear(ctx);
}

static void sysset_invert_cb(void *ctx)
{
	sysset_invert(ctx);
}

static enum item_result syscall_item_cb(void *ctx, const char *item,
					char *err, size_t errlen)
{
	return add_syscall_item(ctx, item, err, errlen);
}

static const struct list_parser syscall_parser = {
	.what = "system call",
	.set_all = sysset_set_all,
	.invert = sysset_invert_cb,
	.item = syscall_item_cb,
	.may_ignore = 1,
};

int filter_parse_syscalls(struct sysset *set, const char *spec, char *err,
			  size_t errlen)
{
	struct sysset tmp;

	/* Leave @set as it was when the spec is bad. */
	if (parse_list(&syscall_parser, &tmp, spec, err, errlen))
		return -1;
	*set = tmp;
	return 0;
}

static void status_set_all(void *ctx, int all)
{
	*(unsigned *)ctx = all ? FS_ALL : 0;
}

static void status_invert(void *ctx)
{
	*(unsigned *)ctx ^= FS_ALL;
}

static enum item_result status_item(void *ctx, const char *item, char *err,
				    size_t errlen)
{
	static const struct {
		const char *name;
		unsigned bit;
	} names[] = {
		{ "successful", FS_SUCCESSFUL },
		{ "failed", FS_FAILED },
		{ "unfinished", FS_UNFINISHED },
		{ "unavailable", FS_UNAVAILABLE },
		{ "detached", FS_DETACHED },
	};
	size_t i;

	(void)err;
	(void)errlen;
	for (i = 0; i < ARRAY_LEN(names); i++) {
		if (strcasecmp(item, names[i].name) == 0) {
			*(unsigned *)ctx |= names[i].bit;
			return ITEM_OK;
		}
	}
	return ITEM_UNKNOWN;
}

static const struct list_parser status_parser = {
	.what = "status",
	.set_all = status_set_all,
	.invert = status_invert,
	.item = status_item,
};

static void signals_set_all(void *ctx, int all)
{
	uint64_t *bits = ctx;

	bits[0] = bits[1] = all ? ~(uint64_t)0 : 0;
}

static void signals_invert(void *ctx)
{
	uint64_t *bits = ctx;

	bits[0] = ~bits[0];
	bits[1] = ~bits[1];
}

/* A signal name exactly as strace prints it, "SIG" optional, any case. */
static int signal_by_name(const char *item)
{
	const char *bare = item;
	int sig;

	if (strncasecmp(bare, "SIG", 3) == 0)
		bare += 3;
	for (sig = 1; names_signal(sig); sig++)
		if (strcasecmp(bare, names_signal(sig) + 3) == 0)
			return sig;
	return -1;
}

static enum item_result signal_item(void *ctx, const char *item, char *err,
				    size_t errlen)
{
	uint64_t *bits = ctx;
	long sig;

	(void)err;
	(void)errlen;
	if (item[0] >= '0' && item[0] <= '9')
		sig = parse_decimal(item);
	else
		sig = signal_by_name(item);
	if (sig < 0 || sig > FILTER_SIG_MAX)
		return ITEM_UNKNOWN;
	/* 0 and numbers past our 128 bits are valid but match nothing. */
	if (sig >= 1 && sig <= 128)
		bits[(sig - 1) / 64] |= (uint64_t)1 << ((sig - 1) % 64);
	return ITEM_OK;
}

static const struct list_parser signal_parser = {
	.what = "signal",
	.set_all = signals_set_all,
	.invert = signals_invert,
	.item = signal_item,
};

static int parse_status(struct filter *f, const char *spec, char *err,
			size_t errlen)
{
	unsigned status;

	if (parse_list(&status_parser, &status, spec, err, errlen))
		return -1;
	f->status = status;
	return 0;
}

static int parse_signals(struct filter *f, const char *spec, char *err,
			 size_t errlen)
{
	uint64_t bits[2];

	if (parse_list(&signal_parser, bits, spec, err, errlen))
		return -1;
	f->signals[0] = bits[0];
	f->signals[1] = bits[1];
	return 0;
}

static void fds_set_all(void *ctx, int all)
{
	struct filter_fdset *set = ctx;

	memset(set->bits, all ? 0xff : 0, sizeof(set->bits));
	set->rest = all;
}

static void fds_invert(void *ctx)
{
	struct filter_fdset *set = ctx;
	size_t i;

	for (i = 0; i < ARRAY_LEN(set->bits); i++)
		set->bits[i] = ~set->bits[i];
	set->rest = !set->rest;
}

static enum item_result fd_item(void *ctx, const char *item, char *err,
				size_t errlen)
{
	struct filter_fdset *set = ctx;
	long fd = parse_decimal(item);

	(void)err;
	(void)errlen;
	if (fd < 0 || fd > INT_MAX)
		return ITEM_UNKNOWN;
	/* Past our bits: valid, matched only by "!..." sets. */
	if (fd < FILTER_FD_BITS)
		set->bits[fd / 64] |= (uint64_t)1 << (fd % 64);
	return ITEM_OK;
}

static const struct list_parser fd_parser = {
	.what = "descriptor",
	.set_all = fds_set_all,
	.invert = fds_invert,
	.item = fd_item,
};

/* read= and write=: each replaces its set, as in strace. */
static int parse_read(struct filter *f, const char *spec, char *err,
		      size_t errlen)
{
	struct filter_fdset set;

	if (parse_list(&fd_parser, &set, spec, err, errlen))
		return -1;
	f->read_fds = set;
	return 0;
}

static int parse_write(struct filter *f, const char *spec, char *err,
		       size_t errlen)
{
	struct filter_fdset set;

	if (parse_list(&fd_parser, &set, spec, err, errlen))
		return -1;
	f->write_fds = set;
	return 0;
}

static int parse_trace(struct filter *f, const char *spec, char *err,
		       size_t errlen)
{
	return filter_parse_syscalls(&f->trace, spec, err, errlen);
}

/* inject= and fault= add one tampering rule each (src/inject.c). */
static int parse_inject(struct filter *f, const char *spec, char *err,
			size_t errlen)
{
	return inject_parse(&f->inject, spec, 0, err, errlen);
}

static int parse_fault(struct filter *f, const char *spec, char *err,
		       size_t errlen)
{
	return inject_parse(&f->inject, spec, 1, err, errlen);
}

/* Every qualifier name strace 6.1 knows, with our parser or NULL. */
static const struct {
	const char *name;
	int (*parse)(struct filter *f, const char *spec, char *err,
		     size_t errlen);
} qualifiers[] = {
	{ "trace", parse_trace },	{ "t", parse_trace },
	{ "status", parse_status },	{ "signal", parse_signals },
	{ "signals", parse_signals },	{ "s", parse_signals },
	{ "abbrev", NULL },		{ "a", NULL },
	{ "verbose", NULL },		{ "v", NULL },
	{ "raw", NULL },		{ "x", NULL },
	{ "read", parse_read },		{ "reads", parse_read },
	{ "r", parse_read },		{ "write", parse_write },
	{ "writes", parse_write },	{ "w", parse_write },
	{ "fault", parse_fault },	{ "inject", parse_inject },
	{ "kvm", NULL },		{ "quiet", NULL },
	{ "silent", NULL },		{ "silence", NULL },
	{ "q", NULL },			{ "decode-fd", NULL },
	{ "decode-fds", NULL },		{ "decode-pid", NULL },
	{ "decode-pids", NULL },	{ "secontext", NULL },
};

int filter_parse(struct filter *f, const char *arg, char *err, size_t errlen)
{
	const char *eq = strchr(arg, '=');
	size_t i, len;

	if (eq) {
		len = (size_t)(eq - arg);
		for (i = 0; i < ARRAY_LEN(qualifiers); i++) {
			if (strlen(qualifiers[i].name) != len ||
			    strncmp(arg, qualifiers[i].name, len) != 0)
				continue;
			if (!qualifiers[i].parse) {
				snprintf(err, errlen,
					 "qualifier '%s' is not supported yet",
					 qualifiers[i].name);
				return -1;
			}
			return qualifiers[i].parse(f, eq + 1, err, errlen);
		}
	}
	/* No known "NAME=": the whole argument is a trace= set. */
	return parse_trace(f, arg, err, errlen);
}
