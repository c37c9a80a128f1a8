// SPDX-License-Identifier: MIT
/*
 * par_admin - parity tracee, memory policies, protection keys and the
 * system administration calls.  We run as root on a shared machine: the
 * privileged calls only get arguments that make them fail before they
 * do anything (bad magic, bad length, missing path, bad fd, bad flags),
 * and the others only touch this process' own memory.
 */
#include <fcntl.h>
#include <linux/mempolicy.h>
#include <linux/reboot.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/quota.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#define BAD ((long)0xdead0000UL)
#define NOPATH "/nonexistent-par-admin"

#ifndef __NR_set_mempolicy_home_node
#define __NR_set_mempolicy_home_node 450
#endif
#ifndef __NR_memfd_secret
#define __NR_memfd_secret 447
#endif
#ifndef __NR_process_mrelease
#define __NR_process_mrelease 448
#endif
#ifndef __NR_quotactl_fd
#define __NR_quotactl_fd 443
#endif

/* struct user_desc of <asm/ldt.h>, spelled out to keep its bit fields. */
struct desc {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int flags;
};

static void memory_policy(char *p)
{
	unsigned long mask[2] = { 1, 0 }, got[2] = { 0, 0 };
	void *pages[2] = { p, p + 4096 };
	int nodes[2] = { 0, 0 }, status[2] = { -1, -1 };
	int mode = -1;

	syscall(__NR_mbind, p, 8192, MPOL_DEFAULT, NULL, 0, 0);
	syscall(__NR_mbind, p, 8192, MPOL_BIND, mask, 64,
		MPOL_MF_STRICT | MPOL_MF_MOVE);
	syscall(__NR_mbind, p, 8192, MPOL_PREFERRED | MPOL_F_STATIC_NODES,
		mask, 2, 0);
	syscall(__NR_mbind, p, 8192, 77, BAD, 64, 0x80);
	syscall(__NR_set_mempolicy, MPOL_DEFAULT, NULL, 0);
	syscall(__NR_set_mempolicy, MPOL_INTERLEAVE, BAD, 64);
	syscall(__NR_set_mempolicy, MPOL_LOCAL | MPOL_F_RELATIVE_NODES, mask,
		3);
	syscall(__NR_get_mempolicy, &mode, got, 128, NULL, 0);
	syscall(__NR_get_mempolicy, &mode, got, 128, p,
		MPOL_F_NODE | MPOL_F_ADDR);
	syscall(__NR_get_mempolicy, &mode, NULL, 0, NULL, MPOL_F_MEMS_ALLOWED);
	syscall(__NR_get_mempolicy, BAD, BAD, 64, NULL, 0);
	syscall(__NR_get_mempolicy, NULL, NULL, 0, NULL, 0x40);
	syscall(__NR_migrate_pages, 0, 64, mask, mask);
	syscall(__NR_migrate_pages, 0, 64, BAD, mask);
	syscall(__NR_move_pages, 0, 2, pages, NULL, status, 0);
	syscall(__NR_move_pages, 0, 2, pages, nodes, status, MPOL_MF_MOVE);
	syscall(__NR_move_pages, 0, 1, BAD, NULL, BAD, MPOL_MF_MOVE_ALL);
	syscall(__NR_move_pages, 0, 0, NULL, NULL, NULL, 0);
	syscall(__NR_set_mempolicy_home_node, p, 8192, 0, 1);
	syscall(__NR_set_mempolicy_home_node, p, 8192, 0, 0);
}

static void memory_misc(char *p)
{
	struct iovec iov = { p, 4096 };
	int key;

	syscall(__NR_pkey_mprotect, p, 4096, PROT_READ | PROT_WRITE, -1);
	syscall(__NR_pkey_mprotect, p, 4096, 0x100, 100);
	key = syscall(__NR_pkey_alloc, 0, PKEY_DISABLE_WRITE);
	if (key >= 0)
		syscall(__NR_pkey_free, key);
	syscall(__NR_pkey_alloc, 4, 8);
	syscall(__NR_pkey_free, 1000);
	syscall(__NR_remap_file_pages, p, 4096, 0, 1, MAP_NONBLOCK);
	syscall(__NR_remap_file_pages, BAD, 4096, PROT_READ, 0, 0);
	syscall(__NR_process_madvise, -1, &iov, 1, MADV_COLD, 0);
	syscall(__NR_process_madvise, 1000, BAD, 2, MADV_PAGEOUT, 1);
	syscall(__NR_process_mrelease, -1, 0);
	syscall(__NR_process_mrelease, 1000, 1);
	key = syscall(__NR_memfd_secret, O_CLOEXEC);
	if (key >= 0)
		close(key);
	syscall(__NR_memfd_secret, 0x10);
	key = syscall(__NR_userfaultfd, O_CLOEXEC | O_NONBLOCK);
	if (key >= 0)
		close(key);
	syscall(__NR_userfaultfd, 0x10);
}

