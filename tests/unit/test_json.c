// SPDX-License-Identifier: MIT
/*
 * Unit tests for src/json.c: JSON strings and integers, and the
 * converter from strace's argument text, on the tricky inputs: escapes,
 * nested structs, "..." cuts, comments, fd paths, unbalanced text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "json.h"

/* json_from_strace_args(@in) must be exactly @want. */
static void args_are(const char *in, const char *want)
{
	struct strbuf sb = STRBUF_INIT;

	json_from_strace_args(&sb, in, strlen(in));
	assert_string_equal(strbuf_str(&sb), want);
	strbuf_release(&sb);
}

static void value_is(const char *in, const char *want)
{
	struct strbuf sb = STRBUF_INIT;

	json_from_strace(&sb, in, strlen(in));
	assert_string_equal(strbuf_str(&sb), want);
	strbuf_release(&sb);
}

static void str_is(const char *in, size_t len, const char *want)
{
	struct strbuf sb = STRBUF_INIT;

	json_put_str(&sb, in, len);
	assert_string_equal(strbuf_str(&sb), want);
	strbuf_release(&sb);
}

static void test_put_str(void **state)
{
	(void)state;
	str_is("plain", 5, "\"plain\"");
	str_is("q\"b\\", 4, "\"q\\\"b\\\\\"");
	str_is("\n\t\r\b\x7f", 5, "\"\\n\\t\\r\\u0008\\u007f\"");
	str_is("a\0b", 3, "\"a\\u0000b\"");
	/* Valid UTF-8 kept, other bytes as \u00XX. */
	str_is("caf\xc3\xa9", 5, "\"caf\xc3\xa9\"");
	str_is("\xe2\x82\xac", 3, "\"\xe2\x82\xac\"");
	str_is("\xf0\x9f\x98\x80", 4, "\"\xf0\x9f\x98\x80\"");
	str_is("\xff\xc3", 2, "\"\\u00ff\\u00c3\"");
	str_is("\xc0\xaf", 2, "\"\\u00c0\\u00af\"");	/* overlong */
	str_is("\xed\xa0\x80", 3, "\"\\u00ed\\u00a0\\u0080\"");	/* surrogate */
	str_is("\xe2\x82", 2, "\"\\u00e2\\u0082\"");	/* cut short */
}

static void test_put_int(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	json_put_int(&sb, -1);
	strbuf_putc(&sb, ' ');
	json_put_int(&sb, JSON_INT_MAX);
	strbuf_putc(&sb, ' ');
	json_put_int(&sb, JSON_INT_MAX + 1);
	strbuf_putc(&sb, ' ');
	json_put_uint(&sb, UINT64_MAX);
	assert_string_equal(strbuf_str(&sb),
			    "-1 9007199254740992 \"9007199254740993\" "
			    "\"18446744073709551615\"");
	strbuf_release(&sb);
}

static void test_strings(void **state)
{
	(void)state;
	args_are("\"/etc/passwd\"", "[\"/etc/passwd\"]");
	/* strace's escapes, octal (short and 3-digit), -x's hex. */
	args_are("\"\\t\\n\\v\\f\\r\\\"\\\\\"",
		 "[\"\\t\\n\\u000b\\u000c\\r\\\"\\\\\"]");
	args_are("\"\\177ELF\\2\\1\\0001\"",
		 "[\"\\u007fELF\\u0002\\u0001\\u00001\"]");
	args_are("\"\\x68\\x69\\xff\"", "[\"hi\\u00ff\"]");
	args_are("\"caf\\303\\251\"", "[\"caf\xc3\xa9\"]");
	/* The cut marker: still the string. */
	args_are("3, \"abc\"..., 832", "[3,\"abc\",832]");
	/* A bad escape or trailing junk: the text itself. */
	args_are("\"a\\qb\"", "[\"\\\"a\\\\qb\\\"\"]");
	args_are("\"ab\"cd", "[\"\\\"ab\\\"cd\"]");
	/* Commas and brackets inside strings do not split. */
	args_are("\"a, b]\", 1", "[\"a, b]\",1]");
}

static void test_numbers(void **state)
{
	(void)state;
	args_are("0, -1, 832, 0x1f", "[0,-1,832,31]");
	args_are("0644, 00", "[\"0644\",\"00\"]");
	args_are("0x7ffd12345678", "[140724908873336]");
	/* Beyond 2^53: strings of strace's text. */
	args_are("0xffffffffffffff80, 18446744073709551615, "
		 "-9007199254740993, 9007199254740992",
		 "[\"0xffffffffffffff80\",\"18446744073709551615\","
		 "\"-9007199254740993\",9007199254740992]");
	args_are("NULL", "[null]");
	args_are("1e5, 0x, -, 12ab", "[\"1e5\",\"0x\",\"-\",\"12ab\"]");
}

