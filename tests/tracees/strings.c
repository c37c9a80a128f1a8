/* SPDX-License-Identifier: MIT */
/*
 * strings - write() strings to stdout that exercise every escape of
 * strace's string format, and the cut at 32 bytes.
 */
#include <unistd.h>

#define W(s) write(1, s, sizeof(s) - 1)

int main(void)
{
	W("tab\there\n");
	W("quote\" backslash\\ del\177 end");
	W("nul\0007 then\0x"); /* \0 before a digit, \0 before x */
	W("cr\r vt\v ff\f bell\a bs\b esc\033");
	W("high\200\377\351 bytes");
	W("\001\0022\003"); /* octal escape before a digit */
	W("0123456789abcdef0123456789abcdef"); /* exactly 32 */
	W("0123456789abcdef0123456789abcdefX"); /* 33: cut */
	W("");
	return 0;
}