static void admin(void)
{
	int ctl[2] = { 1, 1 };
	size_t len = sizeof(ctl);
	struct {
		int *name;
		int nlen;
		void *oldval;
		size_t *oldlenp;
		void *newval;
		size_t newlen;
		unsigned long unused[4];
	} args = { ctl, 2, ctl, &len, NULL, 0, { 0 } };
	char name[80];

	memset(name, 'x', sizeof(name));
	syscall(__NR_swapon, NOPATH, 0);
	syscall(__NR_swapon, NOPATH, 0x8000 | 0x10000 | 5);
	syscall(__NR_swapon, BAD, 0x70000);
	syscall(__NR_swapoff, NOPATH);
	/* Bad magic: EINVAL before the command is looked at. */
	syscall(__NR_reboot, 0, 0, LINUX_REBOOT_CMD_CAD_OFF, NULL);
	syscall(__NR_reboot, LINUX_REBOOT_MAGIC1, 1, LINUX_REBOOT_CMD_RESTART2,
		"par");
	syscall(__NR_reboot, LINUX_REBOOT_MAGIC1, 2, 0x1234, BAD);
	syscall(__NR_sethostname, name, 65);
	syscall(__NR_sethostname, BAD, 100);
	syscall(__NR_setdomainname, name, 80);
	syscall(__NR_setdomainname, NULL, -1);
	syscall(__NR_iopl, 0);
	syscall(__NR_iopl, 4);
	syscall(__NR_ioperm, 0x80, 1, 0);
	syscall(__NR_ioperm, 0x10000, 8, 1);
	syscall(__NR_acct, NOPATH);
	syscall(__NR_acct, BAD);
	syscall(__NR_pivot_root, NOPATH, NOPATH "/old");
	syscall(__NR_pivot_root, BAD, NULL);
	syscall(__NR_syslog, 10, NULL, 0);
	syscall(__NR_syslog, 100, name, 16);
	syscall(__NR_syslog, -1, BAD, -1);
	/* strace 6.1 prints sysfs raw: all three arguments given. */
	syscall(__NR_sysfs, 1, "proc", 0);
	syscall(__NR_sysfs, 1, "no-such-fs", 0);
	syscall(__NR_sysfs, 2, 0, name);
	syscall(__NR_sysfs, 2, 10000, name);
	syscall(__NR_sysfs, 4, 1, 2);
	syscall(__NR_sysfs, 1, BAD, 0);
	syscall(__NR_ustat, 0x1234567, name);
	syscall(__NR_ustat, 0, BAD);
	syscall(__NR_uselib, NOPATH);
	syscall(__NR_lookup_dcookie, 0x1234, name, sizeof(name));
	syscall(__NR__sysctl, &args);
	syscall(__NR__sysctl, BAD);
}

static void descriptors(void)
{
	struct desc ds = { 12, 0, 0, 0 };
	struct desc bad = { 100, 0x1000, 0xfffff, 0x51 };
	/* Past LDT_ENTRIES, and a code segment marked present: EINVAL. */
	struct desc far = { 9000, 0, 0x10, 0x7 };
	char buf[64];

	memset(buf, 0, sizeof(buf));
	syscall(__NR_modify_ldt, 0, buf, sizeof(buf));
	syscall(__NR_modify_ldt, 0, buf, sizeof(bad));
	syscall(__NR_modify_ldt, 1, &bad, sizeof(bad) - 1);
	syscall(__NR_modify_ldt, 0x11, &far, sizeof(far));
	syscall(__NR_modify_ldt, 2, buf, 8);
	syscall(__NR_modify_ldt, 7, BAD, 16);
	syscall(__NR_modify_ldt, 0x11, BAD, sizeof(bad));
	syscall(__NR_get_thread_area, &ds);
	ds.entry_number = 99;
	syscall(__NR_get_thread_area, &ds);
	syscall(__NR_get_thread_area, BAD);
	syscall(__NR_set_thread_area, &bad);
	syscall(__NR_set_thread_area, BAD);
}

static void modules(void)
{
	unsigned long seg[4] = { 0, 0, 0, 0 };

	syscall(__NR_init_module, BAD, 0, "");
	syscall(__NR_init_module, NULL, 16, "a=1 b=2");
	syscall(__NR_finit_module, -1, "", 0);
	syscall(__NR_finit_module, -1, "x=1", 0x7);
	syscall(__NR_finit_module, 1000, BAD, 0x10);
	syscall(__NR_delete_module, "no_such_par_module", O_NONBLOCK | O_TRUNC);
	syscall(__NR_delete_module, "no_such_par_module", 0);
	syscall(__NR_delete_module, BAD, 0x1);
	/* Unknown flag bits: EINVAL, nothing is loaded or unloaded. */
	syscall(__NR_kexec_load, 0x1000000, 1, seg, 0x3e0000 | 0x8000);
	syscall(__NR_kexec_load, 0, 1000, BAD, 0x40);
	syscall(__NR_kexec_file_load, -1, -1, 4, "root=x", 0x100);
	syscall(__NR_kexec_file_load, 1000, 1001, 0, BAD, 0x10006);
}

static void quotas(void)
{
	char buf[128];

	syscall(__NR_quotactl, QCMD(Q_GETQUOTA, USRQUOTA), NOPATH, 1000, buf);
	syscall(__NR_quotactl, QCMD(Q_GETFMT, GRPQUOTA), NOPATH, 0, buf);
	syscall(__NR_quotactl, QCMD(Q_QUOTAON, PRJQUOTA), NOPATH, 2, NOPATH);
	syscall(__NR_quotactl, QCMD(Q_SETQUOTA, USRQUOTA), NOPATH, 0, buf);
	syscall(__NR_quotactl, QCMD(Q_GETINFO, USRQUOTA), BAD, 0, BAD);
	syscall(__NR_quotactl, QCMD(0x800042, 7), NOPATH, 3, buf);
	syscall(__NR_quotactl_fd, -1, QCMD(Q_GETQUOTA, USRQUOTA), 0, buf);
	syscall(__NR_quotactl_fd, 1000, QCMD(Q_QUOTAOFF, GRPQUOTA), 5, NULL);
}

int main(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return 1;
	memory_policy(p);
	memory_misc(p);
	admin();
	descriptors();
	modules();
	quotas();
	munmap(p, 8192);
	return 0;
}
