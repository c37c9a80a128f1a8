// SPDX-License-Identifier: MIT
/*
 * summary - strace -c: calls, errors and time per syscall, printed as
 * strace's table (see include/summary.h).
 */
#include "summary.h"

#include <inttypes.h>
#include <stdlib.h>

#include "syscalls.h"

struct summary_row {
	long nr;
	uint64_t ns;
	unsigned long calls;
	unsigned long errors;
};

struct summary {
	struct summary_row rows[SYSCALLS_MAX];
};

static const char summary_dashes[] =
	"------ ----------- ----------- --------- --------- ----------------\n";

struct summary *summary_new(void)
{
	return calloc(1, sizeof(struct summary));
}

void summary_free(struct summary *s)
{
	free(s);
}

void summary_add(struct summary *s, long nr, uint64_t dur_ns, int failed)
{
	struct summary_row *r;

	if (nr < 0 || nr >= SYSCALLS_MAX)
		return;
	r = &s->rows[nr];
	r->nr = nr;
	r->ns += dur_ns;
	r->calls++;
	if (failed)
		r->errors++;
}

/* Most time first; equal times keep the syscall number order. */
static int row_cmp(const void *pa, const void *pb)
{
	const struct summary_row *a = pa, *b = pb;

	if (a->ns != b->ns)
		return a->ns < b->ns ? 1 : -1;
	return a->nr < b->nr ? -1 : a->nr > b->nr;
}

static void print_name(FILE *out, long nr)
{
	const char *name = syscalls_name(nr);

	if (name)
		fprintf(out, "%s\n", name);
	else
		fprintf(out, "syscall_%#lx\n", (unsigned long)nr);
}

/* One row; errors are left blank when there are none. */
static void print_row(FILE *out, double pct, uint64_t ns,
		      unsigned long calls, unsigned long errors)
{
	fprintf(out, "%6.2f %11.6f %11" PRIu64 " %9lu ", pct, ns / 1e9,
		calls ? ns / 1000 / calls : 0, calls);
	if (errors)
		fprintf(out, "%9lu ", errors);
	else
		fputs("          ", out);
}

void summary_print(const struct summary *s, FILE *out)
{
	struct summary_row *rows, total = { 0, 0, 0, 0 };
	int i, n = 0;

	rows = malloc(sizeof(s->rows));
	if (!rows)
		return;
	for (i = 0; i < SYSCALLS_MAX; i++) {
		if (!s->rows[i].calls)
			continue;
		rows[n++] = s->rows[i];
		total.ns += s->rows[i].ns;
		total.calls += s->rows[i].calls;
		total.errors += s->rows[i].errors;
	}
	/* strace prints nothing at all when nothing was counted. */
	if (n == 0)
		goto out;
	qsort(rows, (size_t)n, sizeof(*rows), row_cmp);
	fputs("% time     seconds  usecs/call     calls    errors syscall\n",
	      out);
	fputs(summary_dashes, out);
	for (i = 0; i < n; i++) {
		print_row(out, total.ns ? 100.0 * rows[i].ns / total.ns : 0,
			  rows[i].ns, rows[i].calls, rows[i].errors);
		print_name(out, rows[i].nr);
	}
	fputs(summary_dashes, out);
	print_row(out, 100.0, total.ns, total.calls, total.errors);
	fputs("total\n", out);
out:
	free(rows);
}
