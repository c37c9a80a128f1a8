// SPDX-License-Identifier: MIT
/* Unit tests for summary: strace -c's table, byte for byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "summary.h"
#include "syscalls.h"

#define HEADER "% time     seconds  usecs/call     calls    errors syscall\n"
#define DASHES "------ ----------- ----------- --------- --------- " \
	       "----------------\n"

/* The table as a string; the caller frees it. */
static char *table(const struct summary *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	summary_print(s, f);
	fclose(f);
	return buf;
}

static long nr(const char *name)
{
	long n = syscalls_lookup(name);

	assert_true(n >= 0);
	return n;
}

static void test_empty_prints_nothing(void **state)
{
	struct summary *s = summary_new();
	char *t;

	(void)state;
	t = table(s);
	assert_string_equal(t, "");
	free(t);
	summary_free(s);
}

/* Rows by time, percentages, usecs/call truncated, blank errors. */
static void test_sorted_table(void **state)
{
	struct summary *s = summary_new();
	char *t;
	int i;

	(void)state;
	for (i = 0; i < 30; i++)
		summary_add(s, nr("mmap"), 9633, 0);	/* 288990 ns */
	for (i = 0; i < 34; i++)
		summary_add(s, nr("openat"), 7118, i < 13);
	summary_add(s, nr("getdents64"), 71500, 0);
	summary_add(s, nr("getdents64"), 71500, 0);
	t = table(s);
	assert_string_equal(t,
		HEADER DASHES
		" 42.88    0.000289           9        30           mmap\n"
		" 35.91    0.000242           7        34        13 openat\n"
		" 21.22    0.000143          71         2           getdents64\n"
		DASHES
		"100.00    0.000674          10        66        13 total\n");
	free(t);
	summary_free(s);
}

/* Equal times keep syscall number order, as strace shows them. */
static void test_ties_by_number(void **state)
{
	struct summary *s = summary_new();
	char *t;

	(void)state;
	summary_add(s, nr("execve"), 0, 0);
	summary_add(s, nr("access"), 0, 1);
	summary_add(s, nr("close"), 0, 0);
	summary_add(s, nr("close"), 0, 0);
	t = table(s);
	assert_string_equal(t,
		HEADER DASHES
		"  0.00    0.000000           0         2           close\n"
		"  0.00    0.000000           0         1         1 access\n"
		"  0.00    0.000000           0         1           execve\n"
		DASHES
		"100.00    0.000000           0         4         1 total\n");
	free(t);
	summary_free(s);
}

static void test_seconds_and_big_counts(void **state)
{
	struct summary *s = summary_new();
	char *t;
	int i;

	(void)state;
	summary_add(s, nr("read"), 2500000000ull, 0);
	for (i = 0; i < 123456; i++)
		summary_add(s, nr("write"), 1000, i % 2);
	t = table(s);
	assert_string_equal(t,
		HEADER DASHES
		" 95.29    2.500000     2500000         1           read\n"
		"  4.71    0.123456           1    123456     61728 write\n"
		DASHES
		"100.00    2.623456          21    123457     61728 total\n");
	free(t);
	summary_free(s);
}

static void test_out_of_range_ignored(void **state)
{
	struct summary *s = summary_new();
	char *t;

	(void)state;
	summary_add(s, -1, 5, 0);
	summary_add(s, SYSCALLS_MAX, 5, 0);
	t = table(s);
	assert_string_equal(t, "");
	free(t);
	summary_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_prints_nothing),
		cmocka_unit_test(test_sorted_table),
		cmocka_unit_test(test_ties_by_number),
		cmocka_unit_test(test_seconds_and_big_counts),
		cmocka_unit_test(test_out_of_range_ignored),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
