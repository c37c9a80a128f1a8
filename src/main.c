// SPDX-License-Identifier: MIT
/* main - mytrace's entry point: parse, wire the modules, exit status. */
#include <stdlib.h>

int main(void)
{
	return EXIT_SUCCESS;
}
