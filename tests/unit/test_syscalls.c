/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for src/syscalls.c: the number <-> name table, argument
 * counts and strace's classes, and the sysset helpers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "syscalls.h"

/* Every pair of the generated header, to check the table against it. */
static const struct {
	long nr;
	const char *name;
} generated[] = {
#define SYSCALL_ENTRY(nr, name) { nr, #name },
#include "syscall_names.h"
#undef SYSCALL_ENTRY
};

#define NGENERATED (sizeof(generated) / sizeof(generated[0]))

static void test_every_name_round_trips(void **state)
{
	size_t i;

	(void)state;
	assert_true(NGENERATED > 300);
	for (i = 0; i < NGENERATED; i++) {
		assert_int_equal(syscalls_lookup(generated[i].name),
				 generated[i].nr);
		assert_string_equal(syscalls_name(generated[i].nr),
				    generated[i].name);
	}
}

static void test_well_known_numbers(void **state)
{
	(void)state;
	assert_int_equal(syscalls_lookup("read"), 0);
	assert_int_equal(syscalls_lookup("openat"), 257);
	assert_int_equal(syscalls_lookup("execve"), 59);
	assert_int_equal(syscalls_lookup("exit_group"), 231);
	assert_int_equal(syscalls_lookup("_sysctl"), 156);
	assert_int_equal(syscalls_lookup("pread64"), 17);
	assert_string_equal(syscalls_name(0), "read");
	assert_string_equal(syscalls_name(60), "exit");
	assert_string_equal(syscalls_name(334), "rseq");
	assert_string_equal(syscalls_name(424), "pidfd_send_signal");
}

static void test_unknown_numbers_and_names(void **state)
{
	(void)state;
	/* 335..423 are reserved on x86_64. */
	assert_null(syscalls_name(335));
	assert_null(syscalls_name(423));
	assert_null(syscalls_name(-1));
	assert_null(syscalls_name(SYSCALLS_MAX));
	assert_null(syscalls_name(100000));
	assert_int_equal(syscalls_lookup("opn"), -1);
	assert_int_equal(syscalls_lookup(""), -1);
	assert_int_equal(syscalls_lookup("OPEN"), -1);
	assert_int_equal(syscalls_lookup(NULL), -1);
	assert_int_equal(syscalls_nargs(335), 6);
	assert_int_equal(syscalls_nargs(-5), 6);
	assert_int_equal(syscalls_nargs(SYSCALLS_MAX + 3), 6);
	assert_int_equal(syscalls_classes(335), 0);
	assert_int_equal(syscalls_classes(-1), 0);
}

static void test_limit(void **state)
{
	long last = generated[NGENERATED - 1].nr;

	(void)state;
	assert_int_equal(syscalls_limit(), last + 1);
	assert_non_null(syscalls_name(syscalls_limit() - 1));
	assert_null(syscalls_name(syscalls_limit()));
}

static void test_nargs(void **state)
{
	(void)state;
	assert_int_equal(syscalls_nargs(syscalls_lookup("getpid")), 0);
	assert_int_equal(syscalls_nargs(syscalls_lookup("close")), 1);
	assert_int_equal(syscalls_nargs(syscalls_lookup("read")), 3);
	assert_int_equal(syscalls_nargs(syscalls_lookup("openat")), 4);
	assert_int_equal(syscalls_nargs(syscalls_lookup("clone")), 5);
	assert_int_equal(syscalls_nargs(syscalls_lookup("mmap")), 6);
	assert_int_equal(syscalls_nargs(syscalls_lookup("futex")), 6);
	assert_int_equal(syscalls_nargs(syscalls_lookup("execve")), 3);
	assert_int_equal(syscalls_nargs(syscalls_lookup("exit_group")), 1);
	assert_int_equal(syscalls_nargs(syscalls_lookup("rt_sigreturn")), 0);
	assert_int_equal(syscalls_nargs(syscalls_lookup("statx")), 5);
}

