/* Tracee: raises SIGUSR1 once; exits with the number of deliveries. */
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t eng_count;

static void eng_handler(int sig)
{
	(void)sig;
	eng_count++;
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = eng_handler;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	return eng_count;
}
