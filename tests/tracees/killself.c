/* SPDX-License-Identifier: MIT */
/*
 * killself [kill|segv] - die by a signal: kill(getpid(), SIGKILL), or
 * SIGSEGV from a write through a NULL pointer.
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "segv") == 0) {
		volatile int *p = NULL;

		*p = 1;
		return 1;
	}
	kill(getpid(), SIGKILL);
	return 1;
}