/* The classes of @name are exactly @want. */
static void check_classes(const char *name, unsigned want)
{
	long nr = syscalls_lookup(name);

	assert_true(nr >= 0);
	if (syscalls_classes(nr) != want)
		fail_msg("%s: classes %#x, want %#x", name,
			 syscalls_classes(nr), want);
}

static void test_classes_match_strace(void **state)
{
	(void)state;
	check_classes("openat", SC_FILE | SC_DESC);
	check_classes("open", SC_FILE | SC_DESC);
	check_classes("read", SC_DESC);
	check_classes("access", SC_FILE);
	check_classes("connect", SC_NETWORK);
	check_classes("sendfile", SC_NETWORK | SC_DESC);
	check_classes("clone", SC_PROCESS);
	check_classes("execve", SC_FILE | SC_PROCESS);
	check_classes("execveat", SC_FILE | SC_PROCESS | SC_DESC);
	check_classes("kill", SC_PROCESS | SC_SIGNAL);
	check_classes("mmap", SC_MEMORY | SC_DESC);
	check_classes("brk", SC_MEMORY);
	check_classes("rt_sigaction", SC_SIGNAL);
	check_classes("signalfd4", SC_SIGNAL | SC_DESC);
	check_classes("setuid", SC_CREDS);
	check_classes("prctl", SC_CREDS);
	check_classes("getuid", SC_CREDS | SC_PURE);
	check_classes("getpid", SC_PURE);
	check_classes("shmat", SC_IPC | SC_MEMORY);
	check_classes("semop", SC_IPC);
	check_classes("stat", SC_FILE | SC_STAT | SC_STAT_LIKE);
	check_classes("lstat", SC_FILE | SC_LSTAT | SC_STAT_LIKE);
	check_classes("fstat", SC_DESC | SC_FSTAT | SC_STAT_LIKE);
	check_classes("newfstatat",
		      SC_FILE | SC_DESC | SC_FSTAT | SC_STAT_LIKE);
	check_classes("statx", SC_FILE | SC_DESC | SC_FSTAT | SC_STAT_LIKE);
	check_classes("statfs", SC_FILE | SC_STATFS | SC_STATFS_LIKE);
	check_classes("fstatfs", SC_DESC | SC_FSTATFS | SC_STATFS_LIKE);
	check_classes("ustat", SC_STATFS_LIKE);
	check_classes("clock_gettime", SC_CLOCK);
	check_classes("gettimeofday", SC_CLOCK);
	check_classes("futex", 0);
	check_classes("close_range", 0);
	check_classes("pidfd_send_signal", SC_DESC | SC_SIGNAL | SC_PROCESS);
	check_classes("getcwd", SC_FILE);
}

/* Number of known syscalls in the classes @bits. */
static int count_class(unsigned bits)
{
	long nr;
	int n = 0;

	for (nr = 0; nr < syscalls_limit(); nr++)
		if (syscalls_classes(nr) & bits)
			n++;
	return n;
}

static void test_class_sizes_match_strace(void **state)
{
	(void)state;
	/* Counted with strace 6.1 on the 0..450 table. */
	if (syscalls_limit() != 451)
		skip();
	assert_int_equal(count_class(SC_FILE), 67);
	assert_int_equal(count_class(SC_NETWORK), 21);
	assert_int_equal(count_class(SC_PROCESS), 16);
	assert_int_equal(count_class(SC_MEMORY), 26);
	assert_int_equal(count_class(SC_SIGNAL), 17);
	assert_int_equal(count_class(SC_DESC), 123);
	assert_int_equal(count_class(SC_IPC), 12);
	assert_int_equal(count_class(SC_CREDS), 19);
	assert_int_equal(count_class(SC_STAT_LIKE), 5);
	assert_int_equal(count_class(SC_STATFS_LIKE), 3);
	assert_int_equal(count_class(SC_PURE), 8);
	assert_int_equal(count_class(SC_CLOCK), 8);
}