static void test_structs_and_arrays(void **state)
{
	(void)state;
	args_are("3, {st_mode=S_IFREG|0644, st_size=1234, ...}",
		 "[3,{\"st_mode\":\"S_IFREG|0644\",\"st_size\":1234}]");
	args_are("{a=1, b={c=[1, 2, {d=\"x\"}]}}",
		 "[{\"a\":1,\"b\":{\"c\":[1,2,{\"d\":\"x\"}]}}]");
	args_are("[], {}, [\"ls\", \"-l\"]", "[[],{},[\"ls\",\"-l\"]]");
	/* Sets: words; "~[...]" stays text. */
	args_are("[INT TERM], [0 1 2], [CHLD], ~[RTMIN RT_1]",
		 "[[\"INT\",\"TERM\"],[0,1,2],[\"CHLD\"],\"~[RTMIN RT_1]\"]");
	/* A struct whose member has no name: the text. */
	args_are("[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]",
		 "[[\"{WIFEXITED(s) && WEXITSTATUS(s) == 0}\"]]");
	args_are("{a=1, 2}", "[\"{a=1, 2}\"]");
	/* Function-like values and expressions are text. */
	args_are("{sin_port=htons(80), sin_addr=inet_addr(\"1.2.3.4\")}",
		 "[{\"sin_port\":\"htons(80)\","
		 "\"sin_addr\":\"inet_addr(\\\"1.2.3.4\\\")\"}]");
	args_are("{rlim_cur=8192*1024}", "[{\"rlim_cur\":\"8192*1024\"}]");
	/* Named arguments (clone): an object. */
	args_are("child_stack=NULL, flags=CLONE_VM|SIGCHLD, tls=0x10",
		 "{\"child_stack\":null,\"flags\":\"CLONE_VM|SIGCHLD\","
		 "\"tls\":16}");
	args_are("", "[]");
	args_are("3, ", "[3]");	/* an entry half */
}

static void test_comments(void **state)
{
	(void)state;
	/* A trailing comment is dropped; a lone one too. */
	args_are("0x7ffd1000 /* 23 vars */", "[2147291136]");
	args_are("0x80000 /* O_RDONLY|O_CLOEXEC */", "[524288]");
	args_are("[/* 2 entries */]", "[[]]");
	args_are("3, /* 21 entries */", "[3]");
	/* One inside a value stays in its text. */
	args_are("0x1 /* A */|17 /* SIGCHLD */", "[\"0x1 /* A */|17\"]");
	/* Comment markers in strings are not comments. */
	args_are("\"/* x */\"", "[\"/* x */\"]");
}

static void test_fd_paths(void **state)
{
	(void)state;
	args_are("3</etc/passwd>, AT_FDCWD</tmp>",
		 "[{\"fd\":3,\"path\":\"/etc/passwd\"},"
		 "{\"fd\":\"AT_FDCWD\",\"path\":\"/tmp\"}]");
	args_are("3<TCP:[1.2.3.4:80->5.6.7.8:9]>, 4</dev/null<char 1:3>>",
		 "[{\"fd\":3,\"path\":\"TCP:[1.2.3.4:80->5.6.7.8:9]\"},"
		 "{\"fd\":4,\"path\":\"/dev/null<char 1:3>\"}]");
	args_are("<... resuming interrupted read ...>",
		 "[\"<... resuming interrupted read ...>\"]");
}

static void test_unbalanced(void **state)
{
	(void)state;
	/* The rest of the arguments from the bad one on: one string. */
	args_are("1, [a, {x=1", "[1,\"[a, {x=1\"]");
	args_are("1, \"open", "[1,\"\\\"open\"]");
	args_are("1, /* open", "[1,\"/* open\"]");
	args_are(")), \"x\"", "[\")), \\\"x\\\"\"]");
	args_are("{a=1]", "[\"{a=1]\"]");
	value_is("{a=1, b=", "\"{a=1, b=\"");
	value_is("  {a=\"x\"}  ", "{\"a\":\"x\"}");
	value_is("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
		 "\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\"");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_put_str),
		cmocka_unit_test(test_put_int),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_structs_and_arrays),
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_fd_paths),
		cmocka_unit_test(test_unbalanced),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
