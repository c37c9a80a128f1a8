// SPDX-License-Identifier: MIT
/*
 * Unit tests for the parts of the syscall table (decode_table*.c): a
 * number is decoded by one part only, every entry names a real syscall
 * and stays within six arguments, and dtable_get() finds each part.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <asm/unistd.h>
#include <cmocka.h>

#include "../../src/decode_table.h"
#include "syscalls.h"

static void test_no_number_in_two_parts(void **state)
{
	const struct dtable_part *const *p, *const *q;
	size_t nr;

	(void)state;
	for (p = dtable_parts; *p; p++)
		for (q = p + 1; *q; q++)
			for (nr = 0; nr < (*p)->n && nr < (*q)->n; nr++)
				if ((*p)->sys[nr].known && (*q)->sys[nr].known)
					fail_msg("%s (%zu) in two parts",
						 syscalls_name((long)nr), nr);
}

static void test_entries_are_sane(void **state)
{
	const struct dtable_part *const *p;
	size_t nr;

	(void)state;
	for (p = dtable_parts; *p; p++) {
		assert_true((*p)->n <= SYSCALLS_MAX);
		for (nr = 0; nr < (*p)->n; nr++) {
			const struct dsys *s = &(*p)->sys[nr];

			if (!s->known)
				continue;
			assert_non_null(syscalls_name((long)nr));
			assert_true(s->nargs <= 6);
			assert_ptr_equal(dtable_get((long)nr), s);
		}
	}
}

static void test_lookup_bounds(void **state)
{
	(void)state;
	assert_null(dtable_get(-1));
	assert_null(dtable_get(SYSCALLS_MAX));
	assert_null(dtable_get(100000));
	assert_non_null(dtable_get(__NR_openat));	/* main part */
	assert_non_null(dtable_get(__NR_mq_open));	/* extra part */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_number_in_two_parts),
		cmocka_unit_test(test_entries_are_sane),
		cmocka_unit_test(test_lookup_bounds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
