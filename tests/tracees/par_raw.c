// SPDX-License-Identifier: MIT
/*
 * par_raw - the calls that strace 6.1 prints raw too (not implemented by
 * the kernel, or sysfs, which strace does not decode): mytrace must
 * print the same hex arguments, as many as strace's table gives them.
 */
#include <unistd.h>
#include <sys/syscall.h>

static const long raw_calls[] = {
	SYS_getpmsg, SYS_putpmsg, SYS_afs_syscall, SYS_tuxcall,
	SYS_security, SYS_vserver, SYS_create_module, SYS_get_kernel_syms,
	SYS_query_module, SYS_nfsservctl, SYS_epoll_ctl_old,
	SYS_epoll_wait_old, SYS_uselib, SYS_sysfs,
};

int main(void)
{
	unsigned int i;

	for (i = 0; i < sizeof(raw_calls) / sizeof(raw_calls[0]); i++)
		syscall(raw_calls[i], 1, 2, 3, 4, 5, 6);
	syscall(SYS_sysfs, 2, 0, 0);	/* EFAULT */
	syscall(SYS_sysfs, 1, "no such fs");	/* EINVAL */
	return 0;
}
