// SPDX-License-Identifier: MIT
/*
 * Unit tests for mem: a forked child, stopped under ptrace, whose memory
 * layout is the parent's (so the parent knows every address): a page
 * followed by an unmapped one, a PROT_NONE page, and the text.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "mem.h"

static pid_t child;
static char *page;		/* RW page; the next one is unmapped */
static char *noaccess;		/* PROT_NONE page */
static size_t psz;

/* A function whose text the tests overwrite in the child. */
__attribute__((noinline)) int mem_victim(int x);
__attribute__((noinline)) int mem_victim(int x)
{
	return x * 3 + 1;
}

static int setup(void **state)
{
	int status;

	(void)state;
	psz = (size_t)sysconf(_SC_PAGESIZE);
	page = mmap(NULL, 3 * psz, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return -1;
	noaccess = page + 2 * psz;
	munmap(page + psz, psz);
	memset(page, 'x', psz);
	strcpy(page, "hello world");
	strcpy(page + psz - 4, "abc");		/* NUL is the last byte */
	memcpy(noaccess, "secret", 7);
	mprotect(noaccess, psz, PROT_NONE);
	child = fork();
	if (child < 0)
		return -1;
	if (child == 0) {
		alarm(20);
		for (;;)
			pause();
	}
	if (ptrace(PTRACE_SEIZE, child, NULL, NULL) < 0 ||
	    ptrace(PTRACE_INTERRUPT, child, NULL, NULL) < 0 ||
	    waitpid(child, &status, __WALL) != child) {
		kill(child, SIGKILL);
		waitpid(child, NULL, __WALL);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	kill(child, SIGKILL);
	waitpid(child, NULL, __WALL);
	munmap(page, psz);
	munmap(noaccess, psz);
	return 0;
}

static void test_read(void **state)
{
	char buf[16];

	(void)state;
	assert_int_equal(mem_read(child, (uintptr_t)page, buf, 12), 12);
	assert_string_equal(buf, "hello world");
	assert_int_equal(mem_read(child, (uintptr_t)page, buf, 0), 0);
}

static void test_read_page_edge(void **state)
{
	char buf[32];

	(void)state;
	assert_int_equal(mem_read(child, (uintptr_t)page + psz - 8, buf,
				  sizeof(buf)), 8);
	assert_memory_equal(buf, "xxxxabc", 8);
	/* Unaligned start, word-by-word fallback path too. */
	assert_int_equal(mem_read(child, (uintptr_t)page + psz - 3, buf,
				  sizeof(buf)), 3);
}

static void test_read_bad(void **state)
{
	char buf[8];

	(void)state;
	assert_int_equal(mem_read(child, 0, buf, sizeof(buf)), -EFAULT);
	assert_int_equal(mem_read(child, (uintptr_t)page + psz, buf,
				  sizeof(buf)), -EFAULT);
	assert_int_equal(mem_read(0x3ffffff0, (uintptr_t)page, buf,
				  sizeof(buf)), -ESRCH);
}

static void test_read_prot_none(void **state)
{
	char buf[8];

	(void)state;
	/* The tracee could not read it: neither does the decoder... */
	assert_int_equal(mem_read(child, (uintptr_t)noaccess, buf, 7),
			 -EFAULT);
	/* ...but the debugger's forced access (PEEKDATA) does. */
	assert_int_equal(mem_read_forced(child, (uintptr_t)noaccess, buf, 7),
			 7);
	assert_string_equal(buf, "secret");
}

static void test_read_str(void **state)
{
	char buf[64];

	(void)state;
	assert_int_equal(mem_read_str(child, (uintptr_t)page, buf, 32), 11);
	assert_string_equal(buf, "hello world");
	/* Ends on the last byte before the unmapped page. */
	assert_int_equal(mem_read_str(child, (uintptr_t)page + psz - 4, buf,
				      32), 3);
	assert_string_equal(buf, "abc");
	/* No terminator within max. */
	assert_int_equal(mem_read_str(child, (uintptr_t)page, buf, 4), 5);
	assert_string_equal(buf, "hell");
	/* Exactly max long. */
	assert_int_equal(mem_read_str(child, (uintptr_t)page + 6, buf, 5), 5);
	assert_string_equal(buf, "world");
	/* Runs into the unmapped page without a NUL. */
	assert_int_equal(mem_write(child, (uintptr_t)page + psz - 1, "z", 1),
			 1);
	assert_int_equal(mem_read_str(child, (uintptr_t)page + psz - 40, buf,
				      60), -EFAULT);
	/* ... unless max ends before the page does. */
	assert_int_equal(mem_read_str(child, (uintptr_t)page + psz - 40, buf,
				      39), 40);
	assert_int_equal(mem_write(child, (uintptr_t)page + psz - 1, "", 1),
			 1);
	assert_int_equal(mem_read_str(child, 0, buf, 8), -EFAULT);
}

static void test_write(void **state)
{
	char buf[16];

	(void)state;
	assert_int_equal(mem_write(child, (uintptr_t)page + 1, "EL", 2), 2);
	assert_int_equal(mem_read(child, (uintptr_t)page, buf, 12), 12);
	assert_string_equal(buf, "hELlo world");
	assert_int_equal(mem_write(child, 0, "x", 1), -EFAULT);
	/* Our copy is untouched: the child has its own pages. */
	assert_string_equal(page, "hello world");
}

static void test_write_text(void **state)
{
	uintptr_t text = (uintptr_t)&mem_victim + 1;	/* unaligned */
	unsigned char orig[5], patch[5] = { 0xde, 0xad, 0xbe, 0xef, 0x90 };
	unsigned char back[5];

	(void)state;
	assert_int_equal(mem_read(child, text, orig, sizeof(orig)), 5);
	assert_memory_equal(orig, (void *)text, 5);
	assert_int_equal(mem_write(child, text, patch, sizeof(patch)), 5);
	assert_int_equal(mem_read(child, text, back, sizeof(back)), 5);
	assert_memory_equal(back, patch, 5);
	assert_int_equal(mem_write(child, text, orig, sizeof(orig)), 5);
	assert_int_equal(mem_victim(2), 7);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read),
		cmocka_unit_test(test_read_page_edge),
		cmocka_unit_test(test_read_bad),
		cmocka_unit_test(test_read_prot_none),
		cmocka_unit_test(test_read_str),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_write_text),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
