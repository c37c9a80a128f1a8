// SPDX-License-Identifier: MIT
/*
 * lua_calls - a tracee for the Lua API tests: prints what getpid()
 * returns, then opens each argument and prints "PATH: ok" or
 * "PATH: ENAME", so tampering is visible in the program's own output.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i, fd;

	printf("pid %ld\n", (long)getpid());
	for (i = 1; i < argc; i++) {
		fd = open(argv[i], O_RDONLY);
		if (fd < 0) {
			printf("%s: %s\n", argv[i], strerrorname_np(errno));
		} else {
			printf("%s: ok\n", argv[i]);
			close(fd);
		}
	}
	return 3;
}
