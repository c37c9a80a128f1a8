/*
 * shell_sigint - raises SIGINT at itself once, with a handler that
 * says so, then writes "after" and exits 0.  Under the shell (GDB's
 * defaults: SIGINT stops, is printed, is not passed) the handler runs
 * only when the user delivers the signal (signal SIGINT).
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>

static void on_int(int sig)
{
	static const char msg[] = "got SIGINT\n";

	(void)sig;
	if (write(1, msg, sizeof(msg) - 1) < 0)
		_exit(2);
}

int main(void)
{
	static const char after[] = "after\n";
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_int;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	raise(SIGINT);
	if (write(1, after, sizeof(after) - 1) < 0)
		return 2;
	return 0;
}
