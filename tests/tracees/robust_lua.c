/* SPDX-License-Identifier: MIT */
/*
 * robust_lua MODE - a program for tests/integration/robust_lua.sh.
 *
 * patch: hands the address of its function answer() (which returns 1)
 *   to a script as the first argument of getppid(), calls answer() and
 *   prints "patched N", then does the same again and prints "restored
 *   N".  A script that pokes "mov eax, 42; ret" over answer's read-only
 *   code at the first getppid and puts the old bytes back at the second
 *   makes it print "patched 42" and "restored 1".
 * hostile: write(-1, "x", SIZE_MAX) and read(-1, NULL, SIZE_MAX): calls
 *   whose length arguments no buffer could have; prints "hostile done".
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static __attribute__((noinline)) int answer(void)
{
	__asm__ volatile("");
	return 1;
}

int main(int argc, char **argv)
{
	int (*volatile f)(void) = answer;
	const char *mode = argc > 1 ? argv[1] : "";

	setvbuf(stdout, NULL, _IONBF, 0);
	if (!strcmp(mode, "patch")) {
		syscall(SYS_getppid, (long)(uintptr_t)answer, 1L);
		printf("patched %d\n", f());
		syscall(SYS_getppid, (long)(uintptr_t)answer, 2L);
		printf("restored %d\n", f());
		return 0;
	}
	if (!strcmp(mode, "hostile")) {
		volatile size_t huge = SIZE_MAX;

		if (syscall(SYS_write, -1L, "x", huge) >= 0 ||
		    syscall(SYS_read, -1L, 0L, huge) >= 0)
			return 2;
		printf("hostile done\n");
		return 0;
	}
	fprintf(stderr, "usage: robust_lua patch|hostile\n");
	return 1;
}
