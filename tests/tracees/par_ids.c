// SPDX-License-Identifier: MIT
/*
 * par_ids - parity tracee, credentials and limits: uid/gid calls,
 * groups, rlimits, prctl and arch_prctl options, capabilities, umask.
 */
#include <asm/prctl.h>
#include <linux/capability.h>
#include <signal.h>
#include <sys/fsuid.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct cd[2];
	struct rlimit rl;
	gid_t groups[64];
	uid_t r, e, s;
	unsigned long fs;
	char name[16];

	getuid();
	geteuid();
	getgid();
	getegid();
	getresuid(&r, &e, &s);
	getresgid(&r, &e, &s);
	setuid(geteuid());
	setgid(getegid());
	setresuid(-1, -1, -1);
	setresgid(-1, -1, -1);
	setreuid(-1, -1);
	setregid(-1, -1);
	setfsuid(-1);
	setfsgid(-1);
	getgroups(64, groups);
	getgroups(0, NULL);
	getrlimit(RLIMIT_NOFILE, &rl);
	setrlimit(RLIMIT_CORE, &rl);
	prlimit(0, RLIMIT_STACK, NULL, &rl);
	prlimit(0, RLIMIT_CORE, &rl, NULL);
	prctl(PR_SET_NAME, "partest");
	prctl(PR_GET_NAME, name);
	prctl(PR_GET_DUMPABLE);
	prctl(PR_SET_PDEATHSIG, SIGTERM);
	prctl(PR_GET_PDEATHSIG, &r);
	prctl(PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0);
	prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	prctl(PR_CAPBSET_READ, 0);
	prctl(PR_GET_KEEPCAPS);
	syscall(SYS_arch_prctl, ARCH_GET_FS, &fs);
	syscall(SYS_arch_prctl, 0x3001 /* ARCH_CET_STATUS */, &fs);
	syscall(SYS_capget, &h, cd);
	umask(027);
	umask(022);
	return 0;
}
