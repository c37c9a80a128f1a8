/* Tracee: stops itself with SIGSTOP, exits 0 once continued. */
#include <signal.h>

int main(void)
{
	raise(SIGSTOP);
	return 0;
}
