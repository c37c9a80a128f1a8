// SPDX-License-Identifier: MIT
/*
 * inj_calls - a tracee for the -e inject= tests: calls getppid N times
 * (argument 1, default 12) through syscall(2) and prints what each call
 * returned: "3:ppid" for the real parent (read from /proc, so that no
 * other getppid is counted), "3:-1 EIO" for a failure, "3:42" for any
 * other value, so that injected results show in the program's output.
 * Then opens argument 2 if given, printing "open PATH: ok" or
 * "open PATH: ENAME".  Exit status 0.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The parent's pid, field 4 of /proc/self/stat. */
static long real_ppid(void)
{
	long ppid = -1;
	FILE *f = fopen("/proc/self/stat", "r");

	if (f) {
		if (fscanf(f, "%*d (%*[^)]) %*c %ld", &ppid) != 1)
			ppid = -1;
		fclose(f);
	}
	return ppid;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 12, i, fd;
	long parent = real_ppid(), r;

	for (i = 1; i <= n; i++) {
		r = syscall(SYS_getppid);
		if (r == parent)
			printf("%s%d:ppid", i > 1 ? " " : "", i);
		else if (r < 0)
			printf("%s%d:-1 %s", i > 1 ? " " : "", i,
			       strerrorname_np(errno));
		else
			printf("%s%d:%ld", i > 1 ? " " : "", i, r);
	}
	printf("\n");
	if (argc > 2) {
		fd = open(argv[2], O_RDONLY);
		if (fd < 0)
			printf("open %s: %s\n", argv[2],
			       strerrorname_np(errno));
		else
			printf("open %s: ok\n", argv[2]);
	}
	return 0;
}
