// SPDX-License-Identifier: MIT
/* Unit tests for strbuf. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "strbuf.h"

static void test_empty(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	assert_string_equal(strbuf_str(&sb), "");
	assert_int_equal(sb.len, 0);
	strbuf_reset(&sb);
	assert_string_equal(strbuf_str(&sb), "");
	strbuf_release(&sb);
}

static void test_append(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	strbuf_puts(&sb, "read(");
	strbuf_printf(&sb, "%d, ", 3);
	strbuf_putc(&sb, '"');
	strbuf_putn(&sb, "abc\0def", 3);
	strbuf_putc(&sb, '"');
	assert_string_equal(strbuf_str(&sb), "read(3, \"abc\"");
	assert_int_equal(sb.len, strlen("read(3, \"abc\""));
	strbuf_truncate(&sb, 4);
	assert_string_equal(strbuf_str(&sb), "read");
	strbuf_truncate(&sb, 100);
	assert_string_equal(strbuf_str(&sb), "read");
	strbuf_release(&sb);
}

static void test_grow_long(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	char big[5000];
	int i;

	(void)state;
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	for (i = 0; i < 10; i++)
		strbuf_printf(&sb, "%s", big);
	assert_int_equal(sb.len, 10 * (sizeof(big) - 1));
	assert_int_equal(strlen(strbuf_str(&sb)), sb.len);
	assert_false(sb.failed);
	strbuf_release(&sb);
}

static void test_pad(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	strbuf_puts(&sb, "close(3)");
	strbuf_pad(&sb, ' ', 40 - sb.len);
	strbuf_puts(&sb, "= 0");
	assert_string_equal(strbuf_str(&sb),
			    "close(3)                                = 0");
	strbuf_reset(&sb);
	assert_int_equal(sb.len, 0);
	strbuf_pad(&sb, '-', 0);
	assert_string_equal(strbuf_str(&sb), "");
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_append),
		cmocka_unit_test(test_grow_long),
		cmocka_unit_test(test_pad),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
