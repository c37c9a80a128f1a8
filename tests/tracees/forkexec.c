/* SPDX-License-Identifier: MIT */
/*
 * forkexec - fork; the child execve's /bin/true, the parent waits for it
 * with wait4 and exits with the child's status.
 */
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(void)
{
	char *argv[] = { "true", NULL };
	int status;
	pid_t pid;

	pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		execve("/bin/true", argv, environ);
		_exit(127);
	}
	if (wait4(pid, &status, 0, NULL) != pid)
		return 1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