static void test_class_lookup(void **state)
{
	(void)state;
	assert_int_equal(syscalls_class_lookup("%file"), SC_FILE);
	assert_int_equal(syscalls_class_lookup("file"), SC_FILE);
	assert_int_equal(syscalls_class_lookup("%network"), SC_NETWORK);
	assert_int_equal(syscalls_class_lookup("%net"), SC_NETWORK);
	assert_int_equal(syscalls_class_lookup("net"), SC_NETWORK);
	assert_int_equal(syscalls_class_lookup("%process"), SC_PROCESS);
	assert_int_equal(syscalls_class_lookup("%memory"), SC_MEMORY);
	assert_int_equal(syscalls_class_lookup("%signal"), SC_SIGNAL);
	assert_int_equal(syscalls_class_lookup("%desc"), SC_DESC);
	assert_int_equal(syscalls_class_lookup("%ipc"), SC_IPC);
	assert_int_equal(syscalls_class_lookup("%creds"), SC_CREDS);
	assert_int_equal(syscalls_class_lookup("%stat"), SC_STAT);
	assert_int_equal(syscalls_class_lookup("%lstat"), SC_LSTAT);
	assert_int_equal(syscalls_class_lookup("%fstat"), SC_FSTAT);
	assert_int_equal(syscalls_class_lookup("%%stat"), SC_STAT_LIKE);
	assert_int_equal(syscalls_class_lookup("%statfs"), SC_STATFS);
	assert_int_equal(syscalls_class_lookup("%fstatfs"), SC_FSTATFS);
	assert_int_equal(syscalls_class_lookup("%%statfs"), SC_STATFS_LIKE);
	assert_int_equal(syscalls_class_lookup("%pure"), SC_PURE);
	assert_int_equal(syscalls_class_lookup("%clock"), SC_CLOCK);
	assert_int_equal(syscalls_class_lookup("%File"), 0);
	assert_int_equal(syscalls_class_lookup("%%file"), 0);
	assert_int_equal(syscalls_class_lookup("%%%stat"), 0);
	assert_int_equal(syscalls_class_lookup("%"), 0);
	assert_int_equal(syscalls_class_lookup(""), 0);
	assert_int_equal(syscalls_class_lookup(NULL), 0);
}

static void test_sysset(void **state)
{
	struct sysset s;

	(void)state;
	sysset_clear(&s);
	assert_int_equal(sysset_count(&s), 0);
	sysset_add(&s, 0);
	sysset_add(&s, 63);
	sysset_add(&s, 64);
	sysset_add(&s, SYSCALLS_MAX - 1);
	sysset_add(&s, SYSCALLS_MAX);	/* out of range: ignored */
	sysset_add(&s, -1);
	assert_int_equal(sysset_count(&s), 4);
	assert_true(sysset_has(&s, 63));
	assert_true(sysset_has(&s, 64));
	assert_false(sysset_has(&s, 65));
	assert_false(sysset_has(&s, -1));
	assert_false(sysset_has(&s, SYSCALLS_MAX));
	sysset_del(&s, 63);
	assert_false(sysset_has(&s, 63));
	assert_int_equal(sysset_count(&s), 3);
	sysset_invert(&s);
	assert_int_equal(sysset_count(&s), SYSCALLS_MAX - 3);
	assert_true(sysset_has(&s, 63));
	assert_false(sysset_has(&s, 64));
	sysset_fill(&s);
	assert_int_equal(sysset_count(&s), SYSCALLS_MAX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_name_round_trips),
		cmocka_unit_test(test_well_known_numbers),
		cmocka_unit_test(test_unknown_numbers_and_names),
		cmocka_unit_test(test_limit),
		cmocka_unit_test(test_nargs),
		cmocka_unit_test(test_classes_match_strace),
		cmocka_unit_test(test_class_sizes_match_strace),
		cmocka_unit_test(test_class_lookup),
		cmocka_unit_test(test_sysset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
